import type { Modality, Predicate } from '../extract/types.js';
import { GraphStoreError } from './errors.js';
import type { Executor } from './executor.js';
import {
  type EntityField,
  type EntityView,
  entityProjection,
  type FactField,
  type FactView,
  factProjection,
  factTypes,
} from './fact-fields.js';
import { RANKINGS } from './fact-rankings.js';
import type { StoredEntity, StoredFact } from './read-types.js';

/**
 * An entity's surroundings: what `neighborhood` and the exports draw. Read with `fields`, its
 * entities and facts hold only those fields ({@link EntityView}, {@link FactView}).
 */
export interface Subgraph<E extends EntityView = StoredEntity, F extends FactView = StoredFact> {
  center: E | null;
  nodes: E[];
  edges: F[];
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
  /** The centre entity when the caller already read it (spares a round trip). */
  center?: StoredEntity | undefined;
  /**
   * Only these fields of facts and entities (ids, predicates and ends always come): a drawing
   * that needs names and predicates decodes half as much.
   */
  fields?: { fact?: readonly FactField[]; entity?: readonly EntityField[] } | undefined;
}

const REL_FILTER = (r: string) =>
  `($modalities IS NULL OR ${r}.modality IN $modalities) AND ($asOf IS NULL OR ${r}.firstReported <= $asOf)`;

const STRENGTH = 'r.sourceCount DESC, r.confidence DESC, r.id';
const STRONG = RANKINGS.strong.name;

/**
 * The strongest `$room + 1` unseen facts of a frontier entity `n`: a slice of its ranked list
 * when the list holds that many unseen facts (or all of its facts) and no filter applies,
 * else a sort of its facts. The list order is the STRENGTH order.
 */
const strongestOf = (types: string, listed: boolean) => `
  WITH n, CASE WHEN $unfiltered AND n.${STRONG}Ids IS NOT NULL
    THEN [i IN range(0, size(n.${STRONG}Ids) - 1) WHERE NOT n.${STRONG}Ids[i] IN $seen] END AS free
  WITH n, free WHERE ${listed ? '' : 'NOT'} (free IS NOT NULL AND (coalesce(n.${STRONG}Complete, false) OR size(free) > $room))
  ${
    listed
      ? `UNWIND free[0..$room + 1] AS i
  MATCH ()-[r]->() WHERE elementId(r) = n.${STRONG}Eids[i] AND r.id = n.${STRONG}Ids[i]
  RETURN r`
      : `MATCH (n)-[r:${types}]-(:Entity) WHERE ${REL_FILTER('r')} AND NOT r.id IN $seen
  RETURN r ORDER BY ${STRENGTH} LIMIT $room + 1`
  }`;

/**
 * The facts within `depth` hops of an entity and the entities they join, breadth first: the
 * centre's own facts (strongest first), then, while the limit leaves room, the strongest facts
 * of the entities reached, and so on. Each hop asks every frontier entity for at most the
 * room left, which is exact (any fact in the global top-k is in its entity's top-k) and keeps
 * a hub's thousands of facts from being sorted when only 200 are drawn.
 */
export async function readNeighborhood(
  executor: Executor,
  query: NeighborhoodQuery & { fields?: undefined },
): Promise<Subgraph>;
export async function readNeighborhood(
  executor: Executor,
  query: NeighborhoodQuery,
): Promise<Subgraph<EntityView, FactView>>;
export async function readNeighborhood(
  executor: Executor,
  {
    entityId,
    depth = 1,
    predicates,
    modalities,
    limit = 200,
    asOf,
    center,
    fields,
  }: NeighborhoodQuery,
): Promise<Subgraph<EntityView, FactView>> {
  const entityFields = entityProjection(fields?.entity);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3)
    throw new GraphStoreError(`depth must be 1 to 3, got ${depth}`, { code: 'INVALID' });
  const types = factTypes(predicates);
  const filter = {
    modalities: modalities?.length ? modalities : null,
    asOf: asOf ?? null,
    unfiltered: !predicates?.length && !modalities?.length && !asOf,
  };
  // Each hop is its own auto-commit read (one round trip less than a transaction's commit): a
  // fact written between two hops may show up at the second, as if it had been there before.
  const [start] =
    center?.id === entityId
      ? [{ center }]
      : await executor.query<{ center: EntityView }>(
          `MATCH (c:Entity {id: $id}) RETURN c ${entityFields} AS center`,
          { id: entityId },
        );
  if (!start) return { center: null, nodes: [], edges: [], truncated: false };
  const nodes = new Map<string, EntityView>([[start.center.id, start.center]]);
  const edges = new Map<string, FactView>();
  let frontier = [start.center.id];
  let truncated = false;
  for (let hop = 1; hop <= depth && frontier.length > 0 && !truncated; hop++) {
    const room = limit - edges.size;
    // Entities already drawn come back as null: a hub centre is not sent once per edge.
    const rows = await executor.query<{
      fact: FactView;
      s: EntityView | null;
      o: EntityView | null;
    }>(
      `UNWIND $frontier AS nid
       MATCH (n:Entity {id: nid})
       CALL (n) { ${strongestOf(types, true)} UNION ${strongestOf(types, false)} }
       WITH DISTINCT r ORDER BY ${STRENGTH} LIMIT $room + 1
       WITH r, startNode(r) AS s, endNode(r) AS o
       RETURN ${factProjection(fields?.fact)} AS fact,
              CASE WHEN s.id IN $known THEN null ELSE s ${entityFields} END AS s,
              CASE WHEN o.id IN $known THEN null ELSE o ${entityFields} END AS o`,
      { ...filter, frontier, room, seen: [...edges.keys()], known: [...nodes.keys()] },
    );
    truncated = rows.length > room;
    const next: string[] = [];
    for (const { fact, s, o } of rows.slice(0, room)) {
      edges.set(fact.id, fact);
      for (const e of [s, o]) {
        if (!e || nodes.has(e.id)) continue;
        nodes.set(e.id, e);
        next.push(e.id);
      }
    }
    frontier = next;
  }
  return {
    center: start.center,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated,
  };
}
