import type { Executor } from './executor.js';
import { ENTITY_FIELDS } from './fact-fields.js';
import type { StoredEntity } from './read-types.js';

/** Counts over a period (or all time): what the dashboard charts. */
export interface GraphStats {
  entityTypes: { key: string; count: number }[];
  predicates: { key: string; count: number }[];
  topByDegree: { entity: StoredEntity; count: number }[];
  topByMentions: { entity: StoredEntity; count: number }[];
  objectsByPredicate: { predicate: string; entity: StoredEntity; count: number }[];
}

/**
 * Statistics in one statement. Over a period, everything is counted from the articles
 * published in it (through the `article_published` index) and their evidence: entities
 * mentioned, facts reported, entities by facts reported and by articles; objects of each
 * predicate are the `top` most frequent per predicate.
 */
export async function readGraphStats(
  executor: Executor,
  { from, to, top = 10 }: { from?: string | null; to?: string | null; top?: number },
): Promise<GraphStats> {
  const rows = await executor.query<GraphStats>(
    `CALL () {
       MATCH (a:Article) WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
       RETURN collect(a) AS articles
     }
     CALL (articles) {
       UNWIND articles AS a MATCH (a)-[:MENTIONS]->(e:Entity)
       WITH e, count(a) AS n
       RETURN collect({e: e, n: n}) AS mentioned
     }
     CALL (articles) {
       UNWIND articles AS a MATCH (v:Evidence)-[:IN]->(a)
       RETURN collect(DISTINCT {id: v.factId, p: v.predicate, s: v.subjectId, o: v.objectId}) AS facts
     }
     CALL (mentioned) {
       UNWIND mentioned AS m WITH m.e.type AS key, count(*) AS count ORDER BY count DESC, key
       RETURN collect({key: key, count: count}) AS entityTypes
     }
     CALL (mentioned) {
       UNWIND mentioned AS m WITH m.e AS e, m.n AS n ORDER BY n DESC, e.id LIMIT toInteger($top)
       RETURN collect({entity: e ${ENTITY_FIELDS}, count: n}) AS topByMentions
     }
     CALL (facts) {
       UNWIND facts AS f WITH f.p AS key, count(*) AS count ORDER BY count DESC, key
       RETURN collect({key: key, count: count}) AS predicates
     }
     CALL (facts) {
       UNWIND facts AS f UNWIND [f.s, f.o] AS id
       WITH id, count(*) AS n ORDER BY n DESC, id LIMIT toInteger($top)
       MATCH (e:Entity {id: id})
       RETURN collect({entity: e ${ENTITY_FIELDS}, count: n}) AS topByDegree
     }
     CALL (facts) {
       UNWIND facts AS f
       WITH f.p AS predicate, f.o AS id, count(*) AS n ORDER BY predicate, n DESC, id
       WITH predicate, collect({id: id, n: n})[..toInteger($top)] AS best
       UNWIND best AS b MATCH (e:Entity {id: b.id})
       RETURN collect({predicate: predicate, entity: e ${ENTITY_FIELDS}, count: b.n}) AS objectsByPredicate
     }
     RETURN entityTypes, predicates, topByDegree, topByMentions, objectsByPredicate`,
    { from: from ?? null, to: to ?? null, top },
  );
  return (
    rows[0] ?? {
      entityTypes: [],
      predicates: [],
      topByDegree: [],
      topByMentions: [],
      objectsByPredicate: [],
    }
  );
}
