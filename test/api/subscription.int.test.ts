// relationAdded over server-sent events: facts from this process's mutations and, through the
// poller, facts written by another process (here: the store directly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactFeed, type FactFeed } from '../../src/api/fact-feed.js';
import { createIngestor, type Ingestor } from '../../src/ingest/index.js';
import { makeRecord } from '../helpers/make-extraction.js';
import { API_KEY, type ApiHarness, openApi } from './api-harness.js';

/** Opens a subscription and collects the `data` of its events. */
async function subscribe(api: ApiHarness, query: string) {
  const controller = new AbortController();
  const res = await api.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: any[] = [];
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      buffer += value;
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const data = buffer.slice(0, i).match(/^data: (.*)$/m)?.[1];
        buffer = buffer.slice(i + 2);
        if (data) events.push(JSON.parse(data));
      }
    }
  })();
  return {
    events,
    async until(n: number, ms = 10_000) {
      const end = Date.now() + ms;
      while (events.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      return events;
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

const RELATION =
  'subscription { relationAdded(filter: { predicates: [ACQUIRED] }) { predicate subject { name } object { name } } }';

describe('relationAdded', () => {
  let api: ApiHarness;
  let ingestor: Ingestor;
  let feed: FactFeed;
  beforeAll(async () => {
    api = await openApi({
      feedOf: (store) => {
        feed = createFactFeed({ store, pollIntervalMs: 200 });
        return feed;
      },
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

  it('streams facts written by another process (polled), filtered', async () => {
    const sub = await subscribe(api, RELATION);
    await new Promise((r) => setTimeout(r, 300));
    await api.graph.store.writeArticles([
      makeRecord({
        id: 'cli-1',
        sentences: ['Acme acquired Beta.', 'Acme sued Gamma.'],
        entities: [
          ['Acme', 'Organization'],
          ['Beta', 'Organization'],
          ['Gamma', 'Organization'],
        ],
        relations: [
          ['Acme', 'ACQUIRED', 'Beta'],
          ['Acme', 'SUED', 'Gamma'],
        ],
      }),
    ]);
    const events = await sub.until(1);
    await sub.close();
    expect(events).toEqual([
      {
        data: {
          relationAdded: {
            predicate: 'ACQUIRED',
            subject: { name: 'Acme' },
            object: { name: 'Beta' },
          },
        },
      },
    ]);
  });

  it('announces a fact once when the poller reads it before its writer announces it', async () => {
    const sub = await subscribe(api, RELATION);
    await new Promise((r) => setTimeout(r, 300));
    const summary = await api.graph.store.writeArticles([
      makeRecord({
        id: 'race-1',
        sentences: ['Zeta acquired Theta.'],
        entities: [
          ['Zeta', 'Organization'],
          ['Theta', 'Organization'],
        ],
        relations: [['Zeta', 'ACQUIRED', 'Theta']],
      }),
    ]);
    const events = await sub.until(1); // the poller's announcement
    feed.publish(summary.factIds); // the writer's, after the poller already read the commit
    await new Promise((r) => setTimeout(r, 600));
    await sub.close();
    expect(events.map((e) => e.data.relationAdded.object.name)).toEqual(['Theta']);
  });

  it('streams facts written by an ingest mutation once, and stops polling when nobody listens', async () => {
    const sub = await subscribe(api, RELATION);
    const { body } = await api.gql(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { added } }',
      { input: { id: 'live-1', text: 'Microsoft acquired Activision Blizzard in 2023.' } },
      { 'x-api-key': API_KEY },
    );
    expect(body.data?.ingestArticle?.added).toBe(1);
    const events = await sub.until(1);
    await new Promise((r) => setTimeout(r, 600)); // a few polls: no second copy
    expect(events.length).toBe(1);
    expect(events[0].data.relationAdded.predicate).toBe('ACQUIRED');
    expect(feed.subscribers).toBe(1);
    await sub.close();
    for (let i = 0; i < 20 && feed.subscribers > 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(feed.subscribers).toBe(0);
  });
});
