// Limits and protections of the HTTP app: query cost and shape (graphql-armor), body size,
// masked errors with a request id, introspection, CORS, and bounded Cypher round trips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app.js';
import { SDL_PATH } from '../../src/paths.js';
import { makeRecord } from '../helpers/make-extraction.js';
import { type ApiHarness, openApi } from './api-harness.js';

/** One article per fact: Hub SUED Target i, for i < n. */
const hubRecords = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeRecord({
      id: `hub-${i}`,
      sentences: [`Hub sued Target ${i}.`],
      entities: [
        ['Hub', 'Organization'],
        [`Target ${i}`, 'Organization'],
      ],
      relations: [['Hub', 'SUED', `Target ${i}`]],
    }),
  );

const NESTED = `{ entity(name: "Hub") { relations(first: 50) { totalCount edges { node {
  subject { name } object { name } evidence { sentence article { title } } } } } } }`;

describe('protection', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi({
      records: hubRecords(5),
      limits: { depth: 8, aliases: 3, tokens: 400 },
      maxBodyBytes: 4096,
      introspection: false,
      corsOrigins: ['https://dash.example'],
    });
  });
  afterAll(() => api?.close());

  it('answers with the same number of Cypher statements for 5 and for 50 facts', async () => {
    const small = await api.gql(NESTED);
    expect(small.body.data.entity.relations.totalCount).toBe(5);
    await api.graph.store.writeArticles(hubRecords(50));
    const large = await api.gql(NESTED);
    expect(large.body.data.entity.relations.totalCount).toBe(50);
    const count = (h: Headers) => Number(h.get('x-cypher-statements'));
    expect(count(small.headers)).toBeGreaterThan(0);
    expect(count(large.headers)).toBe(count(small.headers));
  });

  it.each([
    [
      'depth',
      '{ entity(name: "Hub") { relations { edges { node { subject { relations { edges { node { subject { id } } } } } } } } } }',
      /depth/i,
    ],
    [
      'aliases',
      '{ a: counts { articles } b: counts { articles } c: counts { articles } d: counts { articles } }',
      /aliases/i,
    ],
    ['tokens', `{ ${'counts { articles } '.repeat(120)} }`, /token/i],
  ])('refuses a query over the %s limit', async (_, query, message) => {
    const { body } = await api.gql(query);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a query over the cost limit', async () => {
    const app = createApp({ store: api.graph.store, sdlPath: SDL_PATH, limits: { cost: 20 } });
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NESTED }),
    });
    expect(((await res.json()) as any).errors[0].message).toMatch(/cost/i);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await api.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ counts { articles } } # ${'x'.repeat(5000)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('masks unexpected errors and tags every error with the request id', async () => {
    const { body, headers } = await api.gql(
      '{ relations(after: "bm9wZQ") { totalCount } }',
      {},
      {
        'x-request-id': 'req-42',
      },
    );
    expect(headers.get('x-request-id')).toBe('req-42');
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      requestId: 'req-42',
    });
    const failing = {
      ...api.graph.store,
      counts: () => Promise.reject(new Error('bolt://secret')),
    };
    const app = createApp({ store: failing, sdlPath: SDL_PATH });
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-43' },
      body: JSON.stringify({ query: '{ counts { articles } }' }),
    });
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text).errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-43' },
    });
  });

  it('hides the schema when introspection is off', async () => {
    const { body } = await api.gql('{ __schema { types { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('answers CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      api.app.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const ok = await preflight('https://dash.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('refuses mutations without the API key', async () => {
    const { body } = await api.gql('mutation { deleteArticle(id: "hub-0") { deleted } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });
});
