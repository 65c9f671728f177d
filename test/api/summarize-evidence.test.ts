import { describe, expect, it } from 'vitest';
import { summarizeEvidence } from '../../src/api/summarize-evidence.js';
import type { StoredEvidence } from '../../src/graph/index.js';

const ev = (over: Partial<StoredEvidence & { sourceKey: string }>) =>
  ({
    modality: 'asserted',
    reported: '2024-01-01',
    confidence: 0.8,
    articleId: 'a',
    eventDate: null,
    ...over,
  }) as StoredEvidence;

describe('summarizeEvidence', () => {
  it('counts copies of one text as one source and derives confidence from sources', () => {
    const s = summarizeEvidence([
      ev({ articleId: 'a1', sourceKey: 'k1' }),
      ev({ articleId: 'a2', sourceKey: 'k1', reported: '2024-02-01' }),
      ev({ articleId: 'a3', sourceKey: 'k2', reported: '2023-12-01' }),
    ]);
    expect(s).toMatchObject({
      sourceCount: 2,
      evidenceCount: 3,
      firstReported: '2023-12-01',
      lastReported: '2024-02-01',
    });
    expect(s.confidence).toBeCloseTo(1 - 0.2 ** 2);
  });

  it('takes the majority modality, ties to the stronger statement, and flags disputes', () => {
    const s = summarizeEvidence([ev({ modality: 'alleged' }), ev({ modality: 'denied' })]);
    expect(s).toMatchObject({
      modality: 'alleged',
      disputed: true,
      modalityCounts: { alleged: 1, denied: 1 },
    });
    expect(summarizeEvidence([])).toMatchObject({
      evidenceCount: 0,
      sourceCount: 0,
      confidence: 0,
      firstReported: null,
    });
  });
});
