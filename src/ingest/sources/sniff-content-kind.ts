/** What a response body holds, as far as sources are concerned. */
export type ContentKind = 'html' | 'json' | 'feed' | 'unknown';

/**
 * Classifies a body by its content type, and by its first characters when the type is missing
 * or generic (`text/plain`, `application/octet-stream`, plain `application/xml`).
 */
export function sniffContentKind(contentType: string, body: string): ContentKind {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (/^application\/(rss|atom)\+xml$/.test(type)) return 'feed';
  const head = body
    .slice(0, 1024)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (/^(<!doctype html|<html[\s>])/i.test(head) || /<(head|body)[\s>]/i.test(head)) return 'html';
  return 'unknown';
}
