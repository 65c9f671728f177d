/** A word of the text: a run of letters and digits ("01", "AI", "Kai", "fu"). */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into word tokens with offsets; punctuation and spaces fall between tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: m.index + offset, end: m.index + offset + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Whether two neighbouring tokens may belong to one name: "Meta Platforms", "01.AI", "Run:ai",
 * "Amazon.com, Inc.", "Kai-Fu", "Johnson & Johnson"; a sentence end or a line break separates them.
 */
export function isNameGap(gap: string): boolean {
  return gap === ' & ' || (gap.length <= 2 && /^(?:[ \-.:&/'’]|, |\. |' |’ )$/.test(gap));
}

/** Lower case, typographic apostrophes folded, hyphens and spaces alike: the lexicon's key. */
export function surfaceKey(form: string): string {
  const lower = form.toLowerCase();
  if (!/[\s\u2010-\u2015\u2018\u2019\u02bc-]/.test(lower)) return lower;
  return lower
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}
