import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { type Lexicon, parseLexicon } from '../../src/extract/lexicon.js';

const here = '[extract/unknown-names] ';

// Names no lexicon knows, read from shape and context alone. Sentences written for these tests.
// An empty lexicon: every entity here must be found by rules.
const empty: Lexicon = parseLexicon(
  ['organizations', 'people', 'places', 'products'].map((name) => ({
    name: `${name}.json`,
    data: { entries: [] },
  })),
);

function run(text: string) {
  return extractArticle({ id: 't', text }, empty);
}

const ENTITY_CASES: Array<[string, string, string[]]> = [
  // [family, text, "Type Name" lines that must be present]
  [
    'company before a company title',
    'The board included Zorbly CEO Dana Whitfield and others.',
    ['Organization Zorbly', 'Person Dana Whitfield'],
  ],
  [
    'role of X',
    'Kestrel hired Omar Velde, the former CEO of Brinkle, as its chief.',
    ['Organization Brinkle'],
  ],
  [
    'role at X',
    'Priya Namboo, a former engineer at Quillata, joined the team.',
    ['Organization Quillata'],
  ],
  ['X-based Y', 'The studios sued Texas-based Pexora last week.', ['Organization Pexora']],
  [
    'owner and owned product',
    "It competes with Vantor's Glimmer in the video market.",
    ['Organization Vantor', 'Product Glimmer'],
  ],
  [
    'sentence-initial name with a common first word',
    'Tan Berro, president of Orvale Labs, said prices would fall.',
    ['Person Tan Berro', 'Organization Orvale Labs'],
  ],
  ['sentence-initial name with an age', 'Yang, 34, founded Orvale Labs in 2021.', ['Person Yang']],
  [
    'who co-founded',
    'Elan Morrow, who co-founded Brinkle, criticised the plan.',
    ['Person Elan Morrow'],
  ],
  [
    'role, then the name',
    'Its founder and former chief executive, Ravi Tandon, resigned in March.',
    ['Person Ravi Tandon'],
  ],
  [
    'outlet after a press noun',
    'Israeli business daily Orbiter put the price at $70 million.',
    ['Organization Orbiter'],
  ],
  [
    'analysts at X',
    'Shares fell, but analysts at Brinkwater called it a win.',
    ['Organization Brinkwater'],
  ],
  [
    'lone surname with a title in apposition',
    "Velde, the company's chief executive, told reporters the plan was on track.",
    ['Person Velde'],
  ],
  [
    'owner before a versioned model',
    "It outperforms Vantor's Glimmer 3 8B on tests.",
    ['Organization Vantor', 'Product Glimmer 3 8B'],
  ],
  [
    'corporate act after a lone name',
    'Quillata raised $40 million from investors.',
    ['Organization Quillata'],
  ],
  [
    'opening use backed by a later mention',
    'Brinkwater expects growth. Investors said Brinkwater was cheap.',
    ['Organization Brinkwater'],
  ],
  [
    'two people, the second of a university',
    'The panel had Laura Benton and Helen Morrow of Kestrel University on it.',
    ['Person Laura Benton', 'Person Helen Morrow', 'Organization Kestrel University'],
  ],
  [
    'outlet keeps its article',
    'The deal closed on Friday, reported The Ledger.',
    ['Organization The Ledger'],
  ],
  [
    'a quantity word before "of" opens no name',
    "One of Kestrel AI's co-founders, Omar Velde, spoke.",
    ['Organization Kestrel AI'],
  ],
  ['product tail word', 'Users flocked to Zorbo Bot after the update.', ['Product Zorbo Bot']],
  [
    'retyped by its mentions',
    'Users of ZorbGPT grew fast. Brinkle launched ZorbGPT in May. The ZorbGPT maker raised money.',
    ['Product ZorbGPT'],
  ],
];

const ABSENT_CASES: Array<[string, string, string[]]> = [
  // [family, text, "Type Name" lines that must NOT be present]
  [
    'a department after a role is no employer',
    'Mei Tran, former Vice President of Technology at Brinkle, spoke.',
    ['Organization Technology'],
  ],
  [
    'a demonym before a title is no company',
    'French President Emmanuel Macron spoke.',
    ['Organization French'],
  ],
  [
    'a public body keeps its "and"',
    'The Securities and Exchange Commission opened an inquiry.',
    ['Organization Securities'],
  ],
  ['a place owns no product', "China's Zorbly grew fast.", ['Product Zorbly']],
];

describe(`${here}entities without a lexicon`, () => {
  it.each(ENTITY_CASES)('%s', (_family, text, expected) => {
    const got = run(text).entities.map((e) => `${e.type} ${e.name}`);
    for (const line of expected) expect(got).toContain(line);
  });
  it.each(ABSENT_CASES)('%s', (_family, text, absent) => {
    const got = run(text).entities.map((e) => `${e.type} ${e.name}`);
    for (const line of absent) expect(got).not.toContain(line);
  });
});

describe(`${here}bare names and longer names`, () => {
  it('keeps a bare company apart from its later unit', () => {
    const x = run(
      'Zorbly said it would hire. Zorbly AI, a new unit, will grow. Zorbly declined to comment.',
    );
    const names = x.entities.map((e) => e.name);
    expect(names).toContain('Zorbly');
    expect(names).toContain('Zorbly AI');
  });
  it('folds a short form into the longer name used first', () => {
    const x = run('Kestrel AI raised money on Monday. Kestrel said the round was large.');
    const e = x.entities.find((e) => e.name === 'Kestrel AI');
    expect(e?.aliases).toContain('Kestrel');
  });
});

describe(`${here}relations read with rule-found names`, () => {
  it.each([
    ['Quillata CEO Dana Whitfield spoke on Monday.', 'Dana Whitfield LEADS Quillata'],
    [
      'Tan Berro, president of Orvale Labs, said prices would fall.',
      'Tan Berro EMPLOYED_BY Orvale Labs',
    ],
    ["It is seen as a rival to Vantor's Glimmer.", 'Vantor DEVELOPED Glimmer'],
  ])('%s', (text, triple) => {
    const got = run(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(got).toContain(triple);
  });
});

describe(`${here}relative clauses and prepositions (with the project lexicon)`, () => {
  const lexicon = loadLexicon();
  const lines = (text: string) =>
    extractArticle({ id: 't', text }, lexicon).relations.map(
      (r) => `${r.subject} ${r.predicate} ${r.object}`,
    );
  it('a name inside a relative clause does not compete', () => {
    const got = lines('Apple, which said it uses Nvidia chips, rivals Samsung in phones.');
    expect(got).not.toContain('Nvidia COMPETES_WITH Samsung Electronics');
  });
  it.each([
    [
      'Microsoft, which owns a stake in OpenAI, said it would expand.',
      'Microsoft INVESTED_IN OpenAI',
    ],
    ['Tencent holds a 20% stake in Zhipu AI.', 'Tencent INVESTED_IN Zhipu AI'],
  ])('a stake is an investment: %s', (text, triple) => {
    expect(lines(text)).toContain(triple);
  });
  it('trained on a product is use, not development', () => {
    const got = lines(
      'Anthropic said its Claude model, which it trained on Google TPUs, was fast.',
    );
    // "Google TPUs" is the plural of the lexicon's "Google TPU" (rule set 2026.11.30)
    expect(got).not.toContain('Anthropic DEVELOPED TPU');
    expect(got).toContain('Anthropic USED TPU');
  });
});
