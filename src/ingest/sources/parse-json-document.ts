import { parseArticleRecord } from './parse-article-record.js';
import { errorItem } from './source-item.js';
import type { ArticleRecordOptions, SourceItem } from './types.js';

/**
 * Parses a JSON document holding one article record or an array of them. Invalid JSON gives
 * one error with the parser's message; array elements get the origin `origin[i]`.
 */
export function parseJsonDocument(
  json: string,
  origin: string,
  options: ArticleRecordOptions = {},
): SourceItem[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return [errorItem(origin, `invalid JSON: ${(error as Error).message}`)];
  }
  if (!Array.isArray(value)) return [parseArticleRecord(value, origin, options)];
  if (value.length === 0) return [errorItem(origin, 'empty array: no articles')];
  return value.map((record, index) => parseArticleRecord(record, `${origin}[${index}]`, options));
}
