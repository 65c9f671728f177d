import type { ViewState } from './url-state.js';

/** The server's export files of a neighbourhood (see the API's `use-export.ts`). */
const EXPORT_PATHS = {
  graphml: '/export/neighborhood.graphml',
  json: '/export/neighborhood.json',
  factsCsv: '/export/neighborhood/edges.csv',
  entitiesCsv: '/export/neighborhood/nodes.csv',
};

/**
 * URL of the server's export of the graph on screen: the same entity (by name), hops,
 * predicates, modalities and asOf.
 */
export function exportUrl(format: keyof typeof EXPORT_PATHS, s: ViewState, entity: string): string {
  const q = new URLSearchParams();
  q.set('entity', entity);
  q.set('depth', String(s.depth));
  if (s.predicates.length) q.set('predicates', s.predicates.join(','));
  if (s.modalities.length) q.set('modalities', s.modalities.join(','));
  if (s.asOf) q.set('asOf', s.asOf);
  return `${EXPORT_PATHS[format]}?${q}`;
}

/** Saves a blob under a file name through a temporary object URL (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
