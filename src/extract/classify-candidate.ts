import {
  FOUNDER_ROLES,
  LEAD_ROLES,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PRODUCT_NOUNS,
  STAFF_ROLES,
} from './cues.js';
import {
  classifySpan,
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
  'founder|inventor|expert|economist|pioneer|whistleblower|host|anchor|judge|ceo';

/** "Acme spokesperson Jane Roe", "comedian Jane Roe", "said Jane Roe". */
const PERSON_BEFORE = new RegExp(
  `(?:\\b(?:${ROLES}|${PERSON_WORDS})|\\b(?:said|says|told|by))\\s*$`,
  'i',
);
/** "Quanquan Gu, director of ...", "Liang Wenfeng, DeepSeek's founder", "Seth added". */
const PERSON_AFTER = new RegExp(
  `^(?:,\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|who\\s+(?:is|was)\\s+)?(?:former\\s+|then-|co-|vice\\s+|senior\\s+|chief\\s+)?(?:[\\w.'’-]+\\s+){0,3}?(?:${ROLES})\\b|\\s+(?:said|says|added|told|wrote|posted|tweeted|noted|explained|argued)\\b)`,
  'i',
);
const ORG_NOUN_RE = alt(ORG_NOUNS);
/** "start-up Zhipu AI", "according to TechWire", "manufacturer Foxlink". */
const ORG_BEFORE = new RegExp(
  `(?:\\b(?:${ORG_NOUN_RE}|outlet|newsletter|according to|per|reported by|reports from|investors? include|backed by|told|(?:deal|deals|partnership|agreement|collaboration|alliance|talks|partnered|partnering|teamed up|merger) with|acquire|acquires|acquired|acquiring|buy|buys|bought|(?:companies|firms|startups|start-ups|rivals|competitors|investors|backers|players|giants|labs) (?:like|such as|including))\\s*,?\\s*)$`,
  'i',
);
/** "Zhipu AI, a Beijing-based start-up", "TechWire reported". */
const ORG_AFTER = new RegExp(
  `^(?:,\\s+(?:a|an|the|which|whose)\\s+(?:[\\w.'’-]+\\s+){0,4}?(?:${ORG_NOUN_RE})\\b|\\s+(?:reported|reports|reportedly|announced|declined|Inc\\b|Corp\\b|(?:co-)?founder|CEO|chief executive|chairman|president|spokes(?:person|man|woman)|executives?|employees?|engineers?|researchers?|staff(?:ers)?)\\b)`,
  'i',
);
const PRODUCT_NOUN_RE = alt(PRODUCT_NOUNS);
const PRODUCT_BEFORE = new RegExp(
  `(?:\\b(?:called|dubbed|named|${PRODUCT_NOUN_RE})\\s*["“‘']?)$`,
  'i',
);
const PRODUCT_AFTER = new RegExp(`^["”’']?\\s+(?:${PRODUCT_NOUN_RE})\\b`, 'i');
const PLACE_BEFORE =
  /\b(?:city of|town of|province of|state of|based in|headquartered in|capital of)\s*$/i;
const PLACE_AFTER = /^-based\b/;

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
  if (PLACE_AFTER.test(after) || PLACE_BEFORE.test(before))
    return { type: 'Place', rule: 'context.place' };
  if (looksLikeName(words)) {
    if (isKnownFirstName(first)) return { type: 'Person', rule: 'name.first-name' };
    if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) {
      return { type: 'Person', rule: 'context.person' };
    }
    if (isKnownLastName(last) && !isKnownPlace(name))
      return { type: 'Person', rule: 'name.last-name' };
  }
  if (isKnownPlace(name)) return { type: 'Place', rule: 'name.place' };
  if (PRODUCT_BEFORE.test(before) || PRODUCT_AFTER.test(after)) {
    return { type: 'Product', rule: 'context.product' };
  }
  if (ORG_BEFORE.test(before) || ORG_AFTER.test(after))
    return { type: 'Organization', rule: 'context.org' };
  // "Google", "Nvidia": organizations compromise knows by name
  if (words.length === 1 && lexiconTags(first).includes('Organization'))
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
