import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The browser code, bundled in memory: one script, one stylesheet, and a content hash. */
export interface ClientBundle {
  js: string;
  css: string;
  /** The same files gzipped once at build time (cytoscape makes the script ~460 kB, ~150 kB gzipped). */
  gzip: { js: Uint8Array<ArrayBuffer>; css: Uint8Array<ArrayBuffer> };
  /** First 12 hex digits of the SHA-256 of both files: part of the asset URLs, so they can be cached forever. */
  version: string;
}

const CLIENT_ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/**
 * Bundles `client/main.ts` (and the CSS it imports, and cytoscape from node_modules) with esbuild.
 * Nothing is written to disk and nothing is fetched: every byte comes from the project or npm.
 */
export async function bundleClient({
  entry = CLIENT_ENTRY,
  minify = true,
}: {
  entry?: string;
  minify?: boolean;
} = {}): Promise<ClientBundle> {
  const result = await build({
    entryPoints: { app: entry },
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify,
    legalComments: 'eof',
    logLevel: 'silent',
  });
  const pick = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  const js = pick('.js');
  const css = pick('.css');
  const version = createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
  const gzip = { js: gzipSync(js, { level: 9 }), css: gzipSync(css, { level: 9 }) };
  return { js, css, gzip, version };
}
