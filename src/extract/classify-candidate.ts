import {
  APPOSITIVE_ORG_HEADS,
  APPOSITIVE_PLACE_HEADS,
  APPOSITIVE_SHARED_HEADS,
  FOUNDER_ROLES,
  LEAD_ROLES,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PRODUCT_NOUNS,
  STAFF_ROLES,
} from './cues.js';
import { FOREIGN_ORG_OPENERS } from './name-shapes.js';
import {
  classifySpan,
  isCommonWord,
  isKnownFirstName,
  isKnownLastName,
  isKnownPlace,
  lexiconTags,
} from './nlp.js';
import type { EntityType } from './types.js';

/** A capitalised run of words with the text around it in its sentence. */
export interface RunContext {
  /** The run as written: "Zhipu AI", "Quanquan Gu". */
  name: string;
  words: string[];
  /** Sentence text before and after the run. */
  before: string;
  after: string;
  /** The run opens its sentence (or follows a colon or quote), where any word is capitalised. */
  initial: boolean;
}

export interface Classification {
  type: EntityType;
  rule: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: Iterable<string>) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const ROLES = alt([...LEAD_ROLES, ...STAFF_ROLES, ...FOUNDER_ROLES]);
const PERSON_WORDS =
  'authors?|comedian|actor|actress|writer|novelist|artist|entrepreneur|billionaire|capitalist|' +
  'investor|professor|senator|sen\\.|rep\\.|mr\\.|ms\\.|mrs\\.|dr\\.|lawmaker|co-founder|cofounder|' +
  'founder|inventor|expert|economist|pioneer|whistleblower|host|anchor|judge|ceo|' +
  // professions a name follows in news copy: "by emergency physician Jane Roe and ..."
  'physician|doctor|surgeon|nurse|pharmacist|agronomist|architect|lawyer|attorney|accountant|' +
  'teacher|journalist|filmmaker|musician|singer|mathematician|physicist|chemist|biologist|' +
  'geneticist|neuroscientist|linguist|statistician|epidemiologist|veterinarian|farmer|banker|' +
  'diplomat|politician|activist|academic|lecturer|roboticist';

/** "Acme spokesperson Jane Roe", "comedian Jane Roe", "said Jane Roe". */
const PERSON_BEFORE = new RegExp(
  // ("A Microsoft spokesperson in Tokyo, Aiko Tanabe, said": a role, where it is held, the name)
  `(?:\\b(?:${ROLES}|${PERSON_WORDS})(?:\\s+(?:in|at|for)\\s+[^\\s,]+(?:\\s+[^\\s,]+)?,)?\\s*,?|\\b(?:said|says|told|by)|\\b(?:artists|musicians|singers|actors|actresses|authors|writers|novelists|comedians|celebrities|people|figures) (?:such as|like|including))\\s*$`,
  'i',
);
/**
 * "Quanquan Gu, director of ...", "Liang Wenfeng, DeepSeek's founder", "Seth added" (but not
 * "Zeta, where she is chief executive").
 */
const PERSON_AFTER = new RegExp(
  `^(?:,\\s+(?!(?:where|which|whose|when|while|and|but)\\s)(?:the\\s+|a\\s+|an\\s+|its\\s+|who\\s+(?:is|was)\\s+)?(?:former\\s+|then-|co-|vice\\s+|senior\\s+|chief\\s+)?(?:[\\w.'’-]+\\s+){0,3}?(?:${ROLES})\\b|,\\s+\\d{2},|,\\s+who\\s+(?:co-)?[a-z]+\\b|\\s+(?:said|says|added|told|wrote|posted|tweeted|noted|explained|argued|co-founded|cofounded)\\b|\\s+and\\s+(?:I|me)\\b(?!['’-]))`,
  'i',
);
/** The text before a name says it is a person's: a title, "said", "by". */
export function hasPersonCueBefore(before: string): boolean {
  return PERSON_BEFORE.test(before);
}
/** The text after a name says it is a person's: an appositive title, an age, "said". */
export function hasPersonCueAfter(after: string): boolean {
  return PERSON_AFTER.test(after);
}
const COMPANY_ROLE_APPOSITIVE = new RegExp(
  `^,\\s+(?:the|its|their)\\s+(?:company|firm|start-?up|group|lab|startup)['’]s\\s+(?:former\\s+|co-)?(?:${ROLES})\\b`,
  'i',
);
const ORG_NOUN_RE = alt(ORG_NOUNS);
/** "start-up Zhipu AI", "according to TechWire", "manufacturer Foxlink". */
const ORG_BEFORE = new RegExp(
  `(?:\\b(?:${ORG_NOUN_RE}|outlet|newsletter|daily|weekly|monthly|magazine|broadcaster|tabloid|broadsheet|publication|news agency|news site|wire service|according to|per|reported by|reports from|investors? include|backed by|(?:participation|investments?|contributions?|backing|funding) (?:from|by)|(?:round|funding|financing|investment|Series [A-H]\\d?) (?:was )?(?:led|co-led) by|told|(?:run|operated|owned|made|developed|built|controlled) by|(?:deal|deals|partnership|agreement|collaboration|alliance|talks|partnered|partnering|teamed up|merger) with|acquire|acquires|acquired|acquiring|buy|buys|bought|(?:co-)?founded|(?:companies|firms|startups|start-ups|rivals|competitors|investors|backers|players|giants|labs) (?:like|such as|including))\\s*,?\\s*|\\p{L}-(?:based|backed|funded)\\s+)$`,
  'iu',
);
/** "Shenzhen-based server maker", "Beijing start-up": an organization noun right before the name. */
const ORG_NOUN_BEFORE = new RegExp(`\\b(?:${ORG_NOUN_RE})\\s*$`, 'i');
/** An organization noun ends the text before a name: "server maker", "Beijing start-up". */
export function hasOrgNounBefore(before: string): boolean {
  return ORG_NOUN_BEFORE.test(before);
}
/** "the former CEO of Twitch", "an engineer at Mozilla". */
const ROLE_OF_BEFORE = new RegExp(
  `\\b(?:${ROLES}|executives?|employees?|engineers?|researchers?|staff(?:ers)?|scientists?|analysts?) (?:of|at)\\s+$`,
  'i',
);
/** "Zhipu AI, a Beijing-based start-up", "TechWire reported". */
const ORG_AFTER = new RegExp(
  `^(?:,\\s+(?:a|an|the|which|whose)\\s+(?:[\\w.'’-]+\\s+){0,4}?(?:${ORG_NOUN_RE})\\b|\\s+(?:reported|reports|reportedly|announced|declined|Inc\\b|Corp\\b|(?:co-)?founder|CEO|chief executive|chairman|chairwoman|chair(?!\\s+(?:of|and|the|at|for|in|to)\\b)|president|spokes(?:person|man|woman)|executives?|employees?|engineers?|researchers?|staff(?:ers)?)\\b)`,
  'iu',
);
/**
 * "Zorbly Health, which was started in 2020 by ...", "Brightmoor Vane's chief executive": only a
 * company is founded in a "which" clause or has a chief executive, so these outweigh a
 * person's shape ("Jane Street").
 */
const COMPANY_AFTER =
  /^(?:,\s+which\s+(?:(?:is|was|has been|had been)\s+)?(?:also\s+|later\s+|first\s+)?(?:founded|co-founded|started|set up|spun out|based|headquartered|develops|makes|builds|sells|owns|employs)\b|['’]s?\s+(?:chief executive|(?:co-)?CEO|chairman|chairwoman|headquarters|shareholders|spokes(?:person|man|woman)|board of directors)\b)/;
const PRODUCT_NOUN_RE = alt(PRODUCT_NOUNS);
const PRODUCT_BEFORE = new RegExp(
  `(?:\\b(?:called|dubbed|named|${PRODUCT_NOUN_RE})\\s*["“‘']?|\\b(?:product|${PRODUCT_NOUN_RE}),?\\s+(?:known|referred to)\\s+(?:internally\\s+|locally\\s+|publicly\\s+)?as\\s*["“‘']?)$`,
  'i',
);
/** "Acme's product, Zorb Draft, ...": a product noun, then the name in commas. */
const PRODUCT_APPOSITIVE = new RegExp(`\\b(?:product|${PRODUCT_NOUN_RE}),\\s*$`, 'i');
/** "Zorb chips", "its ProPilot driver-assistance system", "the Resumidor news app": a product noun after the name. */
const PRODUCT_AFTER = new RegExp(
  `^["”’']?\\s+(?:(?!(?:and|or|but|the|a|an|of|to|in|on|for|with|by|from|at|as|is|are|was|were|has|have|its|their|his|her|our|new|said|says)\\s)\\p{Ll}+(?:-\\p{Ll}+)?\\s+)?(?:${PRODUCT_NOUN_RE})\\b`,
  'iu',
);
/** "its Writing Tools", "Acme's Cloud Compute Servers": an owner, then a product noun last. */
export function isOwnedProduct(before: string, last: string): boolean {
  return (
    PRODUCT_NOUNS.has(last.toLowerCase()) &&
    /(?:\b(?:its|their)|\p{Lu}[\p{L}\p{N}.-]*['’]s?)\s+$/u.test(before)
  );
}
const PLACE_BEFORE =
  /\b(?:city of|town of|province of|state of|based in|headquartered in|capital of)\s*$/i;
const PLACE_AFTER = /^-based\b/;
/** "a campus near Tromvik", "a data centre in Jamvar", "a judge in Orvale": where a thing is. */
const LOCATED_BEFORE =
  /(?:\b(?:near|outside)|\b(?:plants?|factory|factories|facility|facilities|campus|site|centre|center|offices?|headquarters|hub|port|physician|doctor|judge|court|hospital|residents?|homes?|school|warehouse|mine|farm|town|city|village)\s+(?:in|at))\s+$/i;
/** "Jamvar, in the western state of Gujarat", "the Orvale department": a place in a larger one. */
const REGION_AFTER =
  /^(?:,\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:state|province|region|county|prefecture|department|district)\s+of\b|\s+(?:department|province|prefecture|county|region|district)\b)/u;

/**
 * "X, a Suzhou-based robotaxi developer, ...", "X, the investment firm of ...": a description in
 * commas right after a name, up to its head noun (the word before a preposition, clause or comma).
 */
const APPOSITIVE =
  /^,\s+(?:a|an|the|its|their|\p{Lu}[\p{L}\p{N}.&-]*['’]s|the\s+\p{Ll}[\p{Ll}-]*['’]s|one\s+of\s+(?:the|its|their|\p{Lu}[\p{L}\p{N}.&-]*['’]s))\s+((?:[\p{L}\p{N}.'’-]+\s+){0,4}?[\p{L}-]+)(?=\s+(?:of|at|for|in|with|behind|that|which|who|whose|owned|backed|run|developed|made|built|released|launched|created|designed|trained|introduced|unveiled|published|founded|led|known|from|by|on|to|and|or|the|set|used|based)\b|\s*[,;.)—–]|$)/u;
/** "a trade body representing 300 titles": a body's head, then what it does. */
const ORG_DOING = new RegExp(
  String.raw`^,\s+(?:a|an)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}?(?:${[...APPOSITIVE_ORG_HEADS].join('|')})\s+\p{Ll}+ing\b`,
  'u',
);
const ROLE_END = new RegExp(`\\b(?:${ROLES}|${PERSON_WORDS})$`, 'i');
/** A modifier that makes a shared head a body's: "a Suzhou-based developer", "a Chinese designer". */
const isBodyModifier = (w: string) =>
  /-(?:based|backed|listed|owned|headquartered|funded)$/.test(w) ||
  isKnownPlace(w) ||
  lexiconTags(w).includes('Demonym');

const isHeadNoun = (w: string) =>
  [APPOSITIVE_ORG_HEADS, APPOSITIVE_SHARED_HEADS, PRODUCT_NOUNS, APPOSITIVE_PLACE_HEADS].some(
    (set) => set.has(w.toLowerCase()),
  ) || ROLE_END.test(w);

/**
 * The type an appositive's head noun gives the name before it: a company noun speaks for an
 * organization, a title for a person, a product noun for a product, "city" for a place.
 */
export function appositiveType(after: string): EntityType | undefined {
  const m = APPOSITIVE.exec(after);
  if (!m) return ORG_DOING.test(after) ? 'Organization' : undefined;
  let words = (m[1] as string).split(/\s+/);
  // "a Paris-based startup building AI agents": a participle after a head noun ends the phrase
  const cut = words.findIndex(
    (w, i) => i > 0 && /^\p{Ll}+ing$/u.test(w) && isHeadNoun(words[i - 1] as string),
  );
  if (cut > 0) words = words.slice(0, cut);
  const phrase = words.join(' ');
  // "one of Argentina's oldest newspapers": a plural head names the kind too
  const last = (words[words.length - 1] as string).toLowerCase();
  const singular = last.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  const head = /^,\s+one\s+of\b/.test(after) && singular !== last ? singular : last;
  if (APPOSITIVE_ORG_HEADS.has(head)) return 'Organization';
  // "a developer at Acme" is a person; "a Suzhou-based robotaxi developer" a company
  if (
    APPOSITIVE_SHARED_HEADS.has(head) &&
    words.slice(0, -1).some(isBodyModifier) &&
    !words.some((w) => /^(?:former|ex-.*|senior|junior|lead|chief)$/i.test(w)) &&
    !/^\s+(?:at|with|for)\b/.test(after.slice(m[0].length))
  )
    return 'Organization';
  if (ROLE_END.test(phrase)) return 'Person';
  if (PRODUCT_NOUNS.has(head)) return 'Product';
  if (APPOSITIVE_PLACE_HEADS.has(head)) return 'Place';
  return undefined;
}

/** "Transporeon, which Trimble bought in 2023": what a named company bought or backs is a company. */
const BOUGHT_BY_AFTER =
  /^,\s+(?:which|that)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}\s+(?:bought|acquired|took over|purchased|took control of|backs|backed|invested in)\b/u;

const PRODUCT_TAILS = new Set(
  'Bot Pro Plus Max Ultra Turbo Mini Nano Flash Lite Chat Copilot GPT'.split(' '),
);

function isCamelCase(word: string): boolean {
  return (
    /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|La|Le|Van|Von)\p{Lu}/u.test(word)
  );
}

function looksLikeName(words: string[]): boolean {
  return (
    words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))
  );
}

/**
 * Types a capitalised run the lexicon does not know, from its shape and its neighbours.
 * Returns undefined when nothing speaks for an entity: precision before recall.
 */
export function classifyCandidate(run: RunContext): Classification | undefined {
  const { words, name, before, after } = run;
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  if (words.length >= 2 && ORG_SUFFIXES.has(last))
    return { type: 'Organization', rule: 'name.org-suffix' };
  // "Grupo Bimbo", "Seguros Albor", "Groupe Lumière": names that open on a company word
  if (words.length >= 2 && FOREIGN_ORG_OPENERS.has(first))
    return { type: 'Organization', rule: 'name.org-prefix' };
  // "Ernie Bot", "Claude Pro": a tier or product word ends only a product's name
  if (words.length >= 2 && PRODUCT_TAILS.has(last))
    return { type: 'Product', rule: 'name.product-tail' };
  if (PLACE_AFTER.test(after) || PLACE_BEFORE.test(before))
    return { type: 'Place', rule: 'context.place' };
  // a lone unknown word where something stands, or before the region it lies in
  if (
    words.length === 1 &&
    !isCommonWord(first) &&
    !/^['’]/.test(after) &&
    (LOCATED_BEFORE.test(before) || REGION_AFTER.test(after))
  )
    return { type: 'Place', rule: 'context.located' };
  // "Prima Vale, the investment firm of ...": what the name is said to be outweighs its shape
  const appositive = appositiveType(after);
  if (appositive) return { type: appositive, rule: 'context.appositive' };
  if (COMPANY_AFTER.test(after) && !isKnownPlace(name))
    return { type: 'Organization', rule: 'context.company' };
  // "DA Davidson", "NDP Mediagroep": an initialism opening a name is a company's; a person's
  // initials ("JD Vance said") come with a person cue
  if (
    words.length >= 2 &&
    /^\p{Lu}{2,4}$/u.test(first) &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    !PERSON_BEFORE.test(before) &&
    !PERSON_AFTER.test(after)
  )
    return { type: 'Organization', rule: 'name.initialism' };
  if (looksLikeName(words)) {
    // "Grace Hopper chips", "Zorb Vane systems": a product noun after a name outweighs a given name
    if (PRODUCT_AFTER.test(after)) return { type: 'Product', rule: 'context.product' };
    if (isKnownFirstName(first)) return { type: 'Person', rule: 'name.first-name' };
    // "Singapore's Merlion Nav": a country's or city's own, with no given name, is a company
    const owner = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u.exec(before)?.[1];
    if (words.length >= 2 && owner && isKnownPlace(owner) && !isKnownLastName(last))
      return { type: 'Organization', rule: 'context.place-owned' };
    if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) {
      return { type: 'Person', rule: 'context.person' };
    }
    // "server maker Kunlun Tianhe", "start-up Zhou Labs": an organization noun outweighs a surname
    if (ORG_NOUN_BEFORE.test(before)) return { type: 'Organization', rule: 'context.org-noun' };
    if (isKnownLastName(last) && !isKnownPlace(name))
      return { type: 'Person', rule: 'name.last-name' };
  }
  // "Roe, the company's chief executive, said": a lone surname with a title in apposition
  if (words.length === 1 && COMPANY_ROLE_APPOSITIVE.test(after))
    return { type: 'Person', rule: 'context.person-title' };
  // "Yang, 31, founded ...": an age in commas follows only a person
  if (words.length === 1 && /^,\s+\d{2},/.test(after))
    return { type: 'Person', rule: 'context.age' };
  if (isKnownPlace(name)) return { type: 'Place', rule: 'name.place' };
  if (
    PRODUCT_BEFORE.test(before) ||
    PRODUCT_AFTER.test(after) ||
    (words.length >= 2 && !run.initial && isOwnedProduct(before, last)) ||
    (PRODUCT_APPOSITIVE.test(before) && /^[,;)]/.test(after))
  ) {
    return { type: 'Product', rule: 'context.product' };
  }
  // "Vice President of Technology at Acme": a department, not the employer
  if (
    ROLE_OF_BEFORE.test(before) &&
    !/^\s+(?:at|of|in)\b/.test(after) &&
    !(words.length === 1 && isCommonWord(first))
  )
    return { type: 'Organization', rule: 'context.role-of' };
  if (ORG_BEFORE.test(before) || ORG_AFTER.test(after) || BOUGHT_BY_AFTER.test(after))
    return { type: 'Organization', rule: 'context.org' };
  // "Acme's Zorb": a lone name owned by another name is its product; the owner is a company
  if (
    words.length === 1 &&
    !isCommonWord(first) &&
    !isKnownFirstName(first) &&
    !isKnownLastName(first)
  ) {
    const owner = /(\p{Lu}[\p{L}\p{N}.-]*)['’]s\s+$/u.exec(before)?.[1];
    if (
      owner &&
      !isKnownPlace(owner) &&
      !/^\s+(?:said|says|told|added|wrote)\b|^['’]s\b|^\s+\p{Lu}/u.test(after)
    )
      return { type: 'Product', rule: 'context.owned' };
    // "Finland's Metso offers monitoring": a country's or city's own that does business is a company
    if (
      owner &&
      isKnownPlace(owner) &&
      /^\s+(?:(?:also|now|already)\s+)?(?:offers|sells|makes|builds|develops|operates|runs|provides|supplies|ships|raised|competes|owns|employs|produces|manufactures)\b/.test(
        after,
      )
    )
      return { type: 'Organization', rule: 'context.place-owned' };
    if (
      /^['’]s\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{N}[\p{L}\p{N}.-]*)*(?=[,.;]|$|\s+\p{Ll})/u.test(
        after,
      ) &&
      !/['’]s\s+$/.test(before)
    )
      return { type: 'Organization', rule: 'context.owner' };
  }
  // "Zorbly raised $10 million", "Zorbly has acquired ...": corporate acts name a company
  if (
    words.length === 1 &&
    !isCommonWord(first) &&
    !isKnownFirstName(first) &&
    !isKnownLastName(first) &&
    /^\s+(?:(?:has|had|have|will|also|later|then|recently)\s+)?(?:raised|acquired|unveiled|released|launched|invested|filed|hired|shipped|agreed to (?:buy|acquire|invest))\b/.test(
      after,
    )
  )
    return { type: 'Organization', rule: 'context.org-act' };
  // "Google", "Nvidia": organizations compromise knows by name ("ups" of "Start-ups" is none)
  if (words.length === 1 && /^\p{Lu}/u.test(first) && lexiconTags(first).includes('Organization'))
    return { type: 'Organization', rule: 'name.known-org' };
  if (words.length === 1 && isCamelCase(first) && !run.initial) {
    return { type: 'Organization', rule: 'name.camel-case' };
  }
  if (words.length >= 2 && !run.initial) {
    const kind = classifySpan(
      `${before.split(/\s+/).slice(-3).join(' ')} ${name}${after.slice(0, 30)}`,
      name,
    );
    if (kind) return { type: kind, rule: 'nlp.span' };
  }
  return undefined;
}
