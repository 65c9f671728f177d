// The README's example queries run as tests, on the seed article ingested through the pipeline.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestor, readSeedArticles } from '../../src/ingest/index.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { type ApiHarness, openApi } from './api-harness.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const EXAMPLES = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap(([, block]) =>
  // a block may hold several queries, each starting at a line that opens with "{"
  block!
    .split(/\n(?=\{)/)
    .map((q) => q.replace(/^#.*$/gm, '').trim())
    .filter(Boolean),
);

describe('README examples', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi({ records: [] });
    const ingestor = createIngestor({ store: api.graph.store, threads: 0 });
    await ingestor.ingest(readSeedArticles(SEEDS_DIR));
    await ingestor.close();
  });
  afterAll(() => api?.close());

  it('has examples to run', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(EXAMPLES.map((q) => [q.slice(0, 60).replace(/\s+/g, ' '), q]))(
    '[readme] %s',
    async (_, query) => {
      const { body } = await api.gql(query!);
      expect(body.errors).toBeUndefined();
      expect(JSON.stringify(body.data)).not.toBe('{}');
    },
  );

  it('finds the ByteDance-OpenAI path and the 01.AI claims the README promises', async () => {
    const [paths, claims] = EXAMPLES.filter((q) => /paths|claims/.test(q));
    const p = await api.gql(paths!);
    expect(p.body.data.paths.length).toBeGreaterThan(0);
    const c = await api.gql(claims!);
    const predicates = c.body.data.claims.edges.map((e: any) => e.node.relation.predicate);
    expect(predicates).toContain('COPIED');
  });
});
