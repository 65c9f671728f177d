/** One normalized article, ready for extraction. */
export interface SourceArticle {
  /** Stable id: the input's id, else `url:<16 hex>` of the canonical URL, else `sha256:<16 hex>` of the text. */
  id: string;
  /** Normalized plain text, paragraphs separated by a blank line. */
  text: string;
  title?: string;
  url?: string;
  canonicalUrl?: string;
  /** Outlet name, else the host of the URL. */
  source?: string;
  /** Publication date as `YYYY-MM-DD`; absent when unknown. */
  published?: string;
  /** sha256 hex of `text`. */
  contentHash: string;
  /** Where the article came from: a file path (`path:line` for JSONL, `path[i]` for JSON arrays) or a URL. */
  origin: string;
}

/** Why one input item could not become an article. */
export interface SourceError {
  origin: string;
  reason: string;
}

/** One result of a source: an article or the reason there is none. */
export type SourceItem = { ok: true; article: SourceArticle } | { ok: false; error: SourceError };

/** Options of {@link parseArticleRecord}. */
export interface ArticleRecordOptions {
  /**
   * Largest accepted article text, in UTF-8 bytes; longer texts are rejected, never truncated.
   * @default 5 MB
   */
  maxBytes?: number;
}

/** Options of {@link htmlToArticle}: when a page counts as an article. */
export interface HtmlArticleOptions extends ArticleRecordOptions {
  /** @default 400 */
  minChars?: number;
  /** @default 60 */
  minWords?: number;
}

/** Options of file and folder sources. */
export interface FileSourceOptions extends HtmlArticleOptions {
  /**
   * Largest file read whole (JSON, HTML, text), in bytes; JSONL is streamed line by line.
   * @default 20 MB
   */
  maxInputBytes?: number;
}

/** Options of URL and feed sources. */
export interface UrlSourceOptions extends HtmlArticleOptions {
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Whole request, body included. @default 15000 */
  timeoutMs?: number;
  /** Largest response body, in bytes. @default 20 MB */
  maxInputBytes?: number;
  userAgent?: string;
  /** Feed items fetched at once. @default 4 */
  concurrency?: number;
}

/** Options of {@link readSources}. */
export interface SourcesOptions extends FileSourceOptions, UrlSourceOptions {
  /** Where `-` reads JSONL from. @default process.stdin */
  stdin?: NodeJS.ReadableStream;
}
