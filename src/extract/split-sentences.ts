import type { Sentence } from './types.js';

/** Words that end with a period without ending the sentence: "Microsoft Corp. MSFT", "Dec. 15". */
const ABBREVIATIONS = new Set(
  (
    'inc corp co ltd llc plc bros mr mrs ms dr prof st jr sr sen rep gov gen col lt capt sgt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vs etc approx dept est fig vol' +
    ' u.s u.k u.n e.u e.g i.e a.m p.m'
  ).split(' '),
);

/** Abbreviations that may close a sentence: "... in the U.S. Last year ...", "... Acme Inc. It ...". */
const MAY_END = new Set('u.s u.k u.n e.u inc corp co ltd llc plc etc a.m p.m'.split(' '));
/** Words that open a sentence and never continue a name after an abbreviation. */
const OPENERS =
  /^\s+["“]?(?:The|It|Its|Last|This|That|These|Those|He|She|They|We|But|However|Meanwhile|Earlier|Later|Separately|Since|After|Before|While|Yet|Still|Now|Then|In|On|At|For)\b/;

/** Bullets and spaces that open a line but belong to no sentence: "  • Claude 3 Opus ...". */
const LEADING_JUNK = /^[\s•·*\u2022\u25aa\u25cf–—-]+/u;

/**
 * Sentence end: ". " / "?" / "!" with closing quotes or brackets, before the next sentence, which
 * opens on a capital, a digit or a name written with a small first letter ("xAI", "iFlytek").
 */
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["“‘'([]?(?:[\p{Lu}\p{N}]|\p{Ll}{1,2}\p{Lu}))/gu;

function isAbbreviation(line: string, dotIndex: number): boolean {
  let i = dotIndex;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1] ?? '')) i--;
  const word = line.slice(i, dotIndex).toLowerCase();
  if (!word) return false;
  if (MAY_END.has(word) && OPENERS.test(line.slice(dotIndex + 1))) return false;
  // "George R. R. Martin": a lone initial
  if (/^\p{L}$/u.test(word)) return /\p{Lu}/u.test(line[i] ?? '');
  // "D.A. Davidson", "J.P. Morgan": dotted capital initials
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word))
    return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(line.slice(i, dotIndex));
  return ABBREVIATIONS.has(word);
}

function pushSentence(
  out: Sentence[],
  { text, start, end }: { text: string; start: number; end: number },
): void {
  const raw = text.slice(start, end);
  const lead = LEADING_JUNK.exec(raw)?.[0].length ?? 0;
  const trimmed = raw.slice(lead).trimEnd();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
  const s = start + lead;
  out.push({ index: out.length, start: s, end: s + trimmed.length, text: trimmed });
}

/**
 * Splits text into sentences with exact offsets (`text.slice(start, end) === sentence.text`).
 * Lines are never joined: headings, bullets and datelines stay sentences of their own.
 * @example splitSentences('OpenAI said so. Meta did too.').map((s) => s.text)
 * // ['OpenAI said so.', 'Meta did too.']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineText = line[0];
    const base = line.index;
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(lineText); m; m = BOUNDARY.exec(lineText)) {
      const dot = m.index;
      if (lineText[dot] === '.' && m[0].length === 1 && isAbbreviation(lineText, dot)) continue;
      const end = dot + m[0].length;
      pushSentence(out, { text, start: base + start, end: base + end });
      start = end;
    }
    pushSentence(out, { text, start: base + start, end: base + lineText.length });
  }
  return out;
}
