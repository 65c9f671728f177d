export { canonicalizeUrl } from './canonicalize-url.js';
export {
  FEED_CONCURRENCY,
  FETCH_TIMEOUT_MS,
  MAX_ARTICLE_BYTES,
  MAX_INPUT_BYTES,
  MIN_ARTICLE_CHARS,
  MIN_ARTICLE_WORDS,
  SUPPORTED_EXTENSIONS,
} from './defaults.js';
export { fetchUrlSource } from './fetch-url-source.js';
export { hashText } from './hash-text.js';
export { type HtmlToArticleOptions, htmlToArticle } from './html-to-article.js';
export { normalizeDate } from './normalize-date.js';
export { normalizeText } from './normalize-text.js';
export { parseArticleRecord } from './parse-article-record.js';
export { type FeedSourceOptions, readFeedSource } from './read-feed-source.js';
export { isSupportedFile, readFileSource } from './read-file-source.js';
export { readFolderSource } from './read-folder-source.js';
export { readSources } from './read-sources.js';
export type {
  ArticleRecordOptions,
  FileSourceOptions,
  HtmlArticleOptions,
  SourceArticle,
  SourceError,
  SourceItem,
  SourcesOptions,
  UrlSourceOptions,
} from './types.js';
