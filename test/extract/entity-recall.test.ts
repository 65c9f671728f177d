import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { splitSentences } from '../../src/extract/split-sentences.js';
import { itTypesEachName, lexiconEntry, type NameCase, smallLexicon } from './helpers.js';

const here = '[extract/entity-recall] ';

// Names no lexicon knows: start-ups, people, towns, read from shape and context. Sentences
// written for these tests. The lexicon holds only a few places and one company.
const place = lexiconEntry('Place', 'region');
const lexicon = smallLexicon({
  organizations: [lexiconEntry('Organization', 'other')('hollis', 'Hollis')],
  places: [
    place('us', 'United States', ['U.S.']),
    place('ohio', 'Ohio'),
    place('missouri', 'Missouri'),
    place('india', 'India'),
    place('osaka', 'Osaka'),
  ],
});

function run(text: string) {
  return extractArticle({ id: 't', text }, lexicon);
}

const FOUND: NameCase[] = [
  // [family, text, "Type Name" lines that must be present]
  [
    'an event word before an organization suffix',
    'Sales will slow, said Mara Voss, an analyst at Summit Insights.',
    ['Organization Summit Insights'],
  ],
  [
    'a "Mc" surname in a list of people',
    'Zentrix was founded by Dale Venn, Callum McKinnery and Tova Briel.',
    ['Person Callum McKinnery', 'Person Tova Briel'],
  ],
  [
    'a month as a given name after a title',
    'The start-up was founded in 2018 by former Orvale engineer June Halvik.',
    ['Person June Halvik'],
  ],
  [
    'a company founded in a "which" clause',
    'Its customers include Brightmoor Vane, which was started in 2020 by Kavya Rao.',
    ['Organization Brightmoor Vane', 'Person Kavya Rao'],
  ],
  [
    'a chief executive of a possessor',
    'The deal is done, said Brightmoor Vane’s chief executive, Kavya Rao.',
    ['Organization Brightmoor Vane'],
  ],
  [
    'a school after a known name',
    'Dana Fell, a professor at Hollis Law School, disagreed.',
    ['Organization Hollis Law School'],
  ],
  [
    'a health-care company by its last word',
    'Rivals include Orvale Health and Kestrel Hospital.',
    ['Organization Orvale Health', 'Organization Kestrel Hospital'],
  ],
  [
    'a hyphenated given name after the family name',
    'Lee Jae-won, an analyst at Daewoo Securities, disagreed.',
    ['Person Lee Jae-won'],
  ],
  [
    'a hyphenated given name opening a sentence before "said"',
    'Park Min-jun said the model was slow.',
    ['Person Park Min-jun'],
  ],
  [
    'a hyphenated given name before the family name',
    'The lab is run by Jae-won Lee, a former engineer.',
    ['Person Jae-won Lee'],
  ],
  [
    'a number word opening a fund name',
    'Two Seas Capital, one of its largest holders, objected.',
    ['Organization Two Seas Capital'],
  ],
  ['a body named by a place', 'The U.S. Navy signed the contract.', ['Organization U.S. Navy']],
  ['a place named by a place', 'The site is in Osaka Prefecture.', ['Place Osaka Prefecture']],
  [
    'a bank named after a known place',
    'Clients include State Bank of India and Kestrel Labs.',
    ['Organization State Bank of India'],
  ],
  [
    'a town before its region',
    'The Brindle, Ohio-based firm opened a site in Marlow, Ohio, last year.',
    ['Place Brindle', 'Place Marlow'],
  ],
  [
    'a product noun after a given name',
    'It will deploy Grace Hopper systems next year.',
    ['Product Grace Hopper'],
  ],
  [
    'names in a list of health systems',
    'It signed deals with health systems including Kestrel Permanent and Orvale Health.',
    ['Organization Kestrel Permanent'],
  ],
  [
    'artists in a list',
    'The songs mimic artists such as Taylor Swift and Bad Bunny, the suit says.',
    ['Person Taylor Swift', 'Person Bad Bunny'],
  ],
  [
    'a product in apposition to "product"',
    "Quillory's product, Quillory Draft, reads contracts.",
    ['Product Quillory Draft'],
  ],
  [
    'a company backed by another',
    'Rival Kestrel absorbed Samsung-backed Quorrel last year.',
    ['Organization Quorrel'],
  ],
  [
    'a company co-founded with a person',
    'Gao Ming co-founded Tianlu Intelligence with a former colleague.',
    ['Organization Tianlu Intelligence'],
  ],
  [
    'a union named "United"',
    'National Nurses United criticised it.',
    ['Organization National Nurses United'],
  ],
];

const ABSENT: NameCase[] = [
  // [family, text, "Type Name" lines that must NOT be present]
  [
    'an event still ends a name',
    'Zorbly opened the Kestrel AI Summit on Monday.',
    ['Organization Kestrel AI Summit'],
  ],
  [
    'a month before a company is no given name',
    'In June Kestrel Labs raised money.',
    ['Person June Kestrel', 'Organization June Kestrel Labs'],
  ],
  [
    'a hyphen after a surname is no given name',
    'The Dana Whitfield-run lab hired staff.',
    ['Person Dana Whitfield-run'],
  ],
  ['a number word counting staff', 'Two Zorbly AI engineers quit.', ['Organization Two Zorbly AI']],
  [
    'a party member is no entity',
    'Senator Jo Lane, a Missouri Republican, objected.',
    ['Product Missouri Republican', 'Organization Missouri Republican'],
  ],
  [
    'a place inside a bank name is not named on its own',
    'Clients include State Bank of India and Kestrel Labs.',
    ['Place India'],
  ],
];

describe(`${here}names without a lexicon entry`, () => {
  itTypesEachName(FOUND, ABSENT, lexicon);
});

describe(`${here}mentions of one name`, () => {
  it('a name typed once keeps its type where nothing else speaks', () => {
    const x = run(
      'Its customers include Brightmoor Vane, which was started in 2020 by Kavya Rao. ' +
        'In May, Brightmoor Vane hired Dana Roe.',
    );
    const e = x.entities.find((e) => e.name === 'Brightmoor Vane');
    expect(e?.type).toBe('Organization');
    expect(e?.mentions).toHaveLength(2);
  });
  it('a short form joins the company found by rules', () => {
    const x = run(
      'Nordvik Compute, an Oslo-based operator, signed. Later, Nordvik said it would hire.',
    );
    expect(x.entities.find((e) => e.name === 'Nordvik Compute')?.aliases).toContain('Nordvik');
    expect(x.entities.map((e) => e.name)).not.toContain('Nordvik');
  });
  it('a short form after a place joins the company', () => {
    const x = run('The list named server maker Osaka Zorbix Computing. Zorbix did not respond.');
    expect(x.entities.find((e) => e.name === 'Osaka Zorbix Computing')?.aliases).toContain(
      'Zorbix',
    );
  });
  it("a company's factory is not a product it is used as", () => {
    const x = run(
      'Kestrel Labs bought Grobwerk Aircraft, a maker of planes, and will use the Grobwerk factory.',
    );
    expect(x.entities.find((e) => e.name === 'Grobwerk Aircraft')?.type).toBe('Organization');
  });
});

describe(`${here}sentences and clauses`, () => {
  it('an abbreviation ends a sentence before a word that opens one', () => {
    const s = splitSentences(
      'It runs a venture in the U.S. Last year it bought Acme Corp. It grew.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'It runs a venture in the U.S.',
      'Last year it bought Acme Corp.',
      'It grew.',
    ]);
  });
  it('"its" in a long relative clause takes the name the clause follows', () => {
    const x = run(
      'Zorbly will compete with Kestrel Group Holding, which has built merchant tools on its Vantor models.',
    );
    const got = x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(got).toContain('Kestrel Group Holding DEVELOPED Vantor');
    expect(got).not.toContain('Zorbly DEVELOPED Vantor');
  });
});
