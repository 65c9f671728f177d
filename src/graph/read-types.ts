import type { EntityType, Modality, Predicate } from '../extract/types.js';

/** Plain results of the store's reads: what the API layer receives. */
export interface StoredEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  lexiconId: string | null;
  mentionCount: number;
  degree: number;
}

export interface StoredArticle {
  id: string;
  title: string | null;
  url: string | null;
  canonicalUrl: string | null;
  source: string | null;
  published: string | null;
  contentHash: string;
  ingestedAt: string;
  text: string;
  ruleVersion: string;
}

export interface StoredFact {
  id: string;
  predicate: Predicate;
  subjectId: string;
  objectId: string;
  modality: Modality;
  disputed: boolean;
  firstReported: string | null;
  lastReported: string | null;
  eventDate: string | null;
  eventDates: string[];
  sourceCount: number;
  evidenceCount: number;
  confidence: number;
  assertedCount: number;
  allegedCount: number;
  deniedCount: number;
  plannedCount: number;
}

export interface StoredEvidence {
  id: string;
  factId: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  spanStart: number | null;
  spanEnd: number | null;
  modality: Modality;
  attribution: string | null;
  eventDate: string | null;
  reported: string;
  confidence: number;
  rule: string;
  ruleVersion: string;
  subjectName: string;
  objectName: string;
  source: string | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  hasNextPage: boolean;
}

export interface FactFilter {
  predicates?: Predicate[] | undefined;
  modalities?: Modality[] | undefined;
  direction?: 'OUT' | 'IN' | 'BOTH' | undefined;
}
