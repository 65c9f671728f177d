import { createServer } from 'node:http';
import type { Logger } from 'pino';
import { createApp } from './api/create-app.js';
import { createNodeHandler } from './api/node-handler.js';
import type { Config } from './config.js';
import { useDashboard } from './dashboard/index.js';
import { createIngestor, readSeedArticles } from './ingest/index.js';
import { toYogaLogger } from './logger.js';
import { openGraph } from './open-graph.js';
import { SDL_PATH, SEEDS_DIR } from './paths.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The composition root of the service: graph (local Neo4j or NEO4J_URI) -> migrations ->
 * seed articles (idempotent) -> GraphQL app -> HTTP server.
 */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const { store, uri } = await openGraph(config, log);
  const ingestor = createIngestor({
    store,
    batchSize: config.INGEST_BATCH_SIZE,
  });
  if (config.LOAD_SEEDS) {
    const report = await ingestor.ingest(readSeedArticles(SEEDS_DIR));
    log.info(
      {
        added: report.added,
        updated: report.updated,
        unchanged: report.unchanged,
        failed: report.failed,
      },
      'seed articles loaded',
    );
  }
  const app = createApp({
    store,
    ingestor,
    pollIntervalMs: config.LIVE_POLL_MS,
    sdlPath: SDL_PATH,
    apiKeys: config.API_KEYS,
    readsRequireKey: config.READS_REQUIRE_KEY,
    maxBodyBytes: config.MAX_BODY_BYTES,
    limits: {
      depth: config.QUERY_MAX_DEPTH,
      cost: config.QUERY_MAX_COST,
      aliases: config.QUERY_MAX_ALIASES,
      tokens: config.QUERY_MAX_TOKENS,
    },
    graphiql: config.GRAPHIQL,
    introspection: config.INTROSPECTION,
    corsOrigins: config.CORS_ORIGINS,
    logger: toYogaLogger(log),
    plugins: [useDashboard()],
  });
  const server = createServer(createNodeHandler(app, { maxBytes: config.MAX_BODY_BYTES }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
  log.info({ url, neo4j: uri }, 'aikg is ready');
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ingestor.close();
      await store.close();
    },
  };
}
