import { describe, expect, it } from 'vitest';
import { toOutputRecord } from '../../src/cli/extract-command.js';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const here = '[extract/generalise-round] ';
const lexicon = loadLexicon();

// Families added in rule set 2026.11.30 to carry over to unseen news: root causes (coreference,
// plural and compound product names, a company's circle named as a group) and broad English
// shapes. Sentences written for these tests, never copied from an evaluation text.
// [label, text, "Subject PREDICATE Object modality" lines that must be found, triples that must not]
const CASES: FamilyCase[] = [
  // a company's circle named as a group (rules-groups.ts)
  [
    'whose backers include a list',
    'Anthropic, whose backers include Amazon, Google and Salesforce, has grown quickly.',
    [
      'Amazon INVESTED_IN Anthropic asserted',
      'Google INVESTED_IN Anthropic asserted',
      'Salesforce INVESTED_IN Anthropic asserted',
    ],
    ['Anthropic PARENT_OF Amazon'],
  ],
  [
    'whose investors are, after a comma-less relative',
    'Mistral AI counts many funds as backers. Cohere, whose investors include Nvidia and Oracle, hired staff.',
    ['Nvidia INVESTED_IN Cohere asserted', 'Oracle INVESTED_IN Cohere asserted'],
    ['Nvidia INVESTED_IN Mistral AI'],
  ],
  [
    'a possessive list of customers',
    'Zentrix AI sells process software. Zentrix AI’s customers include Siemens and Bosch.',
    ['Zentrix AI SUPPLIES Siemens asserted', 'Zentrix AI SUPPLIES Bosch asserted'],
    [],
  ],
  [
    'its rivals include',
    'Zentrix AI sells process software. Its rivals include Celonis and UiPath.',
    ['Zentrix AI COMPETES_WITH Celonis asserted', 'Zentrix AI COMPETES_WITH UiPath asserted'],
    [],
  ],
  [
    'one member named after "its biggest backer"',
    'OpenAI and its largest backer, Microsoft, renegotiated their contract.',
    ['Microsoft INVESTED_IN OpenAI asserted'],
    [],
  ],
  [
    'a possessive singular customer',
    'Nvidia’s biggest customer, Microsoft, said it would buy more chips.',
    ['Nvidia SUPPLIES Microsoft asserted'],
    [],
  ],
  // lists whose members carry a description
  [
    'a described member of a list of shareholders',
    'Mistral AI, which counts Nvidia, Microsoft and the French state-backed fund Bpifrance among its shareholders, released a model.',
    [
      'Nvidia INVESTED_IN Mistral AI asserted',
      'Microsoft INVESTED_IN Mistral AI asserted',
      'Bpifrance INVESTED_IN Mistral AI asserted',
    ],
    ['Nvidia INVESTED_IN Bpifrance', 'Microsoft INVESTED_IN Bpifrance'],
  ],
  [
    '"fund" before a name is a noun, not a verb',
    'Abu Dhabi investors, including the sovereign wealth fund Mubadala, are active. Microsoft and the state-backed fund Temasek met.',
    [],
    ['Microsoft INVESTED_IN Temasek'],
  ],
  [
    'a verb "fund" still funds',
    'Microsoft will fund OpenAI for another five years.',
    ['Microsoft INVESTED_IN OpenAI planned'],
    [],
  ],
  // rounds named by their series or by a group of investors
  [
    'a Series B led by, with participation from',
    'Corvel Robotics said on Monday it had closed a $65 million Series B led by Sequoia Capital, with participation from Accel.',
    [
      'Sequoia Capital INVESTED_IN Corvel Robotics asserted',
      'Accel INVESTED_IN Corvel Robotics asserted',
    ],
    [],
  ],
  [
    'a group of investors led by',
    'Kestrel AI said it had raised 40 million euros from a group of investors led by Balderton Capital.',
    ['Balderton Capital INVESTED_IN Kestrel AI asserted'],
    [],
  ],
  [
    'investors expected to join the round at hand',
    'Zentrix AI is raising $80 million in a round led by Accel. Nvidia and AMD are also expected to invest.',
    ['Nvidia INVESTED_IN Zentrix AI planned', 'AMD INVESTED_IN Zentrix AI planned'],
    [],
  ],
  [
    'an investor taking a stake beside the round',
    'Zentrix AI raised $80 million from Index Ventures, with Alibaba also taking a minority stake.',
    ['Alibaba Group INVESTED_IN Zentrix AI asserted'],
    [],
  ],
  [
    'expected to invest with no round before names no investee',
    'Nvidia is expected to invest, analysts said.',
    [],
    ['Nvidia INVESTED_IN Zentrix AI'],
  ],
  // rivals opening a sentence
  [
    'capitalised "Rivals" open the sentence',
    'Nvidia sells the most AI chips. Rivals AMD and Intel are catching up.',
    ['Nvidia COMPETES_WITH AMD asserted', 'Nvidia COMPETES_WITH Intel asserted'],
    [],
  ],
  // product names: compounds and plurals
  [
    'a product named after its maker stays whole',
    'The Relay assistant competes with Microsoft’s GitHub Copilot.',
    ['Microsoft DEVELOPED GitHub Copilot asserted', 'Relay COMPETES_WITH GitHub Copilot asserted'],
    ['GitHub DEVELOPED Copilot', 'Microsoft PARENT_OF GitHub'],
  ],
  [
    'an owner prefix inside a list owns only its own product',
    'Analysts compared Google Gemini and Nvidia H100 chips on cost.',
    ['Google DEVELOPED Gemini asserted', 'Nvidia DEVELOPED H100 asserted'],
    ['Google DEVELOPED H100'],
  ],
  [
    'a plural chip name is the chip',
    'Nexwave AI trains on Nvidia H100s and AMD MI300X accelerators.',
    ['Nvidia DEVELOPED H100 asserted', 'Nexwave AI USED H100 asserted'],
    ['Nvidia DEVELOPED H100s'],
  ],
  // makers described by an appositive
  [
    'a place-based developer of a product',
    'Regulators fined Luka, the San Francisco-based developer of the companion chatbot Replika, last year.',
    ['Luka DEVELOPED Replika asserted', 'Luka LOCATED_IN San Francisco asserted'],
    [],
  ],
  [
    'the start-up that makes a product',
    'Regulators questioned Anysphere, the San Francisco start-up that makes the coding assistant Cursor.',
    ['Anysphere DEVELOPED Cursor asserted'],
    [],
  ],
  // coreference: the company the story is about
  [
    '"the company" after a sentence naming a supplier only as a modifier',
    'Zentrix AI unveiled its first model on Tuesday. The model runs on Nvidia chips. Chief executive Claire Martin said the company had also released a smaller model, Zen-2.',
    ['Zentrix AI DEVELOPED Zen-2 asserted', 'Claire Martin LEADS Zentrix AI asserted'],
    ['Nvidia DEVELOPED Zen-2', 'Claire Martin LEADS Nvidia'],
  ],
  [
    '"it" after a sentence naming a company only after a preposition',
    'Zentrix AI said on Monday it had hired Marc Dubois from Google. Dubois, who spent a decade at Google, will lead the research team. It also named Sarah Lee as chief financial officer.',
    ['Sarah Lee EMPLOYED_BY Zentrix AI asserted'],
    ['Sarah Lee EMPLOYED_BY Google'],
  ],
  [
    'a subject of the sentence before stays the antecedent',
    'Microsoft invested in Zentrix AI last year. The company also owns GitHub.',
    ['Microsoft PARENT_OF GitHub asserted'],
    ['Zentrix AI PARENT_OF GitHub'],
  ],
  // people: more titles and shared appositives
  [
    'both former engineers of a company',
    'The start-up was founded by Jane Roe and John Doe, both former Stripe engineers.',
    ['Jane Roe EMPLOYED_BY Stripe asserted', 'John Doe EMPLOYED_BY Stripe asserted'],
    [],
  ],
  [
    'a veteran, a czar and a chief communications officer are staff',
    'Jane Roe, a veteran of Google, joined the board. David Sacks, the White House AI czar, criticised the rule. Lena Park, chief communications officer at Cohere, declined to comment.',
    [
      'Jane Roe EMPLOYED_BY Google asserted',
      'David Sacks EMPLOYED_BY White House asserted',
      'Lena Park EMPLOYED_BY Cohere asserted',
    ],
    ['Lena Park LEADS Cohere'],
  ],
  [
    'founder and chief executive, bare',
    'Founder and chief executive Arthur Mensch said Mistral AI would open an office in Singapore.',
    ['Arthur Mensch LEADS Mistral AI asserted', 'Arthur Mensch FOUNDED Mistral AI asserted'],
    [],
  ],
  // places: well-known cities
  [
    'a company based in a European city',
    'Aleph Alpha, a Heidelberg-based start-up, opened an office in Frankfurt.',
    ['Aleph Alpha LOCATED_IN Heidelberg asserted'],
    [],
  ],
];

describe('[extract/generalise-round] families added in rule set 2026.11.30', () => {
  itFindsEachCase(here, CASES, lexicon);
});

describe('[extract/generalise-round] names in the output', () => {
  it(`${here}a country goes by its name, not its adjective`, () => {
    const text = 'British start-up Wayve will expand across Britain.';
    const demonyms = new Set(['british']);
    const record = toOutputRecord(extractArticle({ id: 't', text }, lexicon), (form) =>
      demonyms.has(form.toLowerCase()),
    ) as { relations: Array<{ subject: string; predicate: string; object: string }> };
    const lines = record.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(lines).toContain('Wayve LOCATED_IN Britain');
  });

  it(`${here}a plural product goes by its name`, () => {
    const text = 'Nexwave AI trains on Nvidia H100s.';
    const record = toOutputRecord(extractArticle({ id: 't', text }, lexicon)) as {
      relations: Array<{ subject: string; predicate: string; object: string }>;
    };
    const lines = record.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(lines).toContain('Nexwave AI USED H100');
  });
});
