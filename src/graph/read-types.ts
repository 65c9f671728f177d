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

/** A field of {@link StoredEvidence} a reader may ask for; `id` and `factId` always come. */
export type EvidenceField = Exclude<keyof StoredEvidence, 'id' | 'factId'>;

/** Every {@link EvidenceField}: the whitelist a projection is built from. */
export const EVIDENCE_FIELDS: readonly EvidenceField[] = [
  'articleId',
  'sentence',
  'start',
  'end',
  'spanStart',
  'spanEnd',
  'modality',
  'attribution',
  'eventDate',
  'reported',
  'confidence',
  'rule',
  'ruleVersion',
  'subjectName',
  'objectName',
  'source',
];

/** Evidence with only the fields its reader asked for. */
export type EvidenceView = Pick<StoredEvidence, 'id' | 'factId'> & Partial<StoredEvidence>;

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
