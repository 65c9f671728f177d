import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { modalTriples } from './helpers.js';

const here = '[extract/wider-phrasings] ';
const lexicon = loadLexicon();

// Pattern families added in rule set 2026.11.26, each in sentences written for this test.
// [family, text, "Subject PREDICATE Object modality" lines that must be found]
const CASES: Array<[string, string, string[]]> = [
  // criticism
  [
    'criticism: taken aim at',
    'Microsoft has taken aim at Google over its search deals.',
    ['Microsoft CRITICIZED Google asserted'],
  ],
  [
    'criticism: hit out at',
    'Jensen Huang hit out at Anthropic on Tuesday.',
    ['Jensen Huang CRITICIZED Anthropic asserted'],
  ],
  [
    'criticism: relative clause after an appositive',
    'Demis Hassabis, the chief executive of Google DeepMind, who has criticised OpenAI for rushing, spoke in London.',
    ['Demis Hassabis CRITICIZED OpenAI asserted'],
  ],
  // lawsuits and accusations
  [
    'lawsuit brought by people, then accusing',
    'Several artists went to court last week. The lawsuit, brought by painters including Kelly McKernan, accuses Midjourney of theft.',
    ['Kelly McKernan SUED Midjourney asserted', 'Kelly McKernan ACCUSED Midjourney asserted'],
  ],
  [
    'a finding that a company violated the law',
    'The Federal Trade Commission said on Friday that Amazon had illegally maintained its monopoly.',
    ['Federal Trade Commission ACCUSED Amazon asserted'],
  ],
  [
    'national authorities accuse',
    'Nvidia sells chips in China. Chinese authorities accused Nvidia of breaking antitrust rules.',
    ['China ACCUSED Nvidia asserted'],
  ],
  // restrictions
  [
    'entity list with a list of targets',
    'The Commerce Department added 80 companies to its entity list, including Inspur and Sugon.',
    [
      'U.S. Department of Commerce RESTRICTED Inspur asserted',
      'U.S. Department of Commerce RESTRICTED Sugon asserted',
    ],
  ],
  [
    'a regulator fines a company',
    "Meta was fined 1.2 billion euros by Ireland's Data Protection Commission in May.",
    ['Data Protection Commission RESTRICTED Meta Platforms asserted'],
  ],
  [
    'a country bars its agencies from a service',
    "Australia has barred government agencies from using DeepSeek's services.",
    ['Australia RESTRICTED DeepSeek asserted'],
  ],
  // investment
  [
    'a round with participation from',
    'Mistral AI raised 600 million euros in a round led by General Catalyst, with participation from Bpifrance and existing backer Lightspeed Venture Partners.',
    [
      'General Catalyst INVESTED_IN Mistral AI asserted',
      'Bpifrance INVESTED_IN Mistral AI asserted',
      'Lightspeed Venture Partners INVESTED_IN Mistral AI asserted',
    ],
  ],
  [
    'led a round in a place-based company',
    'Index Ventures led a $40 million round in London-based Synthesia.',
    ['Index Ventures INVESTED_IN Synthesia asserted'],
  ],
  [
    'an appositive before raising from investors',
    'Sakana AI, the Tokyo-based lab, has raised $100 million from investors including Nvidia and Khosla Ventures, valuing it at $1 billion.',
    ['Nvidia INVESTED_IN Sakana AI asserted', 'Khosla Ventures INVESTED_IN Sakana AI asserted'],
  ],
  [
    'a compound investor noun',
    'Microsoft, which also owns LinkedIn, is a major G42 investor.',
    ['Microsoft INVESTED_IN G42 asserted'],
  ],
  // partnership
  [
    'a possessive partner',
    'Microsoft remains OpenAI’s closest partner.',
    ['Microsoft PARTNERED_WITH OpenAI asserted'],
  ],
  [
    'talks in a coordinated clause',
    'Apple has struggled with Siri and has held talks with Anthropic about licensing its models.',
    ['Apple PARTNERED_WITH Anthropic planned'],
  ],
  // people
  [
    'who heads a part of a company',
    "Joelle Pineau, who heads Meta's research lab, left in May.",
    ['Joelle Pineau EMPLOYED_BY Meta Platforms asserted'],
  ],
  [
    'is a company’s officer',
    "Sarah Friar, a former banker, is OpenAI's chief financial officer.",
    ['Sarah Friar EMPLOYED_BY OpenAI asserted'],
  ],
  [
    'a fronted founding clause',
    'Founded in 2023 by former Google researchers David Ha and Llion Jones, the start-up builds small models.',
    ['David Ha EMPLOYED_BY Google asserted'],
  ],
  [
    'joining in a coordinated clause',
    'Mustafa Suleyman, who co-founded DeepMind in 2010, left Inflection AI to join Microsoft.',
    ['Mustafa Suleyman EMPLOYED_BY Microsoft asserted'],
  ],
  [
    'appointed as a role',
    "OpenAI's board appointed Emmett Shear, the former head of Twitch, as its interim chief executive.",
    ['Emmett Shear LEADS OpenAI asserted'],
  ],
  [
    'leaving a company is a past role',
    'Mustafa Suleyman left Google in 2022.',
    ['Mustafa Suleyman EMPLOYED_BY Google asserted'],
  ],
  [
    'launched with co-founders, one with a relative clause',
    'Ilya Sutskever launched Safe Superintelligence in June with Daniel Gross, who previously led AI efforts at Apple, and Daniel Levy.',
    [
      'Daniel Gross FOUNDED Safe Superintelligence asserted',
      'Daniel Levy FOUNDED Safe Superintelligence asserted',
      'Daniel Gross EMPLOYED_BY Apple asserted',
    ],
  ],
  [
    'a fronted founding clause with an appositive',
    'Founded in 2021 by Yan Junjie, a former executive at SenseTime, MiniMax is one of China’s AI tigers.',
    ['Yan Junjie FOUNDED MiniMax asserted'],
  ],
  [
    'an appositive ending in a relative clause',
    'Reid Hoffman, the LinkedIn co-founder who also co-founded Inflection AI, spoke on Monday.',
    ['Reid Hoffman FOUNDED Inflection AI asserted'],
  ],
  [
    'unknown names listed after a company noun',
    'The Commerce Department blacklisted several firms, including Zorvex and Quillan, on Friday.',
    [
      'U.S. Department of Commerce RESTRICTED Zorvex asserted',
      'U.S. Department of Commerce RESTRICTED Quillan asserted',
    ],
  ],
  // products, supply and use
  [
    'a product described by its maker',
    'Grok, the chatbot xAI built, is free to use.',
    ['xAI DEVELOPED Grok asserted'],
  ],
  [
    'whose with a list of products',
    'Nvidia, whose H100 and B200 chips dominate the market, reported record sales.',
    ['Nvidia DEVELOPED H100 asserted', 'Nvidia DEVELOPED B200 asserted'],
  ],
  [
    'co-creator of a product',
    'John Schulman, a co-creator of ChatGPT, joined Anthropic.',
    ['John Schulman DEVELOPED ChatGPT asserted'],
  ],
  [
    'chips used by customers supply them',
    "AMD's MI300X accelerators are used by Microsoft and Oracle.",
    [
      'Microsoft USED MI300X asserted',
      'AMD SUPPLIES Microsoft asserted',
      'AMD SUPPLIES Oracle asserted',
    ],
  ],
  [
    'training on a maker’s chips',
    "Anthropic trains models on Amazon's Trainium chips.",
    ['Anthropic USED Trainium asserted', 'Amazon SUPPLIES Anthropic asserted'],
  ],
  [
    'makes parts for a customer list',
    'Foxconn builds AI servers for cloud providers including Microsoft and Google.',
    ['Foxconn SUPPLIES Microsoft asserted', 'Foxconn SUPPLIES Google asserted'],
  ],
  [
    'counts a customer',
    'Scale AI counts OpenAI, its best-known client, as its largest customer.',
    ['Scale AI SUPPLIES OpenAI asserted'],
  ],
  // competition
  [
    'possessive rival',
    "AMD, Nvidia's main rival in data-centre chips, gained share.",
    ['AMD COMPETES_WITH Nvidia asserted'],
  ],
  [
    'was an answer to',
    "Analysts said Mistral AI was Europe's answer to OpenAI.",
    ['Mistral AI COMPETES_WITH OpenAI asserted'],
  ],
  // coreference
  [
    'a sentence-initial "It is also" keeps its antecedent',
    'Anthropic released Claude 3 in March. It is also backed by Google.',
    ['Google INVESTED_IN Anthropic asserted'],
  ],
  [
    'a pronoun inside a relative clause is its head',
    'Meta has released Llama 3, and Hugging Face, which built its Zephyr model on Mistral, praised it.',
    ['Hugging Face DEVELOPED Zephyr asserted'],
  ],
  [
    'a pronoun after "accusing X of -ing" is X',
    'Disney sued MiniMax, accusing the start-up of building its Hailuo video tool on stolen characters.',
    ['MiniMax DEVELOPED Hailuo AI asserted'],
  ],
  [
    'a description after a fronted clause',
    'Mistral AI is growing fast. Backed by Microsoft, the company released Mistral Large in February.',
    ['Mistral AI DEVELOPED Mistral Large asserted'],
  ],
  // modality
  [
    'a future verb before a possessive',
    "Anthropic said it would expand its use of Google Cloud's chips.",
    ['Anthropic USED Google Cloud planned', 'Google Cloud SUPPLIES Anthropic planned'],
  ],
  [
    'the short form of a company supplies',
    'Meta invested in Scale AI. The deal drew scrutiny because Scale supplies data to OpenAI.',
    ['Scale AI SUPPLIES OpenAI asserted'],
  ],
  [
    'renting hardware to a customer',
    'Helios Compute, a cloud provider, rents GPUs to Veridian AI.',
    ['Helios Compute SUPPLIES Veridian AI asserted'],
  ],
  [
    'according to the people',
    'Tencent rents servers from Alibaba Cloud, according to the people.',
    ['Alibaba Cloud SUPPLIES Tencent alleged'],
  ],
];

// Unknown names, the first word of a sentence included: [family, text, "Name:Type" that must be found]
const NAMES: Array<[string, string, string[]]> = [
  [
    'an unknown word before a company verb at a sentence start',
    'Nuvarta said on Tuesday it had raised $20 million.',
    ['Nuvarta:Organization'],
  ],
  [
    'a surname opening a company name',
    'Halvorsen Dynamics, a Norwegian start-up, released Fjord-2.',
    ['Halvorsen Dynamics:Organization', 'Fjord-2:Product'],
  ],
  [
    'a company suffix at a sentence start',
    "Brightline Bio uses Nvidia's H100 chips.",
    ['Brightline Bio:Organization'],
  ],
  [
    'a one-word product repeated at a sentence start',
    'Upsilon released a chatbot called Mirae. Mirae competes with GPT-4o.',
    ['Mirae:Product'],
  ],
  [
    'the short form of a company after its full name',
    'Meta invested in Scale AI. The deal drew scrutiny because Scale supplies data to OpenAI.',
    ['Scale AI:Organization'],
  ],
];

const NOT: Array<[string, string, string]> = [
  [
    'a chief executive of a company is not its staff',
    'Priya Raghunathan, chief executive of Nuvarta, said the model was ready.',
    'Priya Raghunathan EMPLOYED_BY Nuvarta',
  ],
  [
    'a regulator cutting access is not use',
    'Anthropic cut off access to its Claude models for some firms.',
    'Anthropic USED Claude',
  ],
  [
    'what a company said others used is not its use',
    "OpenAI said the operators also used Meta's Llama models.",
    'OpenAI USED Llama',
  ],
  [
    'buying chips is not an acquisition',
    "Regulators told ByteDance to stop buying Nvidia's H20 chips.",
    'ByteDance ACQUIRED H20',
  ],
  [
    'a company inside a relative clause does not partner',
    'Samsung, which makes memory chips for Nvidia, has been working in collaboration with Naver.',
    'Nvidia PARTNERED_WITH Naver',
  ],
  [
    'an owner does not compete for its product',
    "Naver's HyperCLOVA X model competes with GPT-4o in Korean.",
    'Naver COMPETES_WITH GPT-4o',
  ],
  [
    'a company in a person’s appositive does not criticise',
    'Wang Jian, the founder of Alibaba Cloud, who has criticised Baidu, spoke on Monday.',
    'Alibaba Cloud CRITICIZED Baidu',
  ],
  [
    'a fine does not restrict the fined company’s products',
    'Meta was fined 200 million euros by the European Commission over Meta AI.',
    'European Commission RESTRICTED Meta AI',
  ],
  [
    'a brand before chips is not a restricted company',
    'Chinese firms were restricted from buying cut-down Nvidia GPUs.',
    'China RESTRICTED Nvidia',
  ],
  [
    'a model vendor does not supply its adopters with compute',
    'DeepSeek-R1 has been adopted by cloud providers including Microsoft.',
    'DeepSeek SUPPLIES Microsoft',
  ],
  [
    'a backed-by clause is not an investment by the subject',
    'DeepSeek, which is based in Hangzhou and backed by the hedge fund High-Flyer, declined to comment.',
    'DeepSeek INVESTED_IN High-Flyer',
  ],
  [
    'a capitalised common word names no new entity',
    'Analysts expect Scale to matter more than Speed.',
    'Scale',
  ],
];

const lines = (text: string) =>
  modalTriples(extractArticle({ id: 'w', text, published: '2025-06-01' }, lexicon));

describe('wider news phrasings', () => {
  it.each(CASES)(`${here}%s`, (_label, text, expected) => {
    const found = lines(text);
    for (const e of expected) expect(found, text).toContain(e);
  });
  it.each(NAMES)(`${here}%s`, (_label, text, expected) => {
    const found = extractArticle({ id: 'w', text }, lexicon).entities.map(
      (e) => `${e.name}:${e.type}`,
    );
    for (const e of expected) expect(found, text).toContain(e);
  });
  it.each(NOT)(`${here}%s`, (_label, text, triple) => {
    expect(lines(text).some((l) => l.startsWith(`${triple} `))).toBe(false);
  });
});
