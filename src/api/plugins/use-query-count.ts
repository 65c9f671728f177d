import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../graph/index.js';

const counts = new WeakMap<Request, { n: number }>();

/** A store for one request that counts the Cypher statements the request sends. */
export function countingStore(store: GraphStore, request: Request): GraphStore {
  const counter = counts.get(request) ?? { n: 0 };
  counts.set(request, counter);
  return store.withQueryListener(() => {
    counter.n++;
  });
}

/** The number of statements a request has sent so far (0 when it was not counted). */
export const queryCountOf = (request: Request): number => counts.get(request)?.n ?? 0;

/**
 * Reports each request's Cypher round trips in an `x-cypher-statements` response header: how
 * the tests prove that a request costs the same number of statements whatever its page size.
 */
export function useQueryCount(): Plugin {
  return {
    onResponse({ request, response }) {
      if (counts.has(request))
        response.headers.set('x-cypher-statements', String(queryCountOf(request)));
    },
  };
}
