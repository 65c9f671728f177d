export { extractArticle } from './extract-article.js';
export type { Lexicon, LexiconEntry, LexiconFile } from './lexicon.js';
export { parseLexicon } from './lexicon.js';
export { loadLexicon } from './load-lexicon.js';
export { RULE_VERSION } from './rule-version.js';
export type {
  ArticleInput,
  Entity,
  EntityType,
  Evidence,
  Extraction,
  Mention,
  Modality,
  Predicate,
  Relation,
  Sentence,
} from './types.js';
export { ENTITY_TYPES, MODALITIES, PREDICATES, SYMMETRIC_PREDICATES } from './types.js';
