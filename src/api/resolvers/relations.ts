import type { GraphQLResolveInfo } from 'graphql';
import type { Predicate } from '../../extract/types.js';
import type { RelationOrder, RelationQuery, StoredFact } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { primeEntities, primeEvidencePages } from '../loaders.js';
import { type RelationFilterInput, toRelationQuery } from '../relation-filter.js';
import { requireEntity } from '../resolve-entity.js';
import { evidenceOfConnection } from '../selection.js';
import { parseDay } from '../validate.js';
import { withAsOf } from './relation.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const EMPTY = { items: [], totalCount: 0, offset: 0, hasNextPage: false };

/**
 * A page of facts as a connection, read with what its selection needs: the entities at the
 * ends and the evidence of each fact come in the page's own statement, primed into the loaders.
 */
async function relationsConnection(
  { store, loaders }: ApiContext,
  info: GraphQLResolveInfo,
  opts: { query: RelationQuery; orderBy: RelationOrder; offset: number; first: number },
) {
  const evidence = evidenceOfConnection(info) ?? undefined;
  const page = await store.findRelations({ ...opts, evidence });
  const asOf = opts.query.asOf ?? null;
  primeEntities(loaders, page.ends);
  if (evidence && page.evidence)
    primeEvidencePages(loaders, page.items, evidence, page.evidence, asOf);
  return toConnection({ ...page, items: withAsOf(page.items, asOf) });
}

/** `Query.relations`: facts matching a filter, one page with its total. */
export async function relations(
  _: unknown,
  args: PageArgs & { filter?: RelationFilterInput | null; orderBy?: RelationOrder | null },
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const first = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const query = await toRelationQuery(ctx, args.filter);
  if (!query) return toConnection<StoredFact>(EMPTY);
  return relationsConnection(ctx, info, {
    query,
    orderBy: args.orderBy ?? 'EVENT_DATE_DESC',
    offset,
    first,
  });
}

/** `Query.relation`: one fact by id. */
export const relation = (_: unknown, { id }: { id: string }, { loaders }: ApiContext) =>
  loaders.fact.load(id);

/** `Query.timeline`: an entity's facts by event date, else first report, oldest first. */
export async function timeline(
  _: unknown,
  args: PageArgs & {
    entity: string;
    from?: string | null;
    to?: string | null;
    predicates?: Predicate[] | null;
    asOf?: string | null;
  },
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const first = pageSize(args.first, { fallback: 50 });
  const offset = decodeCursor(args.after);
  const asOf = parseDay(args.asOf, 'asOf');
  const query = {
    sortFrom: parseDay(args.from, 'from'),
    sortTo: parseDay(args.to, 'to'),
    predicates: args.predicates,
    asOf,
  };
  const entity = await requireEntity(ctx, args.entity);
  return relationsConnection(ctx, info, {
    query: { ...query, eitherId: entity.id },
    orderBy: 'EVENT_DATE_ASC',
    offset,
    first,
  });
}

/** `Query.claims`: an entity's facts that some evidence alleges or denies. */
export async function claims(_: unknown, args: PageArgs & { entity: string }, ctx: ApiContext) {
  const first = pageSize(args.first);
  const offset = decodeCursor(args.after);
  const entity = await requireEntity(ctx, args.entity);
  const page = await ctx.store.findRelations({
    query: { eitherId: entity.id, contested: true },
    orderBy: 'EVENT_DATE_DESC',
    offset,
    first,
  });
  primeEntities(ctx.loaders, page.ends);
  return toConnection(page);
}
