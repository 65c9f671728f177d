// Smoke test of the Neo4j the global setup provides (embedded neo4j-local or NEO4J_TEST_URI).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localNeo4jStatus, stopLocalNeo4j } from '../../src/graph/local-neo4j.js';

describe('local Neo4j', () => {
  let driver: Driver;

  beforeAll(async () => {
    // Embedded instance has auth disabled; any basic credentials also work there.
    driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', 'password'));
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('answers RETURN 1', async () => {
    const res = await driver.executeQuery('RETURN 1 AS one');
    expect(res.records[0]?.get('one').toNumber()).toBe(1);
  });

  it('creates and reads back a node', async () => {
    const tag = `t-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await driver.executeQuery('CREATE (:SmokeTest {tag: $tag, n: 42})', { tag });
    const res = await driver.executeQuery('MATCH (s:SmokeTest {tag: $tag}) RETURN s.n AS n', {
      tag,
    });
    expect(res.records).toHaveLength(1);
    expect(res.records[0]?.get('n').toNumber()).toBe(42);
    await driver.executeQuery('MATCH (s:SmokeTest {tag: $tag}) DELETE s', { tag });
  });

  it('reports no instance for an empty state dir', async () => {
    const stateDir = await mkdtemp(path.join(os.tmpdir(), 'aikg-state-'));
    try {
      expect(await localNeo4jStatus({ stateDir })).toEqual({ running: false });
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });

  it('ignores a lock left by a dead process', async () => {
    const stateDir = await mkdtemp(path.join(os.tmpdir(), 'aikg-state-'));
    try {
      // The pid of a process that has already exited stands in for a crashed holder.
      const deadPid = spawnSync('true').pid;
      await writeFile(path.join(stateDir, 'neo4j.lock'), `${deadPid}\n`);
      expect(await stopLocalNeo4j({ stateDir })).toBe(false);
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });
});
