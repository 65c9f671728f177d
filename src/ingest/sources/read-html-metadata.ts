import { normalizeDate } from './normalize-date.js';

/** The part of a DOM document that metadata reading needs; linkedom documents fit it. */
export interface MetadataDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** What a page says about itself, outside its text. */
export interface HtmlMetadata {
  title?: string;
  canonicalUrl?: string;
  published?: string;
  source?: string;
  /** false when JSON-LD marks the article as paid (`isAccessibleForFree: false`). */
  accessibleForFree?: boolean;
}

type JsonLd = Record<string, unknown>;

function attribute(document: MetadataDocument, selector: string, name: string): string | undefined {
  return document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
}

function meta(document: MetadataDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = attribute(document, `meta[property="${name}"], meta[name="${name}"]`, 'content');
    if (value) return value;
  }
  return undefined;
}

function collectJsonLd(value: unknown, out: JsonLd[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLd(item, out);
  } else if (value && typeof value === 'object') {
    out.push(value as JsonLd);
    collectJsonLd((value as JsonLd)['@graph'], out);
  }
}

function readJsonLd(document: MetadataDocument): JsonLd[] {
  const out: JsonLd[] = [];
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ''), out);
    } catch {
      // A broken JSON-LD block is common and only costs us metadata.
    }
  }
  return out;
}

function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  // URL.parse would do, but needs Node 20.18+.
  if (!URL.canParse(href, base)) return undefined;
  const url = new URL(href, base);
  return /^https?:$/.test(url.protocol) ? url.href : undefined;
}

function firstDate(values: unknown[]): string | undefined {
  for (const value of values) {
    const date = typeof value === 'string' ? normalizeDate(value) : undefined;
    if (date) return date;
  }
  return undefined;
}

/**
 * Reads `og:title`, canonical URL (`<link rel=canonical>`, `og:url`), publication date
 * (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`) and outlet name
 * (`og:site_name`, JSON-LD publisher). Dates that do not parse are left out.
 */
export function readHtmlMetadata(document: MetadataDocument, pageUrl?: string): HtmlMetadata {
  const jsonLd = readJsonLd(document);
  const publisher = jsonLd.map((item) => item.publisher as JsonLd | undefined).find((p) => p?.name);
  // <title> usually carries the outlet's name too ("Story | Outlet"); readability trims it.
  const title = meta(document, 'og:title', 'twitter:title');
  const canonicalUrl =
    absoluteUrl(attribute(document, 'link[rel="canonical"]', 'href'), pageUrl) ??
    absoluteUrl(meta(document, 'og:url'), pageUrl);
  const published = firstDate([
    meta(
      document,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'date',
    ),
    ...jsonLd.map((item) => item.datePublished),
    attribute(document, '[itemprop="datePublished"]', 'content'),
    attribute(document, '[itemprop="datePublished"]', 'datetime'),
    attribute(document, 'time[datetime]', 'datetime'),
  ]);
  const source = meta(document, 'og:site_name', 'application-name') ?? (publisher?.name as string);
  const paid = jsonLd.some(
    (item) => item.isAccessibleForFree === false || item.isAccessibleForFree === 'False',
  );
  return {
    ...(title ? { title } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(published ? { published } : {}),
    ...(typeof source === 'string' && source ? { source } : {}),
    ...(paid ? { accessibleForFree: false } : {}),
  };
}
