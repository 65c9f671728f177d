// The dashboard end to end in a real browser: the service on the test Neo4j, the seed article
// plus a small corpus ingested over GraphQL, and headless chromium driving the page.
import { setTimeout } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { startTestServer } from '../helpers/test-server.js';
import { artifact, launchChromium } from './browser.js';
import { DASHBOARD_CORPUS, LIVE_ARTICLE, type TestArticle } from './corpus.js';

const API_KEY = 'dashboard-test-key';
const BROWSER_TIMEOUT = 120_000;
/** expect.poll with room for a page load, a query and a redraw (its default is 1 s). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

// Cytoscape draws on a canvas: the page exposes its core as `window.aikgGraph` for inspection.
const graphNames = 'aikgGraph.nodes().map((n) => n.data("name"))';
const edgePredicates = 'aikgGraph.edges().map((e) => e.data("predicate"))';

describe('dashboard in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const base = () => server.url.replace(/\/graphql$/, '');
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];

  const post = async (query: string, variables = {}) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string }[] };
  };
  const ingest = async (articles: TestArticle[]) => {
    const body = await post(
      'mutation ($a: [ArticleInput!]!) { ingestArticles(input: $a) { added failed } }',
      { a: articles },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticles).toMatchObject({ added: articles.length, failed: 0 });
  };

  const openPage = async (viewport: { width: number; height: number }, path = '/') => {
    const page = await browser.newPage({ viewport });
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== base())
        outsideRequests.push(req.url());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`${base()}${path}`);
    return page;
  };

  /** Waits until the graph has more than `edges` edges (polling: the page's CSP forbids eval). */
  const waitForGraph = (page: Page, edges = 2) =>
    poll(() => page.evaluate('window.aikgGraph ? aikgGraph.edges().length : 0')).toBeGreaterThan(
      edges,
    );

  /** Clicks an edge where cytoscape draws it: its midpoint inside the graph's canvas. */
  const clickEdge = async (page: Page, predicate: string) => {
    const point = (await page.evaluate(
      `(() => { const p = aikgGraph.edges('[predicate = "${predicate}"]')[0].renderedMidpoint(); return { x: p.x, y: p.y }; })()`,
    )) as { x: number; y: number };
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
  };

  beforeAll(async () => {
    server = await startTestServer({ API_KEYS: API_KEY });
    await ingest(DASHBOARD_CORPUS);
    // Neo4j's full-text index is eventually consistent: wait until search finds the seed
    const found = async () =>
      (await post('{ entities(search: "bytedanse") { totalCount } }')).data?.entities.totalCount;
    for (let i = 0; i < 50 && !(await found()); i++) await setTimeout(200);
    browser = await launchChromium();
  });
  afterAll(async () => {
    expect(pageErrors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it(
    'finds ByteDance from the search box, draws OpenAI and TikTok, and opens the SUSPENDED evidence',
    async () => {
      const page = await openPage({ width: 1280, height: 800 });
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.pressSequentially('bytedanse', { delay: 20 }); // a typo: the search is fuzzy
      await poll(() => page.getByRole('option').allTextContents()).toContainEqual(
        expect.stringContaining('ByteDance'),
      );
      await search.press('ArrowDown');
      await search.press('Enter');
      await waitForGraph(page);
      expect(page.url()).toMatch(/[?&]entity=/);
      await poll(() => page.evaluate(graphNames)).toEqual(
        expect.arrayContaining(['ByteDance', 'OpenAI', 'TikTok']),
      );

      // alleged facts are dashed, denied ones end in a red bar
      expect(
        await page.evaluate('aikgGraph.$("edge.denied").map((e) => e.data("predicate"))'),
      ).toEqual(['INVESTED_IN']);
      expect(await page.evaluate('aikgGraph.$("edge.alleged").length')).toBeGreaterThan(0);

      await clickEdge(page, 'SUSPENDED');
      const evidence = page.locator('#evidence');
      await poll(() => evidence.locator('blockquote').allTextContents()).toContainEqual(
        expect.stringMatching(/suspended ByteDance/),
      );
      expect(await evidence.locator('mark').count()).toBeGreaterThan(0);
      expect(await evidence.textContent()).toContain('SCMP');
      expect(page.url()).toMatch(/[?&]relation=/);
      await poll(() => page.locator('#timeline-list li').count()).toBeGreaterThan(2);
      await page.screenshot({ path: artifact('dashboard-1280-evidence') });
      expect(outsideRequests).toEqual([]);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'filters by predicate, keeps the filter in the URL, and the back button restores the graph',
    async () => {
      const page = await openPage({ width: 1280, height: 800 }, '/?entity=ByteDance');
      await waitForGraph(page);
      expect(new Set(await page.evaluate<string[]>(edgePredicates)).size).toBeGreaterThan(1);

      await page.getByRole('checkbox', { name: 'suspended' }).check();
      await poll(() => page.evaluate<string[]>(edgePredicates)).toEqual(['SUSPENDED']);
      expect(page.url()).toContain('predicates=SUSPENDED');
      await poll(() => page.locator('#timeline-list .predicate').allTextContents()).toEqual([
        'suspended',
      ]);
      await page.screenshot({ path: artifact('dashboard-1280-filtered') });

      await page.goBack();
      await poll(
        async () => new Set(await page.evaluate<string[]>(edgePredicates)).size,
      ).toBeGreaterThan(1);
      expect(await page.getByRole('checkbox', { name: 'suspended' }).isChecked()).toBe(false);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'draws a fact ingested while the page is open, through the relationAdded subscription',
    async () => {
      const page = await openPage({ width: 1280, height: 800 }, '/?entity=ByteDance');
      await waitForGraph(page);
      await poll(() => page.locator('#live-status').textContent()).toContain('Live: on');
      expect(await page.evaluate(graphNames)).not.toContainEqual(
        expect.stringContaining('Samsung'),
      );

      await ingest([LIVE_ARTICLE]);
      await poll(() => page.evaluate(graphNames)).toContainEqual(
        expect.stringContaining('Samsung'),
      );
      expect(await page.evaluate(edgePredicates)).toContain('PARTNERED_WITH');
      await page.screenshot({ path: artifact('dashboard-1280-live') });
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'finds a path between two entities and exports the graph as GraphML, CSV and PNG',
    async () => {
      const page = await openPage({ width: 1280, height: 800 }, '/?entity=ByteDance');
      await waitForGraph(page);
      for (const [label, text, name] of [
        ['From', 'tiktok', /TikTok/],
        ['To', 'alibaba', /Alibaba/],
      ] as const) {
        const input = page.getByRole('combobox', { name: label });
        await input.pressSequentially(text, { delay: 20 });
        // wait for the answer to the whole text, not a list left from a shorter prefix
        const option = page.getByRole('option', { name }).first();
        await poll(() => option.count()).toBeGreaterThan(0);
        await option.click();
      }
      await page.getByRole('button', { name: 'Find paths' }).click();
      await poll(() => page.locator('#path-results li').first().textContent()).toMatch(
        /TikTok.*ByteDance.*Alibaba/,
      );
      expect(await page.evaluate('aikgGraph.$(".path").length')).toBeGreaterThanOrEqual(5);

      const download = async (name: string) => {
        const href = await page.getByRole('link', { name }).getAttribute('href');
        expect(href).toMatch(/^\/export\//);
        const res = await fetch(`${base()}${href}`);
        expect(res.status).toBe(200);
        return { type: res.headers.get('content-type'), body: await res.text() };
      };
      const graphml = await download('GraphML');
      expect(graphml.type).toContain('graphml');
      expect(graphml.body).toContain('OpenAI');
      expect((await download('Facts CSV')).body).toMatch(/SUSPENDED.*suspended ByteDance/);

      const png = page.waitForEvent('download');
      await page.getByRole('button', { name: 'PNG' }).click();
      expect((await png).suggestedFilename()).toBe('ByteDance.png');
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'fits a phone screen',
    async () => {
      const page = await openPage({ width: 390, height: 844 }, '/?entity=ByteDance');
      await waitForGraph(page);
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(390); // no sideways scrolling
      await poll(() => page.locator('#timeline-list li').count()).toBeGreaterThan(2);
      await page.screenshot({ path: artifact('dashboard-390-graph') });
      await page.screenshot({ path: artifact('dashboard-390-full'), fullPage: true });
      expect(outsideRequests).toEqual([]);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );
});
