import { requiredSubstringLists, sharpestOf } from './required-substrings.js';

/**
 * Which of many patterns could match a text, found without running them: a pattern runs only
 * on texts that hold one of its required substrings (see requiredSubstrings), and the kinds of
 * slot it requires ("⟦O" or "⟦o", and "⟦P"). A text the screen turns away is one its pattern
 * cannot match. The array returned is the screen's own, overwritten by its next call (a typed
 * array of a few hundred bytes lives outside the JavaScript heap, and allocating one per text
 * cost more than the screening): read it before screening the next text.
 */
export type Screen = (text: string) => Uint8Array;

/** Characters of the pieces strings are filed under: four tell strings apart better than three. */
const GRAM = 4;
/** Buckets of the table: a power of two, so that a shift picks the bucket. */
const BUCKET_BITS = 16;

/**
 * The bucket of the GRAM characters at `i`: an FNV-1a hash of their codes. Pieces may share a
 * bucket; the strings filed there are compared in full anyway.
 */
function bucketAt(s: string, i: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < GRAM; k++) hash = Math.imul(hash ^ s.charCodeAt(i + k), 0x01000193);
  return hash >>> (32 - BUCKET_BITS);
}

/** A list of strings that are all slot openings: "⟦O", "⟦o". */
const SLOT_OPENINGS = /^⟦[A-Za-z]$/;

/**
 * The slot kinds each pattern requires, as bit masks: a template holding no slot of a mask's
 * kinds cannot match. Slot letters are ASCII; the bit of letter code c is bits[c].
 */
function slotMasks(lists: ReadonlyArray<readonly string[]>[]): {
  masks: number[][];
  bits: Int32Array;
} {
  const bits = new Int32Array(128);
  let next = 0;
  const masks = lists.map((own) =>
    own
      .filter((list) => list.every((s) => SLOT_OPENINGS.test(s)))
      .map((list) => {
        let mask = 0;
        for (const s of list) {
          const code = s.charCodeAt(1);
          if (bits[code] === 0 && next < 31) bits[code] = 1 << next++;
          // a letter past the 31st has no bit: the list then asks nothing
          if (bits[code] === 0) return -1;
          mask |= bits[code] as number;
        }
        return mask;
      })
      .filter((mask) => mask !== -1),
  );
  return { masks, bits };
}

/** A required string of a pattern, filed under the piece at `offset` in it. */
interface Required {
  text: string;
  offset: number;
  pattern: number;
}

/**
 * The offset of the piece in `text` that the fewest required strings share ("acke" rather than
 * " and" in " and backed "): the fewer strings under a bucket, the fewer comparisons per position.
 */
function rarestPiece(text: string, shared: Uint32Array): number {
  let best = 0;
  for (let i = 1; i + GRAM <= text.length; i++)
    if ((shared[bucketAt(text, i)] as number) < (shared[bucketAt(text, best)] as number)) best = i;
  return best;
}

/**
 * Builds the screen of a list of patterns: the screen of a text has a 1 for each pattern that
 * may match it. Searching the text for every required string of every pattern would cost more
 * than it saves; instead each string is filed under one of its pieces of GRAM characters, and
 * one pass over the text compares, at each position, only the strings filed under the piece
 * found there. The table is flat typed arrays rather than a Map, and a bit per bucket says
 * whether it holds anything: the screen runs between much other work, and an 8 KB bit set
 * stays in the processor's cache where a large table does not.
 */
export function buildScreen(patterns: readonly RegExp[]): Screen {
  const lists = patterns.map((pattern) => requiredSubstringLists(pattern));
  const required = lists.map(sharpestOf);
  /** How many required strings hold each piece's bucket. */
  const shared = new Uint32Array(1 << BUCKET_BITS);
  for (const strings of required) {
    for (const text of strings ?? []) {
      const buckets = new Set<number>();
      for (let i = 0; i + GRAM <= text.length; i++) buckets.add(bucketAt(text, i));
      for (const bucket of buckets) shared[bucket] = (shared[bucket] as number) + 1;
    }
  }
  const unscreened: number[] = [];
  /** Strings too short to index: searched for as they are. */
  const short: Required[] = [];
  const filed: Array<Required & { bucket: number }> = [];
  required.forEach((strings, pattern) => {
    if (!strings) unscreened.push(pattern);
    for (const text of strings ?? []) {
      if (text.length < GRAM) {
        short.push({ text, offset: 0, pattern });
        continue;
      }
      const offset = rarestPiece(text, shared);
      filed.push({ text, offset, pattern, bucket: bucketAt(text, offset) });
    }
  });
  // the strings of bucket b are entries first[b] to first[b + 1] - 1
  filed.sort((x, y) => x.bucket - y.bucket);
  const first = new Int32Array((1 << BUCKET_BITS) + 1);
  for (const r of filed) first[r.bucket + 1] = (first[r.bucket + 1] as number) + 1;
  for (let b = 0; b < 1 << BUCKET_BITS; b++)
    first[b + 1] = (first[b + 1] as number) + (first[b] as number);
  const filled = new Uint32Array(1 << (BUCKET_BITS - 5));
  for (const r of filed)
    filled[r.bucket >>> 5] = (filled[r.bucket >>> 5] as number) | (1 << (r.bucket & 31));
  const texts = filed.map((r) => r.text);
  const offsets = Int32Array.from(filed, (r) => r.offset);
  const owners = Int32Array.from(filed, (r) => r.pattern);
  const { masks, bits } = slotMasks(lists);
  // pattern p's masks are maskList[maskStart[p]] to maskList[maskStart[p + 1] - 1]
  const maskList = Int32Array.from(masks.flat());
  const maskStart = Int32Array.from([0, ...masks.map((own) => own.length)]);
  for (let p = 0; p < masks.length; p++)
    maskStart[p + 1] = (maskStart[p + 1] as number) + (maskStart[p] as number);
  const screen = new Uint8Array(patterns.length);
  return (text) => {
    let letters = 0;
    for (let at = text.indexOf('⟦'); at >= 0; at = text.indexOf('⟦', at + 1))
      letters |= bits[text.charCodeAt(at + 1) & 127] as number;
    // 2: ruled out by its slots, no string need be looked for
    screen.fill(0);
    for (let p = 0; p < patterns.length; p++)
      for (let k = maskStart[p] as number; k < (maskStart[p + 1] as number); k++)
        if ((letters & (maskList[k] as number)) === 0) screen[p] = 2;
    for (const p of unscreened) if (screen[p] === 0) screen[p] = 1;
    for (const r of short)
      if (screen[r.pattern] === 0 && text.includes(r.text)) screen[r.pattern] = 1;
    for (let i = 0; i + GRAM <= text.length; i++) {
      const bucket = bucketAt(text, i);
      if (((filled[bucket >>> 5] as number) & (1 << (bucket & 31))) === 0) continue;
      const end = first[bucket + 1] as number;
      for (let k = first[bucket] as number; k < end; k++) {
        const pattern = owners[k] as number;
        const at = i - (offsets[k] as number);
        if (screen[pattern] === 0 && at >= 0 && text.startsWith(texts[k] as string, at))
          screen[pattern] = 1;
      }
    }
    for (let p = 0; p < screen.length; p++) if (screen[p] === 2) screen[p] = 0;
    return screen;
  };
}
