import type { Predicate } from '../extract/types.js';
import { GraphStoreError } from './errors.js';
import type { Executor } from './executor.js';
import { ENTITY_FIELDS, FACT_FIELDS, factTypes } from './fact-fields.js';
import type { StoredEntity, StoredFact } from './read-types.js';

/** A path between two entities: its entities from start to end and the facts between them. */
export interface StoredPath {
  length: number;
  nodes: StoredEntity[];
  hops: StoredFact[];
}

export interface PathQuery {
  fromId: string;
  toId: string;
  /** Longest path in hops, 1 to 6. @default 4 */
  maxHops?: number;
  predicates?: readonly Predicate[] | null | undefined;
  /** Most paths returned. @default 10 */
  limit?: number;
  /** Only facts already reported on that day (`YYYY-MM-DD`). */
  asOf?: string | null | undefined;
}

/**
 * All shortest paths between two entities over facts (in either direction), in a stable order
 * (by the ids of their facts), in one statement. The same entity at both ends gives no path.
 */
export async function findPaths(
  executor: Executor,
  { fromId, toId, maxHops = 4, predicates, limit = 10, asOf }: PathQuery,
): Promise<StoredPath[]> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6)
    throw new GraphStoreError(`maxHops must be 1 to 6, got ${maxHops}`, { code: 'INVALID' });
  if (fromId === toId) return [];
  return executor.query<StoredPath>(
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH p = allShortestPaths((a)-[:${factTypes(predicates)}*..${maxHops}]-(b))
     WHERE $asOf IS NULL OR all(r IN relationships(p) WHERE r.firstReported <= $asOf)
     WITH p, reduce(k = '', r IN relationships(p) | k + r.id + '>') AS key
     ORDER BY key LIMIT toInteger($limit)
     RETURN length(p) AS length, [e IN nodes(p) | e ${ENTITY_FIELDS}] AS nodes,
            [r IN relationships(p) | ${FACT_FIELDS}] AS hops`,
    { fromId, toId, asOf: asOf ?? null, limit },
  );
}
