import type { Plugin } from 'graphql-yoga';
import { bundleClient, type ClientBundle } from './bundle-client.js';
import { renderDashboard } from './render-dashboard.js';

export interface DashboardPluginOptions {
  /**
   * Path of the GraphQL endpoint the page talks to.
   * @default '/graphql'
   */
  graphqlEndpoint?: string;
  /**
   * Builds the browser bundle; called once, the result is kept in memory.
   * @default bundleClient
   */
  bundle?: () => Promise<ClientBundle>;
  /**
   * Start bundling when the plugin is created rather than on the first request.
   * @default true
   */
  prebuild?: boolean;
}

// Same-origin only: the page may load nothing from another host. Cytoscape sets inline styles.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSET_PATH = /^\/assets\/app\.([0-9a-f]+)\.(js|css)$/;

/**
 * Serves the dashboard: `GET /` is the page, `GET /assets/app.<hash>.(js|css)` its bundle.
 * The page reads its data from the public GraphQL endpoint only.
 */
export function useDashboard({
  graphqlEndpoint = '/graphql',
  bundle = bundleClient,
  prebuild = true,
}: DashboardPluginOptions = {}): Plugin {
  let pending: Promise<ClientBundle> | undefined;
  const getBundle = () => {
    pending ??= bundle().catch((err: unknown) => {
      pending = undefined; // a failed build is retried on the next request
      throw err;
    });
    return pending;
  };
  if (prebuild) getBundle().catch(() => {});

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const asset = ASSET_PATH.exec(url.pathname);
      if (url.pathname !== '/' && !asset) return;
      const { js, css, gzip, version } = await getBundle();
      const respond = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            status: 200,
            headers: { 'x-content-type-options': 'nosniff', ...headers },
          }),
        );
      if (!asset) {
        const html = renderDashboard({
          scriptUrl: `/assets/app.${version}.js`,
          styleUrl: `/assets/app.${version}.css`,
          graphqlEndpoint,
        });
        respond(html, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'referrer-policy': 'no-referrer',
        });
        return;
      }
      const [, hash, ext] = asset;
      const gzipped = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = ext === 'js' ? js : css;
      respond(gzipped ? (ext === 'js' ? gzip.js : gzip.css) : body, {
        ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
        vary: 'accept-encoding',
        'content-type': ext === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
        // The hash names the content: cache forever, unless an old page asks for an old hash.
        'cache-control': hash === version ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    },
  };
}
