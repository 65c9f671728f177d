import type { StoredEntity } from '../graph/index.js';
import type { ApiContext } from './context.js';
import { badInput, notFound } from './errors.js';

/** The entity an `entity: String` argument names (id, name or alias), or a NOT_FOUND error. */
export async function requireEntity(
  { loaders }: Pick<ApiContext, 'loaders'>,
  nameOrId: string,
  arg = 'entity',
): Promise<StoredEntity> {
  if (!nameOrId.trim()) throw badInput(`${arg} must not be empty`);
  const entity = await loaders.entityByName.load(nameOrId);
  if (!entity) throw notFound(`no entity named "${nameOrId}" (${arg})`);
  return entity;
}

/** Like {@link requireEntity} for optional filters: undefined when not given, null when unknown. */
export async function lookupEntityId(
  { loaders }: Pick<ApiContext, 'loaders'>,
  nameOrId: string | null | undefined,
): Promise<string | null | undefined> {
  if (nameOrId == null || nameOrId === '') return undefined;
  return (await loaders.entityByName.load(nameOrId))?.id ?? null;
}
