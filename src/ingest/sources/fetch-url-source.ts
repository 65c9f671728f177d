import { fetchText } from './fetch-text.js';
import { fetchedToArticles } from './fetched-to-articles.js';
import { readFeedSource } from './read-feed-source.js';
import { sniffContentKind } from './sniff-content-kind.js';
import { describeError, errorItem } from './source-item.js';
import type { SourceItem, UrlSourceOptions } from './types.js';

/**
 * GETs a URL and turns what comes back into articles, by content type or, failing that, by the
 * body's first characters: an HTML page (one article via {@link htmlToArticle}), article JSON
 * (one record or an array), or an RSS/Atom feed (one item per entry, via {@link readFeedSource}).
 * Never throws: timeouts, error statuses, oversized bodies and refused pages become errors.
 *
 * @example for await (const item of fetchUrlSource('https://example.com/feed.xml', { timeoutMs: 5000 })) ...
 */
export async function* fetchUrlSource(
  url: string,
  options: UrlSourceOptions = {},
): AsyncGenerator<SourceItem> {
  try {
    const fetched = await fetchText(url, options);
    const ok = fetched.status >= 200 && fetched.status <= 299;
    if (ok && sniffContentKind(fetched.contentType, fetched.text) === 'feed') {
      yield* readFeedSource(fetched.text, { ...options, origin: url, baseUrl: fetched.url });
      return;
    }
    yield* fetchedToArticles(fetched, { ...options, origin: url });
  } catch (error) {
    yield errorItem(url, describeError(error));
  }
}
