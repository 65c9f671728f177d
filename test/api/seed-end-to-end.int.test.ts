// End to end: the service starts on the test Neo4j, loads the seed article, and the
// foundation's contract query answers over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { startTestServer, startTestServerOn } from '../helpers/test-server.js';

const CONTRACT_QUERY = /* GraphQL */ `
  {
    entity(name: "ByteDance") {
      name
      type
      relations(first: 50) {
        edges { node { predicate modality subject { name } object { name } evidence { sentence } } }
      }
    }
  }
`;

interface Edge {
  node: {
    predicate: string;
    modality: string;
    subject: { name: string };
    object: { name: string };
    evidence: { sentence: string }[];
  };
}

describe('service end to end on the seed article', () => {
  let server: RunningServer;
  const base = () => server.url.replace(/\/graphql$/, '');
  const post = async (query: string) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: any; errors?: { message: string }[] },
    };
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });

  it('answers the contract query with OpenAI SUSPENDED ByteDance and ByteDance PARENT_OF TikTok, with evidence', async () => {
    const { status, body } = await post(CONTRACT_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity).toMatchObject({ name: 'ByteDance', type: 'Organization' });
    const edges: Edge[] = body.data.entity.relations.edges;
    const find = (s: string, p: string, o: string) =>
      edges.find(
        (e) => e.node.subject.name === s && e.node.predicate === p && e.node.object.name === o,
      )?.node;
    const suspended = find('OpenAI', 'SUSPENDED', 'ByteDance');
    expect(suspended?.evidence[0]?.sentence).toMatch(/suspended ByteDance/);
    const parent = find('ByteDance', 'PARENT_OF', 'TikTok');
    expect(parent?.evidence[0]?.sentence).toMatch(/parent company of TikTok/);
  });

  it('loads the seed again at start-up without changing the graph', async () => {
    const before = (await post('{ counts { articles entities facts evidence } }')).body.data.counts;
    await server.close();
    server = await startTestServerOn();
    const after = (await post('{ counts { articles entities facts evidence } }')).body.data.counts;
    expect(after).toEqual(before);
    expect(before.articles).toBe(1);
  });

  it('finds an article by id and answers a bad request with a clear error', async () => {
    const { body } = await post(
      '{ article(id: "bytedance-openai-compliance") { id title source published } }',
    );
    expect(body.data.article).toMatchObject({ id: 'bytedance-openai-compliance', source: 'SCMP' });
    const bad = await post('{ entity { name } }');
    expect(bad.body.errors?.[0]?.message).toMatch(/needs an id or a name/);
  });

  it('caps chunked request bodies too: a small one is answered, one past MAX_BODY_BYTES gets 413', async () => {
    const chunked = (text: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // a stream body has no content-length: it travels chunked
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < text.length; i += 65536)
              controller.enqueue(new TextEncoder().encode(text.slice(i, i + 65536)));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const small = await chunked(JSON.stringify({ query: '{ counts { articles } }' }));
    expect(small.status).toBe(200);
    expect(((await small.json()) as any).data.counts.articles).toBe(1);
    const big = await chunked(
      JSON.stringify({ query: '{ counts { articles } }', padding: 'x'.repeat(3 * 1024 * 1024) }),
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
