import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  createYoga,
  maskError,
  type Plugin,
  useReadinessCheck,
  type YogaLogger,
} from 'graphql-yoga';
import type { GraphStore } from '../graph/index.js';
import type { Ingestor } from '../ingest/index.js';
import type { ApiContext } from './context.js';
import { createFactFeed, type FactFeed } from './fact-feed.js';
import { createLoaders } from './loaders.js';
import { isValidApiKey, keyPrincipal, useReadsRequireKey } from './plugins/use-api-key.js';
import { useBodyLimit } from './plugins/use-body-limit.js';
import { useExport } from './plugins/use-export.js';
import { countingStore, useQueryCount } from './plugins/use-query-count.js';
import { useRequestId } from './plugins/use-request-id.js';
import { createSchema } from './schema.js';

export interface AppOptions {
  store: GraphStore;
  /** The pipeline behind the ingest mutations; without it they answer UNAVAILABLE. */
  ingestor?: Ingestor | null;
  /** The live feed of `relationAdded`; by default one polling `store` every `pollIntervalMs`. */
  feed?: FactFeed;
  /** @default 2000 */
  pollIntervalMs?: number;
  /** Report the Cypher statements each request sent in an `x-cypher-statements` header. @default false */
  countQueries?: boolean;
  /** Path of `schema/schema.graphql`. */
  sdlPath: string;
  apiKeys?: readonly string[];
  /** @default false */
  readsRequireKey?: boolean;
  /** @default 2 MiB */
  maxBodyBytes?: number;
  limits?: { depth?: number; cost?: number; aliases?: number; tokens?: number };
  /** @default true */
  graphiql?: boolean;
  /** @default true */
  introspection?: boolean;
  /** Allowed origins; empty: no CORS headers; ['*']: any origin. */
  corsOrigins?: readonly string[];
  logger?: YogaLogger;
  /** Extra plugins, e.g. the dashboard. */
  plugins?: Plugin[];
}

/**
 * The HTTP application: GraphQL at /graphql, /healthz (process up), /readyz (Neo4j reachable and
 * migrations applied). Built here and served elsewhere, so tests call `app.fetch` with no port.
 */
export function createApp({
  store,
  ingestor = null,
  feed,
  pollIntervalMs = 2000,
  countQueries = false,
  sdlPath,
  apiKeys = [],
  readsRequireKey = false,
  maxBodyBytes = 2 * 1024 * 1024,
  limits = {},
  graphiql = true,
  introspection = true,
  corsOrigins = [],
  logger,
  plugins = [],
}: AppOptions) {
  const facts =
    feed ??
    createFactFeed({
      store,
      pollIntervalMs,
      onError: (err) => logger?.error('live feed poll failed', err),
    });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(sdlPath),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql,
    logging: logger ?? false,
    cors:
      corsOrigins.length === 0
        ? false
        : { origin: corsOrigins.includes('*') ? '*' : [...corsOrigins], credentials: false },
    maskedErrors: {
      // errors thrown on purpose (bad input, not found...) pass; anything else is logged and masked
      maskError(error, message, isDev) {
        const masked = maskError(error, message, isDev);
        if (masked !== error) logger?.error('unexpected error', error);
        return masked;
      },
    },
    context: ({ request }) => {
      const requestStore = countQueries ? countingStore(store, request) : store;
      const key = request.headers.get('x-api-key');
      const authorized = isValidApiKey(key, apiKeys);
      return {
        store: requestStore,
        loaders: createLoaders(requestStore),
        authorized,
        principal: authorized && key ? keyPrincipal(key) : null,
        ingestor,
        feed: facts,
      };
    },
    plugins: [
      useRequestId(),
      useBodyLimit({ maxBytes: maxBodyBytes }),
      ...(countQueries ? [useQueryCount()] : []),
      useExport({ store, readsRequireKey, apiKeys }),
      useReadinessCheck({ endpoint: '/readyz', check: () => store.isReady() }),
      ...(readsRequireKey ? [useReadsRequireKey({ keys: apiKeys, endpoint: '/graphql' })] : []),
      ...(introspection ? [] : [useDisableIntrospection()]),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.depth ?? 12 },
        costLimit: { maxCost: limits.cost ?? 50000 },
        maxAliases: { n: limits.aliases ?? 30 },
        maxTokens: { n: limits.tokens ?? 2000 },
        blockFieldSuggestion: { enabled: !introspection },
      }),
      ...plugins,
    ],
  });
}

export type App = ReturnType<typeof createApp>;
