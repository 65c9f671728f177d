import type { ViewState } from './url-state.js';

/**
 * URL of the server's export of the current view (`/export/<format>`), with the same
 * entity, hops, predicates, modalities and asOf as the graph on screen.
 */
export function exportUrl(format: 'graphml' | 'csv' | 'json', s: ViewState): string {
  const q = new URLSearchParams();
  if (s.entity) q.set('entity', s.entity);
  q.set('depth', String(s.depth));
  if (s.predicates.length) q.set('predicates', s.predicates.join(','));
  if (s.modalities.length) q.set('modalities', s.modalities.join(','));
  if (s.asOf) q.set('asOf', s.asOf);
  return `/export/${format}?${q}`;
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
