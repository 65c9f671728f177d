import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeRecord } from '../helpers/make-extraction.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

const suspension = (
  id: string,
  opts: { sourceKey?: string; modality?: 'asserted' | 'denied'; published?: string } = {},
) =>
  makeRecord({
    id,
    sourceKey: opts.sourceKey ?? id,
    published: opts.published ?? '2024-01-10',
    sentences: [
      'OpenAI suspended the account of ByteDance.',
      'ByteDance, the parent company of TikTok, said it complied.',
    ],
    entities: [
      ['OpenAI', 'Organization', [], 'openai'],
      ['ByteDance', 'Organization', ["ByteDance's"], 'bytedance'],
      ['TikTok', 'Product', [], 'tiktok'],
    ],
    relations: [
      ['OpenAI', 'SUSPENDED', 'ByteDance', opts.modality ?? 'asserted'],
      ['ByteDance', 'PARENT_OF', 'TikTok'],
    ],
  });

describe('graph store writes', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());
  beforeEach(() => graph.wipe());

  it('stores articles, entities, one relationship per fact and evidence for each', async () => {
    const summary = await graph.store.writeArticles([suspension('a1')]);
    expect(summary).toMatchObject({
      articles: 1,
      entities: 3,
      facts: 2,
      evidence: 2,
      factsRemoved: 0,
    });
    const rows = await graph.cypher<{ n: number }>(
      "MATCH (:Entity {id: 'openai'})-[r:SUSPENDED]->(:Entity {id: 'bytedance'}) RETURN r.evidenceCount AS n",
    );
    expect(rows).toEqual([{ n: 1 }]);
    expect(await graph.store.counts()).toMatchObject({
      articles: 1,
      entities: 3,
      facts: 2,
      evidence: 2,
    });
  });

  it('is idempotent: writing the same article twice changes no count', async () => {
    await graph.store.writeArticles([suspension('a1')]);
    const once = await graph.store.counts();
    await graph.store.writeArticles([suspension('a1')]);
    expect(await graph.store.counts()).toEqual(once);
  });

  it('aggregates one fact over articles and counts syndicated copies as one source', async () => {
    await graph.store.writeArticles([
      suspension('a1', { published: '2024-01-10' }),
      suspension('a2', { published: '2024-01-12' }),
      suspension('a2-copy', { sourceKey: 'a2', published: '2024-01-13' }),
    ]);
    const [fact] = await graph.cypher<Record<string, unknown>>(
      "MATCH (:Entity {id: 'openai'})-[r:SUSPENDED]->() RETURN r.evidenceCount AS evidence, r.sourceCount AS sources, r.firstReported AS first, r.lastReported AS last",
    );
    expect(fact).toEqual({ evidence: 3, sources: 2, first: '2024-01-10', last: '2024-01-13' });
  });

  it('marks a fact disputed when one source denies what another asserts', async () => {
    await graph.store.writeArticles([
      suspension('a1'),
      suspension('a2', { modality: 'denied' }),
      suspension('a3'),
    ]);
    const [fact] = await graph.cypher<Record<string, unknown>>(
      "MATCH (:Entity {id: 'openai'})-[r:SUSPENDED]->() RETURN r.modality AS modality, r.disputed AS disputed, r.deniedCount AS denied",
    );
    expect(fact).toEqual({ modality: 'asserted', disputed: true, denied: 1 });
  });

  it('replaces the evidence of a changed article and drops facts left without evidence', async () => {
    await graph.store.writeArticles([suspension('a1')]);
    const changed = makeRecord({
      id: 'a1',
      sentences: ['OpenAI suspended the account of ByteDance.'],
      entities: [
        ['OpenAI', 'Organization', [], 'openai'],
        ['ByteDance', 'Organization', [], 'bytedance'],
      ],
      relations: [['OpenAI', 'SUSPENDED', 'ByteDance']],
    });
    const summary = await graph.store.writeArticles([changed]);
    expect(summary.factsRemoved).toBe(1);
    expect(await graph.store.counts()).toMatchObject({ facts: 1, evidence: 1 });
  });

  it('resolves one entity across articles through its aliases', async () => {
    const meta = (id: string, name: string) =>
      makeRecord({
        id,
        sentences: [`${name} released Llama.`],
        entities: [
          [name, 'Organization'],
          ['Llama', 'Product'],
        ],
        relations: [[name, 'DEVELOPED', 'Llama']],
      });
    await graph.store.writeArticles([meta('m1', 'Meta Platforms')]);
    await graph.store.writeArticles([meta('m2', 'Meta Platforms Inc.')]);
    const entity = await graph.store.findEntity('meta platforms inc');
    expect(entity?.name).toBe('Meta Platforms');
    expect(entity?.aliases).toEqual(
      expect.arrayContaining(['Meta Platforms', 'Meta Platforms Inc.']),
    );
    const [fact] = await graph.cypher<{ n: number }>(
      "MATCH ()-[r:DEVELOPED]->(:Entity {name: 'Llama'}) RETURN count(r) AS n",
    );
    expect(fact).toEqual({ n: 1 });
  });

  it('stores symmetric facts once whatever the direction', async () => {
    const partner = (id: string, a: string, b: string) =>
      makeRecord({
        id,
        sentences: [`${a} partnered with ${b}.`],
        entities: [
          [a, 'Organization'],
          [b, 'Organization'],
        ],
        relations: [[a, 'PARTNERED_WITH', b]],
      });
    await graph.store.writeArticles([
      partner('p1', 'Microsoft', 'Meta'),
      partner('p2', 'Meta', 'Microsoft'),
    ]);
    const rows = await graph.cypher<{ n: number; ev: number }>(
      'MATCH ()-[r:PARTNERED_WITH]->() RETURN count(r) AS n, sum(r.evidenceCount) AS ev',
    );
    expect(rows).toEqual([{ n: 1, ev: 2 }]);
  });
});
