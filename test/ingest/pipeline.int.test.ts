// The ingestion pipeline on the real Neo4j: sources -> dedup -> extraction -> batched writes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createIngestor,
  type Ingestor,
  readSeedArticles,
  readSources,
} from '../../src/ingest/index.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url).pathname;

/** A full-length story: syndication is about whole articles, not a two-line snippet. */
async function longStory() {
  const fixture = JSON.parse(await readFile(join(FIXTURES, 'microsoft-openai.json'), 'utf8'));
  const body = [
    'The investment extends a relationship that began several years ago, when the software company first backed the laboratory and agreed to supply computing power for its research.',
    'Executives at both companies described the agreement as a long-term commitment. They said engineers would work together on new data centres and on tools for developers who build products on top of the models.',
    'Analysts said the size of the deal reflected the cost of training frontier systems, which now requires tens of thousands of specialised processors running for months at a time.',
    'Competition regulators in several countries have said they are watching such arrangements closely, and some lawmakers have asked whether large technology companies are buying influence over younger firms.',
    'Neither company disclosed how the money would be paid out over time or what share of future profits the investor would receive, details that people briefed on earlier rounds described as complex.',
  ].join('\n\n');
  return { ...fixture, id: 'long-story', text: `${fixture.text}\n\n${body}` };
}

describe('ingestion pipeline', () => {
  let graph: TestGraph;
  let ingestor: Ingestor;
  let dir: string;
  const ingest = async (...specs: string[]) => ingestor.ingest(readSources(specs));

  beforeAll(async () => {
    graph = await openTestGraph();
    ingestor = createIngestor({ store: graph.store, batchSize: 2, threads: 0 });
    dir = await mkdtemp(join(tmpdir(), 'aikg-ingest-'));
  });
  afterAll(async () => {
    await ingestor.close();
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => graph.wipe());

  it('ingests a folder of JSON and text articles, and the same folder again changes nothing', async () => {
    const first = await ingest(FIXTURES);
    expect(first).toMatchObject({ added: 3, failed: 0 });
    expect(first.facts).toBeGreaterThan(3);
    const counts = await graph.store.counts();
    const again = await ingest(FIXTURES);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await graph.store.counts()).toEqual(counts);
  });

  it('closes a batch at its size in text as well as its count, and loses nothing', async () => {
    // a limit below one article's length: every article is a transaction of its own
    const small = createIngestor({
      store: graph.store,
      batchSize: 100,
      batchChars: 10,
      threads: 0,
    });
    const written: number[] = [];
    const report = await small.ingest(readSources([FIXTURES]), {
      onProgress: (r) => written.push(r.added + r.updated),
    });
    await small.close();
    expect(report).toMatchObject({ added: 3, failed: 0 });
    // one progress report per committed batch (plus the final one): three batches of one
    expect(written.slice(0, 3)).toEqual([1, 2, 3]);
    expect((await graph.store.counts()).articles).toBe(3);
  });

  it('keeps the good articles of a batch and reports each bad one with its reason', async () => {
    const jsonl = [
      JSON.stringify({
        id: 'ok-1',
        text: 'Meta released Llama 3 in April. Meta partnered with Microsoft on the launch.',
      }),
      '{ not json',
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 'ok-2', text: 'Anthropic launched Claude 3 Opus, which rivals GPT-4.' }),
    ].join('\n');
    await writeFile(join(dir, 'mixed.jsonl'), jsonl);
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28]));
    const report = await ingest(
      join(dir, 'mixed.jsonl'),
      join(dir, 'binary.txt'),
      join(dir, 'missing.json'),
    );
    expect(report.added).toBe(2);
    expect(report.failed).toBe(4);
    expect(report.errors.map((e) => e.origin)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('mixed.jsonl:2'),
        expect.stringContaining('binary.txt'),
      ]),
    );
    expect(await graph.store.getArticles(['ok-1', 'ok-2'])).toEqual([
      expect.objectContaining({ id: 'ok-1' }),
      expect.objectContaining({ id: 'ok-2' }),
    ]);
  });

  it('refuses an exact copy under another id and counts a syndicated copy as the same source', async () => {
    const original = await longStory();
    await writeFile(join(dir, 'original.json'), JSON.stringify(original));
    await writeFile(join(dir, 'copy.json'), JSON.stringify({ ...original, id: 'exact-copy' }));
    await writeFile(
      join(dir, 'syndicated.json'),
      JSON.stringify({
        ...original,
        id: 'syndicated',
        source: 'Other Outlet',
        text: `${original.text}\n\nReporting by a staff writer.`,
      }),
    );
    await ingest(join(dir, 'original.json'));
    const copy = await ingest(join(dir, 'copy.json'));
    expect(copy).toMatchObject({ added: 0, duplicates: 1 });
    expect(copy.items[0]?.reason).toMatch(/same text as article long-story/);
    const syndicated = await ingest(join(dir, 'syndicated.json'));
    expect(syndicated.added).toBe(1);
    const rows = await graph.cypher<{ evidence: number; sources: number }>(
      "MATCH (:Entity {name: 'Microsoft'})-[r:INVESTED_IN]->(:Entity {name: 'OpenAI'}) RETURN r.evidenceCount AS evidence, r.sourceCount AS sources",
    );
    expect(rows).toEqual([{ evidence: 2, sources: 1 }]);
  });

  it('finds copies in batches not yet written: batches are planned while earlier ones are written', async () => {
    const original = await longStory();
    const syndicated = {
      ...original,
      id: 'syndicated',
      source: 'Other Outlet',
      text: `${original.text}\n\nReporting by a staff writer.`,
    };
    const updated = { ...original, id: 'same-url', url: 'https://example.com/story' };
    await writeFile(join(dir, '1.json'), JSON.stringify({ ...original, url: updated.url }));
    await writeFile(join(dir, '2.json'), JSON.stringify(syndicated));
    await writeFile(
      join(dir, '3.json'),
      JSON.stringify({ ...updated, text: `${original.text} Updated.` }),
    );
    // one article per batch: each is planned while the one before is still in flight
    const oneByOne = createIngestor({ store: graph.store, batchSize: 1, threads: 0 });
    try {
      const report = await oneByOne.ingest(
        readSources([join(dir, '1.json'), join(dir, '2.json'), join(dir, '3.json')]),
      );
      expect(report).toMatchObject({ added: 2, updated: 1 });
    } finally {
      await oneByOne.close();
    }
    const rows = await graph.cypher<{ sources: number }>(
      "MATCH (:Entity {name: 'Microsoft'})-[r:INVESTED_IN]->(:Entity {name: 'OpenAI'}) RETURN r.sourceCount AS sources",
    );
    expect(rows).toEqual([{ sources: 1 }]);
    expect(await graph.store.counts()).toMatchObject({ articles: 2 });
  });

  it('replaces the evidence of an article whose text changed', async () => {
    await writeFile(
      join(dir, 'v.json'),
      JSON.stringify({
        id: 'versioned',
        text: 'OpenAI suspended ByteDance last week.',
        published: '2024-01-05',
      }),
    );
    await ingest(join(dir, 'v.json'));
    await writeFile(
      join(dir, 'v.json'),
      JSON.stringify({
        id: 'versioned',
        text: 'Microsoft invested in Mistral AI last week.',
        published: '2024-01-05',
      }),
    );
    const report = await ingest(join(dir, 'v.json'));
    expect(report.updated).toBe(1);
    const facts = await graph.cypher<{ p: string }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS p',
    );
    expect(facts.map((f) => f.p)).toEqual(['INVESTED_IN']);
  });

  it('loads the seed article with the contract facts', async () => {
    await ingestor.ingest(readSeedArticles(SEEDS_DIR));
    const rows = await graph.cypher<{ s: string; p: string; o: string }>(
      'MATCH (s:Entity)-[r]->(o:Entity) RETURN s.name AS s, type(r) AS p, o.name AS o',
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { s: 'OpenAI', p: 'SUSPENDED', o: 'ByteDance' },
        { s: 'ByteDance', p: 'PARENT_OF', o: 'TikTok' },
      ]),
    );
  });

  it('two ingest processes fed the same articles at once leave no duplicate node or fact', async () => {
    const other = createIngestor({ store: graph.store, batchSize: 1, threads: 0 });
    try {
      await Promise.all([ingest(FIXTURES), other.ingest(readSources([FIXTURES]))]);
    } finally {
      await other.close();
    }
    const counts = await graph.store.counts();
    await graph.wipe();
    await ingest(FIXTURES);
    expect(await graph.store.counts()).toEqual(counts);
  });

  it('re-extraction reports no change under the same rules, and restores what was lost', async () => {
    await ingest(FIXTURES);
    expect(await ingestor.reextract()).toMatchObject({
      articles: 3,
      added: [],
      removed: [],
      modalityChanged: [],
    });
    await graph.cypher("MATCH (v:Evidence {predicate: 'INVESTED_IN'}) DETACH DELETE v");
    await graph.cypher('MATCH ()-[r:INVESTED_IN]->() DELETE r');
    const report = await ingestor.reextract();
    expect(report.added.map((f) => f.predicate)).toContain('INVESTED_IN');
  });
});
