// Evidence reads: each fact's evidence oldest report first, cut per fact, only the fields asked.
import type { Executor } from './executor.js';
import { checked } from './fact-fields.js';
import {
  EVIDENCE_FIELDS,
  type EvidenceField,
  type EvidenceView,
  type StoredEvidence,
} from './read-types.js';

/** The evidence a page of facts brings along: the first `limit` of each, only `fields`. */
export interface PageEvidence {
  limit: number;
  fields?: readonly EvidenceField[] | undefined;
}

/** Cypher: `evidence` of fact `r` when the page asks for it, else an empty list. */
export const pageEvidence = (evidence: PageEvidence | undefined) =>
  evidence
    ? `WITH *, r.id AS fid ${evidenceSubquery(evidenceProjection(evidence.fields))}`
    : 'WITH *, [] AS evidence';

/** The parameters {@link pageEvidence} reads: the page size, and the day when read as of one. */
export const pageEvidenceParams = (
  evidence: PageEvidence | undefined,
  asOf: string | null | undefined,
) => ({ evidenceLimit: evidence?.limit ?? null, evidenceAsOf: asOf ?? null });

/**
 * What evidence readers get by default: the {@link StoredEvidence} fields and the source key
 * (as-of summaries count sources by it), not the curation bookkeeping a merge leaves on it.
 */
const ALL_EVIDENCE = `{.id, .factId, ${EVIDENCE_FIELDS.map((f) => `.${f}`).join(', ')}, .sourceKey}`;

/**
 * The projection of the fields asked for. Fewer fields is less to decode: a page of 500
 * evidence sentences reads ~1.5x faster with two fields than with all of them.
 * @throws GraphStoreError `INVALID` for a field outside the whitelist (names go into Cypher).
 */
function evidenceProjection(fields: readonly EvidenceField[] | undefined): string {
  return fields ? `{.id, .factId${checked(fields, EVIDENCE_FIELDS, 'evidence')}}` : ALL_EVIDENCE;
}

export interface EvidenceOptions {
  /** The first `limit` of each fact's list (oldest report first); all when null. */
  limit?: number | null;
  /** Only what was reported by that day. */
  asOf?: string | null;
}

/**
 * Cypher: the evidence of the fact whose id is in variable `fid`, oldest report first, cut at
 * `$evidenceLimit` (all when null) and to what was reported by `$evidenceAsOf`, as `evidence`.
 */
function evidenceSubquery(projection: string): string {
  // A much-reported fact can carry thousands of pieces of evidence: the page is cut per fact,
  // read in the order of the (factId, reported) index, so a much-reported fact is not sorted.
  return `CALL (fid) {
       MATCH (v:Evidence) USING INDEX v:Evidence(factId, reported)
       WHERE v.factId = fid AND v.reported <= coalesce($evidenceAsOf, '9999-12-31')
       WITH v ORDER BY v.factId, v.reported
       LIMIT coalesce($evidenceLimit, 1000000)
       RETURN collect(v ${projection}) AS evidence
     }`;
}

/** Evidence of many facts at once (the DataLoader batch function), oldest report first. */
export async function getEvidenceByFact(
  executor: Executor,
  factIds: readonly string[],
  opts?: EvidenceOptions,
): Promise<StoredEvidence[][]>;
/** The same with only `fields` (and `id`, `factId`) read. */
export async function getEvidenceByFact(
  executor: Executor,
  factIds: readonly string[],
  opts: EvidenceOptions & { fields: readonly EvidenceField[] },
): Promise<EvidenceView[][]>;
export async function getEvidenceByFact(
  executor: Executor,
  factIds: readonly string[],
  {
    limit = null,
    asOf = null,
    fields,
  }: EvidenceOptions & { fields?: readonly EvidenceField[] | undefined } = {},
): Promise<EvidenceView[][]> {
  const rows = await executor.query<{ factId: string; evidence: EvidenceView[] }>(
    `UNWIND $ids AS fid
     ${evidenceSubquery(evidenceProjection(fields))}
     RETURN fid AS factId, evidence`,
    { ids: factIds, evidenceLimit: limit, evidenceAsOf: asOf },
  );
  const byFact = new Map(rows.map((r) => [r.factId, r.evidence]));
  return factIds.map((id) => byFact.get(id) ?? []);
}
