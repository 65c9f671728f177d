// Evidence reads: every stored field by default, only the fields asked for when given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_FIELDS, type StoredFact } from '../../src/graph/index.js';
import { makeRecord } from '../helpers/make-extraction.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

describe('getEvidence', () => {
  let graph: TestGraph;
  let fact: StoredFact;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.wipe();
    await graph.store.writeArticles(
      ['a1', 'a2', 'a3'].map((id, i) =>
        makeRecord({
          id,
          published: `2024-05-0${i + 1}`,
          sentences: [`Nvidia supplies chips to Mistral, report ${id} says.`],
          entities: [
            ['Nvidia', 'Organization'],
            ['Mistral', 'Organization'],
          ],
          relations: [['Nvidia', 'SUPPLIES', 'Mistral', 'asserted']],
        }),
      ),
    );
    const entity = await graph.store.findEntity('Nvidia');
    fact = (await graph.store.getEntityFacts(entity!.id, {})).items[0]!;
  });
  afterAll(() => graph?.close());

  it('reads every stored field by default, oldest report first, cut per fact', async () => {
    const [all] = await graph.store.getEvidence([fact.id]);
    expect(all!.map((v) => v.articleId)).toEqual(['a1', 'a2', 'a3']);
    for (const field of EVIDENCE_FIELDS) expect(all![0]).toHaveProperty(field);
    const [cut] = await graph.store.getEvidence([fact.id], { limit: 2 });
    expect(cut!.map((v) => v.articleId)).toEqual(['a1', 'a2']);
  });

  it('reads only the fields asked for, with the same values', async () => {
    const [full] = await graph.store.getEvidence([fact.id]);
    const [narrow] = await graph.store.getEvidence([fact.id], { fields: ['sentence', 'source'] });
    expect(narrow).toEqual(
      full!.map((v) => ({ id: v.id, factId: v.factId, sentence: v.sentence, source: v.source })),
    );
  });

  it('refuses a field outside the whitelist (field names go into the Cypher text)', async () => {
    await expect(
      graph.store.getEvidence([fact.id], { fields: ['sentence} RETURN 1 //' as 'sentence'] }),
    ).rejects.toMatchObject({ code: 'INVALID' });
  });
});
