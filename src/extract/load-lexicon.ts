import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from './lexicon.js';
import { parseLexicon } from './lexicon.js';

/** The project's own lexicon: `seeds/lexicon` at the repository root. */
const DEFAULT_DIR = fileURLToPath(new URL('../../seeds/lexicon/', import.meta.url));

/** Files in the lexicon folder that hold rule data, not entities. */
const NOT_ENTITY_FILES = new Set(['cues.json']);

/**
 * Reads every `*.json` lexicon file of a folder and returns the parsed, indexed lexicon.
 * The only file reader of `src/extract`: it reads the project's data, never article input.
 * @param dir folder of lexicon files. @default `seeds/lexicon` of this repository
 * @throws Error naming the file that cannot be read, parsed or validated.
 */
export function loadLexicon(dir: string = DEFAULT_DIR): Lexicon {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !NOT_ENTITY_FILES.has(f))
      .sort();
  } catch (err) {
    throw new Error(`lexicon folder ${dir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const files = names.map((name) => {
    const path = join(dir, name);
    try {
      return { name, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    } catch (err) {
      throw new Error(`lexicon ${path}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return parseLexicon(files);
}
