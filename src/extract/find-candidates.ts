import { classifyCandidate } from './classify-candidate.js';
import {
  CORPORATE_FORMS,
  EVENT_WORDS,
  FUNCTION_WORDS,
  MODEL_TIERS,
  NEVER_ENTITIES,
  ORG_SUFFIXES,
  ROLE_WORDS,
} from './cues.js';
import type { LexiconMatch } from './match-lexicon.js';
import { isCommonWord, isKnownFirstName } from './nlp.js';
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

export interface FindCandidatesOptions {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  matches: LexiconMatch[];
}

const SHAPE_TOKEN = /^(?:\p{Lu}{1,5}\p{N}{1,4}\p{L}{0,2}|\p{N}+\p{L}{1,2}|\p{Ll}\p{N}{1,2})$/u;
const UNIT_OR_ORDINAL =
  /^\p{N}+(?:st|nd|rd|th|s|GB|TB|MB|KB|Tb|Gb|Mb|W|V|nm|mm|cm|km|kg|ms|GHz|MHz|x|X|m|bn|k|K)$/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_CAMEL = /^\p{Ll}+\p{Lu}/u;
const DIGITS = /^\p{N}+$/u;
const YEAR = /^(?:19|20)\d\d$/;
const COMPANY_ENDINGS = new Set(
  'AI Inc Corp Corporation Labs Lab Technologies Group Ventures Capital Holdings Ltd LLC'.split(
    ' ',
  ),
);
const PUBLIC_BODY_WORDS = new Set(
  'Commission Department Bureau Institute Agency Administration Council Committee Authority Office Association Foundation University Security Technology'.split(
    ' ',
  ),
);
const NAME_OPENERS = new Set(
  'Federal National State International Global United Royal Central General Supreme'.split(' '),
);

type Kind = 'cap' | 'shape' | 'number' | 'lower' | 'conn';

/** Small words inside names: "Securities and Exchange Commission", "Department of Commerce". */
const CONNECTORS = new Set(['of', 'and', 'for', 'on']);
/** First words of names that may hold connectors: "University of California". */
const ORG_HEADS = new Set(
  'University Department Bureau Ministry Bank Institute Commission Office Committee Council Court Agency Board Federation Association Academy School College Secretary Administration'.split(
    ' ',
  ),
);

function kindOf(tok: Token, gap: string): Kind | undefined {
  if (UNIT_OR_ORDINAL.test(tok.text)) return undefined;
  if (SHAPE_TOKEN.test(tok.text)) return 'shape';
  if (UPPER_START.test(tok.text) || LOWER_CAMEL.test(tok.text)) return 'cap';
  if (DIGITS.test(tok.text)) return 'number';
  // "Lee Kai-fu": a short lower-case part after a hyphen
  if ((gap === '-' || gap === ':') && tok.text.length <= 4 && !isCommonWord(tok.text)) return 'lower';
  return undefined;
}

function joins(gap: string, kind: Kind, prev: Token, prevKind: Kind): boolean {
  if (kind === 'number') {
    if (prevKind === 'number' && gap === '.') return true; // "3.1"
    if (YEAR.test(prev.text)) return false;
    return (gap === ' ' || gap === '-') && prevKind !== 'lower';
  }
  if (kind === 'lower') return gap === '-' || gap === ':';
  if (prevKind === 'conn') return gap === ' ';
  if (prevKind === 'number' && gap === '.' && kind === 'cap') return true; // "01.AI"
  return gap === ' ' || gap === '-' || gap === '.' || gap === "'" || gap === '’' || gap === ' & ';
}

/** Whether a run reads as a model or chip name: "GPT-4o", "Claude 3 Opus", "H800", "Yi-34B". */
export function isModelShape(words: string[], raw: string): boolean {
  if (words.some((w) => SHAPE_TOKEN.test(w) && !NEVER_ENTITIES.has(w))) return true;
  const [first, ...rest] = words;
  if (!first || !UPPER_START.test(first) || rest.length === 0) return false;
  if (/\p{L}-\p{N}/u.test(raw)) return true;
  const second = rest[0] ?? '';
  return (
    DIGITS.test(second) &&
    !isCommonWord(first) &&
    rest.every((w) => DIGITS.test(w) || MODEL_TIERS.has(w) || SHAPE_TOKEN.test(w))
  );
}

const looksLikeNameWords = (words: string[]) =>
  words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));

/** "3", "3.1", "Opus", "405B", "Max": what may follow a model name to make a variant of it. */
const isVariantWord = (w: string) => DIGITS.test(w) || MODEL_TIERS.has(w) || SHAPE_TOKEN.test(w);

interface Run {
  tokens: Token[];
  kinds: Kind[];
  /** Lexicon matches right before the run, joined by single spaces ("Azure OpenAI" + "Service"). */
  prefix: LexiconMatch[];
}

/** A line of title-case words with no sentence punctuation: "Chatbot Market Has a New Top Dog". */
export function isHeading(sentence: string): boolean {
  if (/[.!?:;"”)]$/.test(sentence.trim())) return false;
  const words = sentence.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return true;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length <= 14 && caps / words.length >= 0.6;
}

/**
 * Finds names the lexicon lacks, from capitalised runs of words: organization suffixes, model
 * shapes, given names, and cues around the run. Headings yield only model names.
 */
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
    const kind = kindOf(tok, gap);
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

function stripRun(
  run: Run,
  startsSentence: (t: Token) => boolean,
): { toks: Token[]; prefix: LexiconMatch[] } {
  let toks = [...run.tokens];
  let prefix = run.prefix;
  // "Commerce Secretary Jane Roe", "Chief Executive Sam Altman": the name follows the title
  let lastRole = -1;
  toks.forEach((t, i) => {
    if (ROLE_WORDS.has(t.text)) lastRole = i;
  });
  if (lastRole >= 0) {
    toks = toks.slice(lastRole + 1);
    prefix = [];
  }
  // "The", "In", "Details": a sentence-initial word, or a word that is never a name
  while (toks.length > 0) {
    const t = toks[0] as Token;
    const initial = startsSentence(t) && prefix.length === 0;
    // "Federal Trade Commission", "National Science Foundation" keep their first word
    const keepsName =
      toks.length > 1 &&
      ORG_SUFFIXES.has((toks[toks.length - 1] as Token).text) &&
      NAME_OPENERS.has(t.text);
    if ((NEVER_ENTITIES.has(t.text) && !keepsName) || (initial && isCommonWord(t.text))) {
      toks = toks.slice(1);
      prefix = [];
    } else break;
  }
  while (toks.length > 1) {
    const t = toks[toks.length - 1] as Token;
    const afterShape = SHAPE_TOKEN.test((toks[toks.length - 2] as Token).text);
    // "Yi-34B LLM", "H20 AI chip": a trailing generic word
    if (NEVER_ENTITIES.has(t.text) && (!ORG_SUFFIXES.has(t.text) || afterShape))
      toks = toks.slice(0, -1);
    else break;
  }
  return { toks, prefix };
}

function readRun({
  text,
  sentence,
  run,
  heading,
}: {
  text: string;
  sentence: Sentence;
  run: Run;
  heading: boolean;
}): Candidate[] {
  const conn = run.kinds.indexOf('conn');
  if (conn > 0 && FUNCTION_WORDS.has((run.tokens[0] as Token).text)) {
    // "The Securities and Exchange Commission": the article is not part of the name
    return readRun({
      text,
      sentence,
      run: { tokens: run.tokens.slice(1), kinds: run.kinds.slice(1), prefix: [] },
      heading,
    });
  }
  if (conn >= 0) {
    const first = run.tokens[0] as Token;
    const last = run.tokens[run.tokens.length - 1] as Token;
    // "Securities and Exchange Commission", "Department of Commerce": one organization
    const plainStart =
      !FUNCTION_WORDS.has(first.text) &&
      !NEVER_ENTITIES.has(first.text) &&
      !ROLE_WORDS.has(first.text);
    // "and" joins only inside public bodies: "Securities and Exchange Commission", not "Zhipu AI and Moonshot Labs"
    const ands = run.tokens.filter((t, i) => run.kinds[i] === 'conn' && t.text === 'and');
    const andOk =
      ands.length === 0 ||
      (PUBLIC_BODY_WORDS.has(last.text) &&
        run.tokens.every(
          (t, i) =>
            !(
              run.kinds[i + 1] === 'conn' &&
              run.tokens[i + 1]?.text === 'and' &&
              COMPANY_ENDINGS.has(t.text)
            ),
        ));
    if (
      (ORG_SUFFIXES.has(last.text) || ORG_HEADS.has(first.text)) &&
      !heading &&
      plainStart &&
      andOk
    ) {
      const raw = text.slice(first.start, last.end);
      return [
        {
          sentence: sentence.index,
          start: run.prefix[0]?.start ?? first.start,
          end: last.end,
          text: text.slice(run.prefix[0]?.start ?? first.start, last.end),
          type: 'Organization',
          rule: raw ? 'name.org-phrase' : 'name.org-phrase',
        },
      ];
    }
    // "Alibaba and Tencent": two names
    const left: Run = {
      tokens: run.tokens.slice(0, conn),
      kinds: run.kinds.slice(0, conn),
      prefix: run.prefix,
    };
    const right: Run = {
      tokens: run.tokens.slice(conn + 1),
      kinds: run.kinds.slice(conn + 1),
      prefix: [],
    };
    return [
      ...readRun({ text, sentence, run: left, heading }),
      ...readRun({ text, sentence, run: right, heading }),
    ];
  }
  // "co-founder of OpenAI Greg Brockman": a given name opens a second name
  const split = run.tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i <= run.tokens.length - 2 &&
      run.kinds[i] === 'cap' &&
      isKnownFirstName(t.text) &&
      /^\p{Lu}\p{Ll}/u.test(run.tokens[i + 1]?.text ?? ''),
  );
  if (
    split > 0 &&
    !isKnownFirstName((run.tokens[split - 1] as Token).text) &&
    !ROLE_WORDS.has((run.tokens[split - 1] as Token).text)
  ) {
    const left: Run = {
      tokens: run.tokens.slice(0, split),
      kinds: run.kinds.slice(0, split),
      prefix: run.prefix,
    };
    const right: Run = {
      tokens: run.tokens.slice(split),
      kinds: run.kinds.slice(split),
      prefix: [],
    };
    return [
      ...readRun({ text, sentence, run: left, heading }),
      ...readRun({ text, sentence, run: right, heading }),
    ];
  }
  const lastTok = run.tokens[run.tokens.length - 1] as Token;
  const owner0 = run.prefix[run.prefix.length - 1];
  if (owner0 && run.tokens.every((t) => CORPORATE_FORMS.has(t.text))) {
    // "Microsoft Corp.", "Alphabet Inc."
    const pStart = (run.prefix[0] as LexiconMatch).start;
    const end = text[lastTok.end] === '.' ? lastTok.end + 1 : lastTok.end;
    return [
      {
        sentence: sentence.index,
        start: pStart,
        end,
        text: text.slice(pStart, end),
        type: owner0.entry.type,
        rule: 'name.corporate-form',
        sameAs: owner0,
      },
    ];
  }
  if (!owner0 && run.tokens.length > 1 && run.tokens.every((t) => /^\p{Lu}{2,5}$/u.test(t.text))) {
    // "ACME ACMEB": tickers, each a word of its own
    return run.tokens.map((t) => ({
      sentence: sentence.index,
      start: t.start,
      end: t.end,
      text: t.text,
      type: undefined,
      rule: 'name.lone',
    }));
  }
  const local = (i: number) => i - sentence.start;
  const startsSentence = (t: Token) =>
    /^[\s"“‘'([•*-]*$|[:—–]\s*["“]?$/.test(sentence.text.slice(0, local(t.start)));
  const { toks, prefix } = stripRun(run, startsSentence);
  if (toks.length === 0) return [];
  const first = toks[0] as Token;
  const last = toks[toks.length - 1] as Token;
  const words = toks.map((t) => t.text);
  if (words.some((w) => EVENT_WORDS.has(w))) return []; // "Worldwide Developers Conference": an event
  const raw = text.slice(first.start, last.end);
  const base = { sentence: sentence.index };
  const owner = prefix[prefix.length - 1];
  if (owner && first === run.tokens[0]) {
    const pStart = (prefix[0] as LexiconMatch).start;
    if (words.every((w) => CORPORATE_FORMS.has(w))) {
      // "Microsoft Corp.", "Alphabet Inc."
      const end = text[last.end] === '.' ? last.end + 1 : last.end;
      return [
        {
          ...base,
          start: pStart,
          end,
          text: text.slice(pStart, end),
          type: owner.entry.type,
          rule: 'name.corporate-form',
          sameAs: owner,
        },
      ];
    }
    if (
      words.every((w) => /^\p{Lu}{2,5}$/u.test(w)) &&
      owner.entry.type === 'Organization' &&
      !heading
    ) {
      // "Meta Platforms Inc. META": a stock ticker
      return [
        {
          ...base,
          start: first.start,
          end: last.end,
          text: raw,
          type: 'Organization',
          rule: 'name.ticker',
          sameAs: owner,
        },
      ];
    }
    if (
      owner.entry.type === 'Product' &&
      (words.every(isVariantWord) || isModelShape(words, raw))
    ) {
      // "iOS 18", "Qwen 2.5-Max", "GeForce RTX 4090D": a version of a known product
      return [
        {
          ...base,
          start: owner.start,
          end: last.end,
          text: text.slice(owner.start, last.end),
          type: 'Product',
          rule: 'name.product-variant',
        },
      ];
    }
    if (!isModelShape(words, raw) && !heading) {
      const type: EntityType = ORG_SUFFIXES.has(last.text) ? 'Organization' : 'Product';
      return [
        {
          ...base,
          start: pStart,
          end: last.end,
          text: text.slice(pStart, last.end),
          type,
          rule: 'name.prefixed',
        },
      ];
    }
  }
  if (isModelShape(words, raw)) {
    return [
      {
        ...base,
        start: first.start,
        end: last.end,
        text: raw,
        type: 'Product',
        rule: 'name.model-shape',
      },
    ];
  }
  if (heading) return [];
  const before = text.slice(sentence.start, first.start);
  const after = text.slice(last.end, sentence.end);
  const government = /^ (administration|government)\b/.exec(after);
  if (government && looksLikeNameWords(words)) {
    // "Biden administration": a named government
    const end = last.end + (government[0] as string).length;
    return [
      {
        ...base,
        start: first.start,
        end,
        text: text.slice(first.start, end),
        type: 'Organization',
        rule: 'name.administration',
      },
    ];
  }
  const initial = startsSentence(first);
  const cls = classifyCandidate({ name: raw, words, before, after, initial });
  if (cls)
    return [
      { ...base, start: first.start, end: last.end, text: raw, type: cls.type, rule: cls.rule },
    ];
  if (words.length >= 2 && looksLikeNameWords(words) && !initial) {
    return [
      {
        ...base,
        start: first.start,
        end: last.end,
        text: raw,
        type: undefined,
        rule: 'name.unknown',
        initial,
      },
    ];
  }
  if (words.length === 1 && /^\p{L}/u.test(raw) && !isCommonWord(raw)) {
    return [
      {
        ...base,
        start: first.start,
        end: last.end,
        text: raw,
        type: undefined,
        rule: 'name.lone',
        initial,
      },
    ];
  }
  return [];
}
