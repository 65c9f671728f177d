import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  createGraphQLError,
  createYoga,
  type Plugin,
  useReadinessCheck,
  type YogaLogger,
} from 'graphql-yoga';
import type { GraphStore } from '../graph/index.js';
import type { ApiContext } from './context.js';
import { createLoaders } from './loaders.js';
import { isValidApiKey, useReadsRequireKey } from './plugins/use-api-key.js';
import { useBodyLimit } from './plugins/use-body-limit.js';
import { useRequestId } from './plugins/use-request-id.js';
import { createSchema } from './schema.js';

export interface AppOptions {
  store: GraphStore;
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
      maskError(error, message) {
        logger?.error('unexpected error', error);
        return createGraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    context: ({ request }) => ({
      store,
      loaders: createLoaders(store),
      authorized: isValidApiKey(request.headers.get('x-api-key'), apiKeys),
    }),
    plugins: [
      useRequestId(),
      useBodyLimit({ maxBytes: maxBodyBytes }),
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
