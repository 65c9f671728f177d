import { expect, it } from 'vitest';
import {
  type Extraction,
  extractArticle,
  type Lexicon,
  parseLexicon,
} from '../../src/extract/index.js';
import { TEST_LEXICON } from './test-lexicon.js';

/** Extracts one text with the test lexicon. */
export function extract(text: string, published?: string): Extraction {
  return extractArticle({ id: 't', text, published }, TEST_LEXICON);
}

/** The names of the entities found in one text with `lexicon`. */
export function entityNames(text: string, lexicon: Lexicon): string[] {
  return extractArticle({ id: 't', text }, lexicon).entities.map((e) => e.name);
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

/** A lexicon entry maker of one type and kind, for the small lexicons of entity tests. */
export const lexiconEntry =
  (type: string, kind: string) =>
  (id: string, name: string, aliases: string[] = []) => ({ id, name, type, aliases, kind });

/** A small test lexicon from entries per lexicon file. */
export function smallLexicon(files: {
  organizations?: unknown[];
  people?: unknown[];
  products?: unknown[];
  places?: unknown[];
}): Lexicon {
  return parseLexicon(
    (['organizations', 'people', 'products', 'places'] as const).map((f) => ({
      name: `${f}.json`,
      data: { entries: files[f] ?? [] },
    })),
  );
}

/** A table row of entity cases: family, text, "Type Name" lines. */
export type NameCase = [family: string, text: string, lines: string[]];

/** One test per row: the "Type Name" lines each text must yield, and those it must not. */
export function itTypesEachName(found: NameCase[], absent: NameCase[], lexicon: Lexicon): void {
  const typedNames = (text: string) =>
    extractArticle({ id: 't', text }, lexicon).entities.map((e) => `${e.type} ${e.name}`);
  it.each(found)('%s', (_family, text, expected) => {
    const got = typedNames(text);
    for (const line of expected) expect(got).toContain(line);
  });
  it.each(absent)('%s', (_family, text, lines) => {
    const got = typedNames(text);
    for (const line of lines) expect(got).not.toContain(line);
  });
}
