// The dashboard plugin inside the real app: the page, its bundle, and no asset from another host.

import { gunzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useDashboard } from '../../src/dashboard/index.js';

// Serving the page touches no data, so a one-field schema stands in for the API (the browser
// test runs the plugin inside the real service). Same settings as createApp: no landing page.
const app = createYoga({
  schema: createSchema({ typeDefs: /* GraphQL */ 'type Query { ok: Boolean }' }),
  landingPage: false,
  healthCheckEndpoint: '/healthz',
  plugins: [useDashboard()],
});

const attributeUrls = (html: string) =>
  [...html.matchAll(/\s(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]!);

describe('useDashboard', () => {
  it('serves the page at / as no-cache HTML with a same-origin content security policy', async () => {
    const res = await app.fetch('http://test/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toMatch(/<script type="module" src="\/assets\/app\.[0-9a-f]{12}\.js">/);
    expect(html).toContain('id="search-input"');
  }, 30_000);

  it('references only local assets: no http(s):// URL at all', async () => {
    const html = await (await app.fetch('http://test/')).text();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(src|href)="\/\//); // protocol-relative
    for (const url of attributeUrls(html)) expect(url).toMatch(/^(\/(?!\/)|#|data:)/);
  });

  it('serves the bundled script and stylesheet with content types and long cache headers', async () => {
    const html = await (await app.fetch('http://test/')).text();
    const [script, style] = ['js', 'css'].map(
      (ext) => new RegExp(`"(/assets/app\\.[0-9a-f]+\\.${ext})"`).exec(html)?.[1],
    );
    const js = await app.fetch(`http://test${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const code = await js.text();
    expect(code).toContain('relationAdded'); // the live subscription it sends over /graphql
    expect(code).toContain('neighborhood');
    const css = await app.fetch(`http://test${style}`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  });

  it('sends the script gzipped to clients that accept it', async () => {
    const html = await (await app.fetch('http://test/')).text();
    const script = /"(\/assets\/app\.[0-9a-f]+\.js)"/.exec(html)?.[1];
    const plain = await (await app.fetch(`http://test${script}`)).text();
    const res = await app.fetch(`http://test${script}`, {
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('accept-encoding');
    expect(gunzipSync(new Uint8Array(await res.arrayBuffer())).toString('utf8')).toBe(plain);
  });

  it('answers an outdated asset hash with the current bundle, not cached', async () => {
    const res = await app.fetch('http://test/assets/app.000000000000.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves other paths and methods to the app', async () => {
    expect((await app.fetch('http://test/healthz')).status).toBe(200);
    const post = await app.fetch('http://test/', { method: 'POST' });
    expect(post.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});
