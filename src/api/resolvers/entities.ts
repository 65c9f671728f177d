import type { EntityType } from '../../extract/types.js';
import type { EntityOrder, ScoredEntity } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { badInput } from '../errors.js';
import { primeEntities } from '../loaders.js';

interface EntitiesArgs {
  search?: string | null;
  types?: EntityType[] | null;
  orderBy?: EntityOrder | null;
  first?: number | null;
  after?: string | null;
}

/** `Query.entities`: fuzzy search or listing, one page with its total. */
export async function entities(_: unknown, args: EntitiesArgs, ctx: ApiContext) {
  if (args.search != null && args.search.length > 200)
    throw badInput(`search must be at most 200 characters, got ${args.search.length}`);
  const first = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const page = await ctx.store.searchEntities({
    search: args.search?.trim() || null,
    types: args.types,
    orderBy: args.orderBy,
    offset,
    first,
  });
  primeEntities(ctx.loaders, page.items);
  const connection = toConnection<ScoredEntity>(page);
  return {
    ...connection,
    edges: connection.edges.map((e) => ({ ...e, score: e.node.score })),
  };
}
