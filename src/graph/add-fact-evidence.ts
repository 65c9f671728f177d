import type { Tx } from './executor.js';
import { SET_FACT_SUMMARY } from './fact-summary.js';

/** What a batch adds to one fact: its new evidence, summed up on the client. */
export interface FactIncrement {
  id: string;
  evidence: number;
  /** Distinct articles of the new evidence; none of them had evidence for this fact before. */
  articles: number;
  /** Distinct source keys of the new evidence: whether each is new to the fact is checked in the graph. */
  sourceKeys: string[];
  first: string | null;
  last: string | null;
  best: number | null;
  eventDates: string[];
  asserted: number;
  alleged: number;
  denied: number;
  planned: number;
}

/** The fields of a new piece of evidence that its fact's summary is made of. */
export interface NewEvidence {
  factId: string;
  articleId: string;
  sourceKey: string;
  reported: string | null;
  confidence: number | null;
  eventDate: string | null;
  modality: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sums a batch's new evidence per fact, the way the full recompute sums all of it. */
export function summarizeNewEvidence(evidence: Iterable<NewEvidence>): FactIncrement[] {
  const byFact = new Map<
    string,
    Omit<FactIncrement, 'articles' | 'sourceKeys' | 'eventDates'> & {
      articles: Set<string>;
      sourceKeys: Set<string>;
      eventDates: Set<string>;
    }
  >();
  for (const v of evidence) {
    let f = byFact.get(v.factId);
    if (!f) {
      f = {
        id: v.factId,
        evidence: 0,
        articles: new Set(),
        sourceKeys: new Set(),
        first: null,
        last: null,
        best: null,
        eventDates: new Set(),
        asserted: 0,
        alleged: 0,
        denied: 0,
        planned: 0,
      };
      byFact.set(v.factId, f);
    }
    f.evidence++;
    f.articles.add(v.articleId);
    f.sourceKeys.add(v.sourceKey);
    if (v.reported !== null) {
      if (f.first === null || v.reported < f.first) f.first = v.reported;
      if (f.last === null || v.reported > f.last) f.last = v.reported;
    }
    if (v.confidence !== null && (f.best === null || v.confidence > f.best)) f.best = v.confidence;
    if (v.eventDate !== null) f.eventDates.add(v.eventDate);
    if (v.modality === 'asserted') f.asserted++;
    else if (v.modality === 'alleged') f.alleged++;
    else if (v.modality === 'denied') f.denied++;
    else if (v.modality === 'planned') f.planned++;
  }
  return [...byFact.values()]
    .sort((a, b) => cmp(a.id, b.id))
    .map((f) => ({
      ...f,
      articles: f.articles.size,
      sourceKeys: [...f.sourceKeys],
      eventDates: [...f.eventDates].sort(cmp),
    }));
}

/**
 * Adds increment `u` to the stored summary of fact `r` (none on a fact just created), given
 * `newSources`, how many of the increment's source keys the fact had no evidence from.
 * Counts travel as floats inside maps: toInteger keeps them integers, as count() makes them.
 */
export const ADD_TO_SUMMARY = `CALL (r, u) {
  UNWIND coalesce(r.eventDates, []) + u.eventDates AS d
  WITH DISTINCT d ORDER BY d
  RETURN collect(d) AS eventDates
}
WITH r, eventDates,
     coalesce(r.evidenceCount, 0) + toInteger(u.evidence) AS n,
     coalesce(r.sourceCount, 0) + newSources AS sources,
     coalesce(r.articleCount, 0) + toInteger(u.articles) AS articles,
     CASE WHEN u.first IS NULL OR (r.firstReported IS NOT NULL AND r.firstReported <= u.first)
          THEN r.firstReported ELSE u.first END AS first,
     CASE WHEN u.last IS NULL OR (r.lastReported IS NOT NULL AND r.lastReported >= u.last)
          THEN r.lastReported ELSE u.last END AS last,
     CASE WHEN u.best IS NULL OR (r.bestConfidence IS NOT NULL AND r.bestConfidence >= u.best)
          THEN r.bestConfidence ELSE u.best END AS best,
     coalesce(r.assertedCount, 0) + toInteger(u.asserted) AS asserted,
     coalesce(r.allegedCount, 0) + toInteger(u.alleged) AS alleged,
     coalesce(r.deniedCount, 0) + toInteger(u.denied) AS denied,
     coalesce(r.plannedCount, 0) + toInteger(u.planned) AS planned
${SET_FACT_SUMMARY}`;

const ADD_FACT_EVIDENCE = `UNWIND $increments AS u
MATCH ()-[r]->() WHERE elementId(r) = u.rid
// Lock the fact before reading its summary: a concurrent writer of the same fact commits first,
// so its evidence and summary are what this one reads and adds to.
SET r.updatedAt = $now
WITH r, u, r.evidenceCount IS NOT NULL AND r.bestConfidence IS NULL AS unsummed
CALL (r, u, unsummed) {
  WITH r, u WHERE NOT unsummed
  CALL (u) {
    // a source key is new to the fact when no evidence outside this batch has it (008 index)
    UNWIND u.sourceKeys AS sk
    WITH sk WHERE NOT EXISTS {
      MATCH (v:Evidence {factId: u.id, sourceKey: sk}) USING INDEX v:Evidence(factId, sourceKey)
      WHERE NOT v.articleId IN $articleIds
    }
    RETURN count(sk) AS newSources
  }
  ${ADD_TO_SUMMARY}
}
WITH u, unsummed WHERE unsummed
RETURN u.id AS id`;

/**
 * Adds a batch's new evidence to the summaries of facts that lost none (new articles only):
 * the stored counters plus the batch's, instead of re-reading every piece of evidence of a fact
 * reported thousands of times. Gives the same properties as recomputeFacts. Facts summed before
 * bestConfidence was kept cannot be updated this way: their ids are returned for a recompute.
 */
export async function addFactEvidence(
  tx: Tx,
  /** With the element id of each fact's relationship (from mergeFactRelationships). */
  increments: (FactIncrement & { rid: string })[],
  articleIds: string[],
  now: string,
): Promise<string[]> {
  if (increments.length === 0) return [];
  const rows = await tx.run<{ id: string }>(ADD_FACT_EVIDENCE, { increments, articleIds, now });
  return rows.map((r) => r.id);
}
