// Shared set-up of the API tests: the corpus written to the test Neo4j, and the app over it,
// called with app.fetch (no port).

import { expect } from 'vitest';
import { type AppOptions, createApp } from '../../src/api/create-app.js';
import type { FactFeed } from '../../src/api/fact-feed.js';
import type { ArticleRecord, GraphStore } from '../../src/graph/index.js';
import type { Ingestor } from '../../src/ingest/index.js';
import { SDL_PATH } from '../../src/paths.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';
import { CORPUS } from './fixtures/corpus.js';

export const API_KEY = 'test-key';

const print = (...args: unknown[]) => console.error(...args);
const LOG = { debug: () => {}, info: () => {}, warn: print, error: print };

export interface GqlResponse {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

export interface ApiHarness {
  graph: TestGraph;
  app: ReturnType<typeof createApp>;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse>;
  /** The `data` of a query that must succeed (its errors fail the test). */
  data(query: string, variables?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

/** Wipes the test graph, writes `records` and builds an app over it. */
export async function openApi({
  records = CORPUS,
  withIngestor,
  feedOf,
  ...options
}: {
  /** Builds the live feed over the test store. */
  feedOf?: (store: GraphStore) => FactFeed;
  records?: ArticleRecord[];
  /** Builds the ingestor over the test store (closed by the caller). */
  withIngestor?: (store: GraphStore) => Ingestor;
} & Partial<AppOptions> = {}): Promise<ApiHarness> {
  const graph = await openTestGraph();
  await graph.wipe();
  if (records.length > 0) await graph.store.writeArticles(records);
  const app = createApp({
    store: graph.store,
    ingestor: withIngestor?.(graph.store) ?? null,
    ...(feedOf ? { feed: feedOf(graph.store) } : {}),
    sdlPath: SDL_PATH,
    apiKeys: [API_KEY],
    countQueries: true,
    // API_TEST_LOG=1 prints the errors behind masked ones
    ...(process.env.API_TEST_LOG ? { logger: LOG } : {}),
    ...options,
  });
  const harness: ApiHarness = {
    graph,
    app,
    async gql(query, variables = {}, headers = {}) {
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as any };
    },
    async data(query, variables) {
      const { body } = await harness.gql(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data;
    },
    close: () => graph.close(),
  };
  return harness;
}
