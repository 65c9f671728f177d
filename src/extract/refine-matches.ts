import { CORPORATE_FORMS, NEVER_ENTITIES, ROLE_WORDS } from './cues.js';
import type { Lexicon } from './lexicon.js';
import type { LexiconMatch } from './match-lexicon.js';
import { lexiconTags } from './nlp.js';

const GOVERNMENT_KINDS = new Set(['government', 'regulator']);

/**
 * Adjusts raw lexicon matches to the text around them:
 * - "US Securities and Exchange Commission": a country before its own agency is part of the name;
 * - "Google Gemini" (a product form that opens with a company's name): company and product, so the
 *   owner prefix reads as it does in "Nvidia H800";
 * - "Mobile World Congress": a one-word match inside a longer capitalised name is not that entity.
 */
export function refineMatches(
  text: string,
  matches: LexiconMatch[],
  lexicon: Lexicon,
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as LexiconMatch;
    const next = matches[i + 1];
    if (
      next &&
      m.entry.type === 'Place' &&
      m.entry.kind === 'country' &&
      !m.demonym &&
      next.entry.type === 'Organization' &&
      GOVERNMENT_KINDS.has(next.entry.kind ?? '') &&
      text.slice(m.end, next.start) === ' '
    ) {
      out.push({ ...next, start: m.start, text: text.slice(m.start, next.end) });
      i++;
      continue;
    }
    if (m.entry.type === 'Product') {
      const split = splitOwner(text, m, lexicon);
      if (split) {
        out.push(...split);
        continue;
      }
    }
    if (insideLongerName(text, m, matches[i - 1]) || hyphenTail(text, m, matches[i - 1])) continue;
    if (namesLicence(text, m.end) || isOceanOrBloc(text, m) || isNationalAdjective(text, m))
      continue;
    out.push(m);
  }
  return out;
}

/** "under the MIT licence", "MIT-licensed": a name right before "licence" names the licence. */
export function namesLicence(text: string, end: number): boolean {
  // "Zorb licenses its model", "a Zorb licence deal": a company licensing, not a licence's name
  return /^(?:\s+licen[cs]e(?!\s+(?:agreements?|deals?|fees?|payments?|talks|terms)\b)\b|-licensed\b)/i.test(
    text.slice(end, end + 24),
  );
}

/**
 * "the Australian market": a nationality before a noun, not the outlet named "The Australian" ("The
 * Australian reported", "The Australian's editor" still are).
 */
function isNationalAdjective(text: string, m: LexiconMatch): boolean {
  const word = /^the\s+(\p{L}+)$/iu.exec(m.text)?.[1];
  if (m.entry.type !== 'Organization' || !word || !lexiconTags(word).includes('Demonym'))
    return false;
  const after = /^ (\p{Ll}+)/u.exec(text.slice(m.end, m.end + 40))?.[1];
  return after !== undefined && !OUTLET_VERB.test(after);
}
/** What follows an outlet's name: "The Australian reported", "the Guardian has". */
const OUTLET_VERB =
  /^(?:said|says|reported|reports|wrote|writes|revealed|reveals|published|publishes|cited|cites|quoted|quotes|found|has|had|is|was|first|also|newspaper|daily|and|or|in|on|of|to|that|which|who)$/;

/** "across the Atlantic": a sea or ocean, not the outlet of the same name. */
const ACROSS_BEFORE =
  /\b(?:across|over|beyond|crossing|cross|both sides of|other side of|side of)\s+$/i;
/** "the Global South": a grouping of countries by wealth, not a place. */
const BLOC_NAME = /^(?:the\s+)?Global\s+(?:South|North)$/i;

function isOceanOrBloc(text: string, m: LexiconMatch): boolean {
  if (m.entry.type === 'Place' && BLOC_NAME.test(m.text)) return true;
  // "The Atlantic" the outlet; "across the Atlantic", "the Atlantic Ocean", the ocean
  const name = /^(?:the\s+)?(Atlantic|Pacific)$/i.exec(m.text)?.[1];
  if (m.entry.type !== 'Organization' || !name) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const lead = /^the\s/i.test(m.text) ? before : before.replace(/\bthe\s+$/i, '');
  return /^\s+Ocean\b/.test(text.slice(m.end, m.end + 8)) || ACROSS_BEFORE.test(lead);
}

function splitOwner(text: string, m: LexiconMatch, lexicon: Lexicon): LexiconMatch[] | undefined {
  const words = m.text.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const org = lexicon.bySurface.get(head.toLowerCase())?.find((e) => e.type === 'Organization');
    if (!org) continue;
    const rest = words.slice(n).join(' ');
    const product = lexicon.bySurface.get(rest.toLowerCase())?.find((e) => e.type === 'Product');
    if (!product) return undefined; // "Apple Intelligence" is a name of its own
    // "GitHub Copilot" is a product of its own, not GitHub's "Copilot": only an alias of the
    // product itself ("Google Gemini", "Nvidia H100") reads as owner and product
    if (product.id !== m.entry.id) return undefined;
    // "Microsoft Azure", "Google Play": a platform or app keeps its maker's name in it; chips,
    // models and devices are named by their code ("Nvidia H100", "Xiaomi SU7")
    if (product.kind !== 'chip' && product.kind !== 'model' && !/\d|^\p{Lu}{2,}$/u.test(rest))
      return undefined;
    const restStart = m.start + head.length + 1;
    return [
      { start: m.start, end: m.start + head.length, text: head, entry: org, demonym: false },
      {
        start: restStart,
        end: m.end,
        text: text.slice(restStart, m.end),
        entry: product,
        demonym: false,
      },
    ];
  }
  return undefined;
}

function insideLongerName(text: string, m: LexiconMatch, prev: LexiconMatch | undefined): boolean {
  // tickers and acronyms stand alone: "Microsoft Corporation MSFT"
  if (/\s/.test(m.text) || m.demonym || m.text === m.text.toUpperCase()) return false;
  const before = /(?:^|([^\s]?)\s*)(\p{Lu}[\p{L}]+) $/u.exec(
    text.slice(Math.max(0, m.start - 40), m.start),
  );
  if (!before) return false;
  const word = before[2] as string;
  if (
    NEVER_ENTITIES.has(word) ||
    ROLE_WORDS.has(word) ||
    CORPORATE_FORMS.has(word) ||
    word === word.toUpperCase()
  )
    return false;
  if (prev && prev.end >= m.start - word.length - 1) return false;
  const start = m.start - word.length - 1;
  // sentence-initial capitals say nothing: "Congress passed", "Then Google"
  const lead = text.slice(Math.max(0, start - 3), start);
  return !/(?:^|[.!?:"“\n(]\s*)$/.test(lead) && lead.length > 0;
}

/**
 * "Alpamayo-R1", "Parsec-V3": a model name after an unknown maker's name and a hyphen is that
 * maker's model, not the known model it shares a suffix with.
 */
function hyphenTail(text: string, m: LexiconMatch, prev: LexiconMatch | undefined): boolean {
  if (m.entry.type !== 'Product' || /[\s-]/.test(m.text)) return false;
  const before = /(\p{Lu}[\p{L}\p{N}]*)-$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!before) return false;
  return !(prev && prev.end === m.start - 1);
}
