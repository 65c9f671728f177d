import { PREDICATES, type Predicate } from '../extract/types.js';
import { ADD_TO_SUMMARY, type FactIncrement } from './add-fact-evidence.js';
import type { Tx } from './executor.js';
import type { FactRef } from './fact-id.js';

/**
 * Rows grouped by predicate, every predicate present (empty lists for the absent), to be passed
 * as one parameter `$facts` to a query made with {@link perPredicate}.
 */
export function byPredicate<T extends { predicate: Predicate }>(
  rows: Iterable<T>,
): Record<Predicate, T[]> {
  const groups = Object.fromEntries(PREDICATES.map((p) => [p, [] as T[]])) as Record<
    Predicate,
    T[]
  >;
  for (const row of rows) groups[row.predicate]?.push(row);
  return groups;
}

/**
 * One subquery per predicate, each over `$facts.<PREDICATE>` (see {@link byPredicate}) and
 * returning one list, `found<i>`; then all of them as `found`. A relationship type cannot be a
 * parameter and an untyped pattern cannot use the per-type fact id indexes (006-fact-ids): this
 * way one statement serves every predicate, and its text (so its cached plan) is the same for
 * every batch. Each subquery runs once per statement, not once per row. Types come only from
 * the fixed PREDICATES list, never from input.
 */
export function perPredicate(subquery: (predicate: Predicate) => string): string {
  const calls = PREDICATES.map(
    (p, i) => `CALL () {
  UNWIND $facts.${p} AS f
  ${subquery(p)} AS found${i}
}`,
  );
  return `${calls.join('\n')}
WITH ${PREDICATES.map((_, i) => `found${i}`).join(' + ')} AS found`;
}

/** Matches the relationship `r` of fact `f` (by id, through its type's id index). */
export const matchFactById = (p: Predicate) =>
  `MATCH ()-[r:${p} {id: f.id}]->() USING INDEX r:${p}(id)`;

const MERGE_FACTS = `${perPredicate(
  (p) => `OPTIONAL MATCH ()-[known:${p} {id: f.id}]->() USING INDEX known:${p}(id)
  // Known facts are found through the id index; only new ones reach the MERGE, which locks both
  // entities and so stays correct when two writers add the same fact.
  OPTIONAL CALL (f, known) {
    WITH f WHERE known IS NULL
    MATCH (s:Entity {id: f.subjectId}), (o:Entity {id: f.objectId})
    USING INDEX s:Entity(id) USING INDEX o:Entity(id)
    MERGE (s)-[r:${p}]->(o)
    ON CREATE SET r.id = f.id, r.predicate = '${p}', r.createdAt = $now
    RETURN r AS made
  }
  WITH f, known, coalesce(known, made) AS r WHERE r IS NOT NULL
  // a fact that a concurrent writer created first comes out of the MERGE with its summary
  RETURN collect({f: f, r: r, created: known IS NULL AND r.evidenceCount IS NULL})`,
)}
UNWIND found AS x
WITH x.f AS f, x.r AS r, x.created AS created
// a new fact's summary is its first evidence's: no need to look the fact up again to add it
CALL (f, r, created) {
  WITH r, f.increment AS u, created WHERE created AND u IS NOT NULL
  WITH r, u, size(u.sourceKeys) AS newSources
  ${ADD_TO_SUMMARY}
}
RETURN collect({id: f.id, rid: CASE WHEN created AND f.increment IS NOT NULL THEN null ELSE elementId(r) END}) AS found`;

/**
 * Creates the relationship of each fact not yet in the graph, in one statement; a new fact given
 * the `increment` of its evidence gets its summary from it. Returns, by fact id, the element id
 * of each fact's relationship, for direct lookups later in the same transaction: null for a new
 * fact summed here.
 */
export async function mergeFactRelationships(
  tx: Tx,
  facts: (FactRef & { increment?: FactIncrement | undefined })[],
  now: string,
): Promise<Map<string, string | null>> {
  if (facts.length === 0) return new Map();
  // Sorted, so that concurrent writers lock shared facts and entities in the same order.
  const sorted = [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = await tx.run<{ found: { id: string; rid: string | null }[] }>(MERGE_FACTS, {
    facts: byPredicate(
      sorted.map(({ id, subjectId, predicate, objectId, increment }) => ({
        id,
        subjectId,
        predicate,
        objectId,
        increment: increment ?? null,
      })),
    ),
    now,
  });
  return new Map((rows[0]?.found ?? []).map((r) => [r.id, r.rid]));
}
