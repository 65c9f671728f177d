import { type Predicate, SYMMETRIC_PREDICATES } from '../extract/types.js';

export interface FactRef {
  id: string;
  subjectId: string;
  predicate: Predicate;
  objectId: string;
}

/**
 * One fact per (subject, predicate, object). Symmetric predicates are stored in one direction
 * (the smaller id first) so that "A partnered with B" and "B partnered with A" are one fact.
 */
export function factRef(subjectId: string, predicate: Predicate, objectId: string): FactRef {
  const [s, o] =
    SYMMETRIC_PREDICATES.has(predicate) && objectId < subjectId
      ? [objectId, subjectId]
      : [subjectId, objectId];
  return { id: `${s}|${predicate}|${o}`, subjectId: s, predicate, objectId: o };
}

export function parseFactId(id: string): FactRef | null {
  const parts = id.split('|');
  if (parts.length !== 3) return null;
  const [s, p, o] = parts as [string, string, string];
  return { id, subjectId: s, predicate: p as Predicate, objectId: o };
}
