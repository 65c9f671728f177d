import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createDriver, createGraphStore, type GraphStore, verifyDriver } from './graph/index.js';
import { ensureLocalNeo4j } from './graph/local-neo4j.js';
import { MIGRATIONS_DIR, PROJECT_DIR } from './paths.js';

export interface OpenGraph {
  store: GraphStore;
  uri: string;
  /** True when the project's own local Neo4j serves the graph. */
  local: boolean;
}

/** Where the local Neo4j keeps its state when NEO4J_URI is unset. */
export const stateDirOf = (config: Config) => resolve(PROJECT_DIR, config.AIKG_STATE_DIR);

/**
 * Connects to the graph: the server named by NEO4J_URI, else the project's local Neo4j (reused
 * when running, started in the background otherwise), then applies the migrations.
 */
export async function openGraph(config: Config, log: Logger): Promise<OpenGraph> {
  let uri = config.NEO4J_URI;
  if (!uri) {
    const local = await ensureLocalNeo4j({
      projectDir: PROJECT_DIR,
      stateDir: stateDirOf(config),
      log: (msg) => log.info(msg),
    });
    uri = local.uri;
    log.info(
      { uri, started: local.started },
      local.started ? 'started local Neo4j' : 'using running local Neo4j',
    );
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  await verifyDriver(driver, uri);
  const store = createGraphStore({
    driver,
    database: config.NEO4J_DATABASE,
    migrationsDir: MIGRATIONS_DIR,
    debug: (msg, data) => log.debug(data, msg),
  });
  const report = await store.migrate();
  if (report.applied.length > 0) log.info({ applied: report.applied }, 'applied migrations');
  return { store, uri, local: !config.NEO4J_URI };
}
