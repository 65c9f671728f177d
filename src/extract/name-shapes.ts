/**
 * The shapes of names in running text: which words may join a capitalised run, what reads as a
 * model or chip name ("GPT-4o", "Claude 3 Opus", "H800"), and what reads as a heading.
 */
import { MODEL_TIERS, NEVER_ENTITIES } from './cues.js';
import type { LexiconMatch } from './match-lexicon.js';
import { isCommonWord } from './nlp.js';
import type { Token } from './tokenize.js';

export const SHAPE_TOKEN =
  /^(?:\p{Lu}{1,5}\p{N}{1,4}\p{L}{0,2}|\p{N}+\p{L}{1,2}|\p{Ll}\p{N}{1,2})$/u;
export const UNIT_OR_ORDINAL =
  /^\p{N}+(?:st|nd|rd|th|s|GB|TB|MB|KB|Tb|Gb|Mb|W|V|nm|mm|cm|km|kg|ms|GHz|MHz|x|X|m|bn|k|K)$/u;
export const UPPER_START = /^\p{Lu}/u;
export const LOWER_CAMEL = /^\p{Ll}+\p{Lu}/u;
export const DIGITS = /^\p{N}+$/u;
export const YEAR = /^(?:19|20)\d\d$/;
export const COMPANY_ENDINGS = new Set(
  'AI Inc Corp Corporation Labs Lab Technologies Group Ventures Capital Holdings Ltd LLC'.split(
    ' ',
  ),
);
export const PUBLIC_BODY_WORDS = new Set(
  'Commission Department Bureau Institute Agency Administration Council Committee Authority Office Association Foundation University Security Technology'.split(
    ' ',
  ),
);
export const NAME_OPENERS = new Set(
  'Federal National State International Global United Royal Central General Supreme'.split(' '),
);

export type Kind = 'cap' | 'shape' | 'number' | 'lower' | 'conn';

/** Small words inside names: "Securities and Exchange Commission", "Department of Commerce". */
/** Particles inside people's names: "Joost van Rijn", "Ursula von der Leyen", "Luis de Guindos". */
export const NAME_PARTICLES = [
  'van',
  'von',
  'der',
  'den',
  'ter',
  'de',
  'da',
  'di',
  'du',
  'del',
  'dos',
  'das',
  'des',
];
export const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'on',
  'bin',
  'bint',
  'ibn',
  ...NAME_PARTICLES,
]);
/**
 * Company and public-body words that open names in other languages: "Grupo", "Banco", "Société",
 * "Asociación de Entidades Periodísticas Argentinas", "Autoriteit Persoonsgegevens".
 */
export const FOREIGN_ORG_OPENERS = new Set(
  'Grupo Groupe Gruppe Gruppo Banco Banca Banque Caisse Caja Fondo Fonds Minera Empresa Empresas Seguros Compañía Compagnie Companhia Société Sociedad Sociedade Industrias Laboratorios Laboratoires Fundación Fondation Fundação Stiftung Direction Instituto Institut Universidad Université Universität Universidade Editora Ediciones Éditions Cooperativa Coopérative Asociación Associação Associazione Federación Fédération Federação Federazione Confederación Consorcio Corporación Agencia Agência Agenzia Autoriteit Autorité Autoridad Autoridade Comisión Comissão Commissione Ministerio Ministère Ministério Ministero Dirección Direção Direzione Secretaría Servicio Serviço Instituut'.split(
    ' ',
  ),
);

/** First words of names that may hold connectors: "University of California". */
export const ORG_HEADS = new Set(
  'University Department Bureau Ministry Bank Institute Commission Office Committee Council Court Agency Board Federation Association Academy School College Secretary Administration Authority Government Tribunal Exchange Parliament Senate Foundation Centre Center Alliance Coalition Society Trust Forum League Organisation Organization Campaign Initiative'.split(
    ' ',
  ),
);

/**
 * What ministries and departments are "of": "Department of Communications and Digital
 * Technologies", "Ministry of Science, Technology and Innovation". Between these words, "and" and
 * commas stay inside the body's name.
 */
export const PORTFOLIO_WORDS = new Set(
  `Affairs Agriculture Arts Budget Commerce Communication Communications Competitiveness Consumer
  Cooperatives Culture Cybersecurity Data Defence Defense Development Digital Economic Economy
  Education Electronics Employment Energy Enterprise Enterprises Entrepreneurship Environment
  Equality Finance Fisheries Foreign Forestry Growth Health Heritage Higher Home Housing Human
  ICT IT Industry Industries Information Infrastructure Innovation Intelligence Interior Internal
  Investment Justice Knowledge Labor Labour Media Mines Modernisation Modernization Planning
  Posts Protection Public Research Resources Science Sciences Security Services Skills Social
  Sport Sports Technical Technologies Technology Telecommunications Tourism Trade Training
  Transformation Transport Treasury Urban Vocational Water Welfare Works Youth Agrarian Irrigation
  Rural Land Lands Food Livestock Climate Mining Petroleum Oil Gas Power Electricity Aviation
  Maritime Ports Family Women Children Migration Immigration Citizenship Veterans Statistics
  Competition Regional Local Reform Artificial Natural`.split(/\s+/),
);
/** Bodies named after what they are of: "Ministry of ...", "Federal Department of ...". */
const PORTFOLIO_HEADS = new Set(['Ministry', 'Department', 'Office', 'Bureau', 'Secretariat']);

/**
 * Whether `words` (the capitalised words and connectors of a run) open a portfolio body:
 * [opener] head "of" then portfolio words only.
 */
export function isPortfolioBody(words: readonly string[]): boolean {
  let i = NAME_OPENERS.has(words[0] ?? '') ? 1 : 0;
  if (!PORTFOLIO_HEADS.has(words[i] ?? '') || words[i + 1] !== 'of') return false;
  i += 2;
  if (i >= words.length) return false;
  for (; i < words.length; i++) {
    const w = words[i] as string;
    if (!PORTFOLIO_WORDS.has(w) && w !== 'and') return false;
  }
  return true;
}

/** The endings of a web address that names a company: "Pony.ai", "You.com". */
const WEB_ENDINGS = /^(?:ai|com|io|net|org)$/;

/** "the", "said": ASCII lower-case letters only, as most words are. */
function isPlainLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

export function kindOf(tok: Token, gap: string): Kind | undefined {
  // a plain lower-case word has no capital, digit or unit: only the gap before it can make it
  // part of a name (the same answer as the tests below, without running them)
  if (!isPlainLowerCase(tok.text)) {
    if (UNIT_OR_ORDINAL.test(tok.text)) return undefined;
    if (SHAPE_TOKEN.test(tok.text)) return 'shape';
    if (UPPER_START.test(tok.text) || LOWER_CAMEL.test(tok.text)) return 'cap';
    if (DIGITS.test(tok.text)) return 'number';
  }
  // "Pony.ai", "You.com": a web domain's ending after a dot
  if (gap === '.' && WEB_ENDINGS.test(tok.text)) return 'lower';
  // "Lee Kai-fu": a short lower-case part after a hyphen
  if ((gap === '-' || gap === ':') && tok.text.length <= 4 && !isCommonWord(tok.text))
    return 'lower';
  return undefined;
}

/** A romanised syllable: "won", "hoon", "mo", "jun" (Korean and Chinese given names). */
const SYLLABLE = /^[bcdfghjklmnprstwyz]{1,3}[aeiouy]{1,3}(?:ng|n|m|k|l)?$/;

/**
 * "Lee Jae-won", "Jae-won Lee": the lower-case half of a hyphenated given name, kept even
 * where it spells an English word ("won"); only inside a two-part personal name, so that
 * "Altman-led" or "Trump-era" stay apart.
 */
export function isGivenNameHalf({
  tok,
  gap,
  prev,
  before,
  after,
}: {
  tok: Token;
  gap: string;
  /** The capitalised word the hyphen follows. */
  prev: Token;
  /** The capitalised word a space before `prev`, if any (the family name). */
  before: Token | undefined;
  /** The capitalised word a space after `tok`, if any (the family name). */
  after: Token | undefined;
}): boolean {
  return (
    gap === '-' &&
    SYLLABLE.test(tok.text) &&
    tok.text !== 'run' &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(prev.text) &&
    [before, after].some((t) => t !== undefined && /^\p{Lu}\p{Ll}{1,9}$/u.test(t.text))
  );
}

export function joins(gap: string, kind: Kind, prev: Token, prevKind: Kind): boolean {
  if (kind === 'number') {
    if (prevKind === 'number' && gap === '.') return true; // "3.1"
    if (YEAR.test(prev.text)) return false;
    return (gap === ' ' || gap === '-') && prevKind !== 'lower';
  }
  if (kind === 'lower') return gap === '-' || gap === ':' || gap === '.';
  if (prevKind === 'conn') return gap === ' ';
  if (prevKind === 'number' && gap === '.' && kind === 'cap') return true; // "01.AI"
  // "RE:AI": a colon inside a capitalised name
  if (gap === ':' && prevKind === 'cap' && /^\p{Lu}+$/u.test(prev.text)) return true;
  return gap === ' ' || gap === '-' || gap === '.' || gap === "'" || gap === '’' || gap === ' & ';
}

/** Whether a run reads as a model or chip name: "GPT-4o", "Claude 3 Opus", "H800", "Yi-34B". */
/** Currency codes and symbols that open an amount: "Rs 1,200 crore", "RMB 5 billion". */
const CURRENCY_CODES = new Set(
  'Rs INR USD EUR GBP RMB CNY JPY KRW HKD SGD AED SAR Rp CHF CAD AUD BRL'.split(' '),
);

export function isModelShape(words: string[], raw: string): boolean {
  if (words.some((w) => SHAPE_TOKEN.test(w) && !NEVER_ENTITIES.has(w))) return true;
  const [first, ...rest] = words;
  if (!first || !UPPER_START.test(first) || rest.length === 0) return false;
  // "Rs 10,372 crore", "USD 5": an amount, not a model
  if (CURRENCY_CODES.has(first)) return false;
  if (/\p{L}-\p{N}/u.test(raw)) return true;
  const second = rest[0] ?? '';
  return (
    DIGITS.test(second) &&
    !isCommonWord(first) &&
    rest.every((w) => DIGITS.test(w) || MODEL_TIERS.has(w) || SHAPE_TOKEN.test(w))
  );
}

/** "Brannin McBee": capitalised words, a surname's "Mc" prefix allowed. */
export const looksLikeNameWords = (words: string[]) =>
  words.length <= 3 && words.every((w) => /^(?:Mc)?\p{Lu}\p{Ll}+$/u.test(w));

/** "3", "3.1", "Opus", "405B", "Max": what may follow a model name to make a variant of it. */
export const isVariantWord = (w: string) =>
  DIGITS.test(w) || MODEL_TIERS.has(w) || SHAPE_TOKEN.test(w);

export interface Run {
  tokens: Token[];
  kinds: Kind[];
  /** Lexicon matches right before the run, joined by single spaces ("Azure OpenAI" + "Service"). */
  prefix: LexiconMatch[];
  /** The run ends in this many tokens of a known place: "Microsoft Research India". */
  placeTail?: number;
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
