// GET /export/...: GraphML (declared keys, as Gephi reads it), JSON and CSV, with evidence.
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, openApi } from './api-harness.js';

describe('exports', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi();
  });
  afterAll(() => api?.close());
  const get = (path: string) => api.app.fetch(`http://test${path}`);

  it('neighborhood.graphml: every data key declared, edges with evidence', async () => {
    const res = await get('/export/neighborhood.graphml?entity=ByteDance&depth=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="aikg-neighborhood.graphml"',
    );
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      await res.text(),
    );
    const keys = new Set(xml.graphml.key.map((k: any) => k.id));
    const { node, edge } = xml.graphml.graph;
    expect(node).toHaveLength(5);
    expect(edge).toHaveLength(5);
    for (const el of [...node, ...edge])
      for (const d of [el.data].flat()) expect(keys.has(d.key)).toBe(true);
    const suspended = edge.find((e: any) => e.id === 'org:openai|SUSPENDED|org:bytedance');
    const field = (name: string) => suspended.data.find((d: any) => d.key === `e_${name}`)['#text'];
    expect(field('urls')).toBe(
      'https://news.example/a01 | https://news.example/a09 | https://news.example/a10',
    );
    expect(field('outlets')).toBe('The Verge | Yahoo News | Reuters');
  });

  it('relations.json: facts with evidence, filtered as the GraphQL filter', async () => {
    const res = await get(
      '/export/relations.json?subject=ByteDance&predicates=USED&asOf=2023-12-15',
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const graph = (await res.json()) as any;
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0].evidence).toEqual([
      expect.objectContaining({
        outlet: 'The Verge',
        modality: 'alleged',
        published: '2023-12-15',
      }),
    ]);
    expect(graph.nodes.map((n: any) => n.name).sort()).toEqual(['ByteDance', 'OpenAI']);
  });

  it('nodes.csv and edges.csv for spreadsheet imports', async () => {
    const nodes = await get('/export/neighborhood/nodes.csv?entity=Meta');
    expect(nodes.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await nodes.text()).toBe(
      'Id,Label,type,aliases,mentionCount,degree\r\norg:meta,Meta,Organization,Meta | Meta Platforms,1,1\r\nproduct:llama,Llama,Product,Llama,1,2\r\n',
    );
    const edges = await (await get('/export/neighborhood/edges.csv?entity=Meta')).text();
    const [header, row] = edges.split('\r\n');
    expect(header?.split(',').slice(0, 5)).toEqual(['Id', 'Source', 'Target', 'Type', 'Label']);
    expect(row).toContain('org:meta,product:llama,Directed,DEVELOPED');
    expect(row).toContain('Meta developed Llama (asserted).');
  });

  it.each([
    ['/export/neighborhood.json', 400, /entity is required/],
    ['/export/neighborhood.json?entity=Nobody', 404, /no entity named/],
    ['/export/neighborhood.json?entity=OpenAI&depth=9', 400, /depth/],
    ['/export/relations.json?predicates=DROP', 400, /unknown predicate "DROP"/],
  ])('%s answers %i', async (path, status, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(((await res.json()) as any).errors[0].message).toMatch(message);
  });
});
