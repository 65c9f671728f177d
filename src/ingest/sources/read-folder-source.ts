import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isSupportedFile, readFileSource } from './read-file-source.js';
import { describeError, errorItem } from './source-item.js';
import type { FileSourceOptions, SourceItem } from './types.js';

function isHidden(relativePath: string): boolean {
  return relativePath.split(sep).some((part) => part.startsWith('.'));
}

/**
 * Reads every supported file under `dir`, recursively, in code-point order of their relative
 * paths so that runs are repeatable. Hidden files and folders and other extensions are skipped.
 */
export async function* readFolderSource(
  dir: string,
  options: FileSourceOptions = {},
): AsyncGenerator<SourceItem> {
  let entries: string[];
  try {
    const dirents = await readdir(dir, { recursive: true, withFileTypes: true });
    entries = dirents
      .filter((dirent) => dirent.isFile())
      .map((dirent) => relative(dir, join(dirent.parentPath ?? dirent.path, dirent.name)));
  } catch (error) {
    yield errorItem(dir, describeError(error));
    return;
  }
  const files = entries
    .filter((entry) => isSupportedFile(entry) && !isHidden(entry))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) {
    yield* readFileSource(join(dir, file), options);
  }
}
