import { z } from 'zod';
import { canonicalizeUrl } from './canonicalize-url.js';
import { MAX_ARTICLE_BYTES } from './defaults.js';
import { hashText } from './hash-text.js';
import { isBinaryText } from './is-binary-text.js';
import { normalizeDate } from './normalize-date.js';
import { normalizeText } from './normalize-text.js';
import { articleItem, errorItem } from './source-item.js';
import type { ArticleRecordOptions, SourceItem } from './types.js';

const optionalText = z.string().nullish();

// The gold format `{ id, title, source, url, published, text, gold }` and the minimal
// `{ text }` both fit; unknown keys (such as `gold`) are allowed and ignored.
const recordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string({
    error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string'),
  }),
  title: optionalText,
  url: optionalText,
  canonicalUrl: optionalText,
  source: optionalText,
  published: optionalText,
});

type ArticleRecord = z.infer<typeof recordSchema>;

// `body` and `publishedAt` are the seed-file spellings of `text` and `published`.
function withAliases(value: Record<string, unknown>): Record<string, unknown> {
  const { body, publishedAt, ...rest } = value;
  return {
    ...rest,
    text: rest.text ?? body,
    published: rest.published ?? publishedAt,
  };
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

function formatSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`;
}

function blank(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

// Size and binary checks look at the raw text: normalization would remove the NUL bytes.
function normalizeBody(raw: string, maxBytes: number): string {
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > maxBytes)
    throw new Error(`text is ${formatSize(bytes)}, over the limit of ${formatSize(maxBytes)}`);
  if (isBinaryText(raw))
    throw new Error('text looks binary (NUL bytes or mostly unprintable characters)');
  const text = normalizeText(raw);
  if (!text) throw new Error('text is empty');
  if (!/\p{L}/u.test(text)) throw new Error('text has no letters');
  return text;
}

function parseUrl(value: string | undefined, field: string): string | undefined {
  if (value && !/^https?:\/\//i.test(value))
    throw new Error(`${field}: "${value}" is not an http(s) URL`);
  if (value && !URL.canParse(value)) throw new Error(`${field}: "${value}" is not a valid URL`);
  return value;
}

function toItem(record: ArticleRecord, origin: string, maxBytes: number): SourceItem {
  const text = normalizeBody(record.text, maxBytes);
  const contentHash = hashText(text);
  const url = parseUrl(blank(record.url), 'url');
  const canonicalSource = parseUrl(blank(record.canonicalUrl), 'canonicalUrl') ?? url;
  const canonicalUrl = canonicalSource ? canonicalizeUrl(canonicalSource) : undefined;
  const rawPublished = blank(record.published);
  const published = rawPublished ? normalizeDate(rawPublished) : undefined;
  if (rawPublished && !published) throw new Error(`published: "${rawPublished}" is not a date`);
  const id =
    blank(record.id === null || record.id === undefined ? undefined : String(record.id)) ??
    (canonicalUrl
      ? `url:${hashText(canonicalUrl).slice(0, 16)}`
      : `sha256:${contentHash.slice(0, 16)}`);
  const title = blank(normalizeText(record.title ?? '').replace(/\s+/g, ' '));
  const source =
    blank(record.source) ??
    (canonicalUrl ? new URL(canonicalUrl).hostname.replace(/^www\./, '') : undefined);
  return articleItem({
    id,
    text,
    contentHash,
    origin,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(source ? { source } : {}),
    ...(published ? { published } : {}),
  });
}

/**
 * Validates one article record (gold format or `{ id?, text, title?, published?, url?, source? }`)
 * and normalizes it. Never throws: a bad record becomes a {@link SourceError} with the reason.
 *
 * @param origin - where the record came from, copied to the article or the error.
 * @example parseArticleRecord({ text: 'Acme AI raised $10M.' }, 'inline').ok // true
 */
export function parseArticleRecord(
  value: unknown,
  origin: string,
  { maxBytes = MAX_ARTICLE_BYTES }: ArticleRecordOptions = {},
): SourceItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorItem(origin, `expected an article object, got ${describeType(value)}`);
  }
  const parsed = recordSchema.safeParse(withAliases(value as Record<string, unknown>));
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
      .join('; ');
    return errorItem(origin, reason);
  }
  try {
    return toItem(parsed.data, origin, maxBytes);
  } catch (error) {
    return errorItem(origin, error instanceof Error ? error.message : String(error));
  }
}
