/**
 * The vocabulary of extraction: what an article becomes before it reaches the graph.
 * Names follow ../shared ONTOLOGY (entity types, predicates, modality) so that
 * `aikg extract` output is scored as it is and the graph speaks the same words.
 */

export const ENTITY_TYPES = ['Organization', 'Person', 'Product', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'PARENT_OF',
  'ACQUIRED',
  'INVESTED_IN',
  'PARTNERED_WITH',
  'DEVELOPED',
  'USED',
  'SUSPENDED',
  'ACCUSED',
  'COPIED',
  'SUED',
  'CRITICIZED',
  'COMPETES_WITH',
  'LEADS',
  'FOUNDED',
  'EMPLOYED_BY',
  'RESTRICTED',
  'SUPPLIES',
  'LOCATED_IN',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Predicates whose direction carries no meaning: stored and matched either way. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set([
  'PARTNERED_WITH',
  'COMPETES_WITH',
]);

export const MODALITIES = ['asserted', 'alleged', 'denied', 'planned'] as const;
export type Modality = (typeof MODALITIES)[number];

/** An article as extraction sees it: plain text plus what is known about it. */
export interface ArticleInput {
  id: string;
  text: string;
  title?: string | undefined;
  /** ISO date (YYYY-MM-DD) the article was published, used to resolve "last week", "in April". */
  published?: string | null | undefined;
}

export interface Sentence {
  index: number;
  /** Offsets into the article text: text.slice(start, end) === sentence text. */
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  /** The surface form as written, e.g. "ByteDance's". */
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Entity {
  /** Stable key within and across articles: `${type}:${normalized canonical name}`. */
  key: string;
  name: string;
  type: EntityType;
  /** Surface forms the text uses, the canonical name included. */
  aliases: string[];
  /** Id of the lexicon entry when the entity is known to the lexicon. */
  lexiconId?: string | undefined;
  mentions: Mention[];
}

export interface Evidence {
  sentence: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  sentenceIndex: number;
  /** Offsets of the part of the sentence that carries the relation, when narrower. */
  spanStart?: number | undefined;
  spanEnd?: number | undefined;
}

export interface Relation {
  subject: string;
  subjectKey: string;
  predicate: Predicate;
  object: string;
  objectKey: string;
  modality: Modality;
  evidence: Evidence;
  /** Who the text says holds the claim ("OpenAI", "The Verge"), when it says so. */
  attribution?: string | undefined;
  /** ISO date (or YYYY-MM / YYYY) of the event, resolved against the published date. */
  eventDate?: string | undefined;
  confidence: number;
  /** The id of the rule that produced the relation, e.g. "verb.suspend". */
  rule: string;
  ruleVersion: string;
}

export interface Extraction {
  id: string;
  ruleVersion: string;
  sentences: Sentence[];
  entities: Entity[];
  relations: Relation[];
  /** Sentences naming two or more entities that matched no relation rule: coverage gaps. */
  unexplained: number[];
}
