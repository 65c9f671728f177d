// Every read of the API over HTTP, on the corpus of fixtures/corpus.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app.js';
import { SDL_PATH } from '../../src/paths.js';
import { type ApiHarness, openApi } from './api-harness.js';

const REL = 'id predicate modality subject { name } object { name }';

describe('queries over the corpus', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi();
  });
  afterAll(() => api?.close());
  const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

  it('entities: fuzzy search over names and aliases, with a typo', async () => {
    const d = await data(
      `{ entities(search: "Bytedanse") { totalCount edges { score node { name } } } }`,
    );
    expect(d.entities.edges[0].node.name).toBe('ByteDance');
    expect(d.entities.edges[0].score).toBeGreaterThan(0);
    const alias = await data(`{ entities(search: "Meta Platforms") { edges { node { name } } } }`);
    expect(alias.entities.edges[0].node.name).toBe('Meta');
  });

  it('entities: Lucene syntax in the search is text, not query syntax', async () => {
    const d = await data(`{ entities(search: "OpenAI) OR (name:*") { edges { node { name } } } }`);
    expect(d.entities.edges[0].node.name).toBe('OpenAI');
    const none = await data(`{ entities(search: "\\"~*?:") { totalCount } }`);
    expect(none.entities.totalCount).toBe(0);
  });

  it('entities: types, order and cursor pages cover every entity once', async () => {
    const q = `query($after: String) { entities(types: [Person], orderBy: NAME, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { name type } } } }`;
    const p1 = (await data(q)).entities;
    expect(p1.totalCount).toBe(4);
    expect(p1.edges.map((e: any) => e.node.name)).toEqual(['Lee Kai-fu', 'Niko Felix']);
    const p2 = (await data(q, { after: p1.pageInfo.endCursor })).entities;
    expect(p2.edges.map((e: any) => e.node.name)).toEqual(['Robin Li', 'Sam Altman']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it('relations: by subject name, predicates and modalities', async () => {
    const d = await data(`{ relations(filter: { subject: "ByteDance", predicates: [USED] }) {
      totalCount edges { node { ${REL} disputed modalityCounts { alleged denied } } } } }`);
    expect(d.relations.totalCount).toBe(2);
    const used = d.relations.edges.find((e: any) => e.node.object.name === 'OpenAI').node;
    expect(used).toMatchObject({ disputed: true, modalityCounts: { alleged: 1, denied: 1 } });
    const planned = await data(
      `{ relations(filter: { modalities: [PLANNED] }) { edges { node { ${REL} } } } }`,
    );
    expect(planned.relations.edges).toEqual([
      { node: expect.objectContaining({ predicate: 'ACQUIRED', modality: 'PLANNED' }) },
    ]);
  });

  it('relations: symmetric facts match either way; unknown names match nothing', async () => {
    const d = await data(
      `{ relations(filter: { subject: "Microsoft", predicates: [PARTNERED_WITH] }) { totalCount } }`,
    );
    expect(d.relations.totalCount).toBe(1);
    const none = await data(
      `{ relations(filter: { either: "Nobody Inc" }) { totalCount edges { cursor } } }`,
    );
    expect(none.relations).toEqual({ totalCount: 0, edges: [] });
  });

  it('relations: outlet, sources, dates and ordering', async () => {
    const outlet = await data(
      `{ relations(filter: { outlet: "reuters" }, first: 50) { totalCount } }`,
    );
    expect(outlet.relations.totalCount).toBe(8);
    const strong = await data(`{ relations(filter: { minSources: 2 }, orderBy: SOURCES_DESC) {
      edges { node { predicate sourceCount evidenceCount } } } }`);
    // a01 + its copy a09 count once, a10 is a second source
    expect(strong.relations.edges).toContainEqual({
      node: { predicate: 'SUSPENDED', sourceCount: 2, evidenceCount: 3 },
    });
    const dated =
      await data(`{ relations(filter: { reportedFrom: "2024-03-01", reportedTo: "2024-03-31" }, orderBy: EVENT_DATE_ASC) {
      edges { node { predicate firstReported } } } }`);
    expect(dated.relations.edges.map((e: any) => e.node.firstReported)).toEqual([
      '2024-03-01',
      '2024-03-01',
      '2024-03-01',
      '2024-03-15',
      '2024-03-15',
    ]);
    const bad = await api.gql(`{ relations(filter: { eventFrom: "March" }) { totalCount } }`);
    expect(bad.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/eventFrom.*YYYY-MM-DD.*March/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('relation: one fact by id, with evidence and its article', async () => {
    const id = 'org:openai|SUSPENDED|org:bytedance';
    const d = await data(
      `query($id: ID!) { relation(id: $id) { ${REL} evidence { sentence outlet article { url } } } }`,
      { id },
    );
    expect(d.relation.subject.name).toBe('OpenAI');
    expect(d.relation.evidence.map((v: any) => v.outlet)).toEqual([
      'The Verge',
      'Yahoo News',
      'Reuters',
    ]);
    expect(d.relation.evidence[0].article.url).toBe('https://news.example/a01');
    expect((await data('{ relation(id: "nope") { id } }')).relation).toBeNull();
  });

  /** An app over the test store that records the Cypher statements of each request. */
  function recordingApp() {
    const statements: string[] = [];
    const app = createApp({
      store: api.graph.store.withQueryListener((cypher) => statements.push(cypher)),
      sdlPath: SDL_PATH,
    });
    return async (query: string, variables: Record<string, unknown> = {}) => {
      statements.length = 0;
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      return { data: body.data, statements: [...statements] };
    };
  }
  const WHERE = 'fragment Where on Evidence { outlet source: article { url } }';
  const evidenceRead = (statements: string[]) =>
    statements.filter((c) => c.includes('USING INDEX v:Evidence'));

  it('relation evidence: reads only the stored fields the selection needs', async () => {
    const ask = recordingApp();
    const id = 'org:openai|SUSPENDED|org:bytedance';
    const query = (selection: string) =>
      ask(`query($id: ID!) { relation(id: $id) { evidence { ${selection} } } } ${WHERE}`, { id });
    // fragments and aliases count: outlet reads `source`, article reads `articleId`
    const narrow = await query('said: sentence ...Where');
    expect(evidenceRead(narrow.statements)).toEqual([
      expect.stringMatching(/\{\.id, \.factId, \.articleId, \.sentence, \.source\}/),
    ]);
    const wide = await query('said: sentence ...Where rule ruleVersion reported');
    expect(evidenceRead(wide.statements)).toEqual([expect.stringMatching(/\.ruleVersion/)]);
    const evidence = narrow.data.relation.evidence;
    expect(evidence).toEqual(
      wide.data.relation.evidence.map(({ said, outlet, source }: any) => ({
        said,
        outlet,
        source,
      })),
    );
    expect(evidence.map((v: any) => v.outlet)).toEqual(['The Verge', 'Yahoo News', 'Reuters']);
  });

  it('entity relations: the page brings the evidence asked for in its own statement', async () => {
    const ask = recordingApp();
    const page = (evidence: string) =>
      ask(`{ entity(name: "OpenAI") { relations(first: 20) { edges { node { id ${evidence} } } } } }
        ${WHERE}`);
    const together = await page('evidence(first: 2) { sentence ...Where }');
    // one statement reads the page and its evidence: no separate evidence read
    expect(together.statements.filter((c) => c.startsWith('UNWIND $ids AS fid'))).toEqual([]);
    expect(evidenceRead(together.statements)).toHaveLength(1);
    // two different evidence selections: each read on its own, by the evidence loader
    const apart = await page(
      'evidence(first: 2) { sentence ...Where } all: evidence { sentence rule }',
    );
    expect(apart.statements.filter((c) => c.startsWith('UNWIND $ids AS fid'))).toHaveLength(2);
    const edges = together.data.entity.relations.edges;
    expect(edges.length).toBeGreaterThan(0);
    // the page size is applied: the fact reported three times shows two
    const suspended = edges.find((e: any) => e.node.id === 'org:openai|SUSPENDED|org:bytedance');
    expect(suspended.node.evidence).toHaveLength(2);
    expect(edges.map((e: any) => e.node.evidence)).toEqual(
      apart.data.entity.relations.edges.map((e: any) => e.node.evidence),
    );
    for (const [i, e] of apart.data.entity.relations.edges.entries())
      expect(e.node.all.slice(0, 2).map((v: any) => v.sentence)).toEqual(
        edges[i].node.evidence.map((v: any) => v.sentence),
      );
  });

  it('relations: one statement brings the page, its count, both ends and the evidence asked', async () => {
    const ask = recordingApp();
    const q = `query($asOf: String) { relations(filter: { either: "OpenAI", asOf: $asOf }, first: 20) {
      totalCount edges { node { id subject { name } object { name } evidence(first: 2) { sentence ...Where } } } } }
      ${WHERE}`;
    for (const asOf of [null, '2023-12-15']) {
      const { data: d, statements } = await ask(q, { asOf });
      // the lookup of `either`, the page with its ends and evidence, the evidence's articles
      expect(statements).toHaveLength(3);
      expect(evidenceRead(statements)).toHaveLength(1);
      expect(statements.filter((c) => c.startsWith('UNWIND $ids AS fid'))).toEqual([]);
      const edges = d.relations.edges;
      expect(edges.length).toBe(Math.min(20, d.relations.totalCount));
      const suspended = edges.find((e: any) => e.node.id === 'org:openai|SUSPENDED|org:bytedance');
      expect(suspended.node.subject.name).toBe('OpenAI');
      // as of the day of the first report, only that report is evidence
      expect(suspended.node.evidence.map((v: any) => v.outlet)).toEqual(
        asOf ? ['The Verge'] : ['The Verge', 'Yahoo News'],
      );
    }
  });

  it('asOf: only facts and evidence reported by that day, counts re-derived', async () => {
    const d = await data(`{ relations(filter: { either: "OpenAI", asOf: "2023-12-15" }) {
      totalCount edges { node { predicate sourceCount evidenceCount lastReported evidence { reported } } } } }`);
    expect(d.relations.totalCount).toBe(2);
    const suspended = d.relations.edges.find((e: any) => e.node.predicate === 'SUSPENDED').node;
    expect(suspended).toMatchObject({
      sourceCount: 1,
      evidenceCount: 1,
      lastReported: '2023-12-15',
    });
    expect(suspended.evidence).toEqual([{ reported: '2023-12-15' }]);
  });
});
