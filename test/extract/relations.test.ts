import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

const here = '[extract/relations] ';

// [label, text, triples that must be found]
const CASES: Array<[string, string, string[]]> = [
  // PARENT_OF
  [
    'appositive.parent',
    'ByteDance, the parent company of TikTok, said on Monday it would appeal.',
    ['ByteDance PARENT_OF TikTok'],
  ],
  [
    'compound.parent',
    'Regulators fined TikTok-parent ByteDance last year.',
    ['ByteDance PARENT_OF TikTok'],
  ],
  [
    'possessive parent',
    "TikTok's parent ByteDance declined to comment.",
    ['ByteDance PARENT_OF TikTok'],
  ],
  [
    'appositive.owner',
    'Critics said OpenAI, the owner of ChatGPT, moved too fast.',
    ['OpenAI PARENT_OF ChatGPT'],
  ],
  // ACQUIRED
  [
    'verb.acquire',
    'Nvidia has agreed to acquire Mistral AI for an undisclosed sum.',
    ['Nvidia ACQUIRED Mistral AI'],
  ],
  [
    'passive.acquire',
    'Mistral AI was acquired by Microsoft in a surprise deal.',
    ['Microsoft ACQUIRED Mistral AI'],
  ],
  [
    'noun.acquisition',
    "Amazon's acquisition of Anthropic would face scrutiny.",
    ['Amazon ACQUIRED Anthropic'],
  ],
  // INVESTED_IN
  [
    'verb.invest',
    'Microsoft invested $10 billion in OpenAI over several years.',
    ['Microsoft INVESTED_IN OpenAI'],
  ],
  [
    'compound.backed',
    'Microsoft-backed OpenAI unveiled a new model.',
    ['Microsoft INVESTED_IN OpenAI'],
  ],
  [
    'passive.back',
    '01.AI, backed by Alibaba and Tencent, is now worth $1 billion.',
    ['Alibaba Group INVESTED_IN 01.AI', 'Tencent INVESTED_IN 01.AI'],
  ],
  [
    'noun.round-led',
    'Mistral AI raised $600 million in a funding round led by Sequoia Capital.',
    ['Sequoia Capital INVESTED_IN Mistral AI'],
  ],
  [
    'list.investors',
    'Anthropic raised $4 billion from Amazon. Other investors include Google and Sequoia Capital.',
    [
      'Amazon INVESTED_IN Anthropic',
      'Google INVESTED_IN Anthropic',
      'Sequoia Capital INVESTED_IN Anthropic',
    ],
  ],
  // PARTNERED_WITH
  [
    'verb.partner',
    'Meta partnered with Microsoft on the release.',
    ['Meta Platforms PARTNERED_WITH Microsoft'],
  ],
  [
    'noun.partnership-with',
    'Apple on Monday announced a partnership with OpenAI.',
    ['Apple PARTNERED_WITH OpenAI'],
  ],
  [
    'noun.partnership-between',
    'The partnership between Amazon and Anthropic deepened.',
    ['Amazon PARTNERED_WITH Anthropic'],
  ],
  // DEVELOPED
  [
    'possessive.product',
    "Analysts praised OpenAI's GPT-4 Turbo model.",
    ['OpenAI DEVELOPED GPT-4 Turbo'],
  ],
  ['compound.owner-prefix', 'Exports of the Nvidia H800 fell sharply.', ['Nvidia DEVELOPED H800']],
  [
    'verb.develop',
    'Anthropic launched Claude to rival other chatbots.',
    ['Anthropic DEVELOPED Claude'],
  ],
  [
    'compound.maker',
    'ChatGPT maker OpenAI said it was investigating.',
    ['OpenAI DEVELOPED ChatGPT'],
  ],
  [
    'passive.develop',
    'Llama is a large language model created by Meta.',
    ['Meta Platforms DEVELOPED Llama'],
  ],
  [
    'appositive.behind',
    'OpenAI, the company behind ChatGPT, declined to comment.',
    ['OpenAI DEVELOPED ChatGPT'],
  ],
  [
    'model shape',
    'Baidu released Ernie 4.5 and Qwen-Max rivals this week.',
    ['Baidu DEVELOPED Ernie 4.5'],
  ],
  // USED
  ['verb.use', "ByteDance used OpenAI's API to build a rival model.", ['ByteDance USED OpenAI']],
  [
    'noun.use-of',
    "The report described ByteDance's use of GPT in several products.",
    ['ByteDance USED GPT'],
  ],
  [
    'via + supplier',
    "Most of ByteDance's usage went through Microsoft's Azure platform.",
    ['ByteDance USED Azure', 'Microsoft SUPPLIES ByteDance'],
  ],
  // SUSPENDED
  ['verb.suspend', "OpenAI has suspended ByteDance's account.", ['OpenAI SUSPENDED ByteDance']],
  [
    'verb.suspend compound',
    'Sam Altman-led OpenAI has suspended TikTok-parent ByteDance.',
    ['OpenAI SUSPENDED ByteDance', 'Sam Altman LEADS OpenAI', 'ByteDance PARENT_OF TikTok'],
  ],
  // ACCUSED, COPIED, SUED, CRITICIZED
  ['verb.accuse', 'OpenAI accused ByteDance of copying GPT outputs.', ['OpenAI ACCUSED ByteDance']],
  [
    'passive.accused-copying',
    "01.AI was accused of copying Meta's Llama architecture.",
    ['01.AI COPIED Llama'],
  ],
  [
    'verb.sue',
    'The New York Times sued OpenAI and Microsoft over copyright infringement.',
    [
      'The New York Times SUED OpenAI',
      'The New York Times SUED Microsoft',
      'The New York Times ACCUSED OpenAI',
    ],
  ],
  ['passive.sue', 'OpenAI was sued by Elon Musk in March.', ['Elon Musk SUED OpenAI']],
  [
    'verb.criticize',
    'Robin Li criticized OpenAI for its closed approach.',
    ['Robin Li CRITICIZED OpenAI'],
  ],
  // COMPETES_WITH
  [
    'verb.compete',
    'Microsoft is competing with Alphabet and Meta in cloud AI.',
    ['Microsoft COMPETES_WITH Alphabet', 'Microsoft COMPETES_WITH Meta Platforms'],
  ],
  [
    'appositive.rival',
    'Investors poured money into Anthropic, a rival to OpenAI.',
    ['Anthropic COMPETES_WITH OpenAI'],
  ],
  [
    'compound.rival',
    'Baidu launched a ChatGPT rival, dubbed Ernie Bot.',
    ['Ernie Bot COMPETES_WITH ChatGPT', 'Baidu DEVELOPED Ernie Bot'],
  ],
  [
    'list.rivals',
    'Baidu moved first, though rivals Alibaba and Tencent have similar projects.',
    ['Baidu COMPETES_WITH Alibaba Group', 'Baidu COMPETES_WITH Tencent'],
  ],
  ['verb.beat', 'Claude has overtaken GPT-4 on the leaderboard.', ['Claude COMPETES_WITH GPT-4']],
  // LEADS, FOUNDED, EMPLOYED_BY
  ['title.lead', 'Microsoft CEO Satya Nadella spoke first.', ['Satya Nadella LEADS Microsoft']],
  ['compound.led', 'Sam Altman-led OpenAI moved quickly.', ['Sam Altman LEADS OpenAI']],
  [
    'possessive.person (known leader)',
    "Industry figures like Baidu's Robin Li criticised the trend.",
    ['Robin Li LEADS Baidu'],
  ],
  [
    'appositive.lead',
    "Jensen Huang, Nvidia's chief executive, spoke on Tuesday.",
    ['Jensen Huang LEADS Nvidia'],
  ],
  ['verb.as-lead', 'Sam Altman has returned as CEO of OpenAI.', ['Sam Altman LEADS OpenAI']],
  [
    'possessive.venture',
    "Investors backed Lee Kai-fu's venture, 01.AI, early on.",
    ['Kai-Fu Lee FOUNDED 01.AI'],
  ],
  ['passive.found', 'xAI, founded by Elon Musk in 2023, raised money.', ['Elon Musk FOUNDED xAI']],
  [
    'title.founder',
    'Mistral AI co-founder Arthur Mensch said the company would grow.',
    ['Arthur Mensch FOUNDED Mistral AI'],
  ],
  [
    'title.staff',
    'OpenAI spokesperson Niko Felix said the account was suspended.',
    ['Niko Felix EMPLOYED_BY OpenAI'],
  ],
  [
    'appositive.staff-of',
    'Quanquan Gu, director of AI research at ByteDance, wrote the post.',
    ['Quanquan Gu EMPLOYED_BY ByteDance'],
  ],
  // RESTRICTED
  [
    'cue.restriction',
    'The Commerce Department banned exports of the H800 to China.',
    ['U.S. Department of Commerce RESTRICTED H800', 'U.S. Department of Commerce RESTRICTED China'],
  ],
  [
    'cue.restriction (country)',
    'The US restricted sales of H100 chips to China last year.',
    ['United States RESTRICTED H100', 'United States RESTRICTED China'],
  ],
  // SUPPLIES
  [
    'verb.supply',
    'Nvidia sells its chips to ByteDance through resellers.',
    ['Nvidia SUPPLIES ByteDance'],
  ],
  [
    'passive.licensed-by',
    'ByteDance is licensed by Microsoft to use the service.',
    ['Microsoft SUPPLIES ByteDance'],
  ],
  // LOCATED_IN
  ['compound.based', 'Beijing-based 01.AI released a model.', ['01.AI LOCATED_IN Beijing']],
  [
    'appositive.based',
    'Anthropic, a San Francisco-based start-up, raised money.',
    ['Anthropic LOCATED_IN San Francisco'],
  ],
  [
    'compound.nationality',
    'China is home to many labs. Chinese tech giant Alibaba released a model.',
    ['Alibaba Group LOCATED_IN China'],
  ],
  // lists, owners and families
  [
    'possessive list with owners',
    "Qwen beat rivals including OpenAI's GPT-4, Llama, and Meta's Llama 3.",
    ['OpenAI DEVELOPED GPT-4', 'Meta Platforms DEVELOPED Llama 3'],
  ],
  [
    'model family',
    'Anthropic released Claude 3. Claude 3 Opus and Claude 3 Haiku followed.',
    ['Anthropic DEVELOPED Claude 3 Opus', 'Anthropic DEVELOPED Claude 3 Haiku'],
  ],
  [
    'ticker in a possessive',
    "Alphabet Inc.'s GOOG GOOGL Google unveiled Gemini.",
    ['Alphabet PARENT_OF Google'],
  ],
  [
    '"we" in a quote is the company of the speaker',
    '"We have suspended ByteDance\'s account while we investigate," OpenAI spokesperson Niko Felix said.',
    ['OpenAI SUSPENDED ByteDance'],
  ],
];

describe('relation patterns', () => {
  it.each(CASES)(`${here}%s`, (_label, text, expected) => {
    const found = triples(extract(text));
    for (const t of expected) expect(found, `${t} in: ${text}`).toContain(t);
  });
});

// [label, text, triple that must NOT be found]
const NEGATIVE: Array<[string, string, string]> = [
  [
    'a list does not run into the next clause',
    'Microsoft has backed OpenAI and Google has partnered with Anthropic.',
    'Microsoft INVESTED_IN Google',
  ],
  [
    '"ChatGPT-style" is not competition',
    'Baidu showed a ChatGPT-style assistant.',
    'Baidu COMPETES_WITH ChatGPT',
  ],
  [
    'a rival is not the product of its owner',
    'Anthropic has released its own ChatGPT rival, dubbed Claude.',
    'Anthropic DEVELOPED ChatGPT',
  ],
  [
    '"backed by" reads as passive',
    '01.AI, backed by Alibaba, grew fast.',
    '01.AI INVESTED_IN Alibaba Group',
  ],
  [
    'a nationality alone gives no place',
    'French start-up Mistral AI raised money.',
    'Mistral AI LOCATED_IN France',
  ],
  [
    'maker data in the lexicon makes no relation',
    'Claude and ChatGPT were compared.',
    'Anthropic DEVELOPED Claude',
  ],
  [
    "another owner's product in a list",
    "Qwen beat rivals including OpenAI's GPT-4, Llama, and Meta's Llama 3.",
    'OpenAI DEVELOPED Llama 3',
  ],
];

describe('relation patterns that must not fire', () => {
  it.each(NEGATIVE)(`${here}%s`, (_label, text, triple) => {
    expect(triples(extract(text))).not.toContain(triple);
  });
});
