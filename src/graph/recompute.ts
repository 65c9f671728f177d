import type { Tx } from './executor.js';
import type { FactRef } from './fact-id.js';

/**
 * Re-derives each fact's summary from its evidence: first and last reported, event dates,
 * modality per source and overall, number of independent sources (copies of one text count
 * once), confidence. Facts left with no evidence are deleted: nothing is kept without support.
 */
export async function recomputeFacts(
  tx: Tx,
  facts: FactRef[],
  now: string,
): Promise<{ removed: number }> {
  if (facts.length === 0) return { removed: 0 };
  const rows = await tx.run<{ removed: number }>(
    `UNWIND $facts AS f
     MATCH (s:Entity {id: f.subjectId})-[r]->(o:Entity {id: f.objectId})
     WHERE type(r) = f.predicate
     CALL (f) {
       OPTIONAL MATCH (v:Evidence {factId: f.id})
       RETURN count(v) AS n, count(DISTINCT v.sourceKey) AS sources, count(DISTINCT v.articleId) AS articles,
              min(v.reported) AS first, max(v.reported) AS last, max(v.confidence) AS best,
              [d IN collect(DISTINCT v.eventDate) WHERE d IS NOT NULL] AS eventDates,
              sum(CASE v.modality WHEN 'asserted' THEN 1 ELSE 0 END) AS asserted,
              sum(CASE v.modality WHEN 'alleged' THEN 1 ELSE 0 END) AS alleged,
              sum(CASE v.modality WHEN 'denied' THEN 1 ELSE 0 END) AS denied,
              sum(CASE v.modality WHEN 'planned' THEN 1 ELSE 0 END) AS planned
     }
     CALL (r, n) { WITH r WHERE n = 0 DELETE r }
     CALL (r, n, sources, articles, first, last, best, eventDates, asserted, alleged, denied, planned) {
       WITH r, n, sources, articles, first, last, best, eventDates, asserted, alleged, denied, planned,
            // majority wins; ties go to the stronger statement (asserted > alleged > denied > planned)
            reduce(m = ['asserted', asserted], c IN [['alleged', alleged], ['denied', denied], ['planned', planned]] |
              CASE WHEN c[1] > m[1] THEN c ELSE m END)[0] AS modality,
            reduce(d = null, x IN eventDates | CASE WHEN d IS NULL OR x < d THEN x ELSE d END) AS earliest
       WHERE n > 0
       SET r.evidenceCount = n, r.sourceCount = sources, r.articleCount = articles,
           r.firstReported = first, r.lastReported = last, r.eventDates = eventDates,
           r.eventDate = earliest, r.sortDate = coalesce(earliest, first),
           r.modality = modality, r.assertedCount = asserted, r.allegedCount = alleged,
           r.deniedCount = denied, r.plannedCount = planned,
           r.disputed = denied > 0 AND asserted + alleged > 0,
           r.confidence = 1.0 - (1.0 - best) ^ sources,
           r.updatedAt = $now
     }
     RETURN sum(CASE WHEN n = 0 THEN 1 ELSE 0 END) AS removed`,
    { facts, now },
  );
  return { removed: rows[0]?.removed ?? 0 };
}

/** Keeps mention counts and degrees on entities current, for ordering and top-N lists. */
export async function recomputeEntities(tx: Tx, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     // degrees by type and direction come from Neo4j's counts, without walking the relationships
     WITH e, COUNT { (e)<-[:MENTIONS]-() } AS mentions
     SET e.mentionCount = mentions, e.degree = COUNT { (e)--() } - mentions`,
    { ids: entityIds },
  );
}
