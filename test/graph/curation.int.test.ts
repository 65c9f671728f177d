import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeRecord } from '../helpers/make-extraction.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

// Two spellings the resolver cannot know are one company, as a curator would find them.
const articles = () => [
  makeRecord({
    id: 'c1',
    sentences: ['Zhipu AI launched GLM-4.', 'Zhipu AI partnered with Alibaba.'],
    entities: [
      ['Zhipu AI', 'Organization'],
      ['GLM-4', 'Product'],
      ['Alibaba', 'Organization'],
    ],
    relations: [
      ['Zhipu AI', 'DEVELOPED', 'GLM-4'],
      ['Zhipu AI', 'PARTNERED_WITH', 'Alibaba'],
    ],
  }),
  makeRecord({
    id: 'c2',
    sentences: [
      'Beijing Zhipu Huazhang launched GLM-4.',
      'Tencent invested in Beijing Zhipu Huazhang.',
    ],
    entities: [
      ['Beijing Zhipu Huazhang', 'Organization'],
      ['GLM-4', 'Product'],
      ['Tencent', 'Organization'],
    ],
    relations: [
      ['Beijing Zhipu Huazhang', 'DEVELOPED', 'GLM-4'],
      ['Tencent', 'INVESTED_IN', 'Beijing Zhipu Huazhang'],
    ],
  }),
];

const factsOf = (graph: TestGraph, id: string) =>
  graph.cypher<{ p: string; other: string; ev: number }>(
    `MATCH (e:Entity {id: $id})-[r]-(x:Entity) RETURN type(r) AS p, x.name AS other, r.evidenceCount AS ev ORDER BY p, other`,
    { id },
  );

describe('curation: merge, split, aliases, deletion', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());
  beforeEach(async () => {
    await graph.wipe();
    await graph.store.writeArticles(articles());
  });

  it('merges an entity into another: facts and aliases move, and the merge is recorded', async () => {
    const merged = await graph.store.mergeEntities({
      target: 'org:zhipu-ai',
      sources: ['org:beijing-zhipu-huazhang'],
      by: 'test-curator',
      reason: 'legal name of Zhipu AI',
    });
    expect(merged.aliases).toEqual(expect.arrayContaining(['Zhipu AI', 'Beijing Zhipu Huazhang']));
    expect(await factsOf(graph, 'org:zhipu-ai')).toEqual([
      { p: 'DEVELOPED', other: 'GLM-4', ev: 2 },
      { p: 'INVESTED_IN', other: 'Tencent', ev: 1 },
      { p: 'PARTNERED_WITH', other: 'Alibaba', ev: 1 },
    ]);
    expect(await factsOf(graph, 'org:beijing-zhipu-huazhang')).toEqual([]);
    expect((await graph.store.findEntity('Beijing Zhipu Huazhang'))?.id).toBe('org:zhipu-ai');
    const [record] = await graph.cypher(
      "MATCH (c:Curation {action: 'merge'}) RETURN c.by AS by, c.reason AS reason",
    );
    expect(record).toEqual({ by: 'test-curator', reason: 'legal name of Zhipu AI' });
  });

  it('splits a merged entity back, restoring its own facts and aliases', async () => {
    const before = await graph.store.counts();
    await graph.store.mergeEntities({
      target: 'org:zhipu-ai',
      sources: ['org:beijing-zhipu-huazhang'],
      by: 't',
    });
    await graph.store.splitEntity({
      entity: 'org:beijing-zhipu-huazhang',
      by: 't',
      reason: 'different company',
    });
    expect(await factsOf(graph, 'org:beijing-zhipu-huazhang')).toEqual([
      { p: 'DEVELOPED', other: 'GLM-4', ev: 1 },
      { p: 'INVESTED_IN', other: 'Tencent', ev: 1 },
    ]);
    expect((await graph.store.findEntity('Beijing Zhipu Huazhang'))?.id).toBe(
      'org:beijing-zhipu-huazhang',
    );
    expect(await graph.store.counts()).toMatchObject({
      facts: before.facts,
      evidence: before.evidence,
      entities: before.entities,
    });
  });

  it('refuses bad curation with a clear reason', async () => {
    await expect(
      graph.store.mergeEntities({ target: 'org:nope', sources: ['org:zhipu-ai'], by: 't' }),
    ).rejects.toThrow(/no entity with id "org:nope"/);
    await expect(
      graph.store.mergeEntities({ target: 'org:zhipu-ai', sources: ['org:zhipu-ai'], by: 't' }),
    ).rejects.toThrow(/into itself/);
    await expect(graph.store.splitEntity({ entity: 'org:zhipu-ai', by: 't' })).rejects.toThrow(
      /not merged/,
    );
    await expect(
      graph.store.addAlias({ entity: 'org:zhipu-ai', alias: 'Tencent', by: 't' }),
    ).rejects.toThrow(/already names entity "org:tencent"/);
  });

  it('adds an alias that later articles resolve through', async () => {
    await graph.store.addAlias({ entity: 'org:zhipu-ai', alias: 'Zhipu', by: 't' });
    await graph.store.writeArticles([
      makeRecord({
        id: 'c3',
        sentences: ['Zhipu released GLM-4V.'],
        entities: [
          ['Zhipu', 'Organization'],
          ['GLM-4V', 'Product'],
        ],
        relations: [['Zhipu', 'DEVELOPED', 'GLM-4V']],
      }),
    ]);
    expect((await factsOf(graph, 'org:zhipu-ai')).map((f) => f.other)).toContain('GLM-4V');
  });

  it('deletes an article: its evidence goes, unsupported facts and unmentioned entities disappear', async () => {
    expect(await graph.store.deleteArticle('c2')).toEqual({ deleted: true, factsRemoved: 2 });
    expect(await graph.store.counts()).toMatchObject({ articles: 1, facts: 2, evidence: 2 });
    expect(await graph.store.findEntity('Tencent')).toBeNull();
    expect((await graph.store.findEntity('GLM-4'))?.mentionCount).toBe(1);
    expect(await graph.store.deleteArticle('c2')).toEqual({ deleted: false, factsRemoved: 0 });
  });
});
