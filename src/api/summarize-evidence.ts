import type { StoredEvidence } from '../graph/index.js';

/** A fact's summary re-derived from some of its evidence (e.g. what was reported by a date). */
export interface EvidenceSummary {
  modality: StoredEvidence['modality'];
  disputed: boolean;
  firstReported: string | null;
  lastReported: string | null;
  eventDates: string[];
  eventDate: string | null;
  sourceCount: number;
  evidenceCount: number;
  confidence: number;
  modalityCounts: { asserted: number; alleged: number; denied: number; planned: number };
}

const STRENGTH = ['asserted', 'alleged', 'denied', 'planned'] as const;

/**
 * The same summary the store's recompute writes, over the given evidence: majority modality
 * (ties to the stronger statement), independent sources (copies of one text count once) and
 * confidence `1 - (1 - best)^sources`.
 */
export function summarizeEvidence(
  evidence: readonly (StoredEvidence & { sourceKey?: string })[],
): EvidenceSummary {
  const modalityCounts = { asserted: 0, alleged: 0, denied: 0, planned: 0 };
  for (const v of evidence) modalityCounts[v.modality]++;
  const modality = STRENGTH.reduce((m, c) => (modalityCounts[c] > modalityCounts[m] ? c : m));
  const reported = evidence.map((v) => v.reported).sort();
  const eventDates = [...new Set(evidence.flatMap((v) => (v.eventDate ? [v.eventDate] : [])))];
  const sourceCount = new Set(evidence.map((v) => v.sourceKey ?? v.articleId)).size;
  const best = Math.max(0, ...evidence.map((v) => v.confidence));
  return {
    modality,
    disputed: modalityCounts.denied > 0 && modalityCounts.asserted + modalityCounts.alleged > 0,
    firstReported: reported[0] ?? null,
    lastReported: reported.at(-1) ?? null,
    eventDates,
    eventDate: [...eventDates].sort()[0] ?? null,
    sourceCount,
    evidenceCount: evidence.length,
    confidence: 1 - (1 - best) ** sourceCount,
    modalityCounts,
  };
}
