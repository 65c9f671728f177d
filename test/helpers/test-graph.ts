// Real-Neo4j helpers for integration tests: a store on the instance the global setup started,
// and a guarded wipe that only ever runs against that test instance.
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver, createGraphStore, type GraphStore } from '../../src/graph/index.js';
import { MIGRATIONS_DIR } from '../../src/paths.js';

export interface TestGraph {
  store: GraphStore;
  uri: string;
  /** Deletes every node but the migration records: each test file starts from an empty graph. */
  wipe(): Promise<void>;
  /** Runs Cypher directly (assertions on the stored shape). */
  cypher<T = Record<string, unknown>>(
    query: string,
    params?: Record<string, unknown>,
  ): Promise<T[]>;
  close(): Promise<void>;
}

export async function openTestGraph(
  opts: { onQuery?: (cypher: string) => void } = {},
): Promise<TestGraph> {
  const uri = inject('neo4jUri');
  if (!uri) throw new Error('no test Neo4j: the int project global setup did not provide neo4jUri');
  const driver = createDriver({ uri, password: 'test' });
  const raw = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'test'), {
    disableLosslessIntegers: true,
  });
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    throw new Error(`Could not connect to Neo4j @ ${uri}: ${(err as Error).message}`);
  }
  const store = createGraphStore({
    driver,
    database: 'neo4j',
    migrationsDir: MIGRATIONS_DIR,
    onQuery: opts.onQuery,
  });
  await store.migrate();
  return {
    store,
    uri,
    async wipe() {
      if (uri !== inject('neo4jUri'))
        throw new Error('refusing to wipe a database that is not the test instance');
      // CALL IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
      const session = raw.session({ database: 'neo4j' });
      try {
        await session.run(
          'MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
        );
      } finally {
        await session.close();
      }
    },
    async cypher(query, params = {}) {
      const res = await raw.executeQuery(query, params, { database: 'neo4j' });
      return res.records.map((r) => r.toObject()) as never;
    },
    async close() {
      await store.close();
      await raw.close();
    },
  };
}
