import { announcedRivals } from './announced-rivals.js';
import type { Template } from './build-template.js';
import { compileNatively } from './compile-natively.js';
import { slotsIn, TYPE_LETTER } from './compile-pattern.js';
import { findRestrictions, isPublicBody } from './find-restrictions.js';
import { type ReducedTemplate, reduceCoordination } from './reduce-coordination.js';
import type { CompiledRule } from './relation-rules.js';
import { RELATION_RULES } from './relation-rules.js';
import { buildScreen, type Screen } from './rule-screen.js';
import type { Entity, EntityType, Modality, Predicate, Sentence } from './types.js';

/** A relation as a rule found it, before modality, dates and merging. */
export interface RawRelation {
  subject: number;
  object: number;
  predicate: Predicate;
  rule: string;
  confidence: number;
  sentence: number;
  /** Article offsets of the matched part of the sentence. */
  spanStart: number;
  spanEnd: number;
  /** Template offsets of the match, for cue reading. */
  templateStart: number;
  templateEnd: number;
  modality?: Modality | undefined;
  /** A derived relation reads its modality with the cues of the rule it came from. */
  modalityRule?: string | undefined;
  viaCoref: boolean;
  /** The object is no name of the match but the company in focus ("Roe, who is chief executive"). */
  impliedObject?: boolean | undefined;
}

export interface EntityInfo {
  type: EntityType;
  name: string;
  /** Lexicon kind: "government", "executive", "founder", ... */
  kind?: string | undefined;
  /** The article's entity that makes this product when the lexicon knows its maker; -1 when the
   * article does not name that maker. */
  maker?: number | undefined;
  /** Lexicon country of an organization: "Italy" for the Garante. */
  country?: string | undefined;
  /** The article's organizations the lexicon ties a person to, most important first. */
  orgs?: number[] | undefined;
}

/**
 * "Acme AI has raised $600 million", "Acme closed a Series B", "Acme, a Paris-based start-up, has
 * raised", "Acme is in talks to raise": the company taking money.
 */
const RAISED =
  /⟦[Oo](\d+)⟧(?:'s)?(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,80},)?[^⟦⟧;]{0,40}?\b(?:(?:raised|raises|raising|raise|secured|secures|closed|closes|landed|lands)\b[^⟦⟧;]{0,30}?(?:[$€£¥]|\d|funding|round|financing|Series)|(?:was|is|were|are|has been|will be) valued at\b)/;

/**
 * Most patterns cannot match most sentences: the screen says which are worth running. Built on
 * first use, so that a process that only loads the rules (an ingestor's main thread) never pays.
 */
let ruleScreen: Screen | undefined;

const LEADER_KINDS = new Set(['executive', 'founder']);

export function slotType(template: Template, slot: number): EntityType | undefined {
  return template.slots[slot]?.type;
}

interface Context {
  sentences: Sentence[];
  templates: Template[];
  info: EntityInfo[];
  /** Mentions per entity in the article: the most mentioned organization is the one in focus. */
  salience: number[];
  /** The organization money last went to: "Other investors include ...". */
  investee?: number | undefined;
}

function firstOfType(
  template: Template,
  types: readonly EntityType[],
  not: number[],
): number | undefined {
  for (const slot of template.slots) {
    if (not.includes(slot.entity)) continue;
    const t = slotType(template, template.slots.indexOf(slot));
    if (t && types.includes(t)) return slot.entity;
  }
  return undefined;
}

function implicit(
  ctx: Context,
  {
    index,
    mode,
    types,
    not,
    local = false,
    at = 0,
    opener = false,
    namedBefore = false,
    person,
  }: {
    index: number;
    /** 'focus': the story's company, never the sentence's own ('salient' without `local`). */
    mode: 'first' | 'investee' | 'salient' | 'previous' | 'focus';
    /** Template offset of the match, for 'previous'. */
    at?: number;
    /** Prefer the company opening the sentence before the match: "Meta, which ..., chief executive X". */
    opener?: boolean;
    types: readonly EntityType[];
    not: number[];
    /** Prefer the one fitting name of the sentence itself over the article's focus. */
    local?: boolean;
    /** ... only when that name comes before the match. */
    namedBefore?: boolean;
    /** The person a title names: the organizations the lexicon ties them to come first. */
    person?: number | undefined;
  },
): number | undefined {
  if (mode === 'focus') return implicit(ctx, { index, mode: 'salient', types, not });
  if (mode === 'investee') {
    if (ctx.investee !== undefined) return not.includes(ctx.investee) ? undefined : ctx.investee;
    // no money seen yet: the company the sentences before are about
    for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
      const found = firstOfType(ctx.templates[i] as Template, ['Organization'], not);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (mode === 'previous') {
    // the last fitting name before the match in its sentence: "invested in OpenAI ... the ChatGPT maker"
    const template = ctx.templates[index] as Template;
    const before = template.slots.filter(
      (sl, i) =>
        !sl.coref &&
        types.includes(sl.type) &&
        !not.includes(sl.entity) &&
        ctx.info[sl.entity]?.kind !== 'outlet' &&
        template.text.indexOf(`${TYPE_LETTER[sl.type]}${i}⟧`) < at,
    );
    const focus = implicit(ctx, { index, mode: 'salient', types, not });
    // ... unless the sentence opens on the company the story is about: "Apple ... the iPhone maker's"
    // (its first name that is not a possessor: "Brightloop's technology" opens nothing)
    const first = before.find((sl) => {
      const tag = `${TYPE_LETTER[sl.type]}${template.slots.indexOf(sl)}⟧`;
      return template.text[template.text.indexOf(tag) + tag.length] !== "'";
    });
    if (first && first.entity === focus) return focus;
    const last = before[before.length - 1];
    return last ? last.entity : focus;
  }
  if (mode === 'salient') {
    // one fitting organization in the sentence itself ("CEO Eddie Wu ... at the e-commerce giant"),
    // not a possessor in the background ("Rival Mapfre has run trials on Microsoft's Azure")
    const sentenceTemplate = ctx.templates[index] as Template;
    const here = new Set(
      sentenceTemplate.slots
        .filter((sl) => types.includes(sl.type) && !not.includes(sl.entity) && !sl.coref)
        .filter((sl) => ctx.info[sl.entity]?.kind !== 'outlet')
        .filter((sl) => {
          const i = sentenceTemplate.slots.indexOf(sl);
          return (
            !possessorOnly(sentenceTemplate.text, `${TYPE_LETTER[sl.type]}${i}⟧`) &&
            !(namedBefore && slotAt(sentenceTemplate, i) > at) &&
            // "with former DeepMind researcher Jane Roe": a past employer is no company in focus
            !pastEmployer(sentenceTemplate, i)
          );
        })
        .map((sl) => sl.entity),
    );
    // "CEO Jane Roe said the company's deal with Zeta ...": a pronoun or description for another
    // fitting company makes the one name no longer the only candidate; the more salient one wins
    const referred = sentenceTemplate.slots
      .filter(
        (sl, i) =>
          sl.coref &&
          types.includes(sl.type) &&
          !not.includes(sl.entity) &&
          !(namedBefore && slotAt(sentenceTemplate, i) > at),
      )
      .map((sl) => sl.entity)
      .filter((e) => !here.has(e));
    // A bare title ("Baidu ... Google ... CEO Robin Li"): the person's own company, when the article
    // names it; in a sentence naming several of the person's companies, the one nearest the title
    // ("Inflection AI co-founder and chief executive Mustafa Suleyman left to lead Microsoft's
    // unit")
    const own = (
      person === undefined || !(opener || namedBefore) ? undefined : ctx.info[person]?.orgs
    )?.filter((o) => types.includes(ctx.info[o]?.type as EntityType) && !not.includes(o));
    if (own && own.length > 0) {
      let nearest: number | undefined;
      let distance = Number.POSITIVE_INFINITY;
      sentenceTemplate.slots.forEach((sl, i) => {
        if (!own.includes(sl.entity)) return;
        const d = Math.abs(slotAt(sentenceTemplate, i) - at);
        if (d < distance) [nearest, distance] = [sl.entity, d];
      });
      if (nearest !== undefined) return nearest;
      // ... and one named elsewhere in the story rather than another the sentence names: a person
      // the lexicon ties to Mistral is not the chief executive of the AWS its sentence speaks of
      return own[0];
    }
    if (here.size === 1 && local && referred.length === 0) return [...here][0];
    // "Chief executive Jane Roe said the company's product ...": the company a description names
    if (here.size === 0 && local && new Set(referred).size === 1) return referred[0];
    if (here.size === 1 && local) {
      const [only] = [...here] as [number];
      const other = referred[0] as number;
      return (ctx.salience[other] ?? 0) > (ctx.salience[only] ?? 0) ? other : only;
    }
    if (opener && here.size > 1) {
      const template = ctx.templates[index] as Template;
      const first = OPENING_ORG.exec(template.text);
      const slot = first ? template.slots[Number(first[1])] : undefined;
      if (first && slot && here.has(slot.entity) && first.index + first[0].length <= at)
        return slot.entity;
    }
    // '"We will not wait," said co-founder and chief executive Jane Roe.': a bare title in a
    // sentence naming no company, after a sentence opening on a start-up (one the lexicon does not
    // know, or knows as a start-up), is held there rather than at the story's company; a giant
    // opening the sentence before is most often background ("Google ... CEO Robin Li")
    if (opener && here.size === 0 && referred.length === 0 && index > 0) {
      const prev = ctx.templates[index - 1] as Template;
      const first = PREVIOUS_OPENER.exec(prev.text);
      const slot = first ? prev.slots[Number(first[1])] : undefined;
      const kind = slot ? ctx.info[slot.entity]?.kind : undefined;
      if (
        slot &&
        types.includes(slot.type) &&
        !not.includes(slot.entity) &&
        (kind === undefined || kind === 'startup')
      )
        return slot.entity;
    }
    let best: number | undefined;
    ctx.info.forEach((e, i) => {
      if (!types.includes(e.type) || not.includes(i) || e.kind === 'outlet') return;
      if (best === undefined || (ctx.salience[i] ?? 0) > (ctx.salience[best] ?? 0)) best = i;
    });
    return best;
  }
  for (let i = index; i >= 0 && i >= index - 3; i--) {
    const found = firstOfType(ctx.templates[i] as Template, types, not);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether slot `i` names a person's past employer: "former ⟦O1⟧ researcher ⟦P2⟧". */
function pastEmployer(template: Template, i: number): boolean {
  const at = slotAt(template, i);
  const tag = template.text.slice(at).match(/^⟦[A-Za-z]\d+⟧/)?.[0] ?? '';
  return (
    /\b(?:[Ff]ormer|[Ee]x-) ?$/.test(template.text.slice(0, at)) &&
    /^ [a-z][\w-]*(?: [a-z][\w-]*)? ⟦P\d+⟧/.test(template.text.slice(at + tag.length))
  );
}

/** Where slot `i` stands in a template, a name's ("⟦O3⟧") or a reference's ("⟦o3⟧"). */
function slotAt(template: Template, i: number): number {
  const slot = template.slots[i] as Template['slots'][number];
  const letter = TYPE_LETTER[slot.type];
  return template.text.indexOf(`⟦${slot.coref ? letter.toLowerCase() : letter}${i}⟧`);
}

/** A name used only as a possessor of a product: "Microsoft's Azure". */
function possessorOnly(text: string, tag: string): boolean {
  const at = text.indexOf(tag);
  return at >= 0 && /^'s? ⟦[Rr]\d+⟧/.test(text.slice(at + tag.length));
}

function entitiesOf(
  template: Template,
  group: string | undefined,
  types: readonly EntityType[],
): number[] {
  if (!group) return [];
  // an owner inside a list is not a member: "..., and ⟦Meta⟧'s ⟦Llama⟧", "and ⟦Alibaba⟧'s own ⟦Qwen⟧"
  const owners = new Set(
    [
      ...group.matchAll(
        // ("Beijing's Haidian district": a place's place is a member too)
        /⟦[A-Za-z](\d+)⟧(?:'s? (?:own )?(?!⟦L)| (?:founder|co-founder|CEO|chief executive|president|chairman) )⟦|⟦O(\d+)⟧ (?=⟦R)/g,
      ),
    ].map((m) => Number(m[1] ?? m[2])),
  );
  // "Dow Jones, the owner of The Wall Street Journal, and the New York Post": the appositive's name is no member
  // (or names: "Axel Springer, the owner of Politico and Business Insider, and the AP")
  for (const m of group.matchAll(
    /, (?:the |a |an )[^⟦⟧,]{1,30}⟦[A-Za-z](\d+)⟧(?: and ⟦[A-Za-z](\d+)⟧)?[^⟦⟧,]{0,16}, /g,
  )) {
    owners.add(Number(m[1]));
    if (m[2] !== undefined) owners.add(Number(m[2]));
  }
  // "A, Zeta's venture arm, and B": the possessor in an appositive is no member either
  for (const m of group.matchAll(/, ⟦[A-Za-z](\d+)⟧'s [^⟦⟧,]{1,30}, /g)) owners.add(Number(m[1]));
  // "the business daily Portafolio": a description read inside a publication's kind is no member
  for (const m of group.matchAll(/⟦o(\d+)⟧ (?=(?:daily|weekly|monthly) ⟦)/g))
    owners.add(Number(m[1]));
  // "A, B and the Aramco-backed fund C": a name inside a member's compound is no member
  for (const m of group.matchAll(/⟦[A-Za-z](\d+)⟧-(?=[a-z])/g)) owners.add(Number(m[1]));
  return slotsIn(group)
    .filter((s) => {
      const t = slotType(template, s);
      return t !== undefined && types.includes(t) && !owners.has(s);
    })
    .map((s) => (template.slots[s] as { entity: number }).entity);
}

const OWNED_PREDICATES = new Set<Predicate>([
  'DEVELOPED',
  'PARENT_OF',
  'LEADS',
  'EMPLOYED_BY',
  'FOUNDED',
]);

/** "OpenAI's GPT-4 and Meta's Llama": Llama is Meta's, not OpenAI's. */
function ownedByOther(
  template: Template,
  group: string | undefined,
  object: number,
  subject: number,
): boolean {
  if (!group) return false;
  // "Google Gemini and Nvidia H100": an owner prefix owns too
  for (const m of group.matchAll(
    /⟦[A-Za-z](\d+)⟧'s? (?:own )?⟦[A-Za-z](\d+)⟧|⟦O(\d+)⟧ ⟦R(\d+)⟧/g,
  )) {
    const owner = template.slots[Number(m[1] ?? m[3])]?.entity;
    const owned = template.slots[Number(m[2] ?? m[4])]?.entity;
    if (owned === object && owner !== subject) return true;
  }
  return false;
}

const INSIDE_RELATIVE =
  /,\s(?:which|who|whose|that|backed|owned|founded|co-founded|led|funded|supported|run|acquired|created|developed|made|based|trained|built|powered|designed|(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:unit|subsidiary|division|arm|customer|client|rival|competitor|partner|investor|backer|supplier|parent|owner|affiliate|spin-off|spinoff)\s(?:of|to))\b[^,;]*$/;

/**
 * A name inside a relative clause or participle set off by commas: "Zeta, which ... ⟦1⟧, said"
 * (read up to 90 characters back: "which has raised $22 million from investors including A and B,").
 */
function insideAside(text: string, at: [number, number]): boolean {
  return (
    INSIDE_RELATIVE.test(text.slice(Math.max(0, at[0] - 90), at[0])) &&
    /^(?: [\w-]+){0,2},/.test(text.slice(at[1], at[1] + 30))
  );
}

const AFTER_PREPOSITION =
  /\b(?:in|of|to|for|with|from|by|into|on|at|about|against|than)\s(?:⟦[A-Za-z]\d+⟧(?:,| and| or)\s)*$/;

/** "⟦R1⟧, ⟦O2⟧'s programming tool": a company named as the owner in a product's appositive. */
const OWNER_APPOSITIVE = /⟦R\d+⟧, ⟦O(\d+)⟧'s? (?:[a-z-]+ ){0,3}?[a-z-]+(?=[,.;]|$)/g;

const MODIFIER_AFTER =
  /^(?: rival| competitor| challenger| alternative|-style|-like|-esque|-backed|-owned|-funded|-controlled|-led)\b/;

/** "OpenAI's GPT-4, DeepSeek-V3": a product named after another company is that company's. */
function namedAfterOther(info: EntityInfo[], s: number, o: number, predicate: Predicate): boolean {
  if (predicate !== 'DEVELOPED') return false;
  const product = (info[o] as EntityInfo).name.toLowerCase();
  const maker = (info[s] as EntityInfo).name.toLowerCase();
  return info.some(
    (e, i) =>
      i !== s &&
      e.type === 'Organization' &&
      e.name.length >= 3 &&
      product.startsWith(e.name.toLowerCase()) &&
      !product.startsWith(maker),
  );
}

/** Rules of an organisation barring its own staff from a tool. */
const STAFF_BAN_RULES = new Set(['verb.ban-staff', 'verb.tell-staff-not-to-use', 'noun.staff-use']);

function adjust(
  rule: CompiledRule,
  subject: EntityInfo,
  object: EntityInfo,
): Predicate | undefined {
  // "Baidu's Robin Li": a known executive or founder reads as the leader
  if (rule.id === 'possessive.person' && subject.kind && LEADER_KINDS.has(subject.kind))
    return 'LEADS';
  // a country or a government banning a company's chips is a restriction, not a suspension (a
  // body barring its own staff from a tool suspends its use, as a company does)
  if (
    rule.predicate === 'SUSPENDED' &&
    !STAFF_BAN_RULES.has(rule.id) &&
    (subject.type === 'Place' || isPublicBody(subject))
  )
    return 'RESTRICTED';
  if (rule.id === 'relative.whose' && object.type === 'Product') return 'DEVELOPED';
  // "spun out of Tsinghua University" is founded by the university; "spun out of Yandex" is a unit
  // the company owned
  if (rule.id === 'passive.spun-out' && !ACADEMIC.test(subject.name)) return 'PARENT_OF';
  // "a regulator sued Acme, alleging it scraped photos": a public body defends others' rights,
  // it is not the author whose work was copied
  if (rule.predicate === 'COPIED' && isPublicBody(object)) return undefined;
  return rule.predicate;
}

/** Universities, institutes and laboratories: the bodies start-ups are spun out of. */
const ACADEMIC =
  /\b(?:University|Universit\w+|Institute|Institut\w*|College|School|Academy|Laborator\w+|Lab)\b/;

const SINGULAR_APPOSITIVE = /^, (?:who (?:is|was) |previously |formerly |now )?(?:a|an) /;

/** Bare leader and founder titles ("said chief executive Jane Roe") name the company nearby. */
const BARE_TITLE = /^title\.(?:lead|founder)-bare(?:-comma)?$/;
/** Bare staff titles ("spokesperson Jane Roe", "A spokesperson, Jane Roe,"). */
const BARE_STAFF_TITLE = /^title\.staff-bare(?:-comma)?$/;
/**
 * "Rabat-based rival Sawt AI, ..., raised money from Zeta": a bare "rival" is the rival of a
 * company named before it, or of the story's company, never of one the sentence names later; so
 * is the supplier of "Customers include A and B, the local unit of Spain's Zeta".
 */
const NAMED_BEFORE_RULES = new Set([
  'compound.rival-noun',
  'appositive.bare-rival',
  'list.customers-implicit',
]);
/** The organization a template opens on, past a place at most: "In Oslo, Acme said". */
const OPENING_ORG = /^(?:[^⟦⟧]|⟦[Ll]\d+⟧){0,40}?⟦O(\d+)⟧/;
/** ... not as a possessor: "Patchwell, a Berlin start-up, said", not "Patchwell's rivals". */
const PREVIOUS_OPENER = new RegExp(`${OPENING_ORG.source}(?!')`);

function applyRule(
  ctx: Context,
  rule: CompiledRule,
  index: number,
  out: RawRelation[],
  reduced?: ReducedTemplate,
): void {
  const template = reduced ?? (ctx.templates[index] as Template);
  const re = rule.regex;
  compileNatively(re);
  re.lastIndex = 0;
  for (let m = re.exec(template.text); m; m = re.exec(template.text)) {
    re.lastIndex = m.index + 1;
    const g = m.groups ?? {};
    let subjects = entitiesOf(template, g.s, rule.subjectTypes);
    let objects = entitiesOf(template, g.o, rule.objectTypes);
    // "A and B, a former engineer at Zeta": a singular appositive after a list is its last member's
    const sEnd = m.indices?.groups?.s?.[1];
    if (
      subjects.length > 1 &&
      rule.id.startsWith('appositive.') &&
      sEnd !== undefined &&
      SINGULAR_APPOSITIVE.test(template.text.slice(sEnd))
    )
      subjects = subjects.slice(-1);
    // "The ChatGPT maker signed ...": a description built on a product stands for the product's
    // known maker when the article names it, wherever it was named
    const maker =
      rule.implicitSubject === 'previous' ? ctx.info[objects[0] ?? -1]?.maker : undefined;
    // ... and for no other company when the article does not name that maker
    if (maker === -1 && subjects.length === 0) continue;
    if (maker !== undefined && subjects.length === 0 && !objects.includes(maker))
      subjects = [maker];
    if (rule.implicitSubject && subjects.length === 0) {
      const s = implicit(ctx, {
        index,
        mode: rule.implicitSubject,
        types: rule.subjectTypes,
        not: objects,
        at: m.index,
        local: !rule.id.startsWith('title.') || BARE_TITLE.test(rule.id),
        namedBefore: NAMED_BEFORE_RULES.has(rule.id),
      });
      subjects = s === undefined ? [] : [s];
    }
    let impliedObject = false;
    if (rule.implicitObject && objects.length === 0) {
      const o = implicit(ctx, {
        index,
        mode: rule.implicitObject,
        types: rule.objectTypes,
        not: subjects,
        at: m.index,
        opener: BARE_TITLE.test(rule.id),
        local:
          !rule.id.startsWith('title.') ||
          BARE_TITLE.test(rule.id) ||
          BARE_STAFF_TITLE.test(rule.id),
        // "Acme, co-founded by chief technology officer X": a bare staff title belongs to the one
        // company named before it; one named after is what the person did ("formed Acme LP")
        namedBefore: BARE_STAFF_TITLE.test(rule.id) || NAMED_BEFORE_RULES.has(rule.id),
        person: subjects.length === 1 ? subjects[0] : undefined,
      });
      objects = o === undefined ? [] : [o];
      impliedObject = true;
    }
    // "using Claude Code, Anthropic's programming tool": the owner in a product's appositive is
    // no member of the list
    if (g.o && objects.length > 1 && rule.predicate === 'USED')
      for (const a of template.text.matchAll(OWNER_APPOSITIVE)) {
        const owner = template.slots[Number(a[1])]?.entity;
        objects = objects.filter((o) => o !== owner);
      }
    // "the OpenAI rival", "ChatGPT-style": a name used as a modifier is not the object (a
    // place is where the rival is: "Zeta, a Bengaluru-based rival")
    if (
      rule.id !== 'compound.rival' &&
      g.o &&
      !/-(?:based|headquartered)$/.test(m[0]) &&
      MODIFIER_AFTER.test(template.text.slice(m.index + m[0].length))
    )
      objects = objects.slice(0, -1);
    // "Perplexity, which is backed by Jeff Bezos, launched ...": the subject of a relative clause is not the verb's
    const sAt = m.indices?.groups?.s;
    if (
      sAt &&
      // (a subject named after the object, "co-founded Zeta with Jane Roe", is in no relative)
      (rule.id.startsWith('verb.') || (rule.id.startsWith('noun.') && sAt[0] === m.index)) &&
      !(m.indices?.groups?.o && m.indices.groups.o[0] < sAt[0]) &&
      insideAside(template.text, sAt)
    )
      continue;
    // "Zeta, which Jane Roe founded after leaving Beta, has raised ... from": nor its object
    const oAt = m.indices?.groups?.o;
    if (
      oAt &&
      oAt[0] === m.index &&
      !(sAt && sAt[0] < oAt[0]) &&
      VERB_RULE.test(rule.id) &&
      insideAside(template.text, oAt)
    )
      continue;
    // "invested in Zeta and provides ...", "rented from Zeta, she said, but has begun": a name after a
    // preposition does not open a coordinated verb
    if (
      sAt &&
      sAt[0] === m.index &&
      AFTER_PREPOSITION.test(template.text.slice(Math.max(0, sAt[0] - 40), sAt[0])) &&
      /^(?:, (?:⟦[A-Za-z]\d+⟧|he|she|they) [a-z]+,)?,? (?:and|but) [a-z]/.test(
        template.text.slice(sAt[1], sAt[1] + 40),
      )
    )
      continue;
    // "Zeta's cloud service, and outperforms Beta": a possessor is not the verb's subject;
    // "which the company says rivals": the speaker is not what rivals
    if (
      sAt &&
      sAt[0] === m.index &&
      rule.id.startsWith('verb.') &&
      rule.predicate === 'COMPETES_WITH' &&
      (/^'s? [a-z:]/.test(template.text.slice(sAt[1], sAt[1] + 4)) ||
        /\b(?:which|that) (?:the )?$/.test(template.text.slice(Math.max(0, sAt[0] - 12), sAt[0])))
    )
      continue;
    // "Naver's HyperCLOVA X model competes with": the product competes, not its owner
    if (
      sAt &&
      sAt[0] === m.index &&
      rule.predicate === 'COMPETES_WITH' &&
      /^'s? ⟦[Rr]/.test(template.text.slice(sAt[1], sAt[1] + 5))
    )
      continue;
    // "Jane Roe, the founder of Zeta, who has criticised Beta": the clause is the person's
    if (
      sAt &&
      sAt[0] === m.index &&
      rule.id.startsWith('verb.') &&
      /\b(?:of|at|for) (?:the )?$/.test(template.text.slice(Math.max(0, sAt[0] - 8), sAt[0])) &&
      /^, who\b/.test(template.text.slice(sAt[1], sAt[1] + 6))
    )
      continue;
    // "Baidu-controlled iQiyi sued ...": a name used as a modifier is not the verb's subject
    if (
      sAt &&
      rule.id.startsWith('verb.') &&
      /^-[a-z]/.test(template.text.slice(sAt[1], sAt[1] + 2))
    )
      continue;
    // "a rival to Zeta and Beta, releasing Nova": a participle after a comma belongs to the sentence subject
    if (
      sAt &&
      sAt[0] === m.index &&
      rule.id.startsWith('verb.') &&
      !rule.id.endsWith('-participle') &&
      /^, [a-z]+ing\b/.test(template.text.slice(sAt[1], sAt[1] + 20))
    )
      continue;
    // "a bill that would ban the app", "release smaller versions of the model": a product taken
    // up by a description was made by whoever made it when it was named, not by this verb's subject
    if (rule.predicate === 'DEVELOPED' && rule.id.startsWith('verb.') && g.o && /⟦r\d+⟧/.test(g.o))
      continue;
    const viaCoref = /⟦[a-z]\d+⟧/.test(m[0]);
    const start = template.offsets[m.index] ?? 0;
    const end = template.offsets[m.index + m[0].length] ?? start;
    // cues are read in the sentence's own template, from the reduced reading's verb on
    const templateStart = reduced
      ? (reduced.origin[Math.max(m.index, reduced.verbAt)] ?? 0)
      : m.index;
    const templateEnd = reduced
      ? (reduced.origin[m.index + m[0].length] ?? templateStart)
      : m.index + m[0].length;
    const add = (s: number, o: number, predicate: Predicate) =>
      out.push({
        subject: s,
        object: o,
        predicate,
        rule: rule.id,
        confidence: (rule.confidence ?? 0.8) * (viaCoref ? 0.85 : 1),
        sentence: index,
        spanStart: start,
        spanEnd: end,
        templateStart,
        templateEnd,
        modality: rule.modality,
        viaCoref,
        ...(impliedObject && { impliedObject }),
      });
    let related = false;
    for (const s of subjects) {
      for (const o of objects) {
        if (s === o) continue;
        const predicate = adjust(rule, ctx.info[s] as EntityInfo, ctx.info[o] as EntityInfo);
        if (!predicate || namedAfterOther(ctx.info, s, o, predicate)) continue;
        if (OWNED_PREDICATES.has(predicate) && ownedByOther(template, g.o, o, s)) continue;
        add(s, o, predicate);
        related = true;
      }
    }
    const members = !related
      ? []
      : rule.membersPartner === 'subject'
        ? subjects
        : rule.membersPartner === 'object'
          ? objects
          : [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i] as number, members[j] as number];
        if (a !== b && ctx.info[a]?.type === 'Organization' && ctx.info[b]?.type === 'Organization')
          add(a, b, 'PARTNERED_WITH');
      }
  }
}

/** Rules that read a verb after its subject, the only ones a reduced reading serves. */
const VERB_RULE = /^(?:verb|passive)\./;
let verbRules: boolean[] | undefined;

/** Runs the rules the screen lets through over one reading of a sentence. */
function runRules(
  ctx: Context,
  index: number,
  text: string,
  slots: number,
  found: RawRelation[],
  reduced?: ReducedTemplate,
): void {
  ruleScreen ??= buildScreen(RELATION_RULES.map((rule) => rule.regex));
  verbRules ??= RELATION_RULES.map((rule) => VERB_RULE.test(rule.id));
  const possible = ruleScreen(text);
  // most rules are screened out: test that first, without a call per rule
  for (let r = 0; r < RELATION_RULES.length; r++) {
    if (possible[r] !== 1) continue;
    if (reduced && !verbRules[r]) continue;
    const rule = RELATION_RULES[r] as CompiledRule;
    if (
      slots >= rule.minSlots &&
      !(rule.needs && !rule.needs.test(text)) &&
      // a cue reads the whole sentence: "a programme ..., and signed up A" keeps its programme
      !(rule.cue && !rule.cue.test((ctx.templates[index] as Template).text))
    )
      applyRule(ctx, rule, index, found, reduced);
  }
}

/**
 * Runs every relation rule over the sentence templates, in sentence order (so that
 * "Other investors include X" can reach back to the last organization that raised money).
 */
export function matchRelations({
  sentences,
  templates,
  info,
  candidates,
  salience,
}: {
  sentences: Sentence[];
  templates: Template[];
  info: EntityInfo[];
  /** Sentence indexes worth reading: two or more mentions. */
  candidates: number[];
  salience: number[];
}): RawRelation[] {
  const ctx: Context = { sentences, templates, info, salience };
  const out: RawRelation[] = [];
  let agent: number | undefined;
  for (const index of candidates) {
    const found: RawRelation[] = [];
    const slots = (templates[index] as Template).slots.length;
    const text = (templates[index] as Template).text;
    // "Acme has raised $1 billion": the company money goes to, in this sentence and the next
    const raised = RAISED.exec(text);
    const raiser = raised ? (templates[index] as Template).slots[Number(raised[1])] : undefined;
    if (raiser && raiser.type === 'Organization') ctx.investee = raiser.entity;
    runRules(ctx, index, text, slots, found);
    // "Acme runs ... on Zeta's Orion but plans to test Nova": the coordinated verb's own reading,
    // for what the sentence's first reading did not already give
    for (const reduced of reduceCoordination(templates[index] as Template)) {
      const more: RawRelation[] = [];
      runRules(ctx, index, reduced.text, slots, more, reduced);
      for (const r of more)
        if (
          !found.some(
            (f) => f.subject === r.subject && f.predicate === r.predicate && f.object === r.object,
          )
        )
          found.push(r);
    }
    const restriction = findRestrictions({
      template: templates[index] as Template,
      index,
      info,
      agent,
    });
    agent = restriction.agent;
    found.push(...restriction.relations);
    // an appositive holding ("Acme, Zeta's largest shareholder") or a portfolio ("has invested in
    // companies including A and B") is background, not the round at hand
    for (const r of found)
      if (
        r.predicate === 'INVESTED_IN' &&
        !/^(?:appositive|relative)\.|^verb\.invest-including$/.test(r.rule)
      )
        ctx.investee = r.object;
    if (raiser && raiser.type === 'Organization') ctx.investee = raiser.entity;
    out.push(...found);
  }
  out.push(
    ...announcedRivals(templates, (index, not) =>
      implicit(ctx, { index, mode: 'salient', types: ['Organization'], not }),
    ),
  );
  return out;
}

export type { Entity };
