// Mutations over HTTP: ingest through the real pipeline (the seed article), typed errors,
// delete, merge/split and aliases, all behind the API key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestor, type Ingestor } from '../../src/ingest/index.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { API_KEY, type ApiHarness, openApi } from './api-harness.js';

const SEED = {
  id: 'bytedance-openai-compliance',
  title: 'ByteDance Ensures Compliance with Service Terms in Use of OpenAI Technology',
  source: 'SCMP',
  published: '2024-01-04',
  text: readFileSync(join(SEEDS_DIR, 'seed-article.txt'), 'utf8'),
};
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  added updated unchanged duplicates failed items { id status reason } } }`;
const KEY = { 'x-api-key': API_KEY };

describe('mutations', () => {
  let api: ApiHarness;
  let ingestor: Ingestor;
  beforeAll(async () => {
    api = await openApi({
      withIngestor: (store) => {
        ingestor = createIngestor({ store, threads: 0 });
        return ingestor;
      },
    });
  });
  afterAll(async () => {
    await ingestor?.close();
    await api?.close();
  });

  it('refuses every mutation without a valid key', async () => {
    for (const headers of [{}, { 'x-api-key': 'wrong' }] as Record<string, string>[]) {
      const { body } = await api.gql(INGEST, { input: SEED }, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
    }
  });

  it('ingests the seed article, after which the contract query answers from it', async () => {
    const { body } = await api.gql(INGEST, { input: SEED }, KEY);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle).toMatchObject({
      added: 1,
      items: [{ id: SEED.id, status: 'added' }],
    });
    const { body: q } =
      await api.gql(`{ entity(name: "ByteDance") { relations(first: 50) { edges { node {
      predicate subject { name } object { name } evidence { sentence } } } } } }`);
    const edges = q.data.entity.relations.edges.map((e: any) => e.node);
    expect(edges).toContainEqual(
      expect.objectContaining({ predicate: 'SUSPENDED', subject: { name: 'OpenAI' } }),
    );
    const again = await api.gql(INGEST, { input: SEED }, KEY);
    expect(again.body.data.ingestArticle).toMatchObject({ added: 0, unchanged: 1 });
  });

  it('answers a copy of a stored text with DUPLICATE naming the original', async () => {
    const { body } = await api.gql(INGEST, { input: { ...SEED, id: 'copy' } }, KEY);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE' });
  });

  it.each([
    [{ text: '   ' }, /text is empty/],
    [{ text: 'Acme bought Beta.', url: 'ftp://x.example/a' }, /not an http\(s\) URL/],
    [{ text: 'Acme bought Beta.', published: 'someday' }, /not a date/],
  ])('refuses bad input %j with the reason', async (input, reason) => {
    const { body } = await api.gql(INGEST, { input }, KEY);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(reason);
  });

  it('ingests many articles, each with its own outcome, and refuses too many', async () => {
    const q = `mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { added failed items { status reason } } }`;
    const input = [{ id: 'm1', text: 'Nvidia acquired Run:ai in April 2024.' }, { text: '' }];
    const { body } = await api.gql(q, { input }, KEY);
    expect(body.data.ingestArticles).toMatchObject({ added: 1, failed: 1 });
    const many = Array.from({ length: 501 }, (_, i) => ({ text: `Article ${i}` }));
    const refused = await api.gql(q, { input: many }, KEY);
    expect(refused.body.errors?.[0]?.message).toMatch(/501 articles, over the limit of 500/);
  });

  it('adds an alias, merges and splits entities, with NOT_FOUND for unknown ids', async () => {
    const alias = await api.gql(
      'mutation { addAlias(entity: "org:deepseek", alias: "DS Lab") { id aliases } }',
      {},
      KEY,
    );
    expect(alias.body.data.addAlias.aliases).toContain('DS Lab');
    expect((await api.gql('{ entity(name: "ds lab") { id } }')).body.data.entity.id).toBe(
      'org:deepseek',
    );
    const merge = await api.gql(
      'mutation { mergeEntities(target: "org:openai", sources: ["org:deepseek"], reason: "test") { id degree } }',
      {},
      KEY,
    );
    expect(merge.body.errors).toBeUndefined();
    expect(merge.body.data.mergeEntities.id).toBe('org:openai');
    const split = await api.gql(
      'mutation { splitEntity(entity: "org:deepseek", reason: "undo") { id name } }',
      {},
      KEY,
    );
    expect(split.body.errors).toBeUndefined();
    expect(split.body.data.splitEntity).toEqual({ id: 'org:deepseek', name: 'DeepSeek' });
    const unknown = await api.gql(
      'mutation { addAlias(entity: "org:nobody", alias: "x") { id } }',
      {},
      KEY,
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const self = await api.gql(
      'mutation { mergeEntities(target: "org:openai", sources: ["org:openai"]) { id } }',
      {},
      KEY,
    );
    expect(self.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes an article and the facts it alone supported', async () => {
    const q = 'mutation { deleteArticle(id: "a08") { deleted factsRemoved } }';
    expect((await api.gql(q, {}, KEY)).body.data.deleteArticle).toEqual({
      deleted: true,
      factsRemoved: 2,
    });
    expect((await api.gql(q, {}, KEY)).body.data.deleteArticle).toEqual({
      deleted: false,
      factsRemoved: 0,
    });
  });
});
