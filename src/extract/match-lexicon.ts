import type { Lexicon, LexiconEntry } from './lexicon.js';
import { isNameGap, surfaceKey, type Token } from './tokenize.js';

/** A lexicon form found in the text. */
export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
  entry: LexiconEntry;
  /** "Chinese" for China: counts only when the place is also named (ONTOLOGY, Places). */
  demonym: boolean;
}

interface Form {
  form: string;
  entry: LexiconEntry;
  demonym: boolean;
}

interface CompiledLexicon {
  forms: Map<string, Form[]>;
  /** First words of all forms: a token outside this set starts no match. */
  firstWords: Set<string>;
  /** Words in the longest form opening on a word (its key folded by foldSigma). */
  maxTokensAfter: Map<string, number>;
}

/**
 * toLowerCase turns "Σ" into "ς" or "σ" by what follows it, so a word may lower-case one way
 * alone and the other inside a longer span: the span limit is filed under the word with both
 * read as "σ".
 */
const foldSigma = (word: string) => word.replaceAll('ς', 'σ');

const COMPILED = new WeakMap<Lexicon, CompiledLexicon>();

function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = COMPILED.get(lexicon);
  if (cached) return cached;
  const forms = new Map<string, Form[]>();
  const firstWords = new Set<string>();
  const maxTokensAfter = new Map<string, number>();
  const add = (form: string, entry: LexiconEntry, demonym: boolean) => {
    const key = surfaceKey(form);
    if (!key) return;
    const list = forms.get(key) ?? [];
    if (list.some((f) => f.entry === entry && f.form === form)) return;
    list.push({ form, entry, demonym });
    forms.set(key, list);
    const words = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words[0]) return;
    firstWords.add(words[0]);
    const folded = foldSigma(words[0]);
    maxTokensAfter.set(folded, Math.max(maxTokensAfter.get(folded) ?? 1, words.length));
  };
  for (const entry of lexicon.entries) {
    for (const form of [entry.name, ...entry.aliases]) add(form, entry, false);
    for (const form of entry.demonyms ?? []) add(form, entry, true);
  }
  const compiled = { forms, firstWords, maxTokensAfter };
  COMPILED.set(lexicon, compiled);
  return compiled;
}

const UPPER = /\p{Lu}/u;

/**
 * Case rule: "Meta" matches "Meta" and "META", never "meta"; "xAI" and "iOS 18" only as written;
 * short forms ("X", "o1") only exactly, and not inside "X-ray".
 */
function caseFits(written: string, form: string, next: string): boolean {
  // "per the Verge" for "The Verge"
  if (/^the /.test(written) && /^The /.test(form))
    return caseFits(written.slice(4), form.slice(4), next);
  // "US$1 billion" is money, not the country
  if (next === '$') return false;
  if (written === form) return !(form.length <= 2 && next === '-');
  if (written.replace(/[\s-]+/g, ' ') === form.replace(/[\s-]+/g, ' ')) return true;
  const first = form[0] ?? '';
  if (!UPPER.test(first)) return false;
  if (form.length <= 2) return false;
  if (!UPPER.test(written[0] ?? '') && !/\p{N}/u.test(written[0] ?? '')) return false;
  // "SAN FRANCISCO", "NVIDIA"; or a capitalised variant "Open Ai" of "Open AI"
  if (written === written.toUpperCase()) return true;
  return written.split(/[\s-]+/).every((w) => !/^\p{Ll}/u.test(w));
}

/**
 * Finds lexicon names, aliases and demonyms in the text: longest match first, left to right.
 * The compiled form index is built once per Lexicon object.
 */
export function matchLexicon(text: string, tokens: Token[], lexicon: Lexicon): LexiconMatch[] {
  const { forms, firstWords, maxTokensAfter } = compile(lexicon);
  const out: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    const word = first.text.toLowerCase();
    if (!firstWords.has(word)) {
      i++;
      continue;
    }
    // no form opening on this word is longer: "the" opens "The Verge", not an eleven-word name
    const maxTokens = maxTokensAfter.get(foldSigma(word)) ?? 1;
    let best: { match: LexiconMatch; last: number } | undefined;
    for (let j = i; j < tokens.length && j - i < maxTokens; j++) {
      if (j > i) {
        const prev = tokens[j - 1] as Token;
        if (!isNameGap(text.slice(prev.end, (tokens[j] as Token).start))) break;
      }
      const end = (tokens[j] as Token).end;
      // "Inc." and "Corp." keep their period when the form has one
      const candidates = [end, text[end] === '.' ? end + 1 : -1];
      for (const e of candidates) {
        if (e < 0) continue;
        const written = text.slice(first.start, e);
        const list = forms.get(surfaceKey(written));
        const fit = list?.find((f) => caseFits(written, f.form, text[e] ?? ''));
        if (fit) {
          best = {
            match: {
              start: first.start,
              end: e,
              text: written,
              entry: fit.entry,
              demonym: fit.demonym,
            },
            last: j,
          };
        }
      }
    }
    if (best) {
      // "Alphabet Inc." when the lexicon spells "Alphabet Inc"
      if (/\b(?:Inc|Corp|Co|Ltd)$/.test(best.match.text) && text[best.match.end] === '.') {
        best.match = { ...best.match, end: best.match.end + 1, text: `${best.match.text}.` };
      }
      out.push(best.match);
      i = best.last + 1;
    } else i++;
  }
  return out;
}
