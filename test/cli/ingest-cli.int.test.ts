// The CLI as users run it: separate processes against the same Neo4j.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

const run = promisify(execFile);
const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;
const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname;

const aikg = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: 'test',
      LOG_LEVEL: 'warn',
    },
  });

describe('aikg ingest and aikg stats', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.wipe();
  });
  afterAll(() => graph.close());

  it('two ingest processes fed the same articles at once leave no duplicate node or fact', async () => {
    const [a, b] = await Promise.all([
      aikg('ingest', '--json', FIXTURES),
      aikg('ingest', '--json', FIXTURES),
    ]);
    const reports = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    // each article was written by one process at least; none failed
    expect(reports.every((r) => r.failed === 0)).toBe(true);
    const { stdout } = await aikg('stats', '--json');
    const concurrent = JSON.parse(stdout);
    await graph.wipe();
    await aikg('ingest', FIXTURES);
    const sequential = JSON.parse((await aikg('stats', '--json')).stdout);
    expect(concurrent).toEqual(sequential);
    expect(sequential).toMatchObject({ articles: 3 });
    expect(sequential.facts).toBeGreaterThan(0);
  });

  it('reports a bad path and exits non-zero without losing the good input', async () => {
    await graph.wipe();
    const failed = await aikg('ingest', '--json', FIXTURES, '/no/such/folder').catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/\/no\/such\/folder: no such file or folder/);
    expect(JSON.parse(failed.stdout)).toMatchObject({ added: 3, failed: 1 });
  });
});
