import type { Modality, Predicate } from '../extract/types.js';
import type { RelationQuery, StoredFact } from '../graph/index.js';
import type { ApiContext } from './context.js';
import { badInput } from './errors.js';
import { lookupEntityId } from './resolve-entity.js';
import { parseDay } from './validate.js';

/** The `RelationFilter` input as resolvers receive it (modalities already lower case). */
export interface RelationFilterInput {
  subject?: string | null;
  object?: string | null;
  either?: string | null;
  predicates?: Predicate[] | null;
  modalities?: Modality[] | null;
  eventFrom?: string | null;
  eventTo?: string | null;
  reportedFrom?: string | null;
  reportedTo?: string | null;
  outlet?: string | null;
  minSources?: number | null;
  minConfidence?: number | null;
  asOf?: string | null;
}

/**
 * Validates a filter and resolves its entity names to ids (one batched lookup). Null when a
 * named entity is unknown: nothing can match.
 */
export async function toRelationQuery(
  ctx: Pick<ApiContext, 'loaders'>,
  filter: RelationFilterInput | null | undefined,
): Promise<RelationQuery | null> {
  const f = filter ?? {};
  if (f.minConfidence != null && (f.minConfidence < 0 || f.minConfidence > 1))
    throw badInput(`filter.minConfidence must be between 0 and 1, got ${f.minConfidence}`);
  if (f.minSources != null && f.minSources < 0)
    throw badInput(`filter.minSources must not be negative, got ${f.minSources}`);
  const [subjectId, objectId, eitherId] = await Promise.all([
    lookupEntityId(ctx, f.subject),
    lookupEntityId(ctx, f.object),
    lookupEntityId(ctx, f.either),
  ]);
  if (subjectId === null || objectId === null || eitherId === null) return null;
  return {
    subjectId,
    objectId,
    eitherId,
    predicates: f.predicates,
    modalities: f.modalities,
    eventFrom: parseDay(f.eventFrom, 'filter.eventFrom'),
    eventTo: parseDay(f.eventTo, 'filter.eventTo'),
    reportedFrom: parseDay(f.reportedFrom, 'filter.reportedFrom'),
    reportedTo: parseDay(f.reportedTo, 'filter.reportedTo'),
    outlet: f.outlet?.trim() || null,
    minSources: f.minSources,
    minConfidence: f.minConfidence,
    asOf: parseDay(f.asOf, 'filter.asOf'),
  };
}

/** True when a fact passes a query's filters (evaluated in memory, for the live feed). */
export function matchesRelationQuery(fact: StoredFact, q: RelationQuery): boolean {
  const ends = [fact.subjectId, fact.objectId];
  const symmetric = fact.predicate === 'PARTNERED_WITH' || fact.predicate === 'COMPETES_WITH';
  const checks = [
    !q.subjectId || fact.subjectId === q.subjectId || (symmetric && fact.objectId === q.subjectId),
    !q.objectId || fact.objectId === q.objectId || (symmetric && fact.subjectId === q.objectId),
    !q.eitherId || ends.includes(q.eitherId),
    !q.predicates?.length || q.predicates.includes(fact.predicate),
    !q.modalities?.length || q.modalities.includes(fact.modality),
    !q.eventFrom || (fact.eventDate !== null && fact.eventDate >= q.eventFrom),
    !q.eventTo || (fact.eventDate !== null && fact.eventDate <= q.eventTo),
    !q.reportedFrom || (fact.firstReported !== null && fact.firstReported >= q.reportedFrom),
    !q.reportedTo || (fact.firstReported !== null && fact.firstReported <= q.reportedTo),
    q.minSources == null || fact.sourceCount >= q.minSources,
    q.minConfidence == null || fact.confidence >= q.minConfidence,
  ];
  return checks.every(Boolean);
}
