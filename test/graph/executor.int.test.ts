// Single-statement reads run as auto-commit transactions; their transient failures are retried
// a few times (as managed transactions would be), other errors are reported at once.
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/graph/index.js';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `use` with an executor on `uri` that records the statements it sends. */
async function withExecutor(
  uri: string,
  use: (executor: Executor, sent: string[]) => Promise<void>,
) {
  const sent: string[] = [];
  const driver = createDriver({ uri, password: 'test' });
  try {
    await use(new Executor({ driver, database: 'neo4j', onQuery: (c) => sent.push(c) }), sent);
  } finally {
    await driver.close();
  }
}

describe('Executor.query', () => {
  it('reads rows from the server', () =>
    withExecutor(inject('neo4jUri'), async (executor, sent) => {
      expect(await executor.query('RETURN $n + 1 AS m', { n: 41 })).toEqual([{ m: 42 }]);
      expect(sent).toHaveLength(1);
    }));

  it('reports a statement error at once, as a GraphStoreError', () =>
    withExecutor(inject('neo4jUri'), async (executor, sent) => {
      await expect(executor.query('RETURN nonsense(')).rejects.toMatchObject({
        name: 'GraphStoreError',
      });
      expect(sent).toHaveLength(1);
    }));

  it('tries an unreachable server again before giving up', async () =>
    withExecutor(`bolt://127.0.0.1:${await closedPort()}`, async (executor, sent) => {
      await expect(executor.query('RETURN 1')).rejects.toMatchObject({
        name: 'GraphStoreError',
      });
      expect(sent).toHaveLength(3);
    }));
});
