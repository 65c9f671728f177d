// Parameters that only say how a reader arrived, never which page it is.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ncid',
  'ocid',
  'smid',
  'sr_share',
  'spm',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key);
}

/**
 * Canonical form of a URL, so that one page has one key: lowercase host, no credentials,
 * no fragment, no tracking parameters (`utm_*`, `fbclid`, `gclid`, `ref`, ...), no trailing slash.
 * Other query parameters keep their order.
 *
 * @throws TypeError when `url` is not an absolute URL.
 * @example canonicalizeUrl('https://News.Example.com/a/?utm_source=x&id=3#top') // 'https://news.example.com/a?id=3'
 */
export function canonicalizeUrl(url: string): string {
  const parsed = new URL(url.trim());
  for (const name of [...parsed.searchParams.keys()]) {
    if (isTracking(name)) parsed.searchParams.delete(name);
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const query = parsed.searchParams.size > 0 ? `?${parsed.searchParams}` : '';
  return `${parsed.protocol}//${parsed.host}${path}${query}`;
}
