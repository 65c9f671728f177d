// Web pages and a feed served from localhost, through the whole pipeline into Neo4j.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestor, type Ingestor, readSources } from '../../src/ingest/index.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

const FIXTURES = new URL('../fixtures/sources/', import.meta.url).pathname;

describe('ingesting web pages and feeds', () => {
  let graph: TestGraph;
  let ingestor: Ingestor;
  let server: Server;
  let base = '';
  const page = (name: string) =>
    readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', base);
  const routes: Record<string, [string, string]> = {
    '/news/halvorsen-quillmate': ['text/html', 'article-page.html'],
    '/news/northwind-kestrel': ['text/html', 'second-article.html'],
    '/bot-check': ['text/html', 'bot-check.html'],
    '/archive': ['text/html', 'link-list.html'],
    '/feed.rss': ['application/rss+xml', 'feed.rss.xml'],
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.wipe();
    ingestor = createIngestor({ store: graph.store, threads: 0 });
    server = createServer((req, res) => {
      const route = routes[new URL(req.url ?? '/', base).pathname];
      res.writeHead(route ? 200 : 404, { 'content-type': route?.[0] ?? 'text/plain' });
      res.end(route ? page(route[1]) : 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await ingestor.close();
    await graph.close();
  });

  it('stores the articles of an RSS feed, refuses the bot check, and a second run changes nothing', async () => {
    const report = await ingestor.ingest(readSources([`${base}/feed.rss`]));
    expect(report.added).toBe(3);
    expect(report.errors).toEqual([
      expect.objectContaining({
        origin: `${base}/bot-check`,
        reason: expect.stringMatching(/bot|check|JavaScript/i),
      }),
    ]);
    const [article] = await graph.store.getArticles([`${base}/news/halvorsen-quillmate`]);
    expect(article?.title).toMatch(/Halvorsen/);
    const again = await ingestor.ingest(readSources([`${base}/feed.rss`]));
    expect(again).toMatchObject({ added: 0, unchanged: 3 });
  });

  it('refuses a page without an article and reports why', async () => {
    const report = await ingestor.ingest(readSources([`${base}/archive`, `${base}/gone`]));
    expect(report.added).toBe(0);
    expect(report.errors.map((e) => e.origin)).toEqual([`${base}/archive`, `${base}/gone`]);
    expect(report.errors[1]?.reason).toMatch(/404/);
  });
});
