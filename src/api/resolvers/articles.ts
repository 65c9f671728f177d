import type { ApiContext } from '../context.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { badInput } from '../errors.js';
import { lookupEntityId } from '../resolve-entity.js';
import { parseDay } from '../validate.js';

interface ArticlesArgs {
  search?: string | null;
  entity?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/** `Query.articles`: full-text search, entity mentioned and date range, newest first. */
export async function articles(_: unknown, args: ArticlesArgs, ctx: ApiContext) {
  if (args.search != null && args.search.length > 200)
    throw badInput(`search must be at most 200 characters, got ${args.search.length}`);
  const first = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const from = parseDay(args.from, 'from');
  const to = parseDay(args.to, 'to');
  const entityId = await lookupEntityId(ctx, args.entity);
  if (entityId === null)
    return toConnection({ items: [], totalCount: 0, offset, hasNextPage: false });
  const page = await ctx.store.searchArticles({
    query: { search: args.search?.trim() || null, entityId, from, to },
    offset,
    first,
  });
  for (const a of page.items) ctx.loaders.article.prime(a.id, a);
  return toConnection(page);
}
