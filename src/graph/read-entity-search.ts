import type { EntityType } from '../extract/types.js';
import { nameKey } from './entity-keys.js';
import type { Executor } from './executor.js';
import { ENTITY_FIELDS, ENTITY_PROPS } from './fact-fields.js';
import { toFuzzyQuery } from './lucene-query.js';
import type { Page, StoredEntity } from './read-types.js';

/** Orderings of entities; each ends with the id, so pages are stable. */
export const ENTITY_ORDERS = {
  MENTIONS: 'e.mentionCount DESC, e.id',
  DEGREE: 'e.degree DESC, e.id',
  NAME: 'toLower(e.name), e.id',
} as const;
export type EntityOrder = keyof typeof ENTITY_ORDERS;

/** An entity with its full-text relevance (null without a search). */
export type ScoredEntity = StoredEntity & { score: number | null };

/**
 * One page of entities: a fuzzy search over names and aliases (the `entity_names` full-text
 * index) ranked by relevance, or all entities in the given order; optionally of some types only.
 */
export async function searchEntities(
  executor: Executor,
  {
    search,
    types,
    orderBy,
    offset = 0,
    first = 20,
  }: {
    search?: string | null | undefined;
    types?: readonly EntityType[] | null | undefined;
    orderBy?: EntityOrder | null | undefined;
    offset?: number;
    first?: number;
  },
): Promise<Page<ScoredEntity>> {
  const q = search ? toFuzzyQuery(search) : '';
  if (search && !q) return { items: [], totalCount: 0, offset, hasNextPage: false };
  const source = q
    ? `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node AS e, score`
    : 'MATCH (e:Entity) WITH e, null AS score';
  const where = 'WHERE $types IS NULL OR e.type IN $types';
  const order = orderBy ? ENTITY_ORDERS[orderBy] : q ? 'score DESC, e.id' : ENTITY_ORDERS.MENTIONS;
  const params = { q, types: types?.length ? types : null, offset, limit: first + 1 };
  return executor.read('searching entities', async (tx) => {
    const rows = await tx.run<{ entity: ScoredEntity }>(
      `${source} ${where}
       RETURN e {${ENTITY_PROPS}, score: score} AS entity
       ORDER BY ${order} SKIP toInteger($offset) LIMIT toInteger($limit)`,
      params,
    );
    const count = await tx.run<{ n: number }>(`${source} ${where} RETURN count(e) AS n`, params);
    return {
      items: rows.slice(0, first).map((r) => r.entity),
      totalCount: count[0]?.n ?? 0,
      offset,
      hasNextPage: rows.length > first,
    };
  });
}

/** Entities by name, alias or id, in the order asked (null where unknown): one round trip. */
export async function findEntitiesByName(
  executor: Executor,
  names: readonly string[],
): Promise<(StoredEntity | null)[]> {
  const rows = await executor.query<{ name: string; entity: StoredEntity }>(
    `UNWIND $lookups AS l
     OPTIONAL MATCH (byId:Entity {id: l.name})
     OPTIONAL MATCH (k:Alias {key: l.key})
     WITH l, coalesce(byId.id, k.entityId) AS id
     MATCH (e:Entity {id: id})
     RETURN l.name AS name, e ${ENTITY_FIELDS} AS entity`,
    { lookups: names.map((name) => ({ name, key: nameKey(name) })) },
  );
  const byName = new Map(rows.map((r) => [r.name, r.entity]));
  return names.map((n) => byName.get(n) ?? null);
}
