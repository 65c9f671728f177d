// Vitest global setup for the 'int' project: gives every integration test a Neo4j Bolt URI via
// inject('neo4jUri'). Uses NEO4J_TEST_URI when set (e.g. a docker compose Neo4j), otherwise a
// throwaway embedded Neo4j (neo4j-local/) in a temp dir, stopped and deleted on teardown.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureLauncherBuilt, startNeo4jProcess } from '../../src/graph/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return async () => {};
  }

  const log = (msg: string) => console.log(`[neo4j-global-setup] ${msg}`);
  await ensureLauncherBuilt({ projectDir, log });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'aikg-neo4j-test-'));
  try {
    // exitOnStdinClose: if the test runner is killed, Neo4j sees EOF and exits (no orphan).
    const neo4j = await startNeo4jProcess({
      projectDir,
      dataDir,
      port: 0,
      exitOnStdinClose: true,
      log,
    });
    project.provide('neo4jUri', neo4j.uri);
    return async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}
