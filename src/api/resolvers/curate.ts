import type { ApiContext } from '../context.js';
import { badInput, toClientError } from '../errors.js';
import { requireKey } from './ingest.js';

const by = (ctx: ApiContext) => ctx.principal ?? 'api';

/** Runs a store change, its typed failures turned into NOT_FOUND / BAD_USER_INPUT errors. */
async function curate<T>(ctx: ApiContext, work: () => Promise<T>): Promise<T> {
  requireKey(ctx);
  try {
    return await work();
  } catch (err) {
    throw toClientError(err);
  }
}

/** `Mutation.deleteArticle`. */
export const deleteArticle = (_: unknown, { id }: { id: string }, ctx: ApiContext) =>
  curate(ctx, () => ctx.store.deleteArticle(id));

/** `Mutation.mergeEntities`: recorded with the caller's key fingerprint as `by`. */
export const mergeEntities = (
  _: unknown,
  args: { target: string; sources: string[]; reason?: string | null },
  ctx: ApiContext,
) =>
  curate(ctx, async () => {
    if (args.sources.length === 0) throw badInput('sources must name at least one entity');
    if (args.sources.includes(args.target))
      throw badInput(`target "${args.target}" cannot also be a source`);
    return ctx.store.mergeEntities({ ...args, by: by(ctx) });
  });

/** `Mutation.splitEntity`. */
export const splitEntity = (
  _: unknown,
  args: { entity: string; reason?: string | null },
  ctx: ApiContext,
) => curate(ctx, () => ctx.store.splitEntity({ ...args, by: by(ctx) }));

/** `Mutation.addAlias`. */
export const addAlias = (_: unknown, args: { entity: string; alias: string }, ctx: ApiContext) =>
  curate(ctx, async () => {
    if (!args.alias.trim()) throw badInput('alias must not be empty');
    if (args.alias.length > 200) throw badInput('alias must be at most 200 characters');
    return ctx.store.addAlias({ ...args, by: by(ctx) });
  });
