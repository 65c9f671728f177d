import { z } from 'zod';
import type { EntityType } from './types.js';
import { ENTITY_TYPES } from './types.js';

const entrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.string().optional(),
  country: z.string().optional(),
  city: z.string().min(1).optional(),
  demonyms: z.array(z.string().min(1)).optional(),
  maker: z.string().optional(),
  orgs: z.array(z.string().min(1)).optional(),
});

const fileSchema = z.object({ entries: z.array(z.unknown()) });

/** One known entity: canonical name, surface forms, and display data. */
export interface LexiconEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  kind?: string | undefined;
  country?: string | undefined;
  /**
   * Where an organization is headquartered, as the press names the city ("Santa Clara"): "the
   * Santa Clara, California-based company" in a story that names Nvidia is Nvidia.
   */
  city?: string | undefined;
  demonyms?: string[] | undefined;
  /** Id of the maker organization (display data only: never a source of relations). */
  maker?: string | undefined;
  /**
   * Ids of the organizations a person is best known with (founded, leads, works for), most
   * important first: which company "said chief executive Jensen Huang" speaks for when a story
   * names several. Never a source of relations on its own.
   */
  orgs?: string[] | undefined;
}

/** A validated, indexed lexicon. Build it with `parseLexicon` or `loadLexicon`. */
export interface Lexicon {
  entries: readonly LexiconEntry[];
  byId: ReadonlyMap<string, LexiconEntry>;
  /** Lower-cased surface form (name, alias or demonym) -> entries using it. */
  bySurface: ReadonlyMap<string, readonly LexiconEntry[]>;
}

/** A lexicon file as handed to `parseLexicon`: its data plus a label for error messages. */
export interface LexiconFile {
  name: string;
  data: unknown;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function labelOf(file: unknown, index: number): { name: string; data: unknown } {
  if (file && typeof file === 'object' && 'name' in file && 'data' in file) {
    const f = file as LexiconFile;
    return { name: String(f.name), data: f.data };
  }
  return { name: `file #${index + 1}`, data: file };
}

/**
 * Validates lexicon files (`{ entries: [...] }` each, or `{ name, data }` to label them in errors)
 * and indexes their entries by id and by surface form.
 * @throws Error naming the file, the entry and what is wrong, e.g. a missing name or a duplicate id.
 */
export function parseLexicon(files: unknown[]): Lexicon {
  const entries: LexiconEntry[] = [];
  const byId = new Map<string, LexiconEntry>();
  const bySurface = new Map<string, LexiconEntry[]>();
  files.forEach((raw, fileIndex) => {
    const { name, data } = labelOf(raw, fileIndex);
    const file = fileSchema.safeParse(data);
    if (!file.success) {
      throw new Error(
        `lexicon ${name}: expected { "entries": [...] }: ${describeIssues(file.error)}`,
      );
    }
    file.data.entries.forEach((rawEntry, i) => {
      const parsed = entrySchema.safeParse(rawEntry);
      const id = (rawEntry as { id?: unknown } | null)?.id;
      const where = `lexicon ${name}, entry #${i + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
      if (!parsed.success) throw new Error(`${where}: ${describeIssues(parsed.error)}`);
      const entry: LexiconEntry = parsed.data;
      if (byId.has(entry.id)) throw new Error(`${where}: duplicate id "${entry.id}"`);
      byId.set(entry.id, entry);
      entries.push(entry);
      const forms = new Set([entry.name, ...entry.aliases, ...(entry.demonyms ?? [])]);
      for (const form of forms) {
        const key = form.trim().toLowerCase();
        if (!key) continue;
        const list = bySurface.get(key) ?? [];
        list.push(entry);
        bySurface.set(key, list);
      }
    });
  });
  return { entries, byId, bySurface };
}
