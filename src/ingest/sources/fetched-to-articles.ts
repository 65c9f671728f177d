import { detectInterstitial } from './detect-blocked-page.js';
import type { FetchedText } from './fetch-text.js';
import { htmlToArticle } from './html-to-article.js';
import { htmlToText } from './html-to-text.js';
import { normalizeText } from './normalize-text.js';
import { parseJsonDocument } from './parse-json-document.js';
import { sniffContentKind } from './sniff-content-kind.js';
import { errorItem } from './source-item.js';
import type { HtmlArticleOptions, SourceItem } from './types.js';

// Bot walls often answer 403/429/503 with a challenge page; name it rather than the status.
function describeStatus(fetched: FetchedText): string {
  const status = `HTTP ${fetched.status}${fetched.statusText ? ` ${fetched.statusText}` : ''}`;
  if (sniffContentKind(fetched.contentType, fetched.text) !== 'html') return status;
  const interstitial = detectInterstitial(normalizeText(htmlToText(fetched.text)), fetched.text);
  return interstitial ? `refused: ${interstitial} (${status})` : status;
}

/**
 * Turns a fetched article page (HTML) or article JSON into items; an error status or any other
 * content (a feed included) becomes an error naming it.
 */
export function fetchedToArticles(
  fetched: FetchedText,
  { origin = fetched.url, ...options }: HtmlArticleOptions & { origin?: string } = {},
): SourceItem[] {
  if (fetched.status < 200 || fetched.status > 299)
    return [errorItem(origin, describeStatus(fetched))];
  switch (sniffContentKind(fetched.contentType, fetched.text)) {
    case 'html':
      return [htmlToArticle(fetched.text, fetched.url, { ...options, origin })];
    case 'json':
      return parseJsonDocument(fetched.text, origin, options);
    default:
      return [errorItem(origin, `not an article: content type "${fetched.contentType || 'none'}"`)];
  }
}
