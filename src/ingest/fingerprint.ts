export interface Fingerprint {
  /** 64-bit simhash as 16 hex digits. */
  simhash: string;
  /** Four 16-bit bands, each prefixed with its position. */
  bands: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A paragraph shorter than this is a byline, a credit or a dateline: what syndication changes. */
const SHORT_PARAGRAPH_WORDS = 20;

/**
 * The words a fingerprint reads: those of the paragraphs of at least 20 words, when they hold
 * most of the text. Another outlet's copy of a story mostly differs by short lines ("By a staff
 * writer", "Reporting by ...; editing by ..."); over a 500-word story such a line alone moved
 * the simhash by 4 bits or more in about half of the copies tried, past the 3 that count as a
 * copy.
 */
function bodyWords(text: string): string[] {
  // words never cross a blank line: the paragraphs' words are the text's
  const paragraphs = text
    .toLowerCase()
    .split(/\n\s*\n/)
    .map((p) => p.match(WORD) ?? []);
  const all = paragraphs.flat();
  const long = paragraphs.filter((w) => w.length >= SHORT_PARAGRAPH_WORDS).flat();
  return long.length >= all.length / 2 ? long : all;
}

/**
 * A 64-bit hash of a trigram, as two 32-bit halves: two multiplicative lanes over its UTF-16
 * units, each finalised with the other (the cyrb53 construction, without its truncation to 53
 * bits). A simhash only needs well-spread bits, not a cryptographic digest: md5 through
 * node:crypto, one call per trigram, took ~0.55 ms more per 3 KB article, on the thread that
 * also feeds the database. Fingerprints stored before this hash replaced md5 do not compare with
 * new ones (a copy of such an article is then not recognised); `aikg reextract` rewrites them.
 */
function trigramHash(s: string): [number, number] {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a ^= Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return [a >>> 0, b >>> 0];
}

/**
 * Simhash over word trigrams of the body. Syndicated copies of one text (another outlet's
 * header or credit line, a changed paragraph) land within a few bits; different articles land
 * ~32 bits apart.
 */
export function fingerprint(text: string): Fingerprint {
  const words = bodyWords(text);
  const weights = new Int32Array(64);
  for (let i = 0; i + 2 < Math.max(words.length, 3); i++) {
    const [low, high] = trigramHash(
      `${words[i] ?? ''} ${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`,
    );
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (low >>> bit) & 1 ? 1 : -1;
      weights[32 + bit]! += (high >>> bit) & 1 ? 1 : -1;
    }
  }
  const halves = [0, 0];
  for (let bit = 0; bit < 64; bit++) if (weights[bit]! > 0) halves[bit >> 5]! |= 1 << (bit & 31);
  const simhash = halves.map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  return { simhash, bands: [0, 1, 2, 3].map((i) => `${i}:${simhash.slice(i * 4, i * 4 + 4)}`) };
}

/** Set bits of a 32-bit integer. */
function popcount32(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v = (v & (v - 1)) >>> 0) n++;
  return n;
}

/** Number of differing bits between two simhashes (16 hex digits each), in two 32-bit halves. */
export function hammingDistance(a: string, b: string): number {
  const half = (s: string, i: number) => Number.parseInt(s.slice(i * 8, i * 8 + 8), 16);
  return popcount32(half(a, 0) ^ half(b, 0)) + popcount32(half(a, 1) ^ half(b, 1));
}

/** Copies of one text: near-identical fingerprints (and enough text for that to mean something). */
export const NEAR_DUPLICATE_BITS = 3;
