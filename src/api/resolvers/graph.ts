import type { Modality, Predicate } from '../../extract/types.js';
import type { ApiContext } from '../context.js';
import { primeEntities } from '../loaders.js';
import { requireEntity } from '../resolve-entity.js';
import { checkInt, parseDay } from '../validate.js';
import { withAsOf } from './relation.js';

interface NeighborhoodArgs {
  entity: string;
  depth?: number | null;
  predicates?: Predicate[] | null;
  modalities?: Modality[] | null;
  limit?: number | null;
  asOf?: string | null;
}

/** `Query.neighborhood`: an entity's surroundings as nodes and edges, in one statement. */
export async function neighborhood(_: unknown, args: NeighborhoodArgs, ctx: ApiContext) {
  const depth = checkInt(args.depth, 'depth', { min: 1, max: 3, fallback: 1 });
  const limit = checkInt(args.limit, 'limit', { min: 1, max: 1000, fallback: 200 });
  const asOf = parseDay(args.asOf, 'asOf');
  const center = await requireEntity(ctx, args.entity);
  const graph = await ctx.store.readNeighborhood({
    entityId: center.id,
    center,
    depth,
    predicates: args.predicates,
    modalities: args.modalities,
    limit,
    asOf,
  });
  primeEntities(ctx.loaders, graph.nodes);
  return { ...graph, edges: withAsOf(graph.edges, asOf) };
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
