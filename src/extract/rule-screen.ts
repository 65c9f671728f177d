import { requiredSubstrings } from './required-substrings.js';

/**
 * Which of many patterns could match a text, found without running them: a pattern runs only
 * on texts that hold one of its required substrings (see requiredSubstrings). A text the screen
 * turns away is one its pattern cannot match.
 */
export type Screen = (text: string) => Uint8Array;

/**
 * A small-integer hash of three characters: a Map key that allocates nothing. Two trigrams may
 * share a key; the strings filed under it are compared in full anyway.
 */
const trigramAt = (s: string, i: number): number =>
  ((s.charCodeAt(i) << 20) ^ (s.charCodeAt(i + 1) << 10) ^ s.charCodeAt(i + 2)) & 0x3fffffff;

/** A required string, filed under the trigram at `offset` in it. */
interface Required {
  text: string;
  offset: number;
  pattern: number;
}

/**
 * The offset of the trigram in `text` that the fewest required strings share ("ack" rather than
 * " an" in " and backed "): the fewer strings under a key, the fewer comparisons per position.
 */
function rarestTrigram(text: string, shared: Map<number, number>): number {
  let best = 0;
  for (let i = 1; i + 3 <= text.length; i++)
    if ((shared.get(trigramAt(text, i)) ?? 0) < (shared.get(trigramAt(text, best)) ?? 0)) best = i;
  return best;
}

/**
 * Builds the screen of a list of patterns: the screen of a text has a 1 for each pattern that
 * may match it. Searching the text for every required string of every pattern would cost more
 * than it saves; instead each string is filed under one of its trigrams, and one pass over the
 * text compares, at each position, only the strings filed under the trigram found there.
 */
export function buildScreen(patterns: readonly RegExp[]): Screen {
  const required = patterns.map((pattern) => requiredSubstrings(pattern));
  /** How many required strings hold each trigram. */
  const shared = new Map<number, number>();
  for (const strings of required) {
    for (const text of strings ?? []) {
      const keys = new Set<number>();
      for (let i = 0; i + 3 <= text.length; i++) keys.add(trigramAt(text, i));
      for (const key of keys) shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const unscreened: number[] = [];
  /** Strings too short to index: searched for as they are. */
  const short: Required[] = [];
  const byTrigram = new Map<number, Required[]>();
  required.forEach((strings, pattern) => {
    if (!strings) unscreened.push(pattern);
    for (const text of strings ?? []) {
      if (text.length < 3) {
        short.push({ text, offset: 0, pattern });
        continue;
      }
      const offset = rarestTrigram(text, shared);
      const key = trigramAt(text, offset);
      byTrigram.set(key, [...(byTrigram.get(key) ?? []), { text, offset, pattern }]);
    }
  });
  return (text) => {
    const screen = new Uint8Array(patterns.length);
    for (const p of unscreened) screen[p] = 1;
    for (const r of short)
      if (screen[r.pattern] === 0 && text.includes(r.text)) screen[r.pattern] = 1;
    for (let i = 0; i + 3 <= text.length; i++) {
      const list = byTrigram.get(trigramAt(text, i));
      if (!list) continue;
      for (const r of list)
        if (screen[r.pattern] === 0 && i >= r.offset && text.startsWith(r.text, i - r.offset))
          screen[r.pattern] = 1;
    }
    return screen;
  };
}
