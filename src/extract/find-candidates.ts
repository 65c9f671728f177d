import { appositiveType } from './classify-candidate.js';
import {
  APPOSITIVE_ORG_HEADS,
  COMPANY_NAME_ENDS,
  NEVER_ENTITIES,
  ORG_SUFFIXES,
  PRODUCT_NOUNS,
  ROLE_WORDS,
} from './cues.js';
import type { LexiconMatch } from './match-lexicon.js';
import {
  CONNECTORS,
  isGivenNameHalf,
  isHeading,
  isPortfolioBody,
  joins,
  type Kind,
  kindOf,
  NAME_PARTICLES,
  ORG_HEADS,
  PORTFOLIO_WORDS,
  type Run,
  UPPER_START,
} from './name-shapes.js';
import { isCommonWord, isKnownFirstName, isKnownPlace } from './nlp.js';
import { readRun } from './read-run.js';
import { namesLicence } from './refine-matches.js';
import type { Token } from './tokenize.js';
import type { EntityType, Sentence } from './types.js';

const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

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

/** Words that make the number before them an amount: "1.9 billion", "30 percent". */
const AMOUNT_WORDS = /^(?:billion|million|trillion|thousand|hundred|crore|lakh|bn|mn|percent|per)$/;

/** Capitalised first words that count what belongs to a name after "of": "Shares of Acme". */
const COUNTED_BEFORE_OF = new Set(
  'Shares Users Customers Clients Investors Shareholders Employees Executives Officials Analysts Critics Members Owners Rivals Backers Supporters Researchers Engineers Developers Fans Staff Workers Founders Readers Viewers Subscribers Sales Profits Revenues Parts Units Some Many Most Both All None Each One Two Three'.split(
    ' ',
  ),
);

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
    // a joined name holds a known one: a sentence without lexicon names has none
    const joined = heading || lex.length === 0 ? [] : joinedNames(text, sentence, lex);
    out.push(...joined);
    for (const run of collectRuns({ text, sTokens, lex })) {
      const inside = joined.some((c) =>
        run.tokens.some((t) => t.start >= c.start && t.end <= c.end),
      );
      if (!inside) out.push(...readRun({ text, sentence, run, heading }));
    }
  }
  // "under the Apache 2.0 licence": a licence's name is no entity
  return out.filter((c) => !namesLicence(text, c.end));
}

/**
 * A sequence of capitalised words: "SB OpenAI Japan", "DAX Copilot". (The look-behind follows the
 * first capital rather than preceding it: the same test, tried only where a capital is.)
 */
const CAPITALISED_SEQUENCE =
  /\p{Lu}(?<![\p{L}\p{N}.'’-]\p{Lu})[\p{L}\p{N}.+]*(?: (?:\p{Lu}[\p{L}\p{N}.+]*|\p{N}+))+(?![\p{L}\p{N}'’-])/gu;
/** The noun a "called" names: "a product called ...", "the venture, to be called ...". */
const CALLED_BEFORE =
  /\b([\p{L}-]+),?(?:\s+(?:to be|is|was|will be|would be|being|now|also|internally))*\s+(?:called|dubbed)\s+["“]?$/u;

/**
 * Names that hold a known name and an unknown word: "a product called DAX Copilot", "SB OpenAI
 * Japan, the joint venture ...". "called" or an appositive says the words make one name, typed
 * by the noun before "called" or the appositive's head.
 */
function joinedNames(text: string, sentence: Sentence, lex: LexiconMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.text.matchAll(CAPITALISED_SEQUENCE)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    const words = m[0].split(' ');
    const known = lex.filter((x) => x.start >= start && x.end <= end);
    const firstKnown = known.some((x) => x.start === start);
    // one word no lexicon knows, one it does, and no lexicon name crossing the edges
    if (
      known.length === 0 ||
      known.reduce((n, x) => n + x.text.split(' ').length, 0) >= words.length ||
      lex.some((x) => x.start < end && x.end > start && (x.start < start || x.end > end)) ||
      // (a word of the known name may be one no name is made of alone: "Federal Bank")
      words.some(
        (w) =>
          (ROLE_WORDS.has(w) || NEVER_ENTITIES.has(w)) &&
          !known.some((x) => x.text.split(' ').includes(w)),
      )
    )
      continue;
    const before = text.slice(sentence.start, start);
    const noun = CALLED_BEFORE.exec(before)?.[1]?.toLowerCase();
    let type: EntityType | undefined;
    if (noun) {
      if (APPOSITIVE_ORG_HEADS.has(noun)) type = 'Organization';
      else if (noun === 'product' || PRODUCT_NOUNS.has(noun)) type = 'Product';
    } else if (!firstKnown) {
      // a sentence's or a quote's first word is capitalised whatever it is
      const opening = !/\S/.test(before) || /[:"“]\s*$/.test(before);
      const t = opening ? undefined : appositiveType(text.slice(end, sentence.end));
      if (t === 'Organization' || t === 'Product') type = t;
      // "Deccan Federal Bank": unknown words before a known company whose name ends as a company's
      // does are that company's own name, not a modifier of the known one (at a sentence's
      // start too: words no dictionary, gazetteer or list of given names knows)
      else if (
        ORG_SUFFIXES.has(words[words.length - 1] as string) &&
        known.length === 1 &&
        known[0]?.entry.type === 'Organization' &&
        known[0].end === end &&
        words
          .slice(0, words.length - known[0].text.split(' ').length)
          .every(
            (w) =>
              /^\p{Lu}\p{Ll}+$/u.test(w) &&
              !isCommonWord(w) &&
              !isKnownPlace(w) &&
              !isKnownFirstName(w) &&
              !DATE_WORD.test(w),
          )
      )
        type = 'Organization';
    }
    if (type)
      out.push({ sentence: sentence.index, start, end, text: m[0], type, rule: 'name.joined' });
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
    const prev = sTokens[i - 1];
    // "Microsoft Research India": a research arm or lab named for the country it serves
    const tail = prev ? coveredBy(tok) : undefined;
    const ownRun = cur && cur.tokens[cur.tokens.length - 1] === prev;
    // the body before is a known name: "Microsoft Research" + "India"
    const body = !ownRun && prev ? coveredBy(prev) : undefined;
    if (
      prev &&
      tail &&
      tail.start === tok.start &&
      tail.entry.type === 'Place' &&
      !tail.demonym &&
      // "Santander UK", "Vodafone Türkiye": a company's national arm is named by the country
      (ORG_SUFFIXES.has(prev.text) ||
        (!ownRun && body?.entry.type === 'Organization' && tail.entry.kind === 'country')) &&
      (ownRun
        ? cur?.kinds[cur.kinds.length - 1] === 'cap'
        : body?.entry.type === 'Organization' && body.end === prev.end) &&
      text.slice(prev.end, tok.start) === ' ' &&
      /^(?:[,.;:)]|\s+\p{Ll}|['’]s\s|$)/u.test(text.slice(tail.end, tail.end + 3)) &&
      !/^\s+(?:and|or|in|on|at|for|to|of|by|with|from|said|says|is|was|has|had|will|would)\b/.test(
        text.slice(tail.end, tail.end + 8),
      )
    ) {
      if (!ownRun) {
        close();
        cur = { tokens: [], kinds: [], prefix: prefixOf(tok.start) };
      }
      const run = cur as Run;
      let j = i;
      for (; j < sTokens.length && (sTokens[j] as Token).end <= tail.end; j++) {
        run.tokens.push(sTokens[j] as Token);
        run.kinds.push('cap');
      }
      run.placeTail = j - i;
      close();
      i = j - 1;
      continue;
    }
    if (coveredBy(tok)) {
      close();
      continue;
    }
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
    // "Council for the Promotion of International Trade": "the" after a body's connector
    const after = sTokens[i + 2];
    if (
      cur &&
      (tok.text === 'for' || tok.text === 'of') &&
      next?.text === 'the' &&
      after &&
      prev &&
      cur.tokens[cur.tokens.length - 1] === prev &&
      ORG_HEADS.has(prev.text) &&
      text.slice(prev.end, tok.start) === ' ' &&
      text.slice(tok.end, next.start) === ' ' &&
      text.slice(next.end, after.start) === ' ' &&
      UPPER_START.test(after.text) &&
      !coveredBy(after)
    ) {
      cur.tokens.push(tok, next);
      cur.kinds.push('conn', 'conn');
      i++;
      continue;
    }
    // "Ministry of Science, Technology and Innovation": commas inside a portfolio body's name
    if (
      cur &&
      gap === ', ' &&
      cur.tokens[cur.tokens.length - 1] === prev &&
      PORTFOLIO_WORDS.has(tok.text) &&
      isPortfolioBody(cur.tokens.map((t) => t.text)) &&
      portfolioListAhead(text, sTokens, i)
    ) {
      cur.tokens.push(tok);
      cur.kinds.push('cap');
      continue;
    }
    if (
      cur &&
      CONNECTORS.has(tok.text) &&
      gap === ' ' &&
      // "Council on Monday": a date is no part of a name
      !DATE_WORD.test(next?.text ?? '') &&
      // "licensed its archive to Zorvex Labs for AI training": a company's name is complete
      // after its last word ("Group of Seven" opens with it)
      !(cur.tokens.length >= 2 && COMPANY_NAME_ENDS.has(prev?.text ?? '')) &&
      // "Shares of Zorvex Labs rose", "Users of Zorvex Labs' app": a sentence's first word that
      // counts people or shares is no part of the name after "of"
      !(cur.tokens.length === 1 && tok.text === 'of' && COUNTED_BEFORE_OF.has(prev?.text ?? '')) &&
      cur.tokens[cur.tokens.length - 1] === prev &&
      // "von der Leyen": one particle may follow another
      (cur.kinds[cur.kinds.length - 1] === 'cap' ||
        (NAME_PARTICLES.includes(prev?.text ?? '') && NAME_PARTICLES.includes(tok.text))) &&
      next &&
      text.slice(tok.end, next.start) === ' ' &&
      (UPPER_START.test(next.text) ||
        (NAME_PARTICLES.includes(tok.text) &&
          NAME_PARTICLES.includes(next.text) &&
          UPPER_START.test(after?.text ?? ''))) &&
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
    // "fined Acme AI 1.9 billion pesos": an amount after a name is no version of it
    if (kind === 'number' && AMOUNT_WORDS.test(amountWordAfter(text, sTokens, i))) {
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
    // "Vision Fund 2": a numbered fund after the fund's name
    const fundBefore =
      prefix[prefix.length - 1]?.entry.type === 'Organization' &&
      /\bFund$/.test(prefix[prefix.length - 1]?.text ?? '');
    const productBefore = prefix[prefix.length - 1]?.entry.type === 'Product' || fundBefore;
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

/** The word after the number at token `i` and its decimals ("1.9 billion" -> "billion"). */
function amountWordAfter(text: string, tokens: readonly Token[], i: number): string {
  let k = i;
  while (
    tokens[k + 1] &&
    text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start) === '.' &&
    /^\p{N}+$/u.test((tokens[k + 1] as Token).text)
  )
    k++;
  const next = tokens[k + 1];
  return next && text.slice((tokens[k] as Token).end, next.start) === ' ' ? next.text : '';
}

/**
 * Whether the portfolio words from token `i` on run through commas to an "and" and one more
 * portfolio word: "Science, Technology and Innovation", not "Finance, Google and Meta".
 */
function portfolioListAhead(text: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length - 2; j++) {
    const tok = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (!PORTFOLIO_WORDS.has(tok.text)) return false;
    const gap = text.slice(tok.end, next.start);
    if (gap === ', ' || (gap === ' ' && PORTFOLIO_WORDS.has(next.text))) continue;
    if ((gap === ' ' || gap === ', ') && next.text === 'and') {
      const after = tokens[j + 2] as Token;
      return text.slice(next.end, after.start) === ' ' && PORTFOLIO_WORDS.has(after.text);
    }
    return false;
  }
  return false;
}

export { isHeading, isModelShape } from './name-shapes.js';
