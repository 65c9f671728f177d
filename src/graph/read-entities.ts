import { nameKey } from './entity-keys.js';
import type { Executor } from './executor.js';
import type { StoredEntity } from './read-types.js';

const ENTITY_FIELDS = `e {.id, .name, .type, .aliases, .lexiconId, .mentionCount, .degree}`;

/** Entities by id, in the order asked (null where unknown): one round trip for any number. */
export async function getEntitiesById(
  executor: Executor,
  ids: readonly string[],
): Promise<(StoredEntity | null)[]> {
  const rows = await executor.query<{ entity: StoredEntity }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_FIELDS} AS entity`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.entity.id, r.entity]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Finds an entity by any of its names or aliases ("Meta", "Meta Platforms Inc."), or by id. */
export async function findEntityByName(
  executor: Executor,
  name: string,
): Promise<StoredEntity | null> {
  const rows = await executor.query<{ entity: StoredEntity }>(
    `OPTIONAL MATCH (k:Alias {key: $key})
     OPTIONAL MATCH (byId:Entity {id: $name})
     WITH coalesce(k.entityId, byId.id) AS id
     MATCH (e:Entity {id: id})
     RETURN ${ENTITY_FIELDS} AS entity`,
    { key: nameKey(name), name },
  );
  return rows[0]?.entity ?? null;
}
