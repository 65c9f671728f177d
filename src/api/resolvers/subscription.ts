import { filter, map, pipe } from 'graphql-yoga';
import type { StoredFact } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import {
  matchesRelationQuery,
  type RelationFilterInput,
  toRelationQuery,
} from '../relation-filter.js';

/** Loads a fact afresh: a subscription's loaders live as long as it does, so nothing is cached. */
async function freshFact(ctx: ApiContext, id: string): Promise<StoredFact | null> {
  ctx.loaders.fact.clear(id);
  ctx.loaders.evidence.clear(id);
  return ctx.loaders.fact.load(id);
}

/** `Subscription.relationAdded`: facts as they are written, here or by other processes. */
export const Subscription = {
  relationAdded: {
    subscribe: async (
      _: unknown,
      { filter: input }: { filter?: RelationFilterInput | null },
      ctx: ApiContext,
    ) => {
      const query = await toRelationQuery(ctx, input);
      const outlet = query?.outlet?.toLowerCase();
      const wanted = async (fact: StoredFact | null) => {
        if (!fact || !query || !matchesRelationQuery(fact, query)) return false;
        if (!outlet) return true;
        const evidence = await ctx.loaders.evidence.load(fact.id);
        return evidence.some((v) => v.source?.toLowerCase() === outlet);
      };
      return pipe(
        ctx.feed.subscribe(),
        map((id: string) => freshFact(ctx, id)),
        filter(wanted),
      );
    },
    resolve: (fact: StoredFact) => fact,
  },
};
