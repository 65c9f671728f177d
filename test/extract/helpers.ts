import { expect, it } from 'vitest';
import { type Extraction, extractArticle, type Lexicon } from '../../src/extract/index.js';
import { TEST_LEXICON } from './test-lexicon.js';

/** Extracts one text with the test lexicon. */
export function extract(text: string, published?: string): Extraction {
  return extractArticle({ id: 't', text, published }, TEST_LEXICON);
}

/** "Subject PREDICATE Object" lines of an extraction, for readable assertions. */
export function triples(x: Extraction): string[] {
  return x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

/** "Subject PREDICATE Object modality" lines, for tables that also check the modality. */
export function modalTriples(x: Extraction): string[] {
  return x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.modality}`);
}

/** The relation with this triple, if any. */
export function relation(x: Extraction, triple: string) {
  return x.relations.find((r) => `${r.subject} ${r.predicate} ${r.object}` === triple);
}

/** A table row: label, text, "Subject PREDICATE Object modality" lines to find, triples not to. */
export type FamilyCase = [label: string, text: string, expected: string[], forbidden: string[]];

/** One test per row of a table of pattern-family cases, with the full lexicon given. */
export function itFindsEachCase(prefix: string, cases: FamilyCase[], lexicon: Lexicon): void {
  for (const [label, text, expected, forbidden] of cases) {
    it(`${prefix}${label}`, () => {
      const x = extractArticle({ id: 't', text }, lexicon);
      const got = modalTriples(x);
      for (const want of expected) expect(got, text).toContain(want);
      const bare = triples(x);
      for (const not of forbidden) expect(bare, text).not.toContain(not);
    });
  }
}
