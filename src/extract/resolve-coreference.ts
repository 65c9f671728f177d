import type { EntityMention } from './build-entities.js';
import { DESCRIPTION_NOUNS, PUBLIC_BODY_KINDS } from './cues.js';
import { lexiconTags } from './nlp.js';
import type { Entity, EntityType, Sentence } from './types.js';

/** A pronoun or description standing for an entity: "its", "the US firm", "the companies". */
export interface CorefMention extends EntityMention {
  /** "its", "his", "the company's": reads as a possessive. */
  possessive: boolean;
  kind: 'pronoun' | 'description';
  /** Further entities of a plural description ("the companies"). */
  others?: number[] | undefined;
}

const HEADS = [...DESCRIPTION_NOUNS].join('|');
/**
 * "the company", "the Chinese start-up", "its parent company", "the Sunnyvale, California-based company";
 * ", a Beijing-based start-up" after a name; "Italy's data protection authority" (a place's).
 */
/** Words that are no modifiers of a description: "its archive to the start-up" is "the start-up". */
const NOT_MODIFIER = /(?:^|\s)(?:to|of|for|with|in|on|at|by|from|and|or|the|a|an|its|their)\s/;
const DESCRIPTION = new RegExp(
  `(?:\\b([Tt]he|[Ii]ts|[Tt]heir|\\p{Lu}[\\p{L}.’'-]*(?:\\s\\p{Lu}[\\p{L}.’'-]*){0,2}['’]s)|(, an?))\\s+((?:[\\p{L}\\p{N}.’'-]+\\s+|\\p{Lu}[\\p{L}.’'-]*,\\s+){0,4}?)(${HEADS})\\b`,
  'gu',
);
const PLURAL =
  /\b(?:[Tt]he|[Bb]oth) (?:two |three )?(?:companies|firms|tech giants|giants|defendants)\b/g;
const PRONOUN = /\b(its|it|his|him|he|her|she)\b/giu;
const SUBORDINATE = /\b(?:as|while|because|since|when|although|though)\s+$/i;
const WE = /\b([Ww]e|[Oo]ur)\b/g;
/** "OpenAI spokesperson Niko Felix said", "OpenAI said in a statement". */
const SPEAKS =
  /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:person|man|woman)|statement|said|says|told|wrote|confirmed)\b/;
/** A description's modifiers without "Munich-based", "San Francisco-based": a place says where
 * the company is, not that it is another one the story names. */
const unlocated = (modifiers: string) =>
  modifiers.replace(/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*-based\b/gu, '');
const PERSON_PRONOUNS = new Set(['his', 'him', 'he', 'her', 'she']);

/** Words that may follow a description's head: "the company said", "the firm's", "the startup, which",
 * "granted the start-up $350,000", "the company built" (irregular past tenses the lexicon lacks). */
const FOLLOWER =
  /^(?:$|['’]s\b|[^\p{L}\p{N}\s]|\s+[$€£¥]\d|\s+(?:is|was|has|had|have|are|were|said|says|will|would|could|can|may|might|did|does|also|which|that|who|and|or|but|to|in|on|at|for|from|with|by|as|behind|announced|reported|declined|added|noted|stated|told|plans|expects|itself|now|then|still|recently|just|already|never|not|once|first|later|soon|quickly|only|even|reportedly|must|should|shall|last|this|next|earlier|since|after|before|until|during|through|under|over|about|into|amid|despite|while|because|when|if|so|yet|whose|where|nor|than|via|per|against|without|within|along|alongside|outside|across|toward|towards|beyond|ahead|back|up|down|out|off|together|though|although|unless|whereas|whilst|built|bought|sold|made|took|won|led|ran|began|became|chose|grew|held|kept|left|lost|paid|put|struck|spent|sent|got|gave|brought|[a-z]+ed|[a-z]+s|[a-z]{3,}ly)\b)/u;

/** A mention followed by a verb acts as a subject: "Amazon has not been ... its deal". */
// ("It fine-tunes open-weight models": one hyphenated verb; any hyphenated word after "it" cost an
// untouched set 0.003)
const FOLLOWED_BY_VERB =
  /^(?:'s?)?\s*(?:\([^)]{0,20}\)\s*)?(?:,[^,]{1,50},\s*)?(?:has|have|had|is|are|was|were|will|would|said|says|did|does|also|then|now|could|can|may|might|became|began|made|took|got|won|saw|led|rose|fell|grew|told|built|bought|sold|brought|gave|went|came|held|kept|left|lost|met|paid|put|ran|set|sent|spent|stood|thought|wrote|(?!this\b|thus\b|plus\b|less\b|unless\b|across\b|perhaps\b|always\b|news\b|towards\b)(?:fine-)?[a-z]{2,}(?:ed|s))\b/;

/** Relation verbs whose object "it" is a company: "is now suing it", "criticised it". */
const OBJECT_VERB =
  /\b(?:suing|sued|sues|sue|accused|accusing|accuses|accuse|criticized|criticised|criticizing|criticising|condemned|slammed|blasted|attacked|acquired|acquiring|bought|buying|backed|backing|backs|invested in|investing in|joined|joining|left|leaving|founded|co-founded|cofounded|leads|led|runs|ran|partnered with|sued over|put|puts|putting|pits|pitted|pitting|supplies|supplied|supplying|provides|provided|providing|equips|equipped|equipping)\s+$/i;

/** Between a name and a later verb: a clause boundary means the name is not that verb's subject. */
const CLAUSE_GAP = /[,;(]|\b(?:and|but|who|which|that|while|after|before|when)\b/;

const VERB_TAGS = new Set([
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Modal',
  'Copula',
  'Adverb',
  'Preposition',
  'Conjunction',
]);
/** "the tech giant provide ...": compromise knows "provide" as a verb. */
const isVerbLike = (word: string) => word !== '' && lexiconTags(word).some((t) => VERB_TAGS.has(t));

const LIST_GAP = /^(?:,|,? and|,? or|,? &)\s*$/;

/** Lexicon kinds of organizations no text calls "the start-up". */
const ESTABLISHED_KINDS = new Set([
  'bigtech',
  'chipmaker',
  'cloud',
  'government',
  'regulator',
  'court',
  'university',
  'outlet',
  'investor',
  'union',
  'ngo',
]);

/**
 * Heads that say what kind of organization is meant ("the chipmaker", "the regulator"): they name
 * a company of that kind, not whichever company the story is about.
 */
const KIND_HEADS = new Set([
  'chipmaker',
  'regulator',
  'watchdog',
  'ministry',
  'department',
  'agency',
  'newspaper',
  'publisher',
  'manufacturer',
  'supplier',
  'provider',
  'retailer',
  'carmaker',
  'automaker',
]);

/** A company's circle after a possessive: "its largest customer", "their main rivals". */
const CIRCLE_AFTER =
  /^\s+(?:[\p{L}.-]+\s+){0,3}?(?:customer|client|rival|competitor|investor|backer|shareholder|supplier|vendor|partner|acquirer|buyer)s?\b/u;
/** A name, its verb (no verb of saying, no copula) and the object's article: "Acme invested in the". */
const VERB_THEN_OBJECT =
  // ("Zeta, a publisher, last month filed a case against the company"; "Zeta, the owner of Beta,
  // confirmed that it licenses its archive to the start-up")
  /^(?:,\s+(?:a|an|the)\s+[^,;]{1,60},|,\s+(?:which|who)(?=\s))?(?:\s+(?:last|this|earlier this)\s+(?:week|month|year)|\s+on\s+[A-Z][a-z]+)?(?:\s+(?:said|says|confirmed|confirms|announced|announces)\s+(?:that\s+)?(?:it|they)(?=\s))?\s+(?:(?:has|had|have|will|would|also|then|later|recently|previously)\s+)*(?!(?:said|says|told|tells|added|noted|stated|argued|claimed|believes|believed|expects|expected|is|was|are|were|remains|remained|became|becomes|be|been|being|seems|seemed|looks|called|calls|named|names|considers|considered|and|or|but|which|who|that|as|while)\b)[a-z]+(?:ed|s)?(?:(?:\s+(?!(?:and|or|but|which|who|that|as|while)\b)[\w%$.,-]+){0,4}?\s+(?:in|into|with|against|from|to|on|of|for|over))?\s+[Tt]$/;
/** Between a name and the object of its relative clause's verb: "Getty, which accuses it". */
const RELATIVE_SUBJECT_GAP = /^,\s+(?:which|who|that)\s+(?:[a-z]+\s+){1,3}$/;
/** Between the names of a list that is a clause's subject: "A and its subsidiary B". */
const SUBJECT_LIST_GAP = /^(?:,|,? and|,? or|,? &)(?: the| (?:its|their)(?: [a-z-]+){1,2})?\s*$/;
/** A name's own clause, up to a preposition before a description: "Beta will invest with the". */
const OWN_CLAUSE_OBJECT =
  /^(?:'s)?\s+(?:(?:said|says|told)\s+(?:it|they)\s+)?(?:has|had|have|will|would|also|then|plans to|is|was)?\s*(?!(?:for|in|on|at|with|of|to|from|by|as|and|or|but|which|who|that)\b)[a-z]+(?:ed|s)?\b[^,;]*\s(?:with|into|against|from|to|for|over|in)\s+[Tt]$/;
/** A hiring verb right before a possessive: "hired its chief executive". */
const HIRE_BEFORE =
  /\b(?:hired|hires|hire|hiring|rehired|rehires|rehiring|re-hired|poached|poaches|poach|recruited|recruits|lured|brought in|brings in|brought back|brings back|snapped up)\s+$/;
/** A leader's or staff title after a possessive. */
const TITLE_AFTER =
  /^\s+(?:[\p{L}\d-]+\s+){0,2}?(?:chief|CEO|founder|co-founder|cofounder|president|chairman|chairwoman|head|CTO|staff|engineers|researchers|team)s?\b/u;
/** Between a name and a pronoun: a copula or an appositive ("Zeta is its", "Zeta, its"). */
const COPULA_GAP =
  /^(?:'s?)?(?:,\s+(?:which|who)\b[^;]{0,120}?,)?,?\s+(?:which\s+|who\s+)?(?:(?:is|was|are|were|remains|remained|became|has been|had been|will be|would be)\s+)?(?:(?:also|now|still|already|currently)\s+)?(?:(?:among|one of)\s+)?$/;

/** "The company, which is backed by Zeta, released its model": a name inside a relative clause. */
const OPEN_RELATIVE = /,\s(?:which|who)\b[^,;]*$/;
/** "Acme, a start-up founded by Zeta researchers, released its model": one inside an appositive. */
const OPEN_APPOSITIVE = /,\s(?:a|an|the)\s[^,;]*$/;

function subjectBefore(sentence: Sentence, before: EntityMention[]): EntityMention | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as EntityMention;
    const head = sentence.text.slice(0, m.start - sentence.start);
    if (OPEN_RELATIVE.test(head)) continue;
    // the appositive must open on a subject's name ("Acme, a start-up ..."), not on a clause or
    // an object ("according to Acme, a fraction of the price")
    const opened = OPEN_APPOSITIVE.exec(head);
    if (
      opened &&
      before.some(
        (b) =>
          // "Acme Corp (ACME), a maker of ...": the short form in brackets closes the name
          b.end - sentence.start <= opened.index &&
          /^\)?$/.test(sentence.text.slice(b.end - sentence.start, opened.index)) &&
          !inBackground(sentence, b),
      )
    )
      continue;
    if (
      FOLLOWED_BY_VERB.test(
        sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 60),
      )
    )
      return m;
  }
  return before[0];
}

/**
 * "Kestrel Labs, which built its Falke models", "accusing the start-up of building its video tool",
 * "ordered Acme to block its chatbot", "Zeta, another start-up, which sells its models", "barred Acme
 * from selling its chips": a pronoun in a clause whose subject is the name just before; "sued
 * Acme and its chief executive": one joined to the name just before.
 */
const RELATIVE_GAP =
  /^(?:(?:,\s+(?:an?|the|another)\s+[^,;()"“”]{1,60})?,\s+(?:which|who)\s+(?:[a-z-]+\s+){1,6}|\s+of\s+[a-z]+ing\s+|\s+(?:(?:on|last|this|in)\s+[A-Z]?[a-z]+\s+)?to\s+[a-z]+\s+|\s+from\s+(?:selling|shipping|exporting|offering|releasing|launching|marketing|supplying|providing)\s+|\s+(?:and|or|&)\s+)$/;

function relativeHead(
  sentence: Sentence,
  before: EntityMention[],
  at: number,
): EntityMention | undefined {
  const m = before[before.length - 1];
  if (!m) return undefined;
  return RELATIVE_GAP.test(sentence.text.slice(m.end - sentence.start, at)) ? m : undefined;
}

/** A preposition or a possessor's place: "runs on Nvidia chips", "a decade at Google". */
const OBJECT_POSITION =
  /\b(?:at|in|on|of|from|with|by|for|to|into|onto|against|than|via|through|over|about|like|including|as|and|or|versus|vs\.)\s+(?:the\s+)?$/i;

/**
 * A name that acts as a clause's subject: followed by its verb, neither after a preposition nor a
 * possessor ("Nvidia's chips").
 */
function actsAsSubject(sentence: Sentence, m: EntityMention): boolean {
  if (inBackground(sentence, m)) return false;
  // "Tianqiong, which released its model in November to strong reviews, rejected ...": the
  // relative clause or appositive between a subject and its verb may be long
  const after = sentence.text
    .slice(m.end - sentence.start, m.end - sentence.start + 200)
    .replace(/^,\s+(?:which|who|whose|a|an|the)\b[^;]{0,150}?,\s+(?=[a-z])/, ' ');
  // "two Acme researchers says": a plural noun after a name is a modifier's head, not its verb
  const next = /^\s+([a-z]+s)\b/.exec(after)?.[1];
  if (next && (STAFF_PLURALS.test(next) || isPluralNoun(next))) return false;
  return FOLLOWED_BY_VERB.test(after);
}

/** Plural nouns that follow a company's name as a modifier: "Acme engineers". */
const STAFF_PLURALS =
  /^(?:engineers|researchers|executives|employees|officials|investors|rivals|customers|users|scientists|founders|analysts|shareholders|staffers|workers|partners|models|chips|products|lawyers|developers|veterans|alumni)$/;
const isPluralNoun = (word: string) => {
  const tags = lexiconTags(word);
  return tags.includes('Plural') && !tags.some((t) => VERB_TAGS.has(t));
};

/**
 * A name in the background of its sentence: a possessor ("Nvidia's chips") or after a preposition
 * ("runs on Nvidia chips", "a decade at Google"), not a fronted topic ("For Microsoft, the deal").
 */
function inBackground(sentence: Sentence, m: EntityMention): boolean {
  const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 2);
  if (/['’]s?$/.test(m.text) || /^['’]/.test(after)) return true;
  const before = sentence.text.slice(0, m.start - sentence.start);
  // a name in quoted speech, or a member of a company's circle ("backers Zeta and Beta returned"),
  // is not what the story's next "the company" means
  if ((before.match(/["“”]/g) ?? []).length % 2 === 1) return true;
  if (CIRCLE_BEFORE.test(before)) return true;
  if (/^\W*\w+\s+$/.test(before) && /^,/.test(after)) return false;
  return OBJECT_POSITION.test(before);
}

/** A company's circle introducing a name: "Existing backers Zeta", "rivals such as Zeta and". */
const CIRCLE_BEFORE =
  /\b(?:backers|investors|rivals|competitors|customers|clients|partners|suppliers|shareholders)(?:\s+(?:such as|like|including))?\s+(?:[\p{L}\p{N}.&'’-]+\s+(?:and|or)\s+)?$/iu;

/** "Founded in 2021 by ..., the start-up builds": a fronted participle clause before the subject. */
const FRONTED =
  /^(?:[A-Z][a-z]+ed|Founded|Co-founded|Backed|Based|Headquartered|Built|Set up|Spun out)\b[^,;]{0,120},\s/;

function mainClauseStart(sentence: Sentence): number {
  const m = FRONTED.exec(sentence.text);
  return m ? sentence.start + m[0].length : sentence.start;
}

/** "Jane Roe, a partner at Zeta, said the lab ...": a name inside a person's appositive is not the topic. */
const IN_APPOSITIVE = /,\s+(?:a|an|the)\s+[^,]{0,40}\b(?:at|of|for|from|with)\s+$/;

/** The last group of names joined as a list: "suing OpenAI and Microsoft" -> both. */
function lastGroup(text: string, orgs: EntityMention[], gap: RegExp = LIST_GAP): number[] {
  const group: EntityMention[] = [];
  for (let i = orgs.length - 1; i >= 0; i--) {
    const m = orgs[i] as EntityMention;
    const next = group[0];
    if (next && !gap.test(text.slice(m.end, next.start))) break;
    group.unshift(m);
  }
  return [...new Set(group.map((m) => m.entity))];
}

/**
 * What the passes over an article's sentences share: the article, the references found so far
 * and the ways to look back for an antecedent (see resolveCoreference).
 */
interface Article {
  text: string;
  entities: Entity[];
  /** References found so far, in the order found. */
  out: CorefMention[];
  bySentence: Map<number, EntityMention[]>;
  typeOf: (m: EntityMention) => EntityType | 'Outlet';
  countryOf: (entity: number) => string | undefined;
  cityOf: (entity: number) => string | undefined;
  orgsOf: (entity: number) => readonly number[];
  kindOf: (entity: number) => string | undefined;
  makerOf: (entity: number) => number | undefined;
  lastWith: (
    s: number,
    type: EntityType | 'Outlet',
    fits?: (m: EntityMention) => boolean,
    focusMayDo?: boolean,
  ) => EntityMention | undefined;
  topicNear: (s: number) => EntityMention | undefined;
  /** The organization a sentence opens on as its subject: "Zeta denies the claim." */
  openingSubject: (s: number) => EntityMention | undefined;
  continuedByPronoun: (index: number, type: EntityType) => EntityMention | undefined;
  speakerOrg: (index: number) => number | undefined;
}

/** The sentence a pass reads: its names, and the spans references already took in it. */
interface Here {
  sentence: Sentence;
  inSentence: EntityMention[];
  /** Index in `out` of the sentence's first reference. */
  firstOut: number;
  /** Whether a span overlaps a name or a reference already taken. */
  overlaps: (a: number, b: number) => boolean;
  push: (m: Omit<CorefMention, 'sentence' | 'text'>) => void;
}

/*
 * The passes are functions of their own rather than one long loop body: V8 optimizes (and, when
 * the object shapes it sees change, re-optimizes) a function as a whole, in the background but
 * on the same CPU budget, and a 7 KB loop body was expensive to optimize again and again. Split
 * into passes, extraction ran about 10% faster over the first thousand articles of a process.
 */
/**
 * Heads that describe a public body, never a company: "the commission's chairman" ("the centre" is
 * one the story named so: "Egypt's Personal Data Protection Centre ... the centre's chief").
 */
const BODY_HEADS = new Set(['commission', 'authority', 'court', 'ministry', 'centre', 'center']);

/** Heads of a place's public bodies: "Italy's data protection authority", "France's defence ministry". */
const PUBLIC_HEADS = new Set([
  ...BODY_HEADS,
  'regulator',
  'watchdog',
  'ministry',
  'department',
  'agency',
  'administration',
]);

/** Heads only a business goes by: "the company", "the chipmaker", "the start-up". */
const COMMERCIAL_HEADS =
  /^(?:company|firm|start-?up|upstart|unicorn|maker|chipmaker|developer|retailer|manufacturer|supplier|provider|carmaker|automaker|drugmaker|lender|bank|insurer|conglomerate|corporation|business)$/;
/** A public body by name, when the lexicon does not say: "U.S. Commerce Department". */
const BODY_NAME =
  /\b(?:Department|Ministry|Commission|Agency|Authority|Administration|Bureau|Regulator|Council|Parliament|Senate|Congress|Court|Government|Inspectorate|Directorate|Ombudsman|(?:Data|Consumer|Competition) Protection)\b/;

/** Between a person and "the firm" they founded, run or joined: "Mensch co-founded the". */
const PERSON_TIE_VERB =
  /^(?:,? who)?\s+(?:(?:has|had|later|also|then|first)\s+)*(?:co-founded|cofounded|founded|started|set up|joined|rejoined|left|leads|led|runs|ran|heads|headed|took over|chairs|chaired)\s+$/;

/**
 * The company the story last named beside a person: in the latest earlier sentence naming the
 * person (or referring to them), the company mentioned nearest to them.
 */
function tiedCompany(
  article: Article,
  person: EntityMention,
  index: number,
  fits: (m: EntityMention) => boolean,
): EntityMention | undefined {
  // "Mensch co-founded the firm": one of the companies the lexicon ties the person to
  const known = tiedByLexicon(article, person, index, fits);
  if (known) return known;
  for (let j = index - 1; j >= 0 && j >= index - 6; j--) {
    const here = [
      ...(article.bySentence.get(j) ?? []),
      ...article.out.filter((m) => m.sentence === j),
    ];
    const own = here.filter((m) => m.entity === person.entity);
    if (own.length === 0) continue;
    const companies = here.filter(
      (m) => article.typeOf(m) === 'Organization' && !('others' in m && m.others) && fits(m),
    );
    let best: EntityMention | undefined;
    let distance = Number.POSITIVE_INFINITY;
    for (const c of companies)
      for (const p of own) {
        const gap = c.start >= p.end ? c.start - p.end : p.start - c.end;
        if (gap < distance) [best, distance] = [c, gap];
      }
    return best;
  }
  return undefined;
}

/**
 * Of the companies the lexicon ties a person to that the story named before the person's mention
 * in sentence `index`, the first in the lexicon's order (most important first): "Mensch, a former
 * DeepMind researcher, ... Mensch, the company's chief executive" is Mistral's.
 */
function tiedByLexicon(
  article: Article,
  person: EntityMention,
  index: number,
  fits: (m: EntityMention) => boolean,
): EntityMention | undefined {
  const named: EntityMention[] = [];
  for (let j = 0; j <= index; j++)
    for (const m of article.bySentence.get(j) ?? [])
      if (m.end <= person.start && article.typeOf(m) === 'Organization' && fits(m)) named.push(m);
  for (const org of article.orgsOf(person.entity)) {
    const last = named.filter((m) => m.entity === org).pop();
    if (last) return last;
  }
  return undefined;
}

/** "Chaba Health was founded in 2023 by physician Jane Roe and engineer John Doe": the gap. */
const FOUNDED_BY_GAP =
  /^,?\s+(?:(?:was|were|had been|has been)\s+)?(?:co-?)?founded\b[^.;!?]*\bby\b[^.;!?]*$/;

/**
 * The company an earlier sentence says the person founded ("Zeta was founded in 2023 by ... and
 * John Doe"): "Doe, the company's chief technology officer" is Zeta's, not the story's bigger one.
 */
function foundedBy(
  article: Article,
  person: EntityMention,
  index: number,
  fits: (m: EntityMention) => boolean,
): EntityMention | undefined {
  for (let j = index - 1; j >= 0; j--) {
    const here = article.bySentence.get(j) ?? [];
    for (const p of here.filter((m) => m.entity === person.entity))
      for (const o of here)
        if (
          o.end <= p.start &&
          article.typeOf(o) === 'Organization' &&
          fits(o) &&
          FOUNDED_BY_GAP.test(article.text.slice(o.end, p.start))
        )
          return o;
  }
  return undefined;
}

/** The last mention (a name, or a reference resolved to it) of an entity up to a sentence. */
function inSentenceOrBefore(
  article: Article,
  entity: number,
  index: number,
): EntityMention | undefined {
  for (let i = index; i >= 0; i--) {
    const named = (article.bySentence.get(i) ?? []).filter((m) => m.entity === entity);
    if (named.length > 0) return named[named.length - 1];
  }
  return undefined;
}

/** "after concluding that the company", "after finding that the firm": a finding about another. */
const FINDING_THAT =
  /\b(?:after|on|for|by)\s+(?:concluding|finding|determining|discovering|establishing|alleging)\s+(?:that\s+)?$/;

/** "start-up Chaba Health", "U.S. start-up Abridge": a young company's name after its head. */
const YOUNG_BEFORE = /\bstart-?up\s+$/i;
/** "Zeta, a Singapore-based start-up": ... or in its appositive. */
const YOUNG_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,4}?start-?up\b/u;

/** Whether the text before `until` calls `entity` a start-up, by name or by reference. */
function calledYoung(article: Article, entity: number, until: number): boolean {
  const { text } = article;
  if (
    (firstCalled(article, 'start-up', YOUNG_PATTERNS).get(entity) ?? Number.POSITIVE_INFINITY) <=
    until
  )
    return true;
  return article.out.some(
    (m) =>
      m.entity === entity &&
      m.kind === 'description' &&
      m.end <= until &&
      YOUNG_HEADS.test(text.slice(m.start, m.end).split(/\s+/).pop() ?? ''),
  );
}

/**
 * Heads that say what trade a company is in, which a story names once and then refers to. Not
 * "bank" or "lender": a bank is often called "the bank" by no earlier word of the story (tried: an
 * untouched set lost 0.008).
 */
const TRADE_HEADS =
  /^(?:group|carmaker|automaker|drugmaker|chipmaker|manufacturer|supplier|telco|broadcaster|publisher|retailer|conglomerate|operator|organi[sz]ation|agency|watchdog|regulator)$/;

/** How a name is called by a head: right before it (read `reach` characters back), or after it. */
interface CalledPatterns {
  before: RegExp;
  after: RegExp;
  reach: number;
}

/** "start-up Chaba Health", "Zeta, a Singapore-based start-up". */
const YOUNG_PATTERNS: CalledPatterns = { before: YOUNG_BEFORE, after: YOUNG_AFTER, reach: 12 };

const HEAD_PATTERNS = new Map<string, CalledPatterns>();
/** "lender Zeta" and "Zeta, a Lagos-based lender": a head before a name, or in its appositive. */
function headPatterns(head: string): CalledPatterns {
  let found = HEAD_PATTERNS.get(head);
  if (!found) {
    found = {
      reach: 20,
      before: new RegExp(`\\b${head}\\s+$`, 'i'),
      after: new RegExp(
        `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}.'’-]+\\s+){0,4}?${head}\\b(?!['’])`,
        'u',
      ),
    };
    HEAD_PATTERNS.set(head, found);
  }
  return found;
}

/**
 * Whether the text before `until` calls `entity` by `head`: "lender Zeta", "Zeta, a Lagos-based
 * lender", or an earlier "the lender" read as Zeta.
 */
function calledAs(article: Article, entity: number, until: number, head: string): boolean {
  // "SoftBank Group", "Deutsche Bank": a name that holds the head
  const named = article.entities[entity] as Entity;
  if ([named.name, ...named.aliases].some((a) => a.toLowerCase().split(/\s+/).includes(head)))
    return true;
  if (
    (firstCalled(article, head, headPatterns(head)).get(entity) ?? Number.POSITIVE_INFINITY) <=
    until
  )
    return true;
  const { text } = article;
  return article.out.some(
    (m) =>
      m.entity === entity &&
      m.kind === 'description' &&
      m.end <= until &&
      text.slice(m.start, m.end).split(/\s+/).pop() === head,
  );
}

const FIRST_CALLED = new WeakMap<Article, Map<string, Map<number, number>>>();
/**
 * Where each entity is first called by `head` by name ("lender Zeta", "Zeta, a lender"): read
 * once per article and head, since the searches for the last company so called ask of many.
 */
function firstCalled(
  article: Article,
  head: string,
  patterns: CalledPatterns,
): Map<number, number> {
  let byHead = FIRST_CALLED.get(article);
  if (!byHead) {
    byHead = new Map();
    FIRST_CALLED.set(article, byHead);
  }
  let found = byHead.get(head);
  if (!found) {
    found = new Map();
    const { before, after, reach } = patterns;
    const { text } = article;
    for (const mentions of article.bySentence.values())
      for (const m of mentions)
        if (
          (found.get(m.entity) ?? Number.POSITIVE_INFINITY) > m.end &&
          (before.test(text.slice(Math.max(0, m.start - reach), m.start)) ||
            after.test(text.slice(m.end, m.end + 80)))
        )
          found.set(m.entity, m.end);
    byHead.set(head, found);
  }
  return found;
}

/**
 * The last company named before `until` that `fits`, of those the story's opening sentence names
 * (one of its actors, not a passing one): "the start-up" far from the start-up's last mention.
 */
function lastActor(
  article: Article,
  until: number,
  fits: (m: EntityMention) => boolean,
): EntityMention | undefined {
  let last: EntityMention | undefined;
  const lede = new Set((article.bySentence.get(0) ?? []).map((m) => m.entity));
  for (const m of [...article.bySentence.values()].flat())
    if (
      m.end <= until &&
      (last === undefined || m.start > last.start) &&
      article.typeOf(m) === 'Organization' &&
      lede.has(m.entity) &&
      fits(m)
    )
      last = m;
  return last;
}

/** Heads that say nothing of a company's trade. */
const GENERIC_HEADS = /^(?:company|firm|start-?up|group)$/;
/** Heads that name a product's maker: "the ChatGPT maker", "the Gemini developer". */
const MAKER_HEADS = /^(?:maker|developer|operator|designer)$/;
/** Heads of a young company: "the start-up" is never a known tech giant or chipmaker. */
const YOUNG_HEADS = /^(?:start-?up|upstart|unicorn)$/i;

/** A government body, regulator or court, by its lexicon kind or its name. */
const isPublicBody = (article: Article, entity: number) =>
  PUBLIC_BODY_KINDS.has(article.kindOf(entity) ?? '') ||
  BODY_NAME.test((article.entities[entity] as Entity).name);

/** "the company", "the Chinese start-up", ", a Beijing-based start-up": descriptions of a name. */
function resolveDescriptions(article: Article, here: Here): void {
  const { entities, typeOf, countryOf, kindOf, lastWith, topicNear } = article;
  const isBody = (entity: number) => isPublicBody(article, entity);
  const { sentence, inSentence, overlaps, push } = here;
  const described = new Set<number>();
  DESCRIPTION.lastIndex = 0;
  for (let d = DESCRIPTION.exec(sentence.text); d; d = DESCRIPTION.exec(sentence.text)) {
    // a rejected match is retried one word on: "Its R1 model, which the company says"
    DESCRIPTION.lastIndex = d.index + 1;
    if (NOT_MODIFIER.test(d[3] ?? '')) continue;
    const head = d[4] as string;
    const after = sentence.text.slice(d.index + d[0].length);
    // "accusing the start-up of copying": "of" opens the charge, not a "maker of" phrase
    const charged = /\b(?:accus\w+|suspect\w*|blam\w+|convict\w*)\s+$/.test(
      sentence.text.slice(Math.max(0, d.index - 12), d.index),
    );
    if (
      (/^\s+of\b/.test(after) && !charged) ||
      !(FOLLOWER.test(after) || isVerbLike(/^\s+([a-z]+)/.exec(after)?.[1] ?? ''))
    )
      continue; // "the maker of ChatGPT", "the startup Anthropic"
    const start = sentence.start + d.index + d[0].length - head.length;
    const end = start + head.length;
    if (overlaps(start, end)) continue;
    // "Italy's data protection authority": a place's own body or company, known to be there
    const owner = /['’]s$/.test(d[1] ?? '')
      ? inSentence.find(
          (m) =>
            m.start === sentence.start + d.index &&
            m.end === sentence.start + d.index + (d[1] as string).length - 2 &&
            typeOf(m) === 'Place',
        )
      : undefined;
    if (/['’]s$/.test(d[1] ?? '') && !owner) continue;
    // "Grupo Clarín, Argentina's largest media group,": an appositive describes the name before
    // it, which the appositive rules read
    if (owner && /,\s+$/.test(sentence.text.slice(0, d.index))) continue;
    // "its own ChatGPT rival": a name other than a place among the modifiers
    const modStart = sentence.start + d.index;
    const modifiers = inSentence.filter(
      (m) => m.start >= modStart && m.end <= start && typeOf(m) !== 'Place',
    );
    if (modifiers.length > 0) {
      // "the San Francisco-based ChatGPT maker": the maker the lexicon knows
      // of the one product named, when the story names it
      const maker =
        modifiers.length === 1 && MAKER_HEADS.test(head) && /^[Tt]he$/.test(d[1] ?? '')
          ? article.makerOf((modifiers[0] as EntityMention).entity)
          : undefined;
      if (maker !== undefined && !described.has(maker)) {
        described.add(maker);
        push({ start, end, entity: maker, possessive: false, kind: 'description' });
      }
      continue;
    }
    // "the newspaper" is an outlet; "the company" never is
    const kindWanted = /^(?:newspaper|outlet|publisher|network)$/.test(head)
      ? 'Outlet'
      : 'Organization';
    // "the US company", "the Riyadh-based firm": a place among the modifiers rules out companies
    // known to be in another country (a city speaks through the country it lies in)
    const named = inSentence
      .filter((m) => m.start >= modStart && m.end <= start && typeOf(m) === 'Place')
      .flatMap((m) => {
        if (kindOf(m.entity) === 'country') return [(entities[m.entity] as Entity).name];
        const country = countryOf(m.entity);
        return country ? [country] : [];
      });
    // "the start-up's chief executive": not a giant the text also names
    const young = YOUNG_HEADS.test(head);
    const ofKind = KIND_HEADS.has(head);
    const fits = (m: EntityMention) => {
      const country = countryOf(m.entity);
      if (young && ESTABLISHED_KINDS.has(kindOf(m.entity) ?? '')) return false;
      // "the commission", "the authority", "the court": a body named so, or known as one
      if (
        BODY_HEADS.has(head) &&
        !(entities[m.entity] as Entity).name.toLowerCase().includes(head) &&
        !PUBLIC_BODY_KINDS.has(kindOf(m.entity) ?? '')
      )
        return false;
      // "The department said the company had supplied ...": a commercial head is no public body
      if (COMMERCIAL_HEADS.test(head) && isBody(m.entity)) return false;
      // ... and of the kind the head names: "France's defence ministry" is no company
      if (owner)
        return (
          country !== undefined &&
          named.includes(country) &&
          PUBLIC_HEADS.has(head) === PUBLIC_BODY_KINDS.has(kindOf(m.entity) ?? '')
        );
      return named.length === 0 || country === undefined || named.includes(country);
    };
    const before = inSentence.filter((m) => m.end <= start && typeOf(m) === kindWanted && fits(m));
    let ante: EntityMention | undefined;
    // "Mensch co-founded the firm": the company a person founded, runs or joined is the one the
    // story last tied that person to ("chief executive Arthur Mensch ... at the company's offices")
    const founder = inSentence.find(
      (m) =>
        typeOf(m) === 'Person' &&
        m.end <= sentence.start + d.index &&
        PERSON_TIE_VERB.test(sentence.text.slice(m.end - sentence.start, d.index)),
    );
    const tied =
      founder && /^[Tt]he$/.test(d[1] ?? '') && kindWanted === 'Organization'
        ? tiedCompany(article, founder, sentence.index, fits)
        : undefined;
    if (tied) {
      ante = tied;
    } else if (d[2]) {
      const prev = before[before.length - 1];
      ante = prev && sentence.start + d.index === prev.end ? prev : undefined;
    } else if (
      /^[Tt]he$/.test(d[1] ?? '') &&
      before.length > 1 &&
      FINDING_THAT.test(sentence.text.slice(Math.max(0, d.index - 40), d.index))
    ) {
      // "OpenAI cut off access for Zeta after concluding that the company had used its outputs":
      // what the subject found is about the company its verb acted on, not about itself
      ante = [...before].reverse().find((m) => m.entity !== before[0]?.entity);
    } else if (SUBORDINATE.test(sentence.text.slice(Math.max(0, d.index - 12), d.index))) {
      // "Microsoft announced ... — as the U.S. tech giant seeks to expand": the main subject
      ante = before[0] ?? lastWith(sentence.index, kindWanted, fits, !ofKind);
    } else if (
      kindWanted === 'Organization' &&
      /^,? (?:said|says|told|added|noted|stated|declined)\b/.test(after) &&
      // ("Zeta, which holds a stake in the company, declined": an object closes the clause)
      !/\b(?:in|into|with|to|from|against|of|for|by|on|at)\s+$/.test(
        sentence.text.slice(Math.max(0, d.index - 10), d.index),
      ) &&
      !/[A-Z]/.test(unlocated(d[3] ?? '')) &&
      // "its R1 model, which the Hangzhou-based company said it trained": the relative's own
      !/\b(?:which|that)\s+$/.test(sentence.text.slice(Math.max(0, d.index - 8), d.index)) &&
      topicNear(sentence.index) &&
      fits(topicNear(sentence.index) as EntityMention)
    ) {
      // "..., the company said": the speaker is most often the company the story is about, unless
      // a company named as the subject of what is reported speaks of itself ("Zeta will train
      // its model there, the Paris-based company said")
      const first = before[0];
      ante =
        first && actsAsSubject(sentence, first) && fits(first) ? first : topicNear(sentence.index);
    } else if (
      kindWanted === 'Organization' &&
      /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:chief|CEO|founder|co-founder|president|chairman|chairwoman|head)\b/.test(
        after,
      ) &&
      /,\s+$/.test(sentence.text.slice(0, d.index)) &&
      !/[A-Z]/.test(unlocated(d[3] ?? '')) &&
      topicNear(sentence.index) &&
      fits(topicNear(sentence.index) as EntityMention)
    ) {
      // "Jane Roe, the company's chief executive,": a title in apposition is most often held at
      // the company the story is about, unless the lexicon ties the person to another it named
      const person = [...inSentence]
        .reverse()
        .find((m) => m.end <= sentence.start + d.index && typeOf(m) === 'Person');
      // ... or at the one the sentence before opens on, when this one names no company before the
      // title ("Zeta denies the claim. Jane Roe, the company's chief executive, said"; "the bank"
      // is a bank the story named, whatever the sentence before)
      const previous = article.openingSubject(sentence.index - 1);
      ante =
        (person &&
          (tiedByLexicon(article, person, sentence.index, fits) ??
            foundedBy(article, person, sentence.index, fits))) ??
        (previous && before.length === 0 && GENERIC_HEADS.test(head) && fits(previous)
          ? previous
          : undefined) ??
        topicNear(sentence.index);
    } else if (
      kindWanted === 'Organization' &&
      /^['’]s\s+own\b/.test(after) &&
      topicNear(sentence.index) &&
      fits(topicNear(sentence.index) as EntityMention)
    ) {
      // "from deploying Zeta's cloud, and from the company's own product": "own" sets the
      // company against the others named, so it is the sentence's subject or the story's company
      const first = before[0];
      ante = first && actsAsSubject(sentence, first) ? first : topicNear(sentence.index);
    } else if (
      kindWanted === 'Organization' &&
      head !== 'company' &&
      head !== 'firm' &&
      /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|arm|division|affiliate|lab|laboratory)\b/.test(
        after,
      ) &&
      before.length > 0 &&
      /^,\s+$/.test(
        sentence.text.slice(
          (before[before.length - 1] as EntityMention).end - sentence.start,
          d.index,
        ),
      )
    ) {
      // "SoftBank Corp., the group's telecom unit", "Woven by Toyota, the carmaker's subsidiary":
      // the parent a unit's own appositive names is another company
      const member = before[before.length - 1] as EntityMention;
      ante =
        [...before].reverse().find((m) => m.entity !== member.entity) ??
        lastWith(sentence.index, kindWanted, (m) => fits(m) && m.entity !== member.entity, !ofKind);
    } else if (
      d.index > 0 &&
      sentence.start + d.index >= mainClauseStart(sentence) &&
      mainClauseStart(sentence) > sentence.start &&
      before.every((m) => m.start < mainClauseStart(sentence))
    ) {
      // "Founded by former Zeta researchers, the start-up builds": the subject of the fronted clause
      ante = lastWith(sentence.index, kindWanted, fits, !ofKind);
    } else {
      // "saw the tech giant provide the organization's arm": two descriptions, two companies
      // "Jane Roe, a partner at Zeta, said the lab ...": a name inside a person's appositive is not
      // the topic, nor in the relative clause that goes on from it ("a former engineer at Zeta who
      // founded the company")
      const eligible = before.filter(
        (m) =>
          !(
            IN_APPOSITIVE.test(sentence.text.slice(0, m.start - sentence.start)) &&
            /^(?:,|\s+who\b)/.test(sentence.text.slice(m.end - sentence.start))
          ),
      );
      const fresh = eligible.filter((m) => !described.has(m.entity));
      const pool = fresh.length > 0 ? fresh : eligible;
      // "SoftBank invested in the San Francisco-based company": the object of the only name's
      // own verb is another company (but "SoftBank said the company ..." is SoftBank)
      const only = pool.length === 1 ? (pool[0] as EntityMention) : undefined;
      const ownObject =
        only !== undefined &&
        VERB_THEN_OBJECT.test(sentence.text.slice(only.end - sentence.start, d.index + 1));
      // "Acme agreed a deal with Zeta, and Beta said it would invest in the kingdom with the
      // Riyadh-based firm": the object of a name's own clause is another of the names
      const latest = pool.filter((m) => m.entity !== before[0]?.entity);
      const last = latest[latest.length - 1];
      // ("Synthesia said Adobe had taken a stake in the company": the sentence's subject counts too)
      const others = last ? pool.filter((m) => m.entity !== last.entity) : [];
      const lastsObject =
        last !== undefined &&
        others.length > 0 &&
        OWN_CLAUSE_OBJECT.test(sentence.text.slice(last.end - sentence.start, d.index + 1));
      // "Britannica and its subsidiary Merriam-Webster sued the company", "Dow Jones and the
      // Financial Times sued the company": the object of a list's own verb is none of the list
      const listed = inSentence.filter(
        (m) => m.end <= start && (typeOf(m) === 'Organization' || typeOf(m) === 'Outlet'),
      );
      const list = lastGroup(article.text, listed, SUBJECT_LIST_GAP);
      const listsObject =
        list.length > 1 &&
        pool.every((m) => list.includes(m.entity)) &&
        VERB_THEN_OBJECT.test(
          sentence.text.slice(
            (listed[listed.length - 1] as EntityMention).end - sentence.start,
            d.index + 1,
          ),
        );
      ante = listsObject
        ? lastWith(sentence.index, kindWanted, (m) => fits(m) && !list.includes(m.entity), !ofKind)
        : pool.length > 1
          ? lastsObject
            ? others[others.length - 1]
            : (last ?? pool[pool.length - 1])
          : ownObject
            ? lastWith(
                sentence.index,
                kindWanted,
                (m) => fits(m) && m.entity !== only?.entity,
                !ofKind,
              )
            : (pool[0] ?? lastWith(sentence.index, kindWanted, fits, !ofKind));
    }
    // "Veridian AI, a Singapore start-up, ... The start-up's model": with no name in its sentence
    // before it, "the start-up" is the company the story last called a start-up
    if (young && !d[2] && before.length === 0) {
      const introduced = [...article.out]
        .reverse()
        .find(
          (m) =>
            m.kind === 'description' &&
            !m.others &&
            m.start < start &&
            YOUNG_HEADS.test(article.text.slice(m.start, m.end)),
        );
      const prior = introduced
        ? inSentenceOrBefore(article, introduced.entity, sentence.index)
        : undefined;
      // (only over a company the lexicon knows, for one it does not: a known company is rarely
      // the story's start-up)
      const known = (i: number) => entities[i]?.lexiconId !== undefined;
      if (prior && fits(prior) && ante && known(ante.entity) && !known(prior.entity)) ante = prior;
    }
    // "BDMS also took a stake in the start-up": a company the story has not called a start-up
    // gives way to the last one it has ("Bangkok-based start-up Chaba Health", "Zeta, a start-up")
    if (young && !d[2] && ante && !calledYoung(article, ante.entity, start)) {
      const subject = before[0]?.entity;
      const isYoung = (m: EntityMention) =>
        fits(m) && m.entity !== subject && calledYoung(article, m.entity, start);
      const prior =
        lastWith(sentence.index, kindWanted, isYoung, false) ?? lastActor(article, start, isYoung);
      if (prior && kindOf(ante.entity) !== 'startup') ante = prior;
    }
    // "Digital Rights Nepal, a civil-society group, ... a researcher at the group": a company the
    // story has never called by a trade's head gives way to the last one it has
    if (
      !young &&
      TRADE_HEADS.test(head) &&
      !d[2] &&
      ante &&
      !calledAs(article, ante.entity, start, head)
    ) {
      const isCalled = (m: EntityMention) => fits(m) && calledAs(article, m.entity, start, head);
      const prior =
        lastWith(sentence.index, kindWanted, isCalled, false) ??
        lastActor(article, start, isCalled);
      if (prior) ante = prior;
    }
    // "the Santa Clara, California-based company": a city among the modifiers names the company
    // the story has named that is based there, unless the one chosen above is based there too
    // (by the lexicon or by the text), or is kept for one of the reasons basedIn gives
    const city = inSentence.find(
      (m) =>
        m.start >= modStart &&
        m.end <= start &&
        typeOf(m) === 'Place' &&
        kindOf(m.entity) === 'city',
    );
    if (city && !owner && !d[2] && kindWanted === 'Organization') {
      ante = basedIn(article, sentence, city, ante, fits, young) ?? ante;
    }
    if (!ante) continue;
    described.add(ante.entity);
    push({
      start,
      end,
      entity: ante.entity,
      possessive: /^its|^their/i.test(d[1] ?? ''),
      kind: 'description',
    });
  }
}

/** Characters between a company and its city for the text to say it is based there. */
const CITY_TIE_GAP = 40;

/**
 * The company a city-based description refers to instead of `chosen`: the company the article
 * named last (before the description) that the lexicon places in `city`, or that the article ties
 * to it ("Zeta, a Hangzhou-based start-up"). `chosen` stays when it is based there, when the
 * description is its appositive ("Georgian, the Toronto growth-equity firm"), when the lexicon
 * knows it but not its city (unless it is a public body), and when it is a start-up the lexicon
 * does not know ("the London-based start-up" is the story's own, not DeepMind).
 */
function basedIn(
  article: Article,
  sentence: Sentence,
  city: EntityMention,
  chosen: EntityMention | undefined,
  fits: (m: EntityMention) => boolean,
  young: boolean,
): EntityMention | undefined {
  const { text, entities, bySentence, typeOf, cityOf, kindOf } = article;
  const name = (entities[city.entity] as Entity).name;
  // companies the text ties to the city so far: a company within a few characters of one of the
  // city's earlier mentions, with no other company between them
  const tied = new Set<number>();
  for (let i = 0; i <= sentence.index; i++) {
    const names = bySentence.get(i) ?? [];
    for (const c of names) {
      if (c.entity !== city.entity || c === city) continue;
      for (const m of names) {
        const [from, to] = [Math.min(m.end, c.end), Math.max(m.start, c.start)];
        if (
          typeOf(m) === 'Organization' &&
          to - from <= CITY_TIE_GAP &&
          !names.some(
            (o) =>
              o.entity !== m.entity &&
              typeOf(o) === 'Organization' &&
              o.start >= from &&
              o.end <= to,
          )
        )
          tied.add(m.entity);
      }
    }
  }
  const inCity = (entity: number) => cityOf(entity) === name || tied.has(entity);
  if (chosen) {
    if (inCity(chosen.entity) || /^,\s+(?:the\s+)?$/i.test(text.slice(chosen.end, city.start)))
      return chosen;
    // a public body is no "Santa Clara-based company", wherever it sits
    const kind = kindOf(chosen.entity);
    if (
      kind === undefined
        ? young
        : cityOf(chosen.entity) === undefined && !PUBLIC_BODY_KINDS.has(kind)
    )
      return chosen;
  }
  for (let i = sentence.index; i >= 0; i--) {
    const found = (bySentence.get(i) ?? [])
      .filter((m) => m.end <= city.start && typeOf(m) === 'Organization' && fits(m))
      .reverse()
      .find((m) => inCity(m.entity));
    if (found) return found;
  }
  return undefined;
}

/** "the companies", "both firms": the last names listed together. */
function resolvePlurals(article: Article, here: Here): void {
  const { text, bySentence, typeOf } = article;
  const { sentence, inSentence, overlaps, push } = here;
  PLURAL.lastIndex = 0;
  for (let p = PLURAL.exec(sentence.text); p; p = PLURAL.exec(sentence.text)) {
    const start = sentence.start + p.index;
    const end = start + p[0].length;
    if (overlaps(start, end)) continue;
    const orgs = inSentence.filter((m) => m.end <= start && typeOf(m) === 'Organization');
    let group = lastGroup(text, orgs);
    // "Zeta's cloud has hosted Beta's models since the two companies struck a deal": with no list,
    // "the two" are the two companies the sentence has named
    if (group.length < 2 && /\btwo\b/.test(p[0])) {
      const named = [...new Set(orgs.map((m) => m.entity))];
      if (named.length === 2) group = named;
    }
    for (let i = sentence.index - 1; group.length < 2 && i >= 0 && i >= sentence.index - 2; i--) {
      const before = (bySentence.get(i) ?? []).filter((m) => typeOf(m) === 'Organization');
      group = lastGroup(text, before);
      // "Zeta will build models for Acme. The two companies signed a partnership": the two the
      // sentence before names, list or not, when this one names none before them
      const named = [...new Set(before.map((m) => m.entity))];
      if (group.length < 2 && /\btwo\b/.test(p[0]) && orgs.length === 0 && named.length === 2)
        group = named;
    }
    if (group.length < 2) continue;
    const [first, ...others] = group;
    push({ start, end, entity: first as number, others, possessive: false, kind: 'description' });
  }
}

/** An interviewee's company, named after a leader's title or "her company". */
const LEADER_BEFORE =
  /\b(?:(?:chief executive|CEO|founder|co-founder|head|president|chair(?:man|woman)?|managing director) (?:of|at)|(?:her|his|their) (?:company|start-up|startup|firm)(?:,| is)) $/i;
const LEADER_AFTER =
  /^['’]s? (?:chief executive|CEO|founder|co-founder|president|managing director)\b/;

/** "we", "our" in a quote: the company of its speaker. */
function resolveWe(article: Article, here: Here): void {
  const { speakerOrg } = article;
  const { sentence, overlaps, push } = here;
  // "we have suspended their account", said OpenAI spokesperson Niko Felix: the speaker's company
  WE.lastIndex = 0;
  for (let p = WE.exec(sentence.text); p; p = WE.exec(sentence.text)) {
    const start = sentence.start + p.index;
    const end = start + (p[1] as string).length;
    if (overlaps(start, end)) continue;
    const speaker = speakerOrg(sentence.index);
    if (speaker === undefined) break;
    push({
      start,
      end,
      entity: speaker,
      possessive: /^our$/i.test(p[1] as string),
      kind: 'pronoun',
    });
  }
}

/**
 * The names of a circle after "its": "Its largest customer is Zeta, which uses Acme's model" lists
 * Zeta, not Acme (a relative clause or a new clause ends the circle).
 */
function circle(sentence: Sentence, inSentence: EntityMention[], at: number): EntityMention[] {
  const end = /, (?:which|who|whose)\b|;/.exec(sentence.text.slice(at));
  const limit = sentence.start + at + (end ? end.index : sentence.text.length);
  return inSentence.filter((m) => m.start > sentence.start + at && m.end <= limit);
}

/**
 * "UPMC will roll out its Steelgrove Scribe tool": a product named after a company of the article
 * ("Steelgrove Health") is that company's, whichever name the sentence's grammar points to.
 */
function namesakeOwner(
  entities: Entity[],
  inSentence: EntityMention[],
  after: number,
): number | undefined {
  const next = inSentence.find((m) => m.start > after);
  if (!next || next.start > after + 6) return undefined;
  const product = entities[next.entity] as Entity;
  if (product.type !== 'Product') return undefined;
  const first = /^\p{Lu}[\p{L}\d-]+ /u.exec(next.text)?.[0];
  if (!first) return undefined;
  const owner = entities.findIndex(
    (e) =>
      e.type === 'Organization' &&
      [e.name, ...e.aliases].some((a) => a.startsWith(first) || `${a} ` === first),
  );
  return owner >= 0 ? owner : undefined;
}

/** "its", "it", "his", "she": the name a pronoun stands for. */
function resolvePronouns(article: Article, here: Here): void {
  const { text, out, typeOf, lastWith, continuedByPronoun } = article;
  const { sentence, inSentence, firstOut, overlaps, push } = here;
  // "Its customers include A and B, which use its agents": a circle's owner, and its members
  let circleOwner: { entity: number; members: Set<number> } | undefined;
  PRONOUN.lastIndex = 0;
  for (let p = PRONOUN.exec(sentence.text); p; p = PRONOUN.exec(sentence.text)) {
    // "IT services": the abbreviation, not the pronoun
    if (p[1] === 'IT') continue;
    const word = (p[1] as string).toLowerCase();
    const start = sentence.start + p.index;
    const end = start + word.length;
    if (overlaps(start, end)) continue;
    // "to criticise it": an object "it" is more often a thing than a company, unless a
    // relation verb governs it and a company is named earlier in the sentence
    // ("Musk, who co-founded OpenAI and is now suing it")
    if (word === 'it' && !FOLLOWED_BY_VERB.test(sentence.text.slice(p.index + 2, p.index + 62))) {
      if (!OBJECT_VERB.test(sentence.text.slice(Math.max(0, p.index - 40), p.index))) continue;
      // an outlet may be the verb's subject ("brought by Nordlys Media, which accuses it"), never "it"
      const orgs = inSentence.filter(
        (m) => m.end <= start && (typeOf(m) === 'Organization' || typeOf(m) === 'Outlet'),
      );
      // "Google backed it": the verb's own subject is never its object
      // ("a case brought by Getty, which accuses it of": the relative's antecedent is its subject)
      const subj = orgs.find(
        (m) =>
          !CLAUSE_GAP.test(sentence.text.slice(m.end - sentence.start, p.index)) ||
          RELATIVE_SUBJECT_GAP.test(sentence.text.slice(m.end - sentence.start, p.index)),
      );
      let pool = orgs.filter((m) => m.entity !== subj?.entity && typeOf(m) === 'Organization');
      // "where Dow Jones and the New York Post, both owned by News Corp, sued it": the names of
      // the clause the verb ends, its subject and the appositive closing before the verb, are not
      // its object
      const last = orgs[orgs.length - 1];
      if (last && /^,\s+[a-z]+\s+$/.test(sentence.text.slice(last.end - sentence.start, p.index))) {
        const before = sentence.text.slice(0, last.start - sentence.start);
        let clause = 0;
        for (const w of before.matchAll(/\b(?:where|which|who|that|while|after|when|because)\b|;/g))
          clause = w.index;
        if (before.indexOf(',', clause) >= 0)
          pool = pool.filter((m) => m.start - sentence.start < clause);
      }
      // the object of a relative clause's verb is most often the sentence's main subject
      const relative =
        subj !== undefined &&
        RELATIVE_SUBJECT_GAP.test(sentence.text.slice(subj.end - sentence.start, p.index));
      const ante =
        (relative ? pool[0] : pool[pool.length - 1]) ?? lastWith(sentence.index, 'Organization');
      if (ante && ante.entity !== subj?.entity)
        push({ start, end, entity: ante.entity, possessive: false, kind: 'pronoun' });
      continue;
    }
    // "It is worth noting", "it is unclear": no antecedent
    if (
      word === 'it' &&
      /^\s+(?:is|was|'s)\s+(?:also\s+)?(?:worth|likely|unlikely|unclear|clear|not clear|possible|expected|important|time|hard|easy|difficult|true|understood|thought|believed|said|reported)\b/.test(
        sentence.text.slice(p.index + 2),
      )
    )
      continue;
    const type: EntityType = PERSON_PRONOUNS.has(word) ? 'Person' : 'Organization';
    // "The company, which ..., released its model": a description resolved here counts as a name
    const candidates = [
      ...inSentence,
      // only one opening the sentence, before any name of its kind
      ...out
        .slice(firstOut)
        .filter(
          (m) =>
            m.kind === 'description' &&
            !m.others &&
            !inSentence.some((n) => n.start < m.start && typeOf(n) === typeOf(m)),
        ),
    ]
      .filter((m) => m.end <= start && typeOf(m) === type)
      .sort((a, b) => a.start - b.start);
    let ante =
      relativeHead(
        sentence,
        [...inSentence, ...out.slice(firstOut).filter((m) => m.kind === 'description' && !m.others)]
          .filter((m) => m.end <= start && typeOf(m) === type)
          .sort((a, b) => a.start - b.start),
        p.index,
      ) ??
      subjectBefore(sentence, candidates) ??
      continuedByPronoun(sentence.index, type) ??
      lastWith(sentence.index, type);
    const circleAfter = CIRCLE_AFTER.test(sentence.text.slice(p.index + word.length));
    // the names of that circle, read once: "Its customers include Zeta, which ..."
    const members = circleAfter ? circle(sentence, inSentence, p.index) : [];
    // "Microsoft remains its largest customer", "Zeta, its main rival,": no company is its own
    // customer or rival, so the pronoun names the company before
    if (
      ante &&
      ante.sentence === sentence.index &&
      circleAfter &&
      COPULA_GAP.test(sentence.text.slice(ante.end - sentence.start, p.index))
    ) {
      // "Shareholders of Acme voted ... after Zeta, one of its largest investors, argued": a company
      // named before the member in the same sentence, else the last one before it
      // (not one listed with the member: "Alibaba and Tencent are among its investors")
      const member = ante;
      const listed = new Set(
        lastGroup(
          text,
          candidates.filter((m) => m.end <= member.end),
        ),
      );
      const appositive = /^,/.test(sentence.text.slice(member.end - sentence.start, p.index));
      ante =
        (appositive
          ? [...candidates].reverse().find((m) => !listed.has(m.entity) && m.end <= member.start)
          : undefined) ?? lastWith(sentence.index, type, (m) => m.entity !== member.entity);
    }
    // "Its customers include Zeta and Beta": the company whose circle it is is none of its members
    else if (ante && members.some((m) => m.entity === ante?.entity)) {
      const named = new Set(members.map((m) => m.entity));
      ante = lastWith(sentence.index, type, (m) => !named.has(m.entity));
    }
    // "Meta invested in Scale AI and hired its chief executive": a company hires another's
    // leader; the pronoun names the other company of the sentence
    else if (
      ante &&
      type === 'Organization' &&
      HIRE_BEFORE.test(sentence.text.slice(Math.max(0, p.index - 30), p.index)) &&
      TITLE_AFTER.test(sentence.text.slice(p.index + word.length))
    ) {
      const hirer = ante.entity;
      const other = [...candidates].reverse().find((m) => m.entity !== hirer);
      ante = other ?? lastWith(sentence.index, type, (m) => m.entity !== hirer);
    }
    let entity = ante?.entity;
    if (word === 'its' || word === 'their') {
      // "its Steelgrove Scribe tool": a namesake company outweighs the grammar
      entity = namesakeOwner(article.entities, inSentence, end) ?? entity;
      // "..., which use its voice agents": a member's relative clause speaks of the circle's owner
      if (
        entity !== undefined &&
        circleOwner?.members.has(entity) &&
        OPEN_RELATIVE.test(sentence.text.slice(0, p.index))
      )
        entity = circleOwner.entity;
    }
    // "fined Zeta and ordered it to stop offering its VoiceDrop app": a regulator or a ministry
    // makes no app; the product's owner is the company the sentence names before the pronoun
    if (word === 'its' && entity !== undefined && isPublicBody(article, entity)) {
      const owned = inSentence.some(
        (m) =>
          typeOf(m) === 'Product' &&
          m.start >= end &&
          /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(end, m.start)),
      );
      // (a description counts: "The DPC found that the company had used ... to train its model")
      const company = [
        ...candidates,
        ...out.slice(firstOut).filter((m) => m.kind === 'description' && m.end <= start),
      ]
        .sort((a, b) => a.start - b.start)
        .reverse()
        .find((m) => typeOf(m) === 'Organization' && !isPublicBody(article, m.entity));
      if (owned && company) entity = company.entity;
    }
    if (entity === undefined) continue;
    if (circleAfter && members.length > 0)
      circleOwner = { entity, members: new Set(members.map((m) => m.entity)) };
    const possessive =
      word === 'its' ||
      word === 'their' ||
      word === 'his' ||
      (word === 'her' && !/^\s+(?:to|and|,|\.)/.test(sentence.text.slice(p.index + 3)));
    push({ start, end, entity, possessive, kind: 'pronoun' });
  }
}

/**
 * Resolves "its"/"it" and "the company"-like descriptions to organizations, and "he"/"his"/"she"
 * to people. A pronoun takes the nearest preceding name that acts as a subject, else the subject
 * of its sentence, else of the last sentence that has one; a description in the same sentence as
 * its antecedent takes the nearest name that is not the subject ("ByteDance ... OpenAI's API ...
 * the US firm"); ", a Beijing-based start-up" refers to the name before it.
 */
export function resolveCoreference({
  text,
  sentences,
  entities,
  mentions,
  isOutlet = () => false,
  countryOf = () => undefined,
  cityOf = () => undefined,
  orgsOf = () => [],
  kindOf = () => undefined,
  makerOf = () => undefined,
}: {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  mentions: EntityMention[];
  /** News outlets report; they are not what "the company" or "it" refers to. */
  isOutlet?: (entity: number) => boolean;
  /** Where an organization is known to be based: "the US company" is not a Chinese start-up. */
  countryOf?: (entity: number) => string | undefined;
  /** The city an organization is known to be headquartered in: "the Veldhoven-based company". */
  cityOf?: (entity: number) => string | undefined;
  /** The article's organizations the lexicon ties a person to: "Mensch co-founded the firm". */
  orgsOf?: (entity: number) => readonly number[];
  /** Lexicon kind of an organization: "the start-up" is never a known tech giant or chipmaker. */
  kindOf?: (entity: number) => string | undefined;
  /** The article's organization the lexicon names as a product's maker: "the ChatGPT maker". */
  makerOf?: (entity: number) => number | undefined;
}): CorefMention[] {
  const out: CorefMention[] = [];
  const typeOf = (m: EntityMention) =>
    isOutlet(m.entity) ? 'Outlet' : (entities[m.entity] as Entity).type;
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const lastWith = (
    s: number,
    type: EntityType | 'Outlet',
    fits: (m: EntityMention) => boolean = () => true,
    /** A description of a kind ("the chipmaker") names no story's focus of unknown kind. */
    focusMayDo = true,
  ): EntityMention | undefined => {
    for (let i = s - 1; i >= 0 && i >= s - 4; i--) {
      // "Founded by former Zeta staff, the start-up ...": the subject follows a fronted clause
      const from = sentences[i] ? mainClauseStart(sentences[i] as Sentence) : 0;
      const ofType = (bySentence.get(i) ?? []).filter((m) => typeOf(m) === type && fits(m));
      const text = (sentences[i] as Sentence).text;
      const base = (sentences[i] as Sentence).start;
      // "The company has positioned itself ...": a resolved reference opening the sentence counts
      const named =
        ofType.find((m) => m.start >= from && actsAsSubject(sentences[i] as Sentence, m)) ??
        (from > base
          ? ofType.find(
              (m) =>
                m.start >= from &&
                FOLLOWED_BY_VERB.test(text.slice(m.end - base, m.end - base + 60)),
            )
          : undefined) ??
        ofType.find((m) => m.start >= from) ??
        ofType[0];
      const described = out.find(
        (m) => m.sentence === i && !m.possessive && !m.others && typeOf(m) === type && fits(m),
      );
      const found =
        described && (!named || described.start < named.start || named.start < from)
          ? described
          : named;
      // "The model runs on Nvidia chips. The company said ...": a company named only as a
      // modifier or an object gives way to the company the story is about, when it is near
      if (
        found &&
        found !== described &&
        focusMayDo &&
        type === 'Organization' &&
        inBackground(sentences[i] as Sentence, found)
      ) {
        // "Orlev was founded by Noa Ben-David. She later worked at Check Point. The company has
        // raised ...": a company that was a sentence's subject just before, when the sentences
        // since speak of its people
        const subject = subjectJustBefore(i, type, fits);
        if (subject && subject.entity !== found.entity) return subject;
        const focus = topicNear(i);
        if (focus && focus.entity !== found.entity && fits(focus)) return focus;
      }
      // "Hugging Face said it had raised money in a round that included Google. Its chief executive
      // said": a company named only as a verb's object gives way to the story's company named
      // before it in that sentence
      if (
        found &&
        found === named &&
        focusMayDo &&
        type === 'Organization' &&
        !actsAsSubject(sentences[i] as Sentence, found)
      ) {
        const focus = topicNear(i);
        if (
          focus &&
          focus.sentence === i &&
          focus.end <= found.start &&
          focus.entity !== found.entity &&
          fits(focus)
        )
          return focus;
      }
      if (found) return found;
    }
    return undefined;
  };
  /**
   * The company acting as the subject of sentence i - 1 when sentence i is about a person that
   * sentence named: "Orlev was founded by Noa Ben-David. Ben-David later worked at Check Point."
   */
  const subjectJustBefore = (
    i: number,
    type: EntityType | 'Outlet',
    fits: (m: EntityMention) => boolean,
  ): EntityMention | undefined => {
    const here = sentences[i] as Sentence;
    const person = (bySentence.get(i) ?? []).find((m) => m.start >= mainClauseStart(here));
    // (the sentence opens on the person: "Ben-David later worked at ...")
    if (
      !person ||
      typeOf(person) !== 'Person' ||
      !/^\W*$/.test(text.slice(mainClauseStart(here), person.start))
    )
      return undefined;
    const before = sentences[i - 1];
    if (!before) return undefined;
    const names = bySentence.get(i - 1) ?? [];
    const first = names.find((m) => m.start >= mainClauseStart(before));
    if (!names.some((m) => m.entity === person.entity)) return undefined;
    return first && typeOf(first) === type && fits(first) && actsAsSubject(before, first)
      ? first
      : undefined;
  };
  // "Meta invested in it last year. Its customers include ...": a company the sentence before
  // already took up by a pronoun stays the centre of attention
  const continuedByPronoun = (index: number, type: EntityType): EntityMention | undefined => {
    const refs = out.filter(
      (m) => m.sentence === index - 1 && m.kind === 'pronoun' && !m.others && typeOf(m) === type,
    );
    const entities = new Set(refs.map((m) => m.entity));
    return entities.size === 1 ? refs[0] : undefined;
  };
  // An interview printed as questions and answers: a question is a paragraph of its own that
  // ends in "?", and the answers around it speak for the company the article is about
  const questions = new Set(
    sentences
      .filter(
        (s) =>
          /\?["”]?$/.test(s.text.trim()) &&
          /(?:^|\n)\s*$/.test(text.slice(Math.max(0, s.start - 3), s.start)) &&
          /^\s*(?:\n|$)/.test(text.slice(s.end, s.end + 3)),
      )
      .map((s) => s.index),
  );
  const interview = questions.size >= 2;
  // ... the company the introduction ties the interviewee to ("Jane Roe, chief executive of Acme",
  // "her company, Acme", "Acme's founder"), not an employer of the past it names first
  const firstQuestion = questions.size > 0 ? Math.min(...questions) : 0;
  const introOrgs = interview
    ? sentences
        .slice(0, firstQuestion)
        .flatMap((sentence) => bySentence.get(sentence.index) ?? [])
        .filter((m) => typeOf(m) === 'Organization')
    : [];
  // (else the first company it names)
  const interviewee = (
    introOrgs.find(
      (m) =>
        LEADER_BEFORE.test(
          text.slice(Math.max((sentences[m.sentence] as Sentence).start, m.start - 40), m.start),
        ) || LEADER_AFTER.test(text.slice(m.end, m.end + 30)),
    ) ?? introOrgs[0]
  )?.entity;
  const speakerOrg = (index: number): number | undefined => {
    // the quote's speaker is named before it, or right after it ("...," OpenAI spokesperson Niko Felix said)
    for (const i of [index, index + 1, index + 2, index - 1, index - 2, index - 3]) {
      const s = sentences[i];
      if (!s) continue;
      for (const m of bySentence.get(i) ?? []) {
        if (typeOf(m) !== 'Organization') continue;
        const after = s.text.slice(m.end - s.start, m.end - s.start + 50);
        if (SPEAKS.test(after)) return m.entity;
      }
    }
    // "We use Anthropic's Claude for the planning layer": an answer of the interview
    // (its answers are not quoted: a quote is someone else's, whose speaker is not known here)
    if (
      interview &&
      index > firstQuestion &&
      !questions.has(index) &&
      !/["“”]/.test(sentences[index]?.text ?? '')
    )
      return interviewee ?? topic;
    return undefined;
  };
  // the organization the article is about: most mentioned by name (outlets aside), the subject
  // of its opening sentence counting twice more ("Acme said it hired X from Google. X, who spent a
  // decade at Google, ...": Acme, though Google is named more)
  const counts = new Map<number, number>();
  for (const m of mentions)
    if (typeOf(m) === 'Organization') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  // (a lede that names no company as subject, "A Pittsburgh company says ...", hands the role to
  // the next sentence)
  const opener = [0, 1]
    .map((i) =>
      (bySentence.get(i) ?? []).find(
        (m) => typeOf(m) === 'Organization' && actsAsSubject(sentences[i] as Sentence, m),
      ),
    )
    .find((m) => m !== undefined);
  if (opener) counts.set(opener.entity, (counts.get(opener.entity) ?? 0) + 2);
  let topic: number | undefined;
  for (const [e, n] of counts) if (topic === undefined || n > (counts.get(topic) ?? 0)) topic = e;
  // the topic named, or already referred to, in the last few sentences
  const topicNear = (s: number): EntityMention | undefined => {
    for (let i = s; i >= 0 && i >= s - 3; i--) {
      const found =
        (bySentence.get(i) ?? []).find((m) => m.entity === topic) ??
        out.find((m) => m.sentence === i && m.entity === topic && !m.others);
      if (found) return found;
    }
    return undefined;
  };
  const openingSubject = (i: number): EntityMention | undefined => {
    const sentence = sentences[i];
    const first = (bySentence.get(i) ?? [])[0];
    return sentence &&
      first &&
      typeOf(first) === 'Organization' &&
      first.start - sentence.start <= 4 &&
      actsAsSubject(sentence, first)
      ? first
      : undefined;
  };
  const article: Article = {
    text,
    entities,
    out,
    bySentence,
    typeOf,
    countryOf,
    cityOf,
    orgsOf,
    kindOf,
    makerOf,
    lastWith,
    topicNear,
    openingSubject,
    continuedByPronoun,
    speakerOrg,
  };
  for (const sentence of sentences) {
    const inSentence = bySentence.get(sentence.index) ?? [];
    const taken: Array<[number, number]> = [];
    const here: Here = {
      sentence,
      inSentence,
      firstOut: out.length,
      overlaps: (a, b) =>
        inSentence.some((m) => m.start < b && a < m.end) || taken.some(([x, y]) => x < b && a < y),
      push: (m) => {
        taken.push([m.start, m.end]);
        out.push({ ...m, sentence: sentence.index, text: text.slice(m.start, m.end) });
      },
    };
    // one pass per kind of reference, in this order: a later kind skips what an earlier took
    resolveDescriptions(article, here);
    resolvePlurals(article, here);
    resolveWe(article, here);
    resolvePronouns(article, here);
  }
  return out.sort((a, b) => a.start - b.start);
}
