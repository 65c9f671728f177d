/**
 * `aikg extract [--lexicon DIR] FILE...`: one JSON line per article file on stdout, in the
 * output format of GOLD_FORMAT.md. Files that cannot be read are reported on stderr, the others
 * still printed, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ArticleInput, Extraction, Lexicon } from '../extract/index.js';
import { extractArticle, loadLexicon } from '../extract/index.js';

const USAGE = 'usage: aikg extract [--lexicon DIR] FILE... (article .json or .txt files)\n';

/** Reads an article file: gold-format or `{id, text, title?, published?}` JSON, or plain text. */
export function readArticle(path: string): ArticleInput {
  const raw = readFileSync(path, 'utf8');
  if (extname(path).toLowerCase() !== '.json') {
    return { id: basename(path, extname(path)), text: raw };
  }
  const data = JSON.parse(raw) as Record<string, unknown>;
  if (!data || typeof data !== 'object' || typeof data.text !== 'string') {
    throw new Error('expected a JSON object with a "text" string');
  }
  const id =
    typeof data.id === 'string' || typeof data.id === 'number'
      ? String(data.id)
      : basename(path, '.json');
  return {
    id,
    text: data.text,
    title: typeof data.title === 'string' ? data.title : undefined,
    published: typeof data.published === 'string' ? data.published : null,
  };
}

/**
 * The name an entity goes by in this article: the canonical name when the text uses it (a
 * plural "H100s" is the H100), else the form the text uses most ("Alibaba" for the lexicon's
 * "Alibaba Group"), a country's name before its adjective ("Britain", not "British").
 */
export function articleName(
  entity: Extraction['entities'][number],
  isDemonym: (form: string) => boolean = () => false,
): string {
  const counts = new Map<string, number>();
  for (const m of entity.mentions) {
    // "H100s", "Google TPUs": a product's plural goes by the singular
    const form = m.text.replace(/['’]s?$/, '').replace(/(?<=[\p{N}\p{Lu}])s$/u, '');
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  if (counts.has(entity.name) || counts.size === 0) return entity.name;
  // "siblings Dario and Daniela Amodei": a person the text names only by a part of the name goes by
  // the whole of it
  const words = entity.name.split(' ');
  if (entity.type === 'Person' && [...counts.keys()].every((form) => words.includes(form)))
    return entity.name;
  const named = [...counts.keys()].filter((form) => !isDemonym(form));
  if (named.length > 0 && named.length < counts.size)
    for (const form of counts.keys()) if (isDemonym(form)) counts.delete(form);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ??
    entity.name
  );
}

/** The JSONL record of one extraction: GOLD_FORMAT output plus offsets, dates and rule ids. */
export function toOutputRecord(
  x: Extraction,
  isDemonym: (form: string) => boolean = () => false,
): Record<string, unknown> {
  const names = new Map(x.entities.map((e) => [e.key, articleName(e, isDemonym)]));
  return {
    id: x.id,
    ruleVersion: x.ruleVersion,
    entities: x.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      key: e.key,
      lexiconId: e.lexiconId,
    })),
    relations: x.relations.map((r) => ({
      subject: names.get(r.subjectKey) ?? r.subject,
      predicate: r.predicate,
      object: names.get(r.objectKey) ?? r.object,
      modality: r.modality,
      evidence: { sentence: r.evidence.sentence, start: r.evidence.start, end: r.evidence.end },
      attribution: r.attribution,
      eventDate: r.eventDate,
      confidence: r.confidence,
      rule: r.rule,
    })),
    unexplained: x.unexplained,
  };
}

function parseArgs(args: string[]): {
  files: string[];
  lexiconDir?: string | undefined;
  help: boolean;
} {
  const files: string[] = [];
  let lexiconDir: string | undefined;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--lexicon') {
      lexiconDir = args[++i];
      if (!lexiconDir) throw new Error('--lexicon needs a folder');
    } else if (a.startsWith('--lexicon=')) lexiconDir = a.slice('--lexicon='.length);
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--format' || a === '--format=jsonl') {
      if (a === '--format') i++;
    } else files.push(a);
  }
  return { files, lexiconDir, help };
}

export async function runExtract(args: string[]): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(args);
  } catch (err) {
    process.stderr.write(
      `aikg extract: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`,
    );
    return 1;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (opts.files.length === 0) {
    process.stderr.write(USAGE);
    return 1;
  }
  let lexicon: Lexicon;
  try {
    lexicon = loadLexicon(opts.lexiconDir);
  } catch (err) {
    process.stderr.write(`aikg extract: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const demonyms = new Set(
    [...lexicon.byId.values()].flatMap((e) => e.demonyms ?? []).map((d) => d.toLowerCase()),
  );
  const isDemonym = (form: string) => demonyms.has(form.toLowerCase());
  let failed = 0;
  const lines: string[] = [];
  for (const file of opts.files) {
    try {
      const article = readArticle(file);
      lines.push(JSON.stringify(toOutputRecord(extractArticle(article, lexicon), isDemonym)));
    } catch (err) {
      failed++;
      process.stderr.write(
        `aikg extract: ${file}: ${err instanceof Error ? err.message : String(err)}\n`,
      );
    }
    if (lines.length >= 64) process.stdout.write(`${lines.splice(0).join('\n')}\n`);
  }
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}
