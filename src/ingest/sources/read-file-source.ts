import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeUtf8 } from './decode-utf8.js';
import { MAX_INPUT_BYTES, SUPPORTED_EXTENSIONS } from './defaults.js';
import { htmlToArticle } from './html-to-article.js';
import { parseJsonDocument } from './parse-json-document.js';
import { readJsonl } from './read-jsonl.js';
import { describeError, errorItem } from './source-item.js';
import { textToArticle } from './text-to-article.js';
import type { FileSourceOptions, SourceItem } from './types.js';

/** True when {@link readFileSource} can read files with this name. */
export function isSupportedFile(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

async function readWhole(path: string, maxInputBytes: number): Promise<string> {
  const { size } = await stat(path);
  if (size > maxInputBytes)
    throw new Error(`file is ${size} bytes, over the limit of ${maxInputBytes} bytes`);
  try {
    return decodeUtf8(await readFile(path));
  } catch (error) {
    throw new Error(`file is ${describeError(error)}`);
  }
}

async function readWholeFile(
  path: string,
  extension: string,
  { maxInputBytes = MAX_INPUT_BYTES, ...options }: FileSourceOptions,
): Promise<SourceItem[]> {
  const text = await readWhole(path, maxInputBytes);
  const id = basename(path, extname(path));
  switch (extension) {
    case '.json':
      return parseJsonDocument(text, path, options);
    case '.html':
    case '.htm':
      return [htmlToArticle(text, undefined, { ...options, origin: path, defaultId: id })];
    default:
      return [textToArticle(text, { ...options, id, origin: path, markdown: extension === '.md' })];
  }
}

/**
 * Reads articles from one file: `.json` (an article object or an array), `.jsonl`/`.ndjson`
 * (one per line, streamed), `.txt`/`.md` (id = base name), `.html`/`.htm` (via readability).
 * Never throws: unreadable files, other extensions, invalid UTF-8 and invalid JSON become errors.
 *
 * @example for await (const item of readFileSource('articles.jsonl')) if (item.ok) console.log(item.article.id);
 */
export async function* readFileSource(
  path: string,
  options: FileSourceOptions = {},
): AsyncGenerator<SourceItem> {
  const extension = extname(path).toLowerCase();
  if (!isSupportedFile(path)) {
    yield errorItem(
      path,
      `unsupported file type "${extension || basename(path)}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    );
    return;
  }
  try {
    if (extension === '.jsonl' || extension === '.ndjson') {
      yield* readJsonl(createReadStream(path), path, options);
    } else {
      yield* await readWholeFile(path, extension, options);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield errorItem(path, code === 'ENOENT' ? 'no such file or folder' : describeError(error));
  }
}
