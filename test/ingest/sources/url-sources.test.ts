import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchUrlSource,
  readFeedSource,
  readSources,
  type SourceItem,
} from '../../../src/ingest/sources/index.js';
import { collectItems, summarize } from './collect-items.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sources');
const HTML = 'text/html; charset=utf-8';

let server: Server;
let base: string;
const requested: string[] = [];
let inFlight = 0;
let maxInFlight = 0;

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', base);
}

function manyItemsFeed(count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<item><title>Story ${i}</title><link>${base}/delayed/${i}</link></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>${items.join('')}</channel></rss>`;
}

type Route = (res: ServerResponse) => void | Promise<void>;
const send =
  (status: number, type: string, body: () => string): Route =>
  (res) => {
    res.writeHead(status, { 'content-type': type }).end(body());
  };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const routes: Record<string, Route> = {
  '/news/halvorsen-quillmate': send(200, HTML, () => fixture('article-page.html')),
  '/news/northwind-kestrel': send(200, HTML, () => fixture('second-article.html')),
  '/bot-check': send(200, HTML, () => fixture('bot-check.html')),
  '/bot-check-503': send(503, HTML, () => fixture('bot-check.html')),
  '/archive': send(200, HTML, () => fixture('link-list.html')),
  '/paywalled': send(200, HTML, () => fixture('paywall.html')),
  '/short': send(
    200,
    HTML,
    () =>
      '<html><head><title>Brief</title></head><body><article><p>Quillmate AI hired a chief operating officer from a logistics firm on Monday.</p></article></body></html>',
  ),
  '/missing': send(404, 'text/plain', () => 'Not Found'),
  '/feed.rss': send(200, 'application/rss+xml', () => fixture('feed.rss.xml')),
  '/atom.xml': send(200, 'application/xml', () => fixture('feed.atom.xml')),
  '/many.rss': send(200, 'application/rss+xml; charset=utf-8', () => manyItemsFeed(10)),
  '/untyped': send(200, '', () => fixture('second-article.html')),
  '/article.json': send(200, 'application/json', () =>
    JSON.stringify({ id: 'json-1', title: 'From JSON', text: 'Quillmate AI hired a new COO.' }),
  ),
  '/image.png': send(200, 'image/png', () => '\u0089PNG'),
  '/slow': async (res) => {
    await sleep(3000);
    if (!res.destroyed) send(200, HTML, () => fixture('second-article.html'))(res);
  },
  '/huge': (res) => {
    res.writeHead(200, { 'content-type': HTML });
    res.end(`<html><body><p>${'word '.repeat(300_000)}</p></body></html>`);
  },
};

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', base).pathname;
  requested.push(path);
  if (path.startsWith('/delayed/')) {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await sleep(40);
    inFlight -= 1;
    return send(200, HTML, () => fixture('second-article.html'))(res);
  }
  const route = routes[path] ?? send(404, 'text/html', () => '<h1>Not here</h1>');
  await route(res);
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function fetchOne(path: string, options = {}): Promise<SourceItem> {
  const items = await collectItems(
    fetchUrlSource(`${base}${path}`, { timeoutMs: 2000, ...options }),
  );
  expect(items).toHaveLength(1);
  return items[0]!;
}

function reasonOf(item: SourceItem): string {
  if (item.ok) throw new Error(`expected an error, got article ${item.article.id}`);
  return item.error.reason;
}

describe('fetchUrlSource', () => {
  it('turns a news page into an article, without its boilerplate', async () => {
    const item = await fetchOne('/news/halvorsen-quillmate?utm_source=newsletter');
    if (!item.ok) throw new Error(item.error.reason);
    const { article } = item;
    expect(article).toMatchObject({
      title: 'Halvorsen Robotics buys Quillmate AI for $1.2 billion',
      url: `${base}/news/halvorsen-quillmate?utm_source=newsletter`,
      canonicalUrl: `${base}/news/halvorsen-quillmate`,
      source: 'The Circuit Ledger',
      published: '2031-03-14',
      origin: `${base}/news/halvorsen-quillmate?utm_source=newsletter`,
    });
    expect(article.id).toMatch(/^url:[0-9a-f]{16}$/);
    expect(article.text.startsWith('Halvorsen Robotics, the Oslo-based maker')).toBe(true);
    expect(article.text.endsWith('That is why we are paying what we are paying.”')).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(10);
    for (const boilerplate of [
      'Newsletter',
      'Privacy policy',
      'Related stories',
      'All rights reserved',
      'analytics',
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
    expect(article.text).toContain('company’s twenty-year history');
  });

  const refused: [path: string, reason: RegExp][] = [
    ['/bot-check', /^refused: bot-check interstitial$/],
    ['/bot-check-503', /^refused: bot-check interstitial \(HTTP 503 Service Unavailable\)$/],
    ['/archive', /^no article found/],
    ['/paywalled', /^refused: paywall/],
    ['/short', /^no article found: only \d+ characters and \d+ words of text$/],
    ['/missing', /^HTTP 404 Not Found$/],
    ['/image.png', /^not an article: content type "image\/png"$/],
  ];
  it.each(refused)('refuses %s with a reason', async (path, reason) => {
    const item = await fetchOne(path);
    expect(reasonOf(item)).toMatch(reason);
    expect(!item.ok && item.error.origin).toBe(`${base}${path}`);
  });

  it('gives up on a slow response after the timeout', async () => {
    const started = Date.now();
    expect(reasonOf(await fetchOne('/slow', { timeoutMs: 300 }))).toBe('timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('caps the response size', async () => {
    expect(reasonOf(await fetchOne('/huge', { maxInputBytes: 100_000 }))).toMatch(
      /over the limit of 100000 bytes/,
    );
  });

  it('reports a refused connection', async () => {
    const items = await collectItems(fetchUrlSource('http://127.0.0.1:1/x', { timeoutMs: 2000 }));
    expect(summarize(items)).toEqual([
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:1\/x -> !fetch failed/),
    ]);
  });

  it('parses article JSON and sniffs HTML served without a content type', async () => {
    const json = await fetchOne('/article.json');
    expect(json.ok && json.article).toMatchObject({ id: 'json-1', title: 'From JSON' });
    const untyped = await fetchOne('/untyped');
    expect(untyped.ok && untyped.article.title).toBe(
      'Northwind Silicon unveils a low-power inference chip',
    );
  });
});

describe('feeds', () => {
  it('reads an RSS feed: links fetched, full content used as is, refusals kept per item', async () => {
    requested.length = 0;
    const items = await collectItems(fetchUrlSource(`${base}/feed.rss`, { timeoutMs: 2000 }));
    expect(items.map((item) => (item.ok ? item.article.title : item.error.reason))).toEqual([
      'Halvorsen Robotics buys Quillmate AI for $1.2 billion',
      'Northwind Silicon unveils a low-power inference chip',
      'Bluehaven Capital raises a fund for industrial software',
      'refused: bot-check interstitial',
    ]);
    const [halvorsen, northwind, bluehaven] = items.map((item) =>
      item.ok ? item.article : undefined,
    );
    expect(halvorsen?.canonicalUrl).toBe(`${base}/news/halvorsen-quillmate`);
    // The page gives no date, so the feed's pubDate stands in.
    expect(northwind?.published).toBe('2031-03-11');
    expect(bluehaven).toMatchObject({
      published: '2031-03-10',
      url: `${base}/news/never-fetched-bluehaven`,
    });
    expect(bluehaven?.text.split('\n\n')).toHaveLength(3);
    expect(bluehaven?.text).toContain('The firm’s partners');
    expect(requested).not.toContain('/news/never-fetched-bluehaven');
    expect(!items[3]?.ok && items[3]?.error.origin).toBe(`${base}/bot-check`);
  });

  it('reads an Atom feed sniffed from application/xml, resolving relative links', async () => {
    requested.length = 0;
    const items = await collectItems(readSources([`${base}/atom.xml`], { timeoutMs: 2000 }));
    expect(items.map((item) => item.ok && item.article)).toMatchObject([
      {
        title: 'Northwind Silicon unveils a low-power inference chip',
        published: '2031-03-11',
        origin: `${base}/news/northwind-kestrel`,
      },
      { title: 'Meridian Compute opens a research lab in Lisbon', published: '2031-03-08' },
    ]);
    const meridian = items[1]?.ok ? items[1].article : undefined;
    expect(meridian?.text).toContain('Portugal’s economy minister');
    expect(requested).toEqual(['/atom.xml', '/news/northwind-kestrel']);
  });

  it('reads a feed given as XML text', async () => {
    const items = await collectItems(readFeedSource(fixture('feed.atom.xml'), { timeoutMs: 2000 }));
    expect(items.filter((item) => item.ok)).toHaveLength(2);
  });

  it('fetches at most 4 items at once and keeps feed order', async () => {
    maxInFlight = 0;
    const items = await collectItems(readFeedSource(`${base}/many.rss`, { timeoutMs: 5000 }));
    expect(items.map((item) => item.ok && item.article.origin)).toEqual(
      Array.from({ length: 10 }, (_, i) => `${base}/delayed/${i}`),
    );
    expect(maxInFlight).toBe(4);
  });

  it('reports a feed that is not XML', async () => {
    const items = await collectItems(
      readFeedSource('<rss><channel><item>', { origin: 'broken.xml' }),
    );
    expect(summarize(items)).toEqual([expect.stringMatching(/^broken\.xml -> !feed: /)]);
  });
});
