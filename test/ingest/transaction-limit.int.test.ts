// A batch Neo4j refuses for its memory is written in halves; an article too large on its own is
// reported, and the rest still lands. Runs its own Neo4j with a small per-transaction limit, the
// way an operator may configure one (db.memory.transaction.max).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import {
  createDriver,
  createGraphStore,
  type GraphStore,
  isTransactionTooLarge,
} from '../../src/graph/index.js';
import { startNeo4jProcess } from '../../src/graph/local-neo4j.js';
import { createIngestor } from '../../src/ingest/index.js';
import { parseArticleRecord } from '../../src/ingest/sources/index.js';
import { MIGRATIONS_DIR, PROJECT_DIR } from '../../src/paths.js';

const LIMIT = '4MiB';

/** A short story of its own: every article names different companies, so each adds state. */
function story(i: number): string {
  return [
    `Orvane${i} Labs said on Tuesday it had raised $40 million from Kestrel${i} Capital.`,
    `Orvane${i} Labs partnered with Halden${i} Systems to build data centres in Lisbon.`,
    `Halden${i} Systems will supply Orvane${i} Labs with 2,000 chips next year, the companies said.`,
    `Orvane${i} Labs, which competes with Brisk${i} AI, was founded by Mara Quill${i}.`,
  ].join(' ');
}

describe('transactions past the memory limit', () => {
  let store: GraphStore;
  let stop: () => Promise<void>;
  let dataDir: string;
  const sent: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aikg-txlimit-'));
    const neo4j = await startNeo4jProcess({
      projectDir: PROJECT_DIR,
      dataDir,
      port: 0,
      heap: '512m',
      exitOnStdinClose: true,
      settings: { 'db.memory.transaction.max': LIMIT },
    });
    store = createGraphStore({
      driver: createDriver({ uri: neo4j.uri, password: 'test' }),
      database: 'neo4j',
      migrationsDir: MIGRATIONS_DIR,
      onQuery: (cypher) => sent.push(cypher),
    });
    await store.migrate();
    stop = async () => {
      await store.close();
      await neo4j.stop();
    };
  }, 120_000);

  afterAll(async () => {
    await stop?.();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes a refused batch in halves, reports an article too large alone, loses no other', async () => {
    const articles = Array.from({ length: 60 }, (_, i) => ({ id: `small-${i}`, text: story(i) }));
    // one article saying as much as a whole batch: refused even alone
    const huge = {
      id: 'huge',
      text: Array.from({ length: 400 }, (_, i) => story(1000 + i)).join('\n\n'),
    };
    articles.splice(30, 0, huge);
    const writes: number[] = [];
    const ingestor = createIngestor({
      store: {
        ...store,
        writeArticles: async (records) => {
          writes.push(records.length);
          return store.writeArticles(records);
        },
      },
      batchSize: 1000,
      batchChars: Number.POSITIVE_INFINITY,
      threads: 0,
    });
    const report = await ingestor.ingest(articles.map((a) => parseArticleRecord(a, a.id)));
    await ingestor.close();

    // the whole batch first, then smaller and smaller parts
    expect(writes[0]).toBe(61);
    expect(writes.length).toBeGreaterThan(2);
    expect(Math.min(...writes)).toBe(1);
    expect(report).toMatchObject({ added: 60, failed: 1 });
    expect(report.items.find((i) => i.id === 'huge')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/too large to store in one transaction/),
    });
    const counts = await store.counts();
    expect(counts.articles).toBe(60);
    const [stored] = await store.getArticles(['small-59']);
    expect(stored?.id).toBe('small-59');
  }, 120_000);

  it('is not retried by the driver: the refusal comes back at once, as TRANSACTION_TOO_LARGE', async () => {
    const text = Array.from({ length: 400 }, (_, i) => story(5000 + i)).join('\n\n');
    const record = parseArticleRecord({ id: 'huge-2', text }, 'huge-2');
    if (!record.ok) throw new Error(record.error.reason);
    let refused: unknown;
    sent.length = 0;
    try {
      await store.writeArticles([
        {
          ...record.article,
          sourceKey: 'test',
          extraction: extractArticle({ id: 'huge-2', text }, loadLexicon()),
        },
      ]);
    } catch (err) {
      refused = err;
    }
    expect(isTransactionTooLarge(refused)).toBe(true);
    expect((refused as Error).message).toMatch(/db\.memory\.transaction\.max/);
    // a retried transaction would have sent its first statement again
    expect(sent.filter((c) => c.includes('MERGE (n:Article {id: a.id})'))).toHaveLength(1);
  }, 60_000);
});
