import { decodeUtf8 } from './decode-utf8.js';
import { parseArticleRecord } from './parse-article-record.js';
import { readLines } from './read-lines.js';
import { errorItem } from './source-item.js';
import type { ArticleRecordOptions, SourceItem } from './types.js';

/**
 * Reads JSON Lines: one article record per line, blank lines skipped. A bad line (invalid
 * UTF-8, invalid JSON, bad record) becomes an error at `origin:line`; the other lines still come out.
 */
export async function* readJsonl(
  stream: AsyncIterable<Buffer | string>,
  origin: string,
  options: ArticleRecordOptions = {},
): AsyncGenerator<SourceItem> {
  let lineNumber = 0;
  for await (const bytes of readLines(stream)) {
    lineNumber += 1;
    const lineOrigin = `${origin}:${lineNumber}`;
    let line: string;
    try {
      line = decodeUtf8(bytes);
    } catch (error) {
      yield errorItem(lineOrigin, `line is ${(error as Error).message}`);
      continue;
    }
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield errorItem(lineOrigin, `invalid JSON: ${(error as Error).message}`);
      continue;
    }
    yield parseArticleRecord(value, lineOrigin, options);
  }
}
