/**
 * The Cypher that writes a fact's summary onto its relationship `r`, shared by the full
 * recompute (from all evidence) and the incremental update (stored summary + a batch's new
 * evidence), so the two cannot drift apart. Expects in scope: r, n (evidence), sources
 * (distinct source keys), articles, first, last (reported), best (highest confidence),
 * eventDates (distinct, sorted), asserted, alleged, denied, planned.
 */
export const SET_FACT_SUMMARY = `WITH r, n, sources, articles, first, last, best, eventDates, asserted, alleged, denied, planned,
     // majority wins; ties go to the stronger statement (asserted > alleged > denied > planned)
     reduce(m = ['asserted', asserted], c IN [['alleged', alleged], ['denied', denied], ['planned', planned]] |
       CASE WHEN c[1] > m[1] THEN c ELSE m END)[0] AS modality,
     reduce(d = null, x IN eventDates | CASE WHEN d IS NULL OR x < d THEN x ELSE d END) AS earliest
SET r.evidenceCount = n, r.sourceCount = sources, r.articleCount = articles,
    r.firstReported = first, r.lastReported = last, r.eventDates = eventDates,
    r.eventDate = earliest, r.sortDate = coalesce(earliest, first),
    r.modality = modality, r.assertedCount = asserted, r.allegedCount = alleged,
    r.deniedCount = denied, r.plannedCount = planned,
    r.disputed = denied > 0 AND asserted + alleged > 0,
    // kept so that new evidence can update the confidence without re-reading the old
    r.bestConfidence = best,
    r.confidence = 1.0 - (1.0 - best) ^ sources,
    r.updatedAt = $now`;
