import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { countWords } from './count-words.js';
import { MIN_ARTICLE_CHARS, MIN_ARTICLE_WORDS } from './defaults.js';
import { detectInterstitial, detectPaywall } from './detect-blocked-page.js';
import { htmlToText, type TextNode } from './html-to-text.js';
import { normalizeText } from './normalize-text.js';
import { parseArticleRecord } from './parse-article-record.js';
import { readHtmlMetadata } from './read-html-metadata.js';
import { errorItem } from './source-item.js';
import type { HtmlArticleOptions, SourceItem } from './types.js';

// More than this share of the text inside links: a link list or a section front, not an article.
const MAX_LINK_SHARE = 0.5;

/** Options of {@link htmlToArticle}. */
export interface HtmlToArticleOptions extends HtmlArticleOptions {
  /** Copied to the article or the error. @default url */
  origin?: string;
  /** Article id when the page names no canonical URL (a file's base name, say). */
  defaultId?: string;
}

type ContentDocument = ReturnType<typeof parseHTML>['document'];

function linkShare(document: ContentDocument): number {
  const total = normalizeText(document.body?.textContent ?? '').length;
  const linked = Array.from(document.querySelectorAll('a'))
    .map((link) => normalizeText(link.textContent ?? '').length)
    .reduce((sum, length) => sum + length, 0);
  return total === 0 ? 1 : linked / total;
}

/**
 * Turns an HTML page into an article with linkedom and `@mozilla/readability`: title, text,
 * canonical URL, publication date and outlet from the page's metadata. Refuses, with the reason,
 * bot checks, captchas, "enable JavaScript" and access-denied pages, paywall teasers, and pages
 * where no article of at least `minChars` characters and `minWords` words is found.
 */
export function htmlToArticle(
  html: string,
  url: string | undefined,
  {
    origin = url ?? 'html',
    defaultId,
    minChars = MIN_ARTICLE_CHARS,
    minWords = MIN_ARTICLE_WORDS,
    ...recordOptions
  }: HtmlToArticleOptions = {},
): SourceItem {
  const { document } = parseHTML(html);
  const metadata = readHtmlMetadata(document, url);
  const pageTitle = document.title;
  const pageText = normalizeText(
    `${document.title}\n${htmlToText(document.body as unknown as TextNode)}`,
  );
  const interstitial = detectInterstitial(pageText, html);
  if (interstitial) return errorItem(origin, `refused: ${interstitial}`);

  // Readability rewrites the document it reads, so it runs after everything else has read it.
  const parsed = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  if (!parsed?.content) return errorItem(origin, 'no article found on the page');
  const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
  const text = normalizeText(htmlToText(content.body as unknown as TextNode));
  const paywall = detectPaywall({
    pageText,
    articleText: text,
    accessibleForFree: metadata.accessibleForFree,
  });
  if (paywall) return errorItem(origin, `refused: ${paywall}`);
  const words = countWords(text);
  if (text.length < minChars || words < minWords) {
    return errorItem(
      origin,
      `no article found: only ${text.length} characters and ${words} words of text`,
    );
  }
  if (linkShare(content) > MAX_LINK_SHARE)
    return errorItem(origin, 'no article found: the page is mostly links');

  const { title = parsed.title || pageTitle, canonicalUrl, published, source } = metadata;
  const id = canonicalUrl ? undefined : defaultId;
  return parseArticleRecord(
    { id, title, text, url, canonicalUrl, published, source },
    origin,
    recordOptions,
  );
}
