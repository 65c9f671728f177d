import {
  appositiveType,
  classifyCandidate,
  hasOrgNounBefore,
  hasPersonCueAfter,
  hasPersonCueBefore,
  isOwnedProduct,
} from './classify-candidate.js';
import {
  BUSINESS_VERB_AFTER,
  CORPORATE_FORMS,
  EVENT_WORDS,
  FUNCTION_WORDS,
  NEVER_ENTITIES,
  ORG_SUFFIXES,
  ROLE_WORDS,
} from './cues.js';
import type { Candidate } from './find-candidates.js';
import type { LexiconMatch } from './match-lexicon.js';
import {
  COMPANY_ENDINGS,
  FOREIGN_ORG_OPENERS,
  isModelShape,
  isPortfolioBody,
  isVariantWord,
  looksLikeNameWords,
  NAME_OPENERS,
  NAME_PARTICLES,
  ORG_HEADS,
  PUBLIC_BODY_WORDS,
  type Run,
  SHAPE_TOKEN,
} from './name-shapes.js';
import { isCommonWord, isKnownFirstName, isKnownFirstNameFolded, lexiconTags } from './nlp.js';

/** Titles only companies give: a capitalised word before them names the company. */
const COMPANY_TITLES = new Set([
  'CEO',
  'Co-CEO',
  'CTO',
  'CFO',
  'COO',
  'Chairman',
  'Chairwoman',
  'Founder',
  'Co-founder',
  'Cofounder',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
]);

import type { Token } from './tokenize.js';
import type { EntityType, Sentence } from './types.js';

/** Last words of a place's name: "Osaka Prefecture", "European Economic Area". */
const PLACE_HEADS = new Set(
  'Prefecture Province County Region Area Township Territory Island Islands Coast Peninsula Valley'.split(
    ' ',
  ),
);

const NUMBER_WORDS = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;

/** Months that are also given names: "engineer June Paik", "by April Reyes". */
const MONTH_NAMES = new Set(['April', 'May', 'June', 'August']);

/** Title words that make a title only after another title word: "General Counsel", "Chief Officer". */
const TITLE_TAILS = new Set(['Counsel', 'Officer']);
const TITLE_OPENERS = new Set(['General', 'Legal', 'Associate', 'Deputy', 'Special', 'Assistant']);

/** A noun that may end a product's name: not a date, adverb or function word ("today", "too"). */
function isNameTail(word: string): boolean {
  const tags = lexiconTags(word);
  return (
    !FUNCTION_WORDS.has(word) &&
    !tags.some((t) =>
      /^(?:Date|Adverb|Verb|Pronoun|Preposition|Conjunction|Determiner|Adjective)$/.test(t),
    ) &&
    !/(?:ly|ed|ing)$/.test(word)
  );
}

/**
 * What follows a company's short name opening a sentence, where a common word rarely stands:
 * "Scale, which was valued at ...", "Scale said", "Scale's customers".
 */
const OPENING_ALIAS_AFTER =
  /^(?:['’]s\s|,\s+(?:which|who|whose|meanwhile|however|too|though|for (?:its|his|her|their) part|in turn|by contrast)[\s,]|\s+(?:said|says|has|had|is|was|will|would|also|declined|plans|announced|launched|released|raised|makes|sells|builds|competes|acquired|reported|did|does|could|can|may|might|remains|remained|joins|joined|left|leaves|told|added|argued|wrote|noted|insisted|denied|hired|bought|owns|runs|uses|sued|accused|co-founded|cofounded|founded|started|leads|led|heads|headed|partner|chief executive|co-founder|founder|spokesperson|spokesman|spokeswoman)\b)/;

/** What the sentence says around a run, for the words stripRun may keep. */
interface RunCues {
  /** A title, "said" or an age follows: the run names a person. */
  personCue: boolean;
  ageCue: boolean;
  /** A title, "said" or "by" comes before. */
  personBefore: boolean;
  /** The name stands alone: punctuation or a verb follows, not a noun it modifies. */
  standsAlone: boolean;
  /** An appositive after the run says it names a body: "..., a coalition of campaign groups". */
  bodyAfter: boolean;
  /** "its Writing Tools": an owner, then capitalised words ending in a product noun. */
  ownedProduct: boolean;
  /**
   * "Scale, which ...", "Scale said", "Lumen Labs, which ...": an opening common word kept as a
   * short name, or as the first word of a name ending in a company's suffix.
   */
  openingAlias: boolean;
}

function stripRun(
  run: Run,
  startsSentence: (t: Token) => boolean,
  { personCue, ageCue, personBefore, standsAlone, bodyAfter, ownedProduct, openingAlias }: RunCues,
): { toks: Token[]; prefix: LexiconMatch[] } {
  let toks = [...run.tokens];
  let prefix = run.prefix;
  // "Commerce Secretary Jane Roe", "Chief Executive Sam Altman": the name follows the title
  let lastRole = -1;
  toks.forEach((t, i) => {
    // "General Counsel Jane Roe" is a title; "Halden Counsel", a product, is not
    const prev = toks[i - 1]?.text ?? '';
    if (
      ROLE_WORDS.has(t.text) &&
      (!TITLE_TAILS.has(t.text) || ROLE_WORDS.has(prev) || TITLE_OPENERS.has(prev))
    )
      lastRole = i;
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
    const suffixed = toks.length > 1 && ORG_SUFFIXES.has((toks[toks.length - 1] as Token).text);
    // "Two Seas Capital, one of ...": a number word opens a name that stands alone; in
    // "Two Zorbly AI engineers" it counts the staff of a company
    const numbered = suffixed && toks.length === 3 && NUMBER_WORDS.test(t.text) && standsAlone;
    // "now heads Microsoft AI.": a company's name and "AI" standing alone name its AI unit
    const unitName =
      toks.length === 1 &&
      t.text === 'AI' &&
      standsAlone &&
      prefix[prefix.length - 1]?.entry.type === 'Organization';
    // "Moravia Credit Bank": after a place, a word that is never a name alone is the company's
    const placed = suffixed && prefix[0]?.entry.type === 'Place';
    const keepsName = (suffixed && (NAME_OPENERS.has(t.text) || numbered || placed)) || unitName;
    // "Tan Dai, president of ...": a person cue keeps a name whose first word is also a common word
    const personName =
      personCue &&
      ((toks.length >= 2 && toks.length <= 3 && looksLikeNameWords(toks.map((x) => x.text))) ||
        // "Park Min-jun said": a family name, then a hyphenated given name
        (toks.length === 3 && /^\p{Ll}+$/u.test((toks[2] as Token).text)) ||
        (toks.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && ageCue));
    // "former Acme engineer June Paik": after a person cue, a month before a surname is a given name
    const givenMonth =
      personBefore &&
      toks.length === 2 &&
      MONTH_NAMES.has(t.text) &&
      looksLikeNameWords([(toks[1] as Token).text]) &&
      !isCommonWord((toks[1] as Token).text);
    // "Stop Zorb Drones, a coalition of ...": a body's name may open with a verb; one ending in
    // a company suffix ("Rival Zorb Labs, a start-up") is whole without the word
    const bodyName =
      bodyAfter && toks.length >= 3 && !ORG_SUFFIXES.has((toks[toks.length - 1] as Token).text);
    // "its Writing Tools": a common word opens a product's name an owner comes before
    const productName = ownedProduct && toks.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(t.text);
    // "Jade-13B is a fine-tuned version of ...": a parameter count makes the word a model's name
    const sizedModel = toks.length === 2 && /^\d+(?:\.\d+)?[BMKT]$/.test((toks[1] as Token).text);
    if (
      (NEVER_ENTITIES.has(t.text) && !keepsName && !givenMonth && !productName) ||
      (initial &&
        isCommonWord(t.text) &&
        !personName &&
        !keepsName &&
        !bodyName &&
        !openingAlias &&
        !sizedModel)
    ) {
      toks = toks.slice(1);
      prefix = [];
    } else break;
  }
  // "One of Acme AI's founders": a connector left at the front after "One" went
  while (toks.length > 1 && /^(?:of|and|for|on)$/.test((toks[0] as Token).text)) {
    toks = toks.slice(1);
    prefix = [];
  }
  while (toks.length > 1) {
    const t = toks[toks.length - 1] as Token;
    const afterShape = SHAPE_TOKEN.test((toks[toks.length - 2] as Token).text);
    // "Yi-34B LLM", "H20 AI chip": a trailing generic word; "a Missouri Republican": a party member
    if (
      (NEVER_ENTITIES.has(t.text) && (!ORG_SUFFIXES.has(t.text) || afterShape)) ||
      /^(?:Republican|Democrat)s?$/.test(t.text)
    )
      toks = toks.slice(0, -1);
    else break;
  }
  return { toks, prefix };
}

/**
 * The type of a known name's longer form: "Osaka Prefecture" is a place, "U.S. Navy" and
 * "Beijing Zorb Technology" are bodies a place names; otherwise a maker's name with a
 * suffix is a company ("Acme Ventures") and without one a product ("Acme Studio").
 */
function prefixedType(prefix: LexiconMatch[], last: string): EntityType {
  if (prefix[0]?.entry.type === 'Place') return PLACE_HEADS.has(last) ? 'Place' : 'Organization';
  // "Vision Fund 2", "Acme Fund II": a numbered fund of a known fund
  if (prefix[prefix.length - 1]?.entry.type === 'Organization' && /^(?:\d+|[IVX]+)$/.test(last))
    return 'Organization';
  return ORG_SUFFIXES.has(last) ? 'Organization' : 'Product';
}

/** Words of sports events named "Games": "Olympic Games", "Asian Games", "X Games". */
const GAMES_EVENT =
  /^(?:Olympic|Paralympic|Asian|Commonwealth|Winter|Summer|Youth|World|Pan|African|European|Arab|Mediterranean|Special|Invictus|X|Gay|Island|Highland)$/;

export function readRun({
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
  if (run.placeTail) {
    // "Microsoft Research India": the body read without its place, then widened to it
    const n = run.placeTail;
    const end = (run.tokens[run.tokens.length - 1] as Token).end;
    const body = run.prefix[0];
    if (n === run.tokens.length && body)
      return [
        {
          sentence: sentence.index,
          start: body.start,
          end,
          text: text.slice(body.start, end),
          type: 'Organization',
          rule: 'name.place-tail',
        },
      ];
    const headEnd = (run.tokens[run.tokens.length - 1 - n] as Token).end;
    const head = readRun({
      text,
      sentence,
      run: { tokens: run.tokens.slice(0, -n), kinds: run.kinds.slice(0, -n), prefix: run.prefix },
      heading,
    });
    return head.map((c) =>
      c.end === headEnd && c.type === 'Organization' && !c.sameAs
        ? { ...c, end, text: text.slice(c.start, end), rule: 'name.place-tail' }
        : c,
    );
  }
  const conn = run.kinds.indexOf('conn');
  // "One of Acme AI's founders", "Some of Acme's staff": a quantity word opens no name
  if (
    conn === 1 &&
    /^(?:One|Two|Three|Some|Many|Most|All|Each|Both|Several|None|Part|Much|Any)$/.test(
      (run.tokens[0] as Token).text,
    )
  ) {
    return readRun({
      text,
      sentence,
      run: { tokens: run.tokens.slice(2), kinds: run.kinds.slice(2), prefix: [] },
      heading,
    });
  }
  if (conn > 0 && FUNCTION_WORDS.has((run.tokens[0] as Token).text)) {
    // "The Securities and Exchange Commission": the article is not part of the name
    return readRun({
      text,
      sentence,
      run: { tokens: run.tokens.slice(1), kinds: run.kinds.slice(1), prefix: [] },
      heading,
    });
  }
  // "Prince Alwaleed bin Talal": a patronymic joins one person's name; a title before it is not.
  // "Joost van Rijn", "Luis de Guindos": so does a particle, after a given name
  const particle = conn > 0 && NAME_PARTICLES.includes((run.tokens[conn] as Token).text);
  if (
    conn >= 0 &&
    (/^(?:bin|bint|ibn)$/.test((run.tokens[conn] as Token).text) ||
      (particle &&
        !ORG_HEADS.has((run.tokens[0] as Token).text) &&
        !FOREIGN_ORG_OPENERS.has((run.tokens[0] as Token).text) &&
        run.kinds.slice(0, conn).every((k) => k === 'cap')))
  ) {
    let from = 0;
    run.tokens.forEach((t, i) => {
      if (i < conn && (ROLE_WORDS.has(t.text) || FUNCTION_WORDS.has(t.text))) from = i + 1;
    });
    const first = run.tokens[from] as Token;
    const last = run.tokens[run.tokens.length - 1] as Token;
    if (from < conn)
      return [
        {
          sentence: sentence.index,
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          type: 'Person',
          rule: 'name.patronymic',
        },
      ];
  }
  if (conn >= 0) {
    const first = run.tokens[0] as Token;
    const last = run.tokens[run.tokens.length - 1] as Token;
    // "Securities and Exchange Commission", "Department of Commerce": one organization
    const plainStart =
      !FUNCTION_WORDS.has(first.text) &&
      (!NEVER_ENTITIES.has(first.text) || NAME_OPENERS.has(first.text)) &&
      !ROLE_WORDS.has(first.text);
    // "and" joins only inside public bodies: "Securities and Exchange Commission", not "Zhipu AI and Moonshot Labs"
    const ands = run.tokens.filter((t, i) => run.kinds[i] === 'conn' && t.text === 'and');
    // "Jane Roe and Mary Poe of Acme University": a given name after "and" opens a person
    const personAfterAnd = run.tokens.some(
      (t, i) =>
        i > 0 &&
        run.kinds[i - 1] === 'conn' &&
        run.tokens[i - 1]?.text === 'and' &&
        isKnownFirstName(t.text) &&
        isKnownFirstName(first.text),
    );
    // "Helen Roe of Acme University": a person's name, then the body they belong to
    const of = run.tokens.findIndex((t, i) => run.kinds[i] === 'conn' && t.text === 'of');
    if (
      of >= 2 &&
      of <= 3 &&
      isKnownFirstName(first.text) &&
      run.kinds.slice(0, of).every((k) => k === 'cap') &&
      looksLikeNameWords(run.tokens.slice(0, of).map((t) => t.text))
    )
      return [
        ...readRun({
          text,
          sentence,
          run: {
            tokens: run.tokens.slice(0, of),
            kinds: run.kinds.slice(0, of),
            prefix: run.prefix,
          },
          heading,
        }),
        ...readRun({
          text,
          sentence,
          run: { tokens: run.tokens.slice(of + 1), kinds: run.kinds.slice(of + 1), prefix: [] },
          heading,
        }),
      ];
    const andOk =
      ands.length === 0 ||
      // "Department of Communications and Digital Technologies"
      isPortfolioBody(run.tokens.map((t) => t.text)) ||
      (PUBLIC_BODY_WORDS.has(last.text) &&
        !personAfterAnd &&
        run.tokens.every(
          (t, i) =>
            !(
              run.kinds[i + 1] === 'conn' &&
              run.tokens[i + 1]?.text === 'and' &&
              COMPANY_ENDINGS.has(t.text)
            ),
        ));
    // "State Bank of India": a body word before "of" makes the whole a body's name
    const bodyOf = run.tokens.some(
      (t, i) =>
        i > 0 &&
        run.kinds[i] === 'conn' &&
        (t.text === 'of' || t.text === 'for') &&
        ORG_HEADS.has((run.tokens[i - 1] as Token).text),
    );
    if (
      (ORG_SUFFIXES.has(last.text) ||
        ORG_HEADS.has(first.text) ||
        FOREIGN_ORG_OPENERS.has(first.text) ||
        bodyOf) &&
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
    // "for the Promotion ...": the article after a connector opens no name
    let from = conn + 1;
    while (run.kinds[from] === 'conn') from++;
    const right: Run = {
      tokens: run.tokens.slice(from),
      kinds: run.kinds.slice(from),
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
      /^\p{Lu}\p{Ll}/u.test(run.tokens[i + 1]?.text ?? '') &&
      // "Yoav Ben-Ami": a given name joined by a hyphen is half of a surname
      text.slice(t.end, (run.tokens[i + 1] as Token).start) === ' ',
  );
  if (
    split > 0 &&
    // ("José Luis Pérez": one person's two given names)
    !isKnownFirstNameFolded((run.tokens[split - 1] as Token).text) &&
    // ("Grupo Sierra Madre": a company word opens the one name)
    !FOREIGN_ORG_OPENERS.has((run.tokens[0] as Token).text) &&
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
  if (
    !owner0 &&
    run.tokens.length > 1 &&
    run.tokens.every((t) => /^\p{Lu}{2,5}$/u.test(t.text)) &&
    !text.slice((run.tokens[0] as Token).start, lastTok.end).includes(':')
  ) {
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
  // "Quora CEO Adam Roe": a company name before a company title is a name of its own
  const role = run.tokens.findIndex((t, i) => i > 0 && COMPANY_TITLES.has(t.text));
  if (
    role > 0 &&
    role < run.tokens.length - 1 &&
    run.tokens
      .slice(0, role)
      .every(
        (t, i) =>
          run.kinds[i] === 'cap' &&
          !ROLE_WORDS.has(t.text) &&
          !lexiconTags(t.text).includes('Demonym'),
      )
  ) {
    const left: Run = {
      tokens: run.tokens.slice(0, role),
      kinds: run.kinds.slice(0, role),
      prefix: run.prefix,
    };
    const right: Run = { tokens: run.tokens.slice(role), kinds: run.kinds.slice(role), prefix: [] };
    return [
      ...readRun({ text, sentence, run: left, heading }),
      ...readRun({ text, sentence, run: right, heading }),
    ];
  }
  // "reported The Verge", "according to The Information": an outlet whose name keeps its article
  const the = run.tokens[0] as Token | undefined;
  if (
    the?.text === 'The' &&
    run.tokens.length >= 2 &&
    run.tokens.length <= 3 &&
    run.kinds.slice(1).every((k) => k === 'cap') &&
    /\b(?:reported|according to|told|reported by|wrote|writes|said|reports)\s+$/.test(
      text.slice(sentence.start, the.start),
    )
  ) {
    const end = (run.tokens[run.tokens.length - 1] as Token).end;
    return [
      {
        sentence: sentence.index,
        start: the.start,
        end,
        text: text.slice(the.start, end),
        type: 'Organization',
        rule: 'name.outlet',
      },
    ];
  }
  const local = (i: number) => i - sentence.start;
  const startsSentence = (t: Token) =>
    /^[\s"“‘'([•*-]*$|[:—–]\s*["“]?$/.test(sentence.text.slice(0, local(t.start)));
  const tail = lastTok ? text.slice(lastTok.end, sentence.end) : '';
  const { toks, prefix } = stripRun(run, startsSentence, {
    personCue: hasPersonCueAfter(tail),
    ageCue: /^,\s+\d{2},/.test(tail),
    personBefore: hasPersonCueBefore(
      text.slice(sentence.start, run.tokens[0]?.start ?? sentence.start),
    ),
    standsAlone: /^(?:[,.;:)]|\s+(?:said|says|has|had|is|was|will|would|argued|wrote)\b)/.test(
      tail,
    ),
    bodyAfter: appositiveType(tail) === 'Organization',
    // (a run of two ending in a company's suffix too: "Lumen Labs, which ...")
    openingAlias:
      (run.tokens.length === 1 ||
        (run.tokens.length === 2 && ORG_SUFFIXES.has((run.tokens[1] as Token).text))) &&
      OPENING_ALIAS_AFTER.test(tail),
    ownedProduct:
      run.tokens.length >= 2 &&
      isOwnedProduct(
        text.slice(sentence.start, run.tokens[0]?.start ?? sentence.start),
        lastTok?.text ?? '',
      ),
  });
  if (toks.length === 0) return [];
  const first = toks[0] as Token;
  const last = toks[toks.length - 1] as Token;
  const words = toks.map((t) => t.text);
  // "Worldwide Developers Conference" names an event; "Summit Insights", whose event word is
  // followed by an organization's suffix, names a firm
  const lastWord = words[words.length - 1] as string;
  // "said Summit Vale, an analyst at ...": a person's name may hold an event word
  const personAfter =
    words.length >= 2 &&
    looksLikeNameWords(words) &&
    appositiveType(text.slice(last.end, sentence.end)) === 'Person';
  // "Zhuravel Games" is a studio; "the Asian Games" an event
  const studio =
    lastWord === 'Games' && words.length >= 2 && !words.some((w) => GAMES_EVENT.test(w));
  if (
    words.some((w) => EVENT_WORDS.has(w)) &&
    !(words.length >= 2 && ORG_SUFFIXES.has(lastWord) && !EVENT_WORDS.has(lastWord)) &&
    !personAfter &&
    !studio
  )
    return [];
  // "the VivaTech conference": an event named by the noun after it is no entity (ONTOLOGY)
  if (
    /^\s+(?:conference|summit|expo|festival|hackathon|convention|symposium|trade show|keynote)\b/.test(
      text.slice(last.end, last.end + 20),
    ) &&
    !ORG_SUFFIXES.has(words[words.length - 1] as string)
  )
    return [];
  // "characters such as Darth Vader, Shrek and Superman": fictional characters are not entities
  if (
    /\bcharacters?,? (?:such as|like|including) (?:[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)*,? (?:and |or )?)*$/u.test(
      text.slice(sentence.start, first.start),
    )
  )
    return [];
  // "SEA-LION, short for Southeast Asian Languages In One Network": the gloss is not a name
  if (
    /\b(?:short for|stands for|standing for|stand for|acronym for|abbreviation for)\s*["“]?(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(
      text.slice(sentence.start, prefix[0]?.start ?? first.start),
    )
  )
    return [];
  const raw = text.slice(first.start, last.end);
  const base = { sentence: sentence.index };
  /** The run as read, whole: most readings keep its span and only name its type and rule. */
  const whole = (
    type: Candidate['type'],
    rule: string,
    extra: Pick<Candidate, 'sameAs' | 'initial'> = {},
  ): Candidate => ({ ...base, start: first.start, end: last.end, text: raw, type, rule, ...extra });
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
      !heading &&
      // "heads Microsoft AI.": "AI" after a company's name names its unit, not a ticker
      !(raw === 'AI' && text.slice(pStart, first.start).endsWith(' '))
    ) {
      // "Meta Platforms Inc. META": a stock ticker
      return [whole('Organization', 'name.ticker', { sameAs: owner })];
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
      // "a Missouri Republican": a party member's home state, no name of its own
      if (words.every((w) => /^(?:Republican|Democrat)s?$/.test(w))) return [];
      // "server maker Kunlun Tianqe" (after the product Kunlun), "Samsung Next, the electronics
      // giant's venture arm": what the sentence calls the name outweighs the known name inside it
      const said =
        appositiveType(text.slice(last.end, sentence.end)) ??
        (hasOrgNounBefore(text.slice(sentence.start, pStart)) ? 'Organization' : undefined);
      const shaped = prefixedType(prefix, last.text);
      const type =
        shaped !== 'Place' && (said === 'Organization' || said === 'Product') ? said : shaped;
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
    return [whole('Product', 'name.model-shape')];
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
  // "Run:ai", "Kai-fu Lee": shapes only names take
  if (/^\p{Lu}[\p{L}\p{N}]*:[\p{L}\p{N}]+$/u.test(raw) && !heading) {
    const typed = classifyCandidate({ name: raw, words, before, after, initial });
    return [
      whole(/['’]s\s$/.test(before) ? 'Product' : (typed?.type ?? 'Organization'), 'name.colon'),
    ];
  }
  // "Kai-fu Lee", "Lee Jae-won": a hyphenated given name with a lower-case second half
  if (
    // ("Lin Wen-hsiung": a romanised syllable runs to six letters)
    (/^\p{Lu}\p{Ll}+-\p{Ll}{1,6} \p{Lu}\p{Ll}+$/u.test(raw) ||
      /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}{1,6}$/u.test(raw)) &&
    !heading
  )
    return [whole('Person', 'name.hyphen-given')];
  const cls = classifyCandidate({ name: raw, words, before, after, initial });
  // "a product called Zorb intelligence, a set of agents": after "called", a lower-case noun
  // that ends the phrase belongs to the product's name
  const tailWord =
    cls?.type === 'Product' && /\b(?:called|dubbed|named)\s*$/i.test(before)
      ? /^ (\p{Ll}{3,})(?=[,;.)]|$)/u.exec(after)?.[1]
      : undefined;
  if (tailWord && isNameTail(tailWord)) {
    const end = last.end + tailWord.length + 1;
    return [{ ...whole('Product', 'name.called-tail'), end, text: text.slice(first.start, end) }];
  }
  if (cls) return [whole(cls.type, cls.rule)];
  // a sentence's first words are a name only before what companies do: "Northgate Reasoning competes"
  if (
    words.length >= 2 &&
    looksLikeNameWords(words) &&
    (!initial || BUSINESS_VERB_AFTER.test(after))
  ) {
    return [whole(undefined, 'name.unknown', { initial })];
  }
  // ... or when the article types the same name elsewhere ("its Zorbo Scribe tool ... Zorbo
  // Scribe runs on"): kept only for that (build-entities.ts)
  if (words.length >= 2 && looksLikeNameWords(words) && initial)
    return [whole(undefined, 'name.opening', { initial })];
  if (words.length === 1 && /^\p{L}/u.test(raw) && !isCommonWord(raw)) {
    return [whole(undefined, 'name.lone', { initial })];
  }
  // "Scale's chief executive" after "Scale AI": a capitalised common word inside a sentence may
  // be the short name of a company already named; it never names a new entity on its own
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(raw) &&
    (!initial || OPENING_ALIAS_AFTER.test(after))
  ) {
    return [whole(undefined, 'name.common-alias', { initial })];
  }
  return [];
}
