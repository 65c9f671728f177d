// neighborhood, paths, timeline, articles, claims and stats over HTTP, on the corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app.js';
import { SDL_PATH } from '../../src/paths.js';
import { type ApiHarness, openApi } from './api-harness.js';

describe('graph queries over the corpus', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi();
  });
  afterAll(() => api?.close());
  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);
  const names = (list: { name: string }[]) => list.map((e) => e.name).sort();

  it('neighborhood: depth 1 and 2, predicates, limit and asOf', async () => {
    const q = `query($depth: Int, $limit: Int, $asOf: String, $predicates: [Predicate!]) {
      neighborhood(entity: "ByteDance", depth: $depth, limit: $limit, asOf: $asOf, predicates: $predicates) {
        center { name } truncated nodes { name } edges { predicate subject { name } object { name } evidence { reported } } } }`;
    const one = (await data(q, { depth: 1 })).neighborhood;
    expect(one.center.name).toBe('ByteDance');
    expect(names(one.nodes)).toEqual(['Azure', 'ByteDance', 'Microsoft', 'OpenAI', 'TikTok']);
    expect(one.edges).toHaveLength(5);
    const two = (await data(q, { depth: 2 })).neighborhood;
    expect(names(two.nodes)).toContain('Sam Altman');
    const cut = (await data(q, { depth: 2, limit: 3 })).neighborhood;
    expect(cut.truncated).toBe(true);
    expect(cut.edges).toHaveLength(3);
    // the centre's own facts come first
    for (const e of cut.edges) expect([e.subject.name, e.object.name]).toContain('ByteDance');
    const early = (await data(q, { depth: 1, asOf: '2023-12-15' })).neighborhood;
    expect(early.edges).toHaveLength(3);
    const only = (await data(q, { depth: 2, predicates: ['PARENT_OF'] })).neighborhood;
    expect(names(only.nodes)).toEqual(['ByteDance', 'TikTok']);
  });

  it('neighborhood: reads only the fields drawn, and keeps them out of other fields', async () => {
    const statements: string[] = [];
    const app = createApp({
      store: api.graph.store.withQueryListener((c) => statements.push(c)),
      sdlPath: SDL_PATH,
    });
    const ask = async (query: string) => {
      statements.length = 0;
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const hop = () => statements.find((c) => c.includes('UNWIND $frontier'));
    const narrow = await ask(`{ neighborhood(entity: "ByteDance", depth: 2) {
      nodes { id name } edges { id predicate subject { id } object { name } } } }`);
    // a drawing's fields: no aliases, counts or dates decoded
    expect(hop()).toMatch(/s \{\.id, \.name\}/);
    expect(hop()).toMatch(/r \{\.id, \.predicate, subjectId/);
    const wide = await ask(`{ neighborhood(entity: "ByteDance", depth: 2) {
      nodes { id name aliases degree } edges { id predicate sourceCount subject { id type } object { name } } } }`);
    expect(hop()).toMatch(/\.aliases/);
    expect(narrow.neighborhood.nodes).toEqual(
      wide.neighborhood.nodes.map(({ id, name }: any) => ({ id, name })),
    );
    expect(narrow.neighborhood.edges).toEqual(
      wide.neighborhood.edges.map(({ id, predicate, subject, object }: any) => ({
        id,
        predicate,
        subject: { id: subject.id },
        object,
      })),
    );
    // another field of the same request asking more of an entity drawn gets all of it
    const both =
      await ask(`{ neighborhood(entity: "ByteDance") { nodes { id } edges { subject { id } } }
      relation(id: "org:openai|SUSPENDED|org:bytedance") { object { name aliases mentionCount } } }`);
    expect(both.relation.object).toMatchObject({
      name: 'ByteDance',
      mentionCount: expect.any(Number),
    });
    expect(both.relation.object.aliases).toContain('ByteDance');
  });

  it('neighborhood: depth over 3 and unknown entities are refused', async () => {
    const deep = await api.gql('{ neighborhood(entity: "OpenAI", depth: 4) { truncated } }');
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const none = await api.gql('{ neighborhood(entity: "Nobody") { truncated } }');
    expect(none.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('paths: shortest paths with each hop and its evidence', async () => {
    const q = `query($from: String!, $to: String!, $asOf: String) { paths(from: $from, to: $to, asOf: $asOf) {
      length nodes { name } hops { predicate evidence { sentence } } } }`;
    const d = await data(q, { from: 'TikTok', to: 'Sam Altman' });
    expect(d.paths[0].length).toBe(3);
    expect(
      d.paths.every((p: any) => p.nodes[0].name === 'TikTok' && p.nodes[3].name === 'Sam Altman'),
    ).toBe(true);
    expect(d.paths[0].hops[0]).toMatchObject({ predicate: 'PARENT_OF' });
    expect(d.paths[0].hops[0].evidence[0].sentence).toMatch(/parent_of TikTok/);
    const before = await data(q, { from: 'TikTok', to: 'Sam Altman', asOf: '2023-12-31' });
    expect(before.paths).toEqual([]);
  });

  it('timeline: ordered by event date, else first report, within a range', async () => {
    const d = await data(`{ timeline(entity: "OpenAI", from: "2024-01-01", to: "2024-02-28") {
      totalCount edges { node { predicate firstReported } } } }`);
    const dates = d.timeline.edges.map((e: any) => e.node.firstReported);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2024-01-05');
    expect(d.timeline.totalCount).toBe(d.timeline.edges.length);
  });

  it('articles: full text, entity, dates; article by id and by url', async () => {
    const text = await data(
      '{ articles(search: "restricted") { totalCount edges { node { id } } } }',
    );
    expect(text.articles.edges[0].node.id).toBe('a05');
    const byEntity = await data(
      `{ articles(entity: "Robin Li") { edges { node { id published } } } }`,
    );
    expect(byEntity.articles.edges.map((e: any) => e.node.id)).toEqual(['a10', 'a07']);
    const dated = await data('{ articles(from: "2024-03-01", to: "2024-03-31") { totalCount } }');
    expect(dated.articles.totalCount).toBe(2);
    const url = await data('{ article(url: "https://news.example/a03") { id source } }');
    expect(url.article).toEqual({ id: 'a03', source: 'Reuters' });
  });

  it('claims: alleged and denied facts with who says what, where', async () => {
    const d = await data(`{ claims(entity: "ByteDance") { totalCount edges { node {
      relation { predicate object { name } }
      alleged { attribution outlet article { url } } denied { outlet sentence } asserted { id } } } } }`);
    expect(d.claims.totalCount).toBe(1);
    const claim = d.claims.edges[0].node;
    expect(claim.relation).toEqual({ predicate: 'USED', object: { name: 'OpenAI' } });
    expect(claim.alleged).toEqual([
      { attribution: null, outlet: 'The Verge', article: { url: 'https://news.example/a01' } },
    ]);
    expect(claim.denied[0]).toMatchObject({
      outlet: 'SCMP',
      sentence: expect.stringMatching(/denied/),
    });
  });

  it('stats: counts by type and predicate, top entities, objects by predicate', async () => {
    const q = `query($from: String, $to: String) { stats(from: $from, to: $to, top: 3) {
      entityTypes { key count } predicates { key count }
      topByDegree { entity { name } count } topByMentions { entity { name } count }
      objectsByPredicate { predicate entity { name } count } } }`;
    const all = (await data(q)).stats;
    expect(all.predicates.map((p: any) => p.key).sort()).toHaveLength(18);
    expect(all.topByDegree[0].entity.name).toBe('OpenAI');
    expect(all.topByMentions[0].entity.name).toBe('OpenAI');
    expect(all.objectsByPredicate).toContainEqual({
      predicate: 'SUSPENDED',
      entity: { name: 'ByteDance' },
      count: 1,
    });
    const march = (await data(q, { from: '2024-03-01', to: '2024-03-31' })).stats;
    expect(march.predicates.map((p: any) => p.key).sort()).toEqual([
      'ACQUIRED',
      'COMPETES_WITH',
      'EMPLOYED_BY',
      'LEADS',
      'LOCATED_IN',
    ]);
  });

  it('keeps the contract query and the entity relations pages working', async () => {
    const d =
      await data(`{ entity(name: "ByteDance") { name type relations(first: 50) { edges { node {
      predicate modality subject { name } object { name } evidence { sentence } } } } } }`);
    expect(d.entity.relations.edges).toHaveLength(5);
    expect((await data('{ counts { articles facts } }')).counts).toEqual({
      articles: 10,
      facts: 23,
    });
  });
});
