import type { Executor } from './executor.js';
import { FACT_FIELDS, factTypes } from './fact-fields.js';
import type { FactFilter, Page, StoredEvidence, StoredFact } from './read-types.js';

function directionPattern(direction: FactFilter['direction'], types: string): string {
  // Typed patterns: a well-covered entity has far more MENTIONS than facts, never walked here,
  // and counts of typed relationships without a property filter come from the degree store.
  // No DISTINCT: a fact never joins an entity to itself, so each is matched once.
  if (direction === 'OUT') return `(e)-[r:${types}]->()`;
  if (direction === 'IN') return `(e)<-[r:${types}]-()`;
  return `(e)-[r:${types}]-()`;
}

/**
 * One page of an entity's facts, newest event first, with the total count: two statements
 * in one read transaction whatever the page size.
 */
export async function getEntityFacts(
  executor: Executor,
  entityId: string,
  { filter = {}, offset = 0, first = 20 }: { filter?: FactFilter; offset?: number; first?: number },
): Promise<Page<StoredFact>> {
  const pattern = directionPattern(filter.direction, factTypes(filter.predicates));
  const where = filter.modalities?.length ? 'WHERE r.modality IN $modalities' : '';
  const params = { id: entityId, modalities: filter.modalities ?? null, offset, limit: first + 1 };
  return executor.read('reading entity facts', async (tx) => {
    const rows = await tx.run<{ fact: StoredFact }>(
      `MATCH (e:Entity {id: $id})
       MATCH ${pattern} ${where}
       WITH r ORDER BY r.sortDate DESC, r.id
       SKIP $offset LIMIT $limit
       RETURN ${FACT_FIELDS} AS fact`,
      params,
    );
    const count = await tx.run<{ n: number }>(
      `MATCH (e:Entity {id: $id})
       RETURN COUNT { MATCH ${pattern} ${where} } AS n`,
      params,
    );
    return {
      items: rows.slice(0, first).map((r) => r.fact),
      totalCount: count[0]?.n ?? 0,
      offset,
      hasNextPage: rows.length > first,
    };
  });
}

/** Evidence of many facts at once (the DataLoader batch function), oldest report first. */
export async function getEvidenceByFact(
  executor: Executor,
  factIds: readonly string[],
  { limit = null, asOf = null }: { limit?: number | null; asOf?: string | null } = {},
): Promise<StoredEvidence[][]> {
  // A much-reported fact can carry thousands of pieces of evidence: the page is cut per fact.
  const rows = await executor.query<{ factId: string; evidence: StoredEvidence[] }>(
    `UNWIND $ids AS fid
     CALL (fid) {
       // read in the order of the (factId, reported) index: no sort of a much-reported fact
       MATCH (v:Evidence) USING INDEX v:Evidence(factId, reported)
       WHERE v.factId = fid AND v.reported <= coalesce($asOf, '9999-12-31')
       WITH v ORDER BY v.factId, v.reported
       LIMIT coalesce($limit, 1000000)
       RETURN collect(v {.*}) AS evidence
     }
     RETURN fid AS factId, evidence`,
    { ids: factIds, limit, asOf },
  );
  const byFact = new Map(rows.map((r) => [r.factId, r.evidence]));
  return factIds.map((id) => byFact.get(id) ?? []);
}
