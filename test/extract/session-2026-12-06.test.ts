import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { RELATION_RULES } from '../../src/extract/relation-rules.js';
import { entityNames, type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.06: ~15,400 more lexicon entries, benchmark parity as rivalry, customers
// listed in a sentence that opens on "Customers". The sentences were written by the team for
// this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a model that performs on par with another',
    "The Orbit-2 model performs roughly on par with Anthropic's Claude 3 Opus on standard benchmarks.",
    ['Orbit-2 COMPETES_WITH Claude 3 Opus asserted'],
    ['Orbit-2 COMPETES_WITH Anthropic'],
  ],
  [
    "customers listed in a sentence that opens on the word, the story's company as supplier",
    'Larkspur Labs builds tools for insurers. Customers include Progressive and ING.',
    ['Larkspur Labs SUPPLIES Progressive asserted', 'Larkspur Labs SUPPLIES ING asserted'],
    ['Progressive SUPPLIES ING'],
  ],
  [
    'a founder and a chip start-up known only to the lexicon',
    'Ljubisa Bajic founded Taalas to etch models directly into silicon.',
    ['Ljubisa Bajic FOUNDED Taalas asserted'],
    [],
  ],
  [
    "a start-up's product with the lexicon's maker",
    'Chai Discovery released Chai-2, which designs antibodies from scratch.',
    ['Chai Discovery DEVELOPED Chai-2 asserted'],
    [],
  ],
  [
    'a data-centre town as the place of a company',
    'Emerald AI, a New Albany-based start-up, raised money from Nvidia.',
    ['Emerald AI LOCATED_IN New Albany asserted', 'Nvidia INVESTED_IN Emerald AI asserted'],
    [],
  ],
];

describe('rule set 2026.12.06', () => {
  itFindsEachCase('finds', CASES, lexicon);

  it('types the new entries by the lexicon, whatever their shape', () => {
    const x = extractArticle(
      {
        id: 't',
        text: 'Moonton, XBOW and Helm.ai met in Hsinchu Science Park. Varun Sivaram spoke about the BWRX-300.',
      },
      lexicon,
    );
    const typeOf = new Map(x.entities.map((e) => [e.name, e.type]));
    expect(typeOf.get('Moonton')).toBe('Organization');
    expect(typeOf.get('XBOW')).toBe('Organization');
    expect(typeOf.get('Helm.ai')).toBe('Organization');
    expect(typeOf.get('Hsinchu Science Park')).toBe('Place');
    expect(typeOf.get('Varun Sivaram')).toBe('Person');
    expect(typeOf.get('BWRX-300')).toBe('Product');
  });

  // A cue screens a sentence before its rule runs: a form the pattern reads but the cue does not
  // is never tried. These templates are the forms whose cues missed them.
  it.each([
    ['list.customers-implicit', 'Customers include ⟦O1⟧ and ⟦O2⟧.'],
    ['verb.invest-including', '⟦O0⟧, which has invested in companies like ⟦O1⟧ and ⟦O2⟧, said so.'],
    ['appositive.product-from', '⟦R1⟧, a chatbot developed by ⟦O2⟧, was released.'],
  ])('the cue of %s lets through what its pattern reads', (id, template) => {
    const rule = RELATION_RULES.find((r) => r.id === id);
    expect(rule?.cue).toBeDefined();
    rule!.regex.lastIndex = 0;
    expect(rule!.regex.test(template)).toBe(true);
    expect(rule!.cue!.test(template)).toBe(true);
  });

  it('keeps benchmarks out of the entities', () => {
    expect(entityNames('Orbit-2 scored 71 percent on MMLU and GPQA.', lexicon)).not.toContain(
      'MMLU',
    );
  });
});
