import type { Tx } from './executor.js';
import type { FactRef } from './fact-id.js';
import { byPredicate, matchFactById, perPredicate } from './fact-relationships.js';
import { SET_FACT_SUMMARY } from './fact-summary.js';

const RECOMPUTE_FACTS = `${perPredicate((p) => `${matchFactById(p)} RETURN collect({f: f, r: r})`)}
UNWIND found AS x
WITH x.f AS f, x.r AS r
CALL (f) {
  // every piece of evidence has a reported date: the predicate lets the (factId, reported) index serve
  OPTIONAL MATCH (v:Evidence {factId: f.id}) USING INDEX v:Evidence(factId, reported)
  WHERE v.reported IS NOT NULL
  // sorted, so that event dates are listed the same whichever way the summary was made
  WITH v ORDER BY v.eventDate
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
  WITH r, n, sources, articles, first, last, best, eventDates, asserted, alleged, denied, planned
  WHERE n > 0
  ${SET_FACT_SUMMARY}
}
RETURN sum(CASE WHEN n = 0 THEN 1 ELSE 0 END) AS removed`;

/**
 * Re-derives each fact's summary from all of its evidence: first and last reported, event dates,
 * modality per source and overall, number of independent sources (copies of one text count
 * once), confidence. Facts left with no evidence are deleted: nothing is kept without support.
 * The exact path, for any change that removed evidence (replaced or deleted articles, curation);
 * a batch that only adds evidence uses addFactEvidence instead.
 */
export async function recomputeFacts(
  tx: Tx,
  facts: FactRef[],
  now: string,
): Promise<{ removed: number }> {
  if (facts.length === 0) return { removed: 0 };
  const rows = await tx.run<{ removed: number }>(RECOMPUTE_FACTS, {
    facts: byPredicate(facts.map(({ id, predicate }) => ({ id, predicate }))),
    now,
  });
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
