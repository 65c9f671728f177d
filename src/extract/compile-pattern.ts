import { NAMELESS_RELATIVE, ORG_NOUNS } from './cues.js';
import type { EntityType } from './types.js';

/** Slot letters in templates: upper case for names, lower case for pronouns and descriptions. */
export const TYPE_LETTER: Record<EntityType, string> = {
  Person: 'P',
  Organization: 'O',
  Product: 'R',
  Place: 'L',
};

const letters = (types: readonly EntityType[]) => {
  const up = types.map((t) => TYPE_LETTER[t]).join('');
  return `${up}${up.toLowerCase()}`;
};

const SLOT_ANY = '⟦[A-Za-z]\\d+⟧';
/** Verbs of an aside ("Acme, she acknowledged, has"), beside said and told. */
const ASIDE_VERBS = 'said|says|added|acknowledged|noted|argued|conceded|admitted|wrote|explained';
const CLAUSE_VERBS =
  'has|have|had|is|are|was|were|will|would|said|says|did|does|do|also|plans|could|can|may|might|announced|declined|reported|launched|released|unveiled|invested|acquired|sued|accused';

/**
 * A later list item followed by one of these opens a clause of its own. Plural verbs are not
 * among them: "A and B are backed by C" is the list itself as the subject.
 */
const ITEM_CLAUSE_VERBS = CLAUSE_VERBS.replace(/\|(?:are|were|have|do)(?=\|)/g, '');

/**
 * What a company is, said before a list member: "shipping group CMA CGM, carmaker Stellantis and
 * the Dutch bank ING". Relational nouns (rival, parent, unit, investor) are left out: after a
 * comma they open an appositive ("Acme, rival Zeta said"), not a member.
 */
const MEMBER_KINDS =
  'carmakers?|automakers?|chipmakers?|drugmakers?|makers?|retailers?|insurers?|lenders?|banks?|telcos?|broadcasters?|miners?|brokerages?|groups?|conglomerates?|manufacturers?|operators?|publishers?|newspapers?|airlines?|utilit(?:y|ies)|grocers?|supermarkets?|chains?|developers?|providers?|start-?ups?|giants?|ministry|agency|university|hospitals?|consultancy|integrators?|distributors?|carriers?|marketplaces?|platforms?|firms?';

/** Kinds of products named before a later member: "the Hailuo video generator and the companion app Talkie". */
const PRODUCT_KINDS =
  'apps?|models?|chatbots?|assistants?|chips?|processors?|accelerators?|generators?|tools?|platforms?|services?|systems?|agents?|engines?';

/** Separators of a list: "A, B and C", "A/B", "OpenAI and its CEO Sam Altman", "OpenAI, the owner of ChatGPT, and Microsoft". */
const LIST_SEP =
  // "used by A and B, and the company has said ...": a described name opening a clause is no member
  `(?!, and (?:the )?(?:[a-z][\\w-]* )?⟦[a-z]\\d+⟧ (?:${CLAUSE_VERBS})\\b)` +
  // "rented from Zeta, she acknowledged, but": nor is the speaker of an aside
  `(?!, ⟦[a-z]\\d+⟧ (?:${ASIDE_VERBS})\\b)` +
  // "from Zeta, and Acme is building ...": nor does a name opening one, after a single member
  // ("rivals A, B, and C have" is one list)
  `(?:(?<=, ⟦[A-Za-z]\\d+⟧)|(?!, and ⟦[A-Z]\\d+⟧ (?:${CLAUSE_VERBS})\\b))` +
  // "the Hailuo video generator and the companion app Talkie": a member's kind after it, when
  // the next member's kind comes before it
  `(?: (?:chips|models|GPUs|CPUs|processors|accelerators|cards|products|apps|tools|services|versions|chatbots|(?:[a-z][\\w-]* )?(?:${PRODUCT_KINDS})(?=,? and (?:the |its |their |a )?(?:[a-z][\\w-]* ){0,2}?(?:${PRODUCT_KINDS}) ⟦R)))?` +
  // "Tata Consultancy Services (TCS) and Wipro": a member's short form in brackets
  `(?: \\((?:⟦O\\d+⟧|[A-Z][\\w&.-]{0,10})\\))?` +
  // an appositive after a member is tried first: "A, B's venture arm, as well as C" lists A and C;
  // so is a relative clause with no name in it: "A, which led the Series A, B and C" (but not
  // "from A, which led the round, B said")
  `(?:, ⟦[A-Za-z]\\d+⟧'s [^⟦⟧,]{1,30}, (?:and |as well as )?|${NAMELESS_RELATIVE} (?!⟦[A-Za-z]\\d+⟧ (?:${CLAUSE_VERBS}|${ASIDE_VERBS})\\b)(?:and |as well as )?(?:(?:the |a )?(?:[a-z][\\w-]* ){0,2}?(?:${MEMBER_KINDS}) (?=⟦O))?|` +
  `,? and (?:the )?(?:[a-z][\\w-]* ){0,2}?⟦O\\d+⟧ (?:founder|co-founder) |,? and (?:⟦[a-z]\\d+⟧'s |⟦L\\d+⟧(?:'s)? |its |his |their )?(?:[A-Z][\\w-]+ |(?!(?:include|includes|included|said|says|say|is|was|are|were|has|have|had|will|would|also)\\b)[a-z][\\w-]*,? ){0,2}?|,? and (?:the |a )?(?:⟦L\\d+⟧ |[A-Z][a-z]+ |[a-z][\\w-]* ){0,2}?(?:${MEMBER_KINDS}) (?=⟦O)|,? and (?:the |its |their |a )?(?:[a-z][\\w-]* ){0,2}?(?:${PRODUCT_KINDS}) (?=⟦R)|, (?:the |a )?(?:⟦L\\d+⟧ |[a-z][\\w-]* )?(?:${MEMBER_KINDS}) (?=⟦O)|, (?:and )?(?:the (?=⟦O\\d+⟧(?:,? and |,? or |, |[.;]|$)))?|,? & |,? or |/|,? as well as |,? along with |(?<=⟦R\\d+⟧) (?=⟦R\\d+⟧)|` +
  `, (?:the |a |an )[^⟦⟧,]{1,30}(?:${SLOT_ANY}(?: and ${SLOT_ANY})?)?[^⟦⟧,]{0,16}, (?:and |as well as )?(?:the )?)`;

/**
 * Not the last name of an appositive still open ("MGX, the vehicle backed by G42 and Mubadala"):
 * the comma after it closes the appositive, and what follows belongs to the name before it.
 */
const INSIDE_NO_APPOSITIVE =
  "(?<!⟧, (?:the|a|an|⟦[LO]\\d+⟧'s?) [^,;]{0,100})" +
  '(?<!⟧, (?:[a-z-]+ ){0,2}?(?:chief executive|chief|head|founder|co-founder|president|chairman|chairwoman|director|partner|analyst|professor|spokesperson|spokesman|spokeswoman|researcher|engineer) (?:of|at) [^,;]{0,60})';

const MACROS: Record<string, string> = {
  X: SLOT_ANY,
  XP: `(?:${SLOT_ANY}'?s? )`,
  // auxiliaries and adverbs after an optional appositive (", the Acme co-founder who also"); never a
  // verb of saying, whose clause has a subject of its own ("OpenAI said the operators used Llama")
  // ("Zeta, a rival of Acme, has been buying": the last name of an open appositive is no subject)
  A: `(?:${INSIDE_NO_APPOSITIVE},(?:[^⟦⟧,]|⟦[A-Za-z]\\d+⟧){1,80},|,(?:[^⟦⟧,]|⟦[A-Za-z]\\d+⟧){1,40}?(?= who ))?(?:${INSIDE_NO_APPOSITIVE},)?\\s+(?:(?!(?:said|says|say|told|tells|and|${ASIDE_VERBS})[\\s,])[^\\s⟦⟧]+\\s+){0,5}?(?<!\\b(?:the|a|an|its|their|his|her|of|our|this|that|by|from) )`,
  P: "'s?",
  NA: INSIDE_NO_APPOSITIVE,
  // the opening of a sentence, places allowed: "Chinese search giant Baidu ..."
  // a wire dateline ("SAN FRANCISCO (Reuters) - ") opens the sentence; the agency in it is no subject
  BOS: '^(?:[^⟦⟧]|⟦[Ll]\\d+⟧){0,40}?(?:\\(⟦O\\d+⟧\\) ?[-–—]+ )?(?<!\\()',
  // a modifier is never a preposition, an auxiliary or a verb's infinitive marker: "its photos
  // to train Zeta", "Acme's chip designer, will use it"
  // "OpenAI's chatbot uses Bing": a verb ends the possessor's phrase (participles stay: "widely used")
  ADJ: `(?:(?!(?:to|of|for|with|and|or|in|on|by|from|that|which|at|as|into|will|would|shall|can|could|may|might|must|has|have|had|is|are|was|were|be|been|said|says|do|does|did|uses|runs|relies|powers|licenses|integrates|taps|adopts|buys|sells|includes|replaces|rivals|beats|beat|outperforms|outperformed|tops|topped|surpasses|surpassed|matches|matched|trails|trailed|supports|offers|competes|challenges|use|used|run|rely|relied|license|integrate|tap|adopt|buy|bought|sell|deploy|replace|offer|support|include|need|needs|want|wants|get|gets|make|makes|build|builds|launch|release|test|prefer|preferred|chose|choose|picked|pick|say|call|calls|see|sees|expect|expects|plan|plans|train|trains|develop|develops|create|creates|compete|rival|named|names|appointed|appoints|hired|hires|elected|ousted|fired|voted|approved|rejected|told)(?![\\w-]))[a-z][\\w-]*|[A-Z]{2,5}|${SLOT_ANY}-[a-z][\\w-]*|\\d[\\w.%-]*)`,
  ON: `(?:${[...ORG_NOUNS].sort((a, b) => b.length - a.length).join('|')})`,
};

export interface PatternTypes {
  subject: readonly EntityType[];
  object: readonly EntityType[];
}

const TYPE_CODES: Record<string, EntityType> = {
  P: 'Person',
  O: 'Organization',
  R: 'Product',
  L: 'Place',
};

/**
 * Compiles a rule pattern written over sentence templates into a RegExp:
 * `{S}` / `{O}` a subject / object slot of the predicate's types, `{SL}` / `{OL}` a list of them,
 * `{S:P}` a person subject, `{X}` any slot, `{XP}` a possessor slot ("⟦O1⟧'s "), `{A}` auxiliaries
 * and adverbs, `{G:n}` up to n words, `{P}` a possessive, `{ADJ}` a modifier, `{ON}` an org noun,
 * `{NA}` after a slot: not the last name of an open appositive.
 * @example compilePattern('{S}{A}acquired {OL}', types) // matches "⟦O0⟧ has acquired ⟦O1⟧ and ⟦O2⟧"
 */
export function compilePattern(pattern: string, types: PatternTypes): RegExp {
  const source = pattern.replace(
    /\{([A-Z]+)(?::([A-Z]+))?\}/g,
    (whole, name: string, spec?: string) => {
      if (name === 'G') return whole;
      const role =
        name[0] === 'S' ? 'subject' : name[0] === 'O' && name !== 'ON' ? 'object' : undefined;
      if (role && (name.length === 1 || /^[SO]LX?$/.test(name))) {
        const allowed = spec ? [...spec].map((c) => TYPE_CODES[c] as EntityType) : types[role];
        const slot = `⟦[${letters(allowed)}]\\d+⟧`;
        const group = role === 'subject' ? 's' : 'o';
        // a later item followed by a verb opens a new clause: "Microsoft has backed OpenAI and Google has partnered"
        // "Acme founder Jane Roe": the company before a title is not a list member
        const titled = ' (?:founder|co-founder|CEO|chief executive|president|chairman) ⟦';
        // "OpenAI's GPT-4, DeepSeek-V3, and Meta's Llama": a later item may have its own owner
        const owned = `(?:⟦O\\d+⟧(?:'s? (?:own )?| (?=⟦R)))?`;
        // "acquired Berlin-based Zeta", "working with Abu Dhabi's G42": a place before an object
        // says where it is (LOCATED_IN reads it), not what the verb governs
        // A subject's own place competes with the place a LOCATED_IN rule reads
        // ("European start-ups, including Berlin-based Zeta"), so there the prefix is not skipped
        const placed =
          role === 'object' || !types.object.every((t) => t === 'Place')
            ? "(?:⟦L\\d+⟧(?:-based|-headquartered|'s) )?"
            : '';
        // later items may have a place before them too ("Toronto's Radical and Montreal-based Inovia")
        const item =
          name === 'OL'
            ? `${placed}${owned}${slot}(?! (?:${ITEM_CLAUSE_VERBS})\\b|${titled})`
            : `${placed}${slot}(?!${titled})`;
        // "According to Zeta, which saw the specs, ...": a source is no clause's subject, nor a
        // contrast ("Unlike Zeta, Acme trains its models on ...")
        const unsourced = role === 'subject' ? '(?<![Aa]ccording to |[Uu]nlike )' : '';
        return name.length === 1
          ? `${unsourced}${placed}(?<${group}>${slot})`
          : name === 'OL' && allowed.includes('Product')
            ? // "banned OpenAI's ChatGPT": the product is the object, its owner is not
              `${unsourced}${placed}(?<${group}>(?:⟦O\\d+⟧(?:'s?)? (?=⟦R))?${slot}(?:${LIST_SEP}${item})*)`
            : `${unsourced}${placed}(?<${group}>${slot}(?:${LIST_SEP}${item})*)`;
      }
      const macro = MACROS[name];
      if (!macro) throw new Error(`unknown macro ${whole} in pattern ${pattern}`);
      return macro;
    },
  );
  const withGaps = source.replace(/\{G:(\d+)\}/g, (_w, n: string) => `(?:[^\\s⟦⟧]+\\s+){0,${n}}?`);
  return new RegExp(withGaps, 'gd');
}

/** Slot numbers inside a matched group: "⟦O1⟧, ⟦O2⟧ and ⟦O3⟧" -> [1, 2, 3]. */
export function slotsIn(group: string): number[] {
  return [...group.matchAll(/⟦[A-Za-z](\d+)⟧/g)].map((m) => Number(m[1]));
}
