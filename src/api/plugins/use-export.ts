import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../graph/index.js';
import { toClientError } from '../errors.js';
import type { ExportGraph } from '../export/export-graph.js';
import { readExportGraph } from '../export/read-export-graph.js';
import { toEdgesCsv, toNodesCsv } from '../export/to-export-csv.js';
import { toGraphml } from '../export/to-graphml.js';
import { isValidApiKey } from './use-api-key.js';

const ROUTE = /^\/export\/(neighborhood|relations)(?:\.(graphml|json)|\/(nodes|edges)\.csv)$/;

const FORMATS = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', render: toGraphml },
  json: {
    type: 'application/json; charset=utf-8',
    render: (g: ExportGraph) => JSON.stringify(g, null, 2),
  },
  nodes: { type: 'text/csv; charset=utf-8; header=present', render: toNodesCsv },
  edges: { type: 'text/csv; charset=utf-8; header=present', render: toEdgesCsv },
};

export interface ExportPluginOptions {
  store: GraphStore;
  /** Ask for the API key on exports too. @default false */
  readsRequireKey?: boolean;
  apiKeys?: readonly string[];
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * Downloads for graph tools: `GET /export/neighborhood.{graphml|json}?entity=..&depth=..`,
 * `GET /export/relations.{graphml|json}?subject=..&predicates=A,B`, and CSV as
 * `/export/{neighborhood|relations}/{nodes|edges}.csv?...`. Every edge carries its evidence
 * (sentence, article URL, outlet, date, modality, attribution).
 */
export function useExport({
  store,
  readsRequireKey = false,
  apiKeys = [],
}: ExportPluginOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = ROUTE.exec(url.pathname);
      if (!match) return;
      const json = (status: number, message: string, code: string) =>
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
          status,
          headers: { 'content-type': 'application/json' },
        });
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return endResponse(json(405, 'exports answer GET only', 'METHOD_NOT_ALLOWED'));
      if (readsRequireKey && !isValidApiKey(request.headers.get('x-api-key'), apiKeys))
        return endResponse(json(401, 'a valid x-api-key header is required', 'UNAUTHORIZED'));
      const kind = match[1] as 'neighborhood' | 'relations';
      const format = FORMATS[(match[2] ?? match[3]) as keyof typeof FORMATS];
      try {
        const graph = await readExportGraph(store, kind, url.searchParams);
        const file = url.pathname.split('/').slice(2).join('-');
        endResponse(
          new fetchAPI.Response(format.render(graph), {
            headers: {
              'content-type': format.type,
              'content-disposition': `attachment; filename="aikg-${file}"`,
              'x-truncated': String(graph.truncated),
            },
          }),
        );
      } catch (err) {
        const error = toClientError(err) as { message?: string; extensions?: { code?: string } };
        const code = error?.extensions?.code;
        if (!code || !(code in STATUS)) throw err;
        endResponse(json(STATUS[code] ?? 400, error.message ?? code, code));
      }
    },
  };
}
