import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { modalTriples } from './helpers.js';

const here = '[extract/news-phrasings] ';
const lexicon = loadLexicon();

// Phrasings common in AI-industry news, run with the project lexicon.
// [label, text, "Subject PREDICATE Object modality" lines that must be found]
const CASES: Array<[string, string, string[]]> = [
  [
    'agreed to buy, colon name',
    'Nvidia agreed to buy Run:ai for $700 million.',
    ['Nvidia ACQUIRED Run:ai asserted'],
  ],
  [
    'planned investment, multiword place',
    'Microsoft will invest $1.5 billion in G42, an Abu Dhabi-based AI firm.',
    ['Microsoft INVESTED_IN G42 planned', 'G42 LOCATED_IN Abu Dhabi asserted'],
  ],
  [
    'investors including',
    'xAI raised $6 billion from investors including Sequoia Capital and Andreessen Horowitz.',
    ['Sequoia Capital INVESTED_IN xAI asserted', 'Andreessen Horowitz INVESTED_IN xAI asserted'],
  ],
  [
    'reported talks',
    'Apple is reportedly in talks to acquire Perplexity.',
    ['Apple ACQUIRED Perplexity alleged'],
  ],
  [
    'entity list',
    'The US added Huawei to the entity list in 2019.',
    ['United States RESTRICTED Huawei asserted'],
  ],
  [
    'a company bans a tool for its staff',
    'Samsung banned employees from using ChatGPT after a leak.',
    ['Samsung Electronics SUSPENDED ChatGPT asserted'],
  ],
  [
    'a regulator bans a product',
    "Italy's privacy regulator Garante temporarily banned ChatGPT.",
    ['Garante RESTRICTED ChatGPT asserted'],
  ],
  [
    'chief AI scientist',
    "Meta's chief AI scientist Yann LeCun criticized OpenAI.",
    ['Yann LeCun EMPLOYED_BY Meta Platforms asserted', 'Yann LeCun CRITICIZED OpenAI asserted'],
  ],
  [
    'supplies chips to a list',
    'TSMC supplies chips to Apple and Nvidia.',
    ['TSMC SUPPLIES Apple asserted', 'TSMC SUPPLIES Nvidia asserted'],
  ],
  [
    'relies on a platform',
    'OpenAI relies on Microsoft Azure for compute.',
    ['OpenAI USED Azure asserted'],
  ],
  [
    'led a round',
    'SoftBank led a $40 billion funding round in OpenAI.',
    ['SoftBank Group INVESTED_IN OpenAI asserted'],
  ],
  ['denied that', 'Amazon denied that it had acquired Adept.', ['Amazon ACQUIRED Adept denied']],
  [
    'passive entity list',
    'Zhipu AI, a Beijing-based start-up, was added to the entity list by the Commerce Department.',
    [
      'U.S. Department of Commerce RESTRICTED Zhipu AI asserted',
      'Zhipu AI LOCATED_IN Beijing asserted',
    ],
  ],
  [
    'not yet',
    'Google has not yet invested in Mistral AI, a spokesperson told Reuters.',
    ['Google INVESTED_IN Mistral AI denied'],
  ],
  [
    'planned launch',
    'Meta is set to launch Llama 4 next month.',
    ['Meta Platforms DEVELOPED Llama 4 planned'],
  ],
  [
    'hearsay',
    'Microsoft plans to acquire Inflection AI, according to people familiar with the matter.',
    ['Microsoft ACQUIRED Inflection AI alleged'],
  ],
  [
    'a rival chip',
    "Huawei unveiled its Ascend 910C chip, a rival to Nvidia's H100.",
    ['Huawei DEVELOPED Ascend 910C asserted', 'Ascend 910C COMPETES_WITH H100 asserted'],
  ],
];

const NOT: Array<[string, string, string]> = [
  [
    'a participle phrase is not the subject',
    'Chinese startup Moonshot AI, backed by Alibaba, released Kimi last week.',
    'Alibaba Group DEVELOPED Kimi',
  ],
  [
    'a relative clause is not the subject',
    'Perplexity AI, which is backed by Jeff Bezos, launched a new search tool called Comet.',
    'Jeff Bezos DEVELOPED Comet',
  ],
  [
    'a city does not legislate',
    'Zhipu AI, a Beijing-based start-up, was added to the entity list by the Commerce Department.',
    'Beijing RESTRICTED Zhipu AI',
  ],
  [
    'a chief executive is not staff',
    "Andy Jassy, Amazon's chief executive officer, spoke.",
    'Andy Jassy EMPLOYED_BY Amazon',
  ],
];

const lines = (text: string) =>
  modalTriples(extractArticle({ id: 'n', text, published: '2024-06-01' }, lexicon));

describe('news phrasings', () => {
  it.each(CASES)(`${here}%s`, (_label, text, expected) => {
    const found = lines(text);
    for (const e of expected) expect(found, text).toContain(e);
  });
  it.each(NOT)(`${here}%s`, (_label, text, triple) => {
    expect(lines(text).some((l) => l.startsWith(`${triple} `))).toBe(false);
  });
});
