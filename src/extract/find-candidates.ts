import type { LexiconMatch } from './match-lexicon.js';
import {
  CONNECTORS,
  isGivenNameHalf,
  isHeading,
  joins,
  type Kind,
  kindOf,
  ORG_HEADS,
  type Run,
  UPPER_START,
} from './name-shapes.js';
import { readRun } from './read-run.js';
import type { Token } from './tokenize.js';
import type { EntityType, Sentence } from './types.js';

/** A name found by rules, not by the lexicon. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Undefined: a lone capitalised word kept only to become an alias ("Altman", "Opus"). */
  type: EntityType | undefined;
  rule: string;
  /** Set when the span names the lexicon entity of this match ("Microsoft Corp.", ticker "MSFT"). */
  sameAs?: LexiconMatch | undefined;
  /** The word opens its sentence, where capitals say nothing. */
  initial?: boolean | undefined;
}

/** The place that completes a body's name after "of": "State Bank of India", not "Bank of India's". */
function placeAfterOf(
  text: string,
  head: Token,
  of: Token,
  next: Token,
  match: LexiconMatch | undefined,
): LexiconMatch | undefined {
  if (
    of.text !== 'of' ||
    !ORG_HEADS.has(head.text) ||
    text.slice(head.end, of.start) !== ' ' ||
    text.slice(of.end, next.start) !== ' ' ||
    match?.entry.type !== 'Place' ||
    match.demonym ||
    match.start !== next.start ||
    /^(?: \p{Lu}|['’])/u.test(text.slice(match.end, match.end + 2))
  )
    return undefined;
  return match;
}

export interface FindCandidatesOptions {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  matches: LexiconMatch[];
}

export function findCandidates({
  text,
  sentences,
  tokens,
  matches,
}: FindCandidatesOptions): Candidate[] {
  const out: Candidate[] = [];
  let ti = 0;
  let mi = 0;
  for (const sentence of sentences) {
    while (ti < tokens.length && (tokens[ti] as Token).start < sentence.start) ti++;
    while (mi < matches.length && (matches[mi] as LexiconMatch).start < sentence.start) mi++;
    const sTokens: Token[] = [];
    for (let j = ti; j < tokens.length && (tokens[j] as Token).end <= sentence.end; j++)
      sTokens.push(tokens[j] as Token);
    const lex: LexiconMatch[] = [];
    for (let j = mi; j < matches.length && (matches[j] as LexiconMatch).end <= sentence.end; j++)
      lex.push(matches[j] as LexiconMatch);
    const heading = isHeading(sentence.text);
    for (const run of collectRuns({ text, sTokens, lex }))
      out.push(...readRun({ text, sentence, run, heading }));
  }
  return out;
}

function collectRuns({
  text,
  sTokens,
  lex,
}: {
  text: string;
  sTokens: Token[];
  lex: LexiconMatch[];
}): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  const close = () => {
    if (cur && cur.tokens.length > 0) runs.push(cur);
    cur = undefined;
  };
  const coveredBy = (t: Token) => lex.find((m) => t.start >= m.start && t.end <= m.end);
  const prefixOf = (start: number): LexiconMatch[] => {
    const prefix: LexiconMatch[] = [];
    let edge = start;
    for (let k = lex.length - 1; k >= 0; k--) {
      const m = lex[k] as LexiconMatch;
      if (m.end > edge) continue;
      if (
        text.slice(m.end, edge) !== ' ' &&
        !(prefix.length === 0 && text.slice(m.end, edge) === '-' && m.entry.type === 'Product')
      )
        break;
      prefix.unshift(m);
      edge = m.start;
    }
    return prefix;
  };
  for (let i = 0; i < sTokens.length; i++) {
    const tok = sTokens[i] as Token;
    if (coveredBy(tok)) {
      close();
      continue;
    }
    const prev = sTokens[i - 1];
    const gap = prev ? text.slice(prev.end, tok.start) : ' ';
    const next = sTokens[i + 1];
    // "Royal Bank of Canada", "Identity Authority of India": a body named after a known place
    const place =
      cur && prev && cur.tokens[cur.tokens.length - 1] === prev && next
        ? placeAfterOf(text, prev, tok, next, coveredBy(next))
        : undefined;
    if (cur && place) {
      cur.tokens.push(tok);
      cur.kinds.push('conn');
      let j = i + 1;
      for (; j < sTokens.length && (sTokens[j] as Token).end <= place.end; j++) {
        cur.tokens.push(sTokens[j] as Token);
        cur.kinds.push('cap');
      }
      close();
      i = j - 1;
      continue;
    }
    if (
      cur &&
      CONNECTORS.has(tok.text) &&
      gap === ' ' &&
      cur.tokens[cur.tokens.length - 1] === prev &&
      cur.kinds[cur.kinds.length - 1] === 'cap' &&
      next &&
      text.slice(tok.end, next.start) === ' ' &&
      UPPER_START.test(next.text) &&
      !coveredBy(next)
    ) {
      cur.tokens.push(tok);
      cur.kinds.push('conn');
      continue;
    }
    let kind = kindOf(tok, gap);
    if (!kind && cur && prev && cur.tokens[cur.tokens.length - 1] === prev) {
      const before = cur.tokens[cur.tokens.length - 2];
      const spaced = (a: Token | undefined, b: Token | undefined): a is Token =>
        a !== undefined && b !== undefined && text.slice(a.end, b.start) === ' ';
      if (
        isGivenNameHalf({
          tok,
          gap,
          prev,
          before: spaced(before, prev) ? before : undefined,
          after: spaced(tok, next) && UPPER_START.test(next?.text ?? '') ? next : undefined,
        })
      )
        kind = 'lower';
    }
    if (!kind) {
      close();
      continue;
    }
    if (cur) {
      const last = cur.tokens[cur.tokens.length - 1] as Token;
      const lastKind = cur.kinds[cur.kinds.length - 1] as Kind;
      if (last === prev && joins(gap, kind, last, lastKind)) {
        cur.tokens.push(tok);
        cur.kinds.push(kind);
        continue;
      }
      close();
    }
    const prefix = prefixOf(tok.start);
    // a run opens on a capitalised word, or on a version right after a product: "iOS 18", "Qwen 2.5-Max"
    const productBefore = prefix[prefix.length - 1]?.entry.type === 'Product';
    // "01.AI": digits joined to a capitalised word by a dot
    const dotted =
      kind === 'number' &&
      next &&
      text.slice(tok.end, next.start) === '.' &&
      UPPER_START.test(next.text);
    if (kind === 'lower' || (kind === 'number' && !productBefore && !dotted)) continue;
    if (kind === 'shape' && /^\p{N}/u.test(tok.text) && !productBefore) continue;
    cur = { tokens: [tok], kinds: [kind], prefix };
  }
  close();
  return runs;
}

export { isHeading, isModelShape } from './name-shapes.js';
