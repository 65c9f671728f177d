import type { GraphQLResolveInfo } from 'graphql';
import type { Modality, Predicate } from '../../extract/types.js';
import type { StoredEntity } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { primeEntities } from '../loaders.js';
import { requireEntity } from '../resolve-entity.js';
import { subgraphFields } from '../selection.js';
import { checkInt, parseDay } from '../validate.js';
import { type ApiFact, withAsOf } from './relation.js';

interface NeighborhoodArgs {
  entity: string;
  depth?: number | null;
  predicates?: Predicate[] | null;
  modalities?: Modality[] | null;
  limit?: number | null;
  asOf?: string | null;
}

/**
 * `Query.neighborhood`: an entity's surroundings as nodes and edges, a statement per hop,
 * reading only the fields of facts and entities the selection asks for.
 */
export async function neighborhood(
  _: unknown,
  args: NeighborhoodArgs,
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const depth = checkInt(args.depth, 'depth', { min: 1, max: 3, fallback: 1 });
  const limit = checkInt(args.limit, 'limit', { min: 1, max: 1000, fallback: 200 });
  const asOf = parseDay(args.asOf, 'asOf');
  const center = await requireEntity(ctx, args.entity);
  const fields = subgraphFields(info);
  const graph = await ctx.store.readNeighborhood({
    entityId: center.id,
    center,
    depth,
    predicates: args.predicates,
    modalities: args.modalities,
    limit,
    asOf,
    fields,
  });
  // Entities read with only some fields stay out of the request's entity loader, where another
  // field asking for more would find them: each edge carries its own ends instead.
  if (!fields.entity) primeEntities(ctx.loaders, graph.nodes as StoredEntity[]);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((fact) => ({
    ...fact,
    ends: { subject: nodes.get(fact.subjectId), object: nodes.get(fact.objectId) },
  }));
  // the facts hold every field the selection reads (see subgraphFields)
  return { ...graph, edges: withAsOf(edges as ApiFact[], asOf) };
}

interface PathsArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  predicates?: Predicate[] | null;
  limit?: number | null;
  asOf?: string | null;
}

/** `Query.paths`: all shortest paths between two entities, each hop a fact with evidence. */
export async function paths(_: unknown, args: PathsArgs, ctx: ApiContext) {
  const maxHops = checkInt(args.maxHops, 'maxHops', { min: 1, max: 6, fallback: 4 });
  const limit = checkInt(args.limit, 'limit', { min: 1, max: 50, fallback: 10 });
  const asOf = parseDay(args.asOf, 'asOf');
  const [from, to] = await Promise.all([
    requireEntity(ctx, args.from, 'from'),
    requireEntity(ctx, args.to, 'to'),
  ]);
  const found = await ctx.store.findPaths({
    fromId: from.id,
    toId: to.id,
    maxHops,
    predicates: args.predicates,
    limit,
    asOf,
  });
  for (const p of found) primeEntities(ctx.loaders, p.nodes);
  return found.map((p) => ({ ...p, hops: withAsOf(p.hops, asOf) }));
}
