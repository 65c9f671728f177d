import type { Modality, Predicate } from '../extract/types.js';
import { GraphStoreError } from './errors.js';
import type { Executor } from './executor.js';
import { ENTITY_FIELDS, FACT_FIELDS, factTypes } from './fact-fields.js';
import type { StoredEntity, StoredFact } from './read-types.js';

/** An entity's surroundings: what `neighborhood` and the exports draw. */
export interface Subgraph {
  center: StoredEntity | null;
  nodes: StoredEntity[];
  edges: StoredFact[];
  /** True when `limit` cut edges off. */
  truncated: boolean;
}

export interface NeighborhoodQuery {
  entityId: string;
  /** Hops from the centre, 1 to 3. @default 1 */
  depth?: number;
  predicates?: readonly Predicate[] | null | undefined;
  modalities?: readonly Modality[] | null | undefined;
  /** Most edges kept: the centre's own first, then the most sourced. @default 200 */
  limit?: number;
  /** Only facts already reported on that day (`YYYY-MM-DD`). */
  asOf?: string | null | undefined;
}

const REL_FILTER = (r: string) =>
  `($modalities IS NULL OR ${r}.modality IN $modalities) AND ($asOf IS NULL OR ${r}.firstReported <= $asOf)`;

/**
 * The facts within `depth` hops of an entity and the entities they join, in one statement:
 * a pruning breadth-first expansion to the nodes within `depth - 1` hops, then every fact
 * touching them, the strongest kept.
 */
export async function readNeighborhood(
  executor: Executor,
  { entityId, depth = 1, predicates, modalities, limit = 200, asOf }: NeighborhoodQuery,
): Promise<Subgraph> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3)
    throw new GraphStoreError(`depth must be 1 to 3, got ${depth}`, { code: 'INVALID' });
  const types = factTypes(predicates);
  const rows = await executor.query<Subgraph>(
    `MATCH (c:Entity {id: $id})
     CALL (c) {
       CALL (c) {
         MATCH (c)-[rs:${types}*0..${depth - 1}]-(n:Entity) WHERE all(x IN rs WHERE ${REL_FILTER('x')})
         RETURN DISTINCT n
       }
       MATCH (n)-[r:${types}]-(:Entity) WHERE ${REL_FILTER('r')}
       WITH DISTINCT c, r
       ORDER BY CASE WHEN startNode(r) = c OR endNode(r) = c THEN 0 ELSE 1 END, r.sourceCount DESC,
                r.confidence DESC, r.id
       LIMIT toInteger($limit) + 1
       RETURN collect(r) AS found
     }
     WITH c, found[..toInteger($limit)] AS kept, size(found) > $limit AS truncated
     CALL (c, kept) {
       UNWIND [c] + [r IN kept | startNode(r)] + [r IN kept | endNode(r)] AS e
       WITH DISTINCT e
       RETURN collect(e ${ENTITY_FIELDS}) AS nodes
     }
     RETURN c ${ENTITY_FIELDS} AS center, nodes, [r IN kept | ${FACT_FIELDS}] AS edges, truncated`,
    {
      id: entityId,
      modalities: modalities?.length ? modalities : null,
      asOf: asOf ?? null,
      limit,
    },
  );
  return rows[0] ?? { center: null, nodes: [], edges: [], truncated: false };
}
