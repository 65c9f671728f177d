/** Default largest article text, in UTF-8 bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Default largest file or response body read whole, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Below this many characters a page is not an article. */
export const MIN_ARTICLE_CHARS = 400;
/** Below this many words a page is not an article. */
export const MIN_ARTICLE_WORDS = 60;
export const FETCH_TIMEOUT_MS = 15_000;
export const FEED_CONCURRENCY = 4;
export const USER_AGENT = 'aikg/0.1 (news ingestion)';
/** File extensions that {@link readFileSource} understands. */
export const SUPPORTED_EXTENSIONS = [
  '.json',
  '.jsonl',
  '.ndjson',
  '.txt',
  '.md',
  '.html',
  '.htm',
] as const;
