import pLimit from 'p-limit';
import { countWords } from './count-words.js';
import { FEED_CONCURRENCY, MIN_ARTICLE_CHARS, MIN_ARTICLE_WORDS } from './defaults.js';
import { fetchText } from './fetch-text.js';
import { fetchedToArticles } from './fetched-to-articles.js';
import { htmlToText } from './html-to-text.js';
import { normalizeDate } from './normalize-date.js';
import { normalizeText } from './normalize-text.js';
import { parseArticleRecord } from './parse-article-record.js';
import { type FeedEntry, parseFeed } from './parse-feed.js';
import { describeError, errorItem } from './source-item.js';
import type { SourceItem, UrlSourceOptions } from './types.js';

/** Options of {@link readFeedSource}. */
export interface FeedSourceOptions extends UrlSourceOptions {
  /** Origin of the feed's own errors. @default the feed URL, else 'feed' */
  origin?: string;
  /** Resolves relative item links. @default the feed's URL, else the feed's own link */
  baseUrl?: string;
}

function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link || !URL.canParse(link, base)) return undefined;
  const url = new URL(link, base);
  return /^https?:$/.test(url.protocol) ? url.href : undefined;
}

type EntryOptions = UrlSourceOptions & { origin: string; link: string | undefined };

async function fetchEntry(
  link: string,
  published: string | undefined,
  { origin, ...options }: EntryOptions,
) {
  const items = fetchedToArticles(await fetchText(link, options), { ...options, origin });
  // The feed's date stands in for a page that gives none.
  return items.map(
    (item): SourceItem =>
      item.ok && !item.article.published && published
        ? { ok: true, article: { ...item.article, published } }
        : item,
  );
}

async function entryToItems(entry: FeedEntry, options: EntryOptions): Promise<SourceItem[]> {
  const {
    origin,
    link,
    minChars = MIN_ARTICLE_CHARS,
    minWords = MIN_ARTICLE_WORDS,
    maxBytes,
  } = options;
  try {
    const published = entry.published ? normalizeDate(entry.published) : undefined;
    // Feeds that carry the whole article spare a fetch per item; summaries do not count.
    const content = entry.content ? normalizeText(htmlToText(entry.content)) : '';
    if (content.length >= minChars && countWords(content) >= minWords) {
      const record = {
        id: link ? undefined : entry.guid,
        title: entry.title,
        text: content,
        url: link,
        published,
      };
      return [parseArticleRecord(record, origin, { maxBytes })];
    }
    if (!link) return [errorItem(origin, 'feed item has neither a link nor full content')];
    return await fetchEntry(link, published, options);
  } catch (error) {
    // Never rejects: pending entries must not become unhandled rejections if the reader stops early.
    return [errorItem(origin, describeError(error))];
  }
}

/**
 * Reads an RSS 2.0 or Atom feed, given as a URL or as XML. Each item becomes an article from its
 * full content (`content:encoded`, Atom `content`) when that is long enough, else from its link,
 * fetched with at most `concurrency` requests at once. Items come out in feed order.
 */
export async function* readFeedSource(
  xmlOrUrl: string,
  { origin, baseUrl, concurrency = FEED_CONCURRENCY, ...options }: FeedSourceOptions = {},
): AsyncGenerator<SourceItem> {
  const isUrl = /^https?:\/\//i.test(xmlOrUrl.trim());
  const feedOrigin = origin ?? (isUrl ? xmlOrUrl.trim() : 'feed');
  let entries: FeedEntry[];
  let base = baseUrl;
  try {
    let xml = xmlOrUrl;
    if (isUrl) {
      const fetched = await fetchText(xmlOrUrl.trim(), options);
      if (fetched.status < 200 || fetched.status > 299)
        throw new Error(`HTTP ${fetched.status} ${fetched.statusText}`.trim());
      xml = fetched.text;
      base ??= fetched.url;
    }
    const feed = parseFeed(xml);
    entries = feed.entries;
    base ??= feed.link && URL.canParse(feed.link) ? feed.link : undefined;
  } catch (error) {
    yield errorItem(feedOrigin, `feed: ${describeError(error)}`);
    return;
  }
  if (entries.length === 0) yield errorItem(feedOrigin, 'feed has no items');
  const limit = pLimit(concurrency);
  const pending = entries.map((entry, index) => {
    const link = resolveLink(entry.link, base);
    const entryOrigin = link ?? `${feedOrigin}#item-${index + 1}`;
    return limit(() => entryToItems(entry, { ...options, origin: entryOrigin, link }));
  });
  for (const items of pending) yield* await items;
}
