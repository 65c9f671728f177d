import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Modality, Predicate } from '../../src/extract/types.js';
import { Executor } from '../../src/graph/executor.js';
import type { FactRef } from '../../src/graph/fact-id.js';
import { type ArticleRecord, createDriver } from '../../src/graph/index.js';
import { recomputeFacts } from '../../src/graph/recompute.js';
import { makeRecord } from '../helpers/make-extraction.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

const ORGS = ['OpenAI', 'Microsoft', 'Google', 'Nvidia', 'Meta'];
const PREDICATES: Predicate[] = ['INVESTED_IN', 'PARTNERED_WITH', 'SUED', 'COMPETES_WITH'];
const MODALITIES: Modality[] = ['asserted', 'asserted', 'alleged', 'denied', 'planned'];

/**
 * Articles about a few hub companies, so that facts recur across batches, with varied
 * modalities, confidences, event dates and publication dates, and syndicated copies (a shared
 * source key) within a batch and across batches.
 */
function articles(from: number, count: number, seed: number): ArticleRecord[] {
  let state = seed;
  const rand = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const a = pick(ORGS);
    const b = pick(ORGS.filter((o) => o !== a));
    const c = pick(ORGS.filter((o) => o !== b));
    const record = makeRecord({
      id: `art-${i}`,
      // every fifth article is a copy of an earlier one (maybe in an earlier batch)
      sourceKey: i % 5 === 4 ? `art-${Math.floor(rand() * i)}` : `art-${i}`,
      published: `2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`,
      sentences: [`${a} and ${b} in story ${i}.`, `${b} and ${c} in story ${i}.`],
      entities: [...new Set([a, b, c])].map((name) => [name, 'Organization']),
      relations: [
        [a, pick(PREDICATES), b, pick(MODALITIES)],
        [b, pick(PREDICATES), c, pick(MODALITIES)],
      ],
    });
    for (const rel of record.extraction.relations) {
      rel.confidence = Math.round((0.4 + rand() * 0.55) * 100) / 100;
      if (rand() < 0.6)
        rel.eventDate = `2023-1${Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 9)}`;
    }
    return record;
  });
}

describe('fact summaries', () => {
  let graph: TestGraph;
  let executor: Executor;
  beforeAll(async () => {
    graph = await openTestGraph();
    executor = new Executor({
      driver: createDriver({ uri: graph.uri, password: 'test' }),
      database: 'neo4j',
    });
  });
  afterAll(() => graph.close());
  beforeEach(() => graph.wipe());

  const snapshot = async () => {
    const rows = await graph.cypher<{ id: string; props: Record<string, unknown> }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS props ORDER BY id',
    );
    // updatedAt is the time of the last write, whichever way the summary was made
    return rows.map(({ id, props: { updatedAt: _, ...props } }) => ({ id, props }));
  };
  const recomputeAll = async () => {
    const facts = await graph.cypher<FactRef>(
      `MATCH (s:Entity)-[r]->(o:Entity)
       RETURN r.id AS id, s.id AS subjectId, type(r) AS predicate, o.id AS objectId`,
    );
    await executor.write('recomputing every fact', (tx) =>
      recomputeFacts(tx, facts, new Date().toISOString()),
    );
    return facts.length;
  };

  it('adds new evidence to stored summaries exactly as a full recompute would', async () => {
    for (let batch = 0; batch < 5; batch++)
      await graph.store.writeArticles(articles(batch * 12, 12, 7 + batch));
    // a replaced article (its evidence removed: those facts take the full path) amid new ones
    const replaced = articles(3, 1, 99)[0]!;
    await graph.store.writeArticles([replaced, ...articles(60, 8, 11)]);

    const incremental = await snapshot();
    expect(incremental.length).toBeGreaterThan(10);
    expect(incremental.some(({ props }) => Number(props.evidenceCount) > 3)).toBe(true);
    expect(incremental.some(({ props }) => props.sourceCount !== props.articleCount)).toBe(true);
    expect(await recomputeAll()).toBe(incremental.length);
    expect(await snapshot()).toEqual(incremental);
  });

  it('sums from all evidence a fact stored before the best confidence was kept', async () => {
    await graph.store.writeArticles(articles(0, 20, 3));
    await graph.cypher('MATCH (:Entity)-[r]->(:Entity) REMOVE r.bestConfidence');
    await graph.store.writeArticles(articles(20, 20, 5));
    // the facts the second batch touched were summed again from all their evidence
    const touched = (await snapshot()).filter(({ props }) => props.bestConfidence !== undefined);
    expect(touched.some(({ props }) => Number(props.evidenceCount) > 2)).toBe(true);
    await recomputeAll();
    const ids = new Set(touched.map((f) => f.id));
    expect((await snapshot()).filter((f) => ids.has(f.id))).toEqual(touched);
  });
});
