// The whole service (startServer) on an empty test graph, on a free port, logging nothing.
import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { openTestGraph } from './test-graph.js';

export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const graph = await openTestGraph();
  await graph.wipe();
  await graph.close();
  return startTestServerOn(env);
}

/** The service over whatever the test graph holds. */
export function startTestServerOn(env: Record<string, string> = {}): Promise<RunningServer> {
  const config = loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_PASSWORD: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startServer(config, pino({ level: 'silent' }));
}
