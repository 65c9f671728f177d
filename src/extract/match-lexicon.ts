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

/**
 * What the lexicon knows of one key (a span's surfaceKey): one Map lookup answers all of it.
 * Of the fields read as folded by foldSigma, the entry of a key holding no "ς" is its own.
 */
interface KeyInfo {
  /** Forms with this key. */
  forms?: Form[] | undefined;
  /** The key is the first word of a form: a token outside them starts no match. */
  firstWord: boolean;
  /** (Folded) words in the longest form opening on this word. */
  maxTokens?: number | undefined;
  /**
   * (Folded) a longer form goes on from this key: it is the beginning of a form's key cut
   * before a character other than a letter or digit ("the", "open" for "the verge", "open ai").
   * A span whose key is no such beginning is the start of no longer form.
   */
  continued: boolean;
}

interface CompiledLexicon {
  keys: Map<string, KeyInfo>;
  /** The first words' bits in a filter by wordHash (see there). */
  firstWordBits: Uint32Array;
}

/**
 * toLowerCase turns "Σ" into "ς" or "σ" by what follows it, so a word may lower-case one way
 * alone and the other inside a longer span: the span limit is filed under the word with both
 * read as "σ".
 */
const foldSigma = (word: string) => (word.includes('ς') ? word.replaceAll('ς', 'σ') : word);

const COMPILED = new WeakMap<Lexicon, CompiledLexicon>();

const HASH_BITS = 16;

/**
 * A hash of a word of ASCII characters as toLowerCase would fold it, or -1 for a word with
 * other characters. Most words of a text open no lexicon form; the hash tells most of them
 * apart from the forms' first words without building the lower-cased string.
 */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return -1;
    hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);
  }
  return hash >>> (32 - HASH_BITS);
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = COMPILED.get(lexicon);
  if (cached) return cached;
  const keys = new Map<string, KeyInfo>();
  const infoOf = (key: string): KeyInfo => {
    let info = keys.get(key);
    if (!info) {
      info = { forms: undefined, firstWord: false, maxTokens: undefined, continued: false };
      keys.set(key, info);
    }
    return info;
  };
  const firstWordBits = new Uint32Array(1 << (HASH_BITS - 5));
  const add = (form: string, entry: LexiconEntry, demonym: boolean) => {
    const key = surfaceKey(form);
    if (!key) return;
    const info = infoOf(key);
    const list = info.forms ?? [];
    if (list.some((f) => f.entry === entry && f.form === form)) return;
    list.push({ form, entry, demonym });
    info.forms = list;
    const folded = foldSigma(key);
    for (let p = 1; p < folded.length; p++)
      if (!LETTER_OR_DIGIT.test(folded[p] as string)) infoOf(folded.slice(0, p)).continued = true;
    const words = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words[0]) return;
    infoOf(words[0]).firstWord = true;
    const hash = wordHash(words[0]);
    if (hash >= 0)
      firstWordBits[hash >>> 5] = (firstWordBits[hash >>> 5] as number) | (1 << (hash & 31));
    const first = infoOf(foldSigma(words[0]));
    first.maxTokens = Math.max(first.maxTokens ?? 1, words.length);
  };
  for (const entry of lexicon.entries) {
    for (const form of [entry.name, ...entry.aliases]) add(form, entry, false);
    for (const form of entry.demonyms ?? []) add(form, entry, true);
  }
  const compiled = { keys, firstWordBits };
  COMPILED.set(lexicon, compiled);
  return compiled;
}

/** The entry of a key as folded by foldSigma. */
const foldedInfo = (keys: Map<string, KeyInfo>, key: string, info: KeyInfo | undefined) =>
  key.includes('ς') ? keys.get(foldSigma(key)) : info;

const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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

const matchOf = (start: number, end: number, text: string, fit: Form): LexiconMatch => ({
  start,
  end,
  text,
  entry: fit.entry,
  demonym: fit.demonym,
});

/**
 * Finds lexicon names, aliases and demonyms in the text: longest match first, left to right.
 * The compiled form index is built once per Lexicon object.
 */
export function matchLexicon(text: string, tokens: Token[], lexicon: Lexicon): LexiconMatch[] {
  const { keys, firstWordBits } = compile(lexicon);
  const out: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    // an ASCII word whose bit is clear is no first word (no need to lower-case it)
    const hash = wordHash(first.text);
    if (hash >= 0 && ((firstWordBits[hash >>> 5] as number) & (1 << (hash & 31))) === 0) {
      i++;
      continue;
    }
    const word = first.text.toLowerCase();
    const wordInfo = keys.get(word);
    if (!wordInfo?.firstWord) {
      i++;
      continue;
    }
    // no form opening on this word is longer: "the" opens "The Verge", not an eleven-word name
    const maxTokens = foldedInfo(keys, word, wordInfo)?.maxTokens ?? 1;
    let best: { match: LexiconMatch; last: number } | undefined;
    for (let j = i; j < tokens.length && j - i < maxTokens; j++) {
      if (j > i) {
        const prev = tokens[j - 1] as Token;
        if (!isNameGap(text.slice(prev.end, (tokens[j] as Token).start))) break;
      }
      const end = (tokens[j] as Token).end;
      const written = text.slice(first.start, end);
      const key = surfaceKey(written);
      const info = keys.get(key);
      const fit = info?.forms?.find((f) => caseFits(written, f.form, text[end] ?? ''));
      if (fit) best = { match: matchOf(first.start, end, written, fit), last: j };
      // "Inc." and "Corp." keep their period when the form has one
      if (text[end] === '.') {
        const dotted = `${written}.`;
        const fitDotted = keys
          .get(surfaceKey(dotted))
          ?.forms?.find((f) => caseFits(dotted, f.form, text[end + 1] ?? ''));
        if (fitDotted) best = { match: matchOf(first.start, end + 1, dotted, fitDotted), last: j };
      }
      // a longer span's key goes on from this one's (a gap opens with a space or a mark):
      // no form goes on from it, no longer span can match
      if (!foldedInfo(keys, key, info)?.continued) break;
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
