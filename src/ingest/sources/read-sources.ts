import { stat } from 'node:fs/promises';
import { fetchUrlSource } from './fetch-url-source.js';
import { readFileSource } from './read-file-source.js';
import { readFolderSource } from './read-folder-source.js';
import { readJsonl } from './read-jsonl.js';
import { describeError, errorItem } from './source-item.js';
import type { SourceItem, SourcesOptions } from './types.js';

async function* readSpec(
  spec: string,
  { stdin, ...options }: SourcesOptions,
): AsyncGenerator<SourceItem> {
  if (spec === '-') {
    // process.stdin is touched only when asked for: creating it can keep the process alive.
    const input = (stdin ?? process.stdin) as AsyncIterable<Buffer | string>;
    yield* readJsonl(input, 'stdin', options);
    return;
  }
  if (/^https?:\/\//i.test(spec)) {
    yield* fetchUrlSource(spec, options);
    return;
  }
  if (/^[a-z][a-z\d+.-]+:\/\//i.test(spec)) {
    yield errorItem(spec, 'unsupported URL scheme (only http and https)');
    return;
  }
  const info = await stat(spec).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    yield errorItem(spec, info.code === 'ENOENT' ? 'no such file or folder' : describeError(info));
  } else if (info.isDirectory()) {
    yield* readFolderSource(spec, options);
  } else {
    yield* readFileSource(spec, options);
  }
}

/**
 * The front door of ingestion: reads articles from each spec in turn, where a spec is an
 * http(s) URL (page, article JSON or feed), a folder (read recursively), a file, or `-` for
 * JSONL on `stdin`. Never throws: anything that goes wrong is an error item naming its origin.
 *
 * @example
 * for await (const item of readSources(['articles/', 'https://example.com/feed.xml'])) {
 *   if (item.ok) plan(item.article); else log.warn(item.error);
 * }
 */
export async function* readSources(
  specs: string[],
  options: SourcesOptions = {},
): AsyncGenerator<SourceItem> {
  for (const spec of specs) {
    try {
      yield* readSpec(spec, options);
    } catch (error) {
      yield errorItem(spec, describeError(error));
    }
  }
}
