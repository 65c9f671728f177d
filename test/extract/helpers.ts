import { type Extraction, extractArticle } from '../../src/extract/index.js';
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
