import { BUSINESS_VERB_AFTER, COMPANY_NAME_ENDS, ORG_SUFFIXES, PRODUCT_SUFFIXES } from './cues.js';
import type { Candidate } from './find-candidates.js';
import type { Lexicon } from './lexicon.js';
import type { LexiconMatch } from './match-lexicon.js';
import { PUBLIC_BODY_WORDS } from './name-shapes.js';
import { isCommonWord, isKnownFirstName, isKnownPlace } from './nlp.js';
import { normalizeName } from './normalize-name.js';
import type { Entity, EntityType, Mention, Sentence } from './types.js';

/** A mention tied to its entity, the unit the relation rules read. */
export interface EntityMention extends Mention {
  entity: number;
}

export interface BuiltEntities {
  entities: Entity[];
  mentions: EntityMention[];
}

interface Draft {
  name: string;
  type: EntityType;
  lexiconId?: string | undefined;
  mentions: Mention[];
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

/** Words after a company's name that only say it is a company: "Acme Holdings Group". */
const CORPORATE_WORDS = new Set([
  'Group',
  'Holdings',
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Ltd',
  'Ltd.',
  'Co',
  'Co.',
  'Company',
  'Corporation',
  'Technologies',
  'Technology',
  'Labs',
  'Lab',
  // "Qingyun" for "Qingyun Intelligence"
  'Intelligence',
]);
const wordsOf = (name: string) => name.split(/\s+/).filter(Boolean);

/**
 * Merges lexicon matches and rule candidates into entities: one per lexicon entry or per
 * normalized name; "Microsoft Corp." and "MSFT" join Microsoft, a lone "Altman" joins
 * Sam Altman, "Ana" in "Ana and Luis Ortega" becomes Ana Ortega.
 */
export function buildEntities({
  text,
  sentences,
  matches,
  candidates,
  lexicon,
}: {
  text: string;
  sentences: Sentence[];
  matches: LexiconMatch[];
  candidates: Candidate[];
  lexicon: Lexicon;
}): BuiltEntities {
  const drafts: Draft[] = [];
  const byKey = new Map<string, number>();
  const mentionOf = (start: number, end: number): Mention => ({
    text: text.slice(start, end),
    start,
    end,
    sentence: sentenceOf(sentences, start),
  });
  const draftFor = (name: string, type: EntityType, lexiconId?: string): number => {
    const key = lexiconId ? `lex:${lexiconId}` : `${type}:${normalizeName(name)}`;
    const found =
      byKey.get(key) ?? (lexiconId ? undefined : byKey.get(`any:${normalizeName(name)}`));
    if (found !== undefined) return found;
    drafts.push({ name, type, lexiconId, mentions: [] });
    const index = drafts.length - 1;
    byKey.set(key, index);
    if (!byKey.has(`any:${normalizeName(name)}`)) byKey.set(`any:${normalizeName(name)}`, index);
    return index;
  };
  const seen = new Set<string>();
  const add = (index: number, m: Mention) => {
    const key = `${index}:${m.start}:${m.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    (drafts[index] as Draft).mentions.push(m);
  };
  // "Chinese" counts as China only where China is named (ONTOLOGY, Places)
  const named = new Set(matches.filter((m) => !m.demonym).map((m) => m.entry.id));
  for (const m of matches) {
    if (m.demonym && !named.has(m.entry.id)) continue;
    const i = draftFor(m.entry.name, m.entry.type, m.entry.id);
    for (const form of [m.entry.name, ...m.entry.aliases])
      byKey.set(`any:${normalizeName(form)}`, i);
  }
  // "Apple Intelligence", "Microsoft Corp.": a longer name found by rules swallows the match
  const wider = candidates.filter(
    (c) =>
      c.rule === 'name.prefixed' ||
      c.rule === 'name.place-tail' ||
      c.rule === 'name.joined' ||
      c.rule === 'name.corporate-form' ||
      c.rule === 'name.product-variant',
  );
  // "State Bank of India": a place after "of" inside a body's name is part of that name
  const bodies = candidates.filter(
    (c) => c.type === 'Organization' && c.rule === 'name.org-phrase',
  );
  const swallowed = (m: LexiconMatch) =>
    wider.some((c) => c.start <= m.start && c.end >= m.end) ||
    (m.entry.type === 'Place' &&
      bodies.some(
        (c) => c.start < m.start && c.end >= m.end && text.slice(c.start, m.start).endsWith(' of '),
      ));
  for (const m of matches) {
    if ((m.demonym && !named.has(m.entry.id)) || swallowed(m)) continue;
    add(draftFor(m.entry.name, m.entry.type, m.entry.id), mentionOf(m.start, m.end));
  }
  const lone: Candidate[] = [];
  // where each bare word is first used, to tell "Mistral AI ... Mistral" from "Microsoft ... Microsoft AI"
  const firstAt = new Map<string, number>();
  for (const c of candidates)
    if (!firstAt.has(c.text) && /^[\p{L}'’-]+$/u.test(c.text)) firstAt.set(c.text, c.start);
  const single = (c: Candidate) => /^[\p{L}'’-]+$/u.test(c.text);
  for (const c of candidates) {
    if (c.sameAs) {
      add(
        draftFor(c.sameAs.entry.name, c.sameAs.entry.type, c.sameAs.entry.id),
        mentionOf(c.start, c.end),
      );
    } else if (
      c.type &&
      single(c) &&
      c.rule !== 'name.camel-case' &&
      // "Oando Clean Energy, a unit of Oando": the word names the parent, not the unit again
      !PARENT_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) &&
      aliasOwner(drafts, c.text, firstAt.get(c.text)) >= 0
    ) {
      lone.push(c); // "Zuckerberg said": the surname of a person already named
    } else if (bodyOwner(drafts, c) >= 0) {
      // "the European Commission ... a Commission spokesperson": the body named before, not a
      // new one; not counted as its mention either, as the relation rules read the count of
      // mentions as salience and a body's head word recurs far more often than its name
    } else if (shortFormOwner(drafts, c) >= 0) {
      // "Two Seas Capital ... Two Seas said": the short form takes the company, not a person's type
      add(shortFormOwner(drafts, c), mentionOf(c.start, c.end));
    } else if (c.type) {
      const known = knownEntry(lexicon, c.text);
      const i = known ? draftFor(known.name, known.type, known.id) : draftFor(c.text, c.type);
      add(i, mentionOf(c.start, c.end));
    } else lone.push(c);
  }
  attachLoneWords({ text, lone, drafts, lexicon, draftFor, add, mentionOf, firstAt });
  mergeAcronyms(text, drafts);
  claimPlaceShortForms(text, drafts, lexicon);
  retypeByContext(text, drafts);
  retypePersonByContext(text, drafts);
  return finish(drafts);
}

/** Words before a place name that keep it a place: "offices in Mazovia". */
const PLACE_CONTEXT_BEFORE =
  /\b(?:in|from|across|of|near|to|around|throughout|outside|inside)\s+(?:the\s+)?$/;

/**
 * "Mazovia Digital ... Mazovia now expects": a company named after a region goes by that word
 * afterwards. A lone region word (never a country or a city, which stand for governments:
 * "Singapore said", "Beijing has never required") is the short form of the first company named
 * with it, once that company was named, unless a preposition or "-based" makes it a place
 * ("offices in Mazovia", "a Mazovia-based supplier"). A demonym never is ("European commissioner"
 * is no European Commission).
 */
function claimPlaceShortForms(text: string, drafts: Draft[], lexicon: Lexicon): void {
  const firstNamed = (d: Draft) =>
    Math.min(...d.mentions.filter((n) => n.text === d.name).map((n) => n.start));
  for (const place of drafts) {
    if (place.type !== 'Place' || !place.lexiconId) continue;
    const entry = lexicon.byId.get(place.lexiconId);
    if (entry?.kind !== 'region') continue;
    const names = new Set([entry.name, ...entry.aliases]);
    // companies whose name opens with one of the region's names, the first named first
    const owners = drafts
      .filter((d) => d.type === 'Organization' && wordsOf(d.name).length >= 2)
      .filter((d) => names.has(wordsOf(d.name)[0] as string))
      .map((d) => ({ d, at: firstNamed(d) }))
      .sort((a, b) => a.at - b.at);
    if (owners.length === 0) continue;
    const kept: Mention[] = [];
    for (const m of place.mentions) {
      const owner = owners.find((o) => wordsOf(o.d.name)[0] === m.text && o.at < m.start)?.d;
      const isPlace =
        /^(?:-|\s\p{Lu})/u.test(text.slice(m.end, m.end + 2)) ||
        PLACE_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
      if (owner && !isPlace) owner.mentions.push(m);
      else kept.push(m);
    }
    place.mentions = kept;
  }
}

/**
 * The lexicon entry a rule-found name stands for: its own surface form, or a product's plural
 * ("H100s", "TPUs" are the H100 and the TPU, not new products).
 */
function knownEntry(lexicon: Lexicon, name: string) {
  const exact = lexicon.bySurface.get(name.toLowerCase())?.[0];
  if (exact) return exact;
  const plural = /^(.*[\p{N}\p{Lu}])s$/u.exec(name);
  return plural
    ? lexicon.bySurface.get((plural[1] as string).toLowerCase())?.find((e) => e.type === 'Product')
    : undefined;
}

function attachLoneWords({
  text,
  lone,
  drafts,
  lexicon,
  draftFor,
  add,
  mentionOf,
  firstAt,
}: {
  firstAt: Map<string, number>;
  text: string;
  lone: Candidate[];
  drafts: Draft[];
  lexicon: Lexicon;
  draftFor: (name: string, type: EntityType, lexiconId?: string) => number;
  add: (index: number, m: Mention) => void;
  mentionOf: (start: number, end: number) => Mention;
}): void {
  // "Elon Musk ... Musk said": a two-word name whose last word stands alone elsewhere is a person
  const loneWords = new Set(lone.filter((c) => c.rule === 'name.lone').map((c) => c.text));
  for (const c of lone) {
    if (c.rule !== 'name.unknown' && c.rule !== 'name.opening') continue;
    // "Brightmoor Vane, which was founded by ... Brightmoor Vane said": a name typed by a cue
    // elsewhere in the article keeps that type where nothing around it speaks
    const typed = drafts.findIndex(
      (d) => !d.lexiconId && normalizeName(d.name) === normalizeName(c.text),
    );
    if (typed >= 0) {
      add(typed, mentionOf(c.start, c.end));
      continue;
    }
    // a sentence's opening words are that name only: nothing else types them
    if (c.rule === 'name.opening') continue;
    const words = wordsOf(c.text);
    // "Tang Jie and Li Juanzi": a full name listed beside a person is a person too
    if (
      loneWords.has(words[words.length - 1] as string) ||
      (words.length === 2 && listNeighbour(text, c, drafts) === 'Person')
    )
      add(draftFor(c.text, 'Person'), mentionOf(c.start, c.end));
    // "health systems including Kestrel Permanent and Acme Health": a name in a list of companies;
    // "Unilever, Delta Air Lines and ...": one listed beside a company; "Northgate Reasoning
    // competes with ...": one before what only companies do
    else if (
      listAfterOrgNoun(text, c) ||
      listNeighbour(text, c, drafts) === 'Organization' ||
      (BUSINESS_VERB_AFTER.test(text.slice(c.end, c.end + 40)) &&
        !isKnownFirstName(words[0] as string))
    )
      add(draftFor(c.text, 'Organization'), mentionOf(c.start, c.end));
  }
  const midSentence = new Map<string, number>();
  // "OpenAI's GPT", "GPT-generated", "GPT APIs": read as a product
  const productLike = new Set<string>();
  // a sentence-opening use counts once the word is also seen inside a sentence
  const opening = new Map<string, number>();
  for (const c of lone) {
    if (c.rule === 'name.common-alias' || c.rule === 'name.opening') continue;
    if (!c.initial && c.type === undefined)
      midSentence.set(c.text, (midSentence.get(c.text) ?? 0) + 1);
    if (c.initial && c.type === undefined) opening.set(c.text, (opening.get(c.text) ?? 0) + 1);
    const before = text.slice(Math.max(0, c.start - 3), c.start);
    const after = text.slice(c.end, c.end + 20);
    if (
      /['’]s? $/.test(before) ||
      /^-(?:\d|generated|trained|based|powered)|^ (?:APIs?|models?|chatbot|app|chips?)\b/.test(
        after,
      )
    )
      productLike.add(c.text);
  }
  for (const c of lone) {
    if (c.rule === 'name.unknown' || c.rule === 'name.opening') continue;
    // "Ana and Luis Ortega": the first name borrows the family name that follows
    const pair = /^ and (\p{Lu}[\p{L}'’-]+) (\p{Lu}[\p{L}'’-]+)/u.exec(
      text.slice(c.end, c.end + 60),
    );
    // "Clay Magouyrk ... Magouyrk and Mike Sicilia": a surname already known is no given name
    if (pair && aliasOwner(drafts, c.text, firstAt.get(c.text)) < 0) {
      const target = drafts.findIndex((d) => d.type === 'Person' && d.name.endsWith(` ${pair[2]}`));
      if (target >= 0) {
        const full = `${c.text} ${pair[2]}`;
        const known = lexicon.bySurface.get(full.toLowerCase())?.find((e) => e.type === 'Person');
        add(
          known ? draftFor(known.name, 'Person', known.id) : draftFor(full, 'Person'),
          mentionOf(c.start, c.end),
        );
        continue;
      }
    }
    // "Acme Inc.'s ACME ACMEB Acme Cloud": a ticker beside its company
    const ticker = /^\p{Lu}{2,5}$/u.test(c.text) ? tickerOwner(text, c, drafts) : -1;
    if (ticker >= 0) {
      add(ticker, mentionOf(c.start, c.end));
      continue;
    }
    const owner = aliasOwner(drafts, c.text, firstAt.get(c.text));
    if (owner >= 0) {
      add(owner, mentionOf(c.start, c.end));
      continue;
    }
    if (c.rule === 'name.common-alias') continue;
    if (c.type === undefined && isTownBeforeRegion(text, c, drafts)) {
      add(draftFor(c.text, 'Place'), mentionOf(c.start, c.end));
      continue;
    }
    // "companies like Snap and Deliveroo": a list member takes the type of its neighbours
    const neighbour = listNeighbour(text, c, drafts) ?? listAfterOrgNoun(text, c);
    if (neighbour && c.type === undefined)
      add(draftFor(c.text, neighbour), mentionOf(c.start, c.end));
    else if (c.type) add(draftFor(c.text, c.type), mentionOf(c.start, c.end));
    // "Nuvarta said on Tuesday ...": an unknown word opening a sentence before a company's verb
    else if (
      c.initial &&
      c.rule === 'name.lone' &&
      COMPANY_VERB_AFTER.test(text.slice(c.end, c.end + 30)) &&
      !isKnownFirstName(c.text)
    )
      add(draftFor(c.text, 'Organization'), mentionOf(c.start, c.end));
    // "Baidu ... Baidu": a capitalised word seen twice inside sentences is a name, most often a company's
    else if (
      (midSentence.get(c.text) ?? 0) >= 2 ||
      ((midSentence.get(c.text) ?? 0) >= 1 && (opening.get(c.text) ?? 0) >= 1)
    ) {
      add(
        draftFor(c.text, productLike.has(c.text) ? 'Product' : 'Organization'),
        mentionOf(c.start, c.end),
      );
    }
  }
}

function tickerOwner(text: string, c: Candidate, drafts: Draft[]): number {
  return drafts.findIndex(
    (d) =>
      d.type === 'Organization' &&
      d.mentions.some(
        (m) =>
          m.end <= c.start &&
          c.start - m.end <= 4 &&
          /^(?:\s|['’]s\s|\.\s|\.['’]s\s)+$/.test(text.slice(m.end, c.start)),
      ),
  );
}

/** "in Vineland, New Jersey", "the Livingston, New Jersey-based company": a town, then its region. */
function isTownBeforeRegion(text: string, c: Candidate, drafts: Draft[]): boolean {
  if (
    !/\b(?:in|near|at|from|outside|the)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start))
  )
    return false;
  return drafts.some(
    (d) =>
      d.type === 'Place' &&
      d.mentions.some(
        (m) =>
          m.start === c.end + 2 &&
          text.slice(c.end, m.start) === ', ' &&
          /^(?:-based\b|[,.;)]|$)/.test(text.slice(m.end, m.end + 7)),
      ),
  );
}

const LIST_GAP_BEFORE = /(?:,|,? and|,? or|,? &) $/;

/** Verbs news uses for what a company does: "Nuvarta said", "Acme unveiled", "Zeta has raised". */
const COMPANY_VERB_AFTER =
  /^\s+(?:(?:has|have|had|also|on \w+)\s+)?(?:said|says|announced|announces|unveiled|unveils|launched|launches|released|releases|raised|raises|acquired|acquires|signed|signs|declined|reported|reports|plans|expects|develops|builds|makes|sells|uses|filed|sued|partnered|hired|cut|laid off|confirmed)\b/;

/** "added 80 companies to the list, including Inspur and Sugon": members of a list of companies. */
const ORG_LIST_BEFORE =
  /\b(?:companies|firms|entities|groups|start-?ups|chipmakers|makers|rivals|competitors|investors|backers|customers|clients|developers|labs|suppliers|providers|systems|hospitals|operators|publishers|outlets|newspapers|banks|insurers|lenders|retailers|carmakers|automakers|universities)\b[^.;:]{0,40}?\b(?:including|such as|like|among them|include|includes|included)\s+(?:\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*)*,?\s+(?:and\s+|or\s+)?)*$/u;

function listAfterOrgNoun(text: string, c: Candidate): EntityType | undefined {
  if (c.initial) return undefined;
  return ORG_LIST_BEFORE.test(text.slice(Math.max(0, c.start - 160), c.start))
    ? 'Organization'
    : undefined;
}
const LIST_GAP_AFTER = /^(?:,|,? and|,? or|,? &) /;

function listNeighbour(text: string, c: Candidate, drafts: Draft[]): EntityType | undefined {
  for (const d of drafts) {
    if (d.type === 'Place') continue;
    for (const m of d.mentions) {
      if (m.end < c.start - 6 || m.start > c.end + 6) continue;
      const left = m.end <= c.start && LIST_GAP_BEFORE.test(text.slice(m.end, c.start));
      const right = m.start >= c.end && LIST_GAP_AFTER.test(text.slice(c.end, m.start));
      if (left || right) return d.type;
    }
  }
  return undefined;
}

/** "Altman" after "Sam Altman"; "Opus" after "Claude 3 Opus"; "Mistral" after "Mistral AI"; "Ernie" for "Ernie Bot". */
function aliasOwner(drafts: Draft[], word: string, firstAt = Number.POSITIVE_INFINITY): number {
  // "Mirae ... Mirae competes": a one-word name already found inside a sentence, repeated at a start
  const exact = drafts.findIndex(
    (d) => d.type !== 'Place' && d.mentions.some((m) => m.text === word),
  );
  if (exact >= 0) return exact;
  return drafts.findIndex((d) => {
    const forms = [wordsOf(d.name), ...[...new Set(d.mentions.map((m) => m.text))].map(wordsOf)];
    if (d.type === 'Person')
      return forms.some((w) => w.length >= 2 && (w[w.length - 1] === word || w[0] === word));
    if (d.type === 'Product') {
      return forms.some(
        (w) =>
          w.length >= 2 &&
          /^\p{L}+$/u.test(word) &&
          (w[w.length - 1] === word ||
            (w[0] === word && w.length === 2 && PRODUCT_SUFFIXES.has(w[1] as string))),
      );
    }
    if (d.type === 'Organization') {
      // "Shenzhen Zorbix Computing ... Zorbix": a company's name after the place it is from
      const head = (w: string[]) => (w.length >= 3 && isKnownPlace(w[0] as string) ? 1 : 0);
      // "Microsoft ... Microsoft AI": a bare name used before the longer one is its own company
      if (
        !d.mentions.some((m) => {
          const w = wordsOf(m.text);
          return m.start < firstAt && w[head(w)] === word;
        })
      )
        return false;
      // "Moonshot" for "Moonshot AI": only where the rest is a company suffix; a name found by
      // rules lends its first word when the rest is generic ("Zorbix Labs Group") or when the
      // word is no common word ("Nordvik" for "Nordvik Compute"; not "Core" for "Core Scientific")
      return forms.some((w) => {
        const at = head(w);
        if (w.length < at + 2 || w[at] !== word) return false;
        if (at === 0 && w.length === 2 && ORG_SUFFIXES.has(w[1] as string)) return true;
        return (
          !d.lexiconId &&
          (w.slice(at + 1).every((x) => ORG_SUFFIXES.has(x) || CORPORATE_WORDS.has(x)) ||
            (word.length >= 4 && !isCommonWord(word)))
        );
      });
    }
    return false;
  });
}

/** The body named last before a lone "Commission" or "Agency" whose name ends in that word. */
function bodyOwner(drafts: Draft[], c: Candidate): number {
  if (!PUBLIC_BODY_WORDS.has(c.text)) return -1;
  let best = -1;
  let at = -1;
  drafts.forEach((d, i) => {
    if (d.type !== 'Organization' || wordsOf(d.name).length < 2) return;
    if (wordsOf(d.name)[wordsOf(d.name).length - 1] !== c.text) return;
    for (const m of d.mentions)
      if (m.start < c.start && m.start > at) {
        at = m.start;
        best = i;
      }
  });
  return best;
}

/**
 * The organization named earlier whose name is this run of words and a company suffix:
 * "Two Seas" after "Two Seas Capital", "Orvale" is left to aliasOwner.
 */
function shortFormOwner(drafts: Draft[], c: Candidate): number {
  const words = wordsOf(c.text);
  if (words.length < 2) return -1;
  return drafts.findIndex(
    (d) =>
      d.type === 'Organization' &&
      d.mentions.some((m) => m.start < c.start) &&
      [d.name, ...d.mentions.map((m) => m.text)].some((form) => {
        const w = wordsOf(form);
        return (
          w.length > words.length &&
          words.every((x, i) => w[i] === x) &&
          w.slice(words.length).every((x) => ORG_SUFFIXES.has(x) || CORPORATE_WORDS.has(x))
        );
      }),
  );
}

/** "Personal Information Protection Commission (PIPC)": the acronym names the same body. */
function mergeAcronyms(text: string, drafts: Draft[]): void {
  const owner = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.type === 'Person') return;
    const initials = wordsOf(d.name)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    for (const m of d.mentions) {
      const x = /^ \((\p{Lu}[\p{Lu}\p{N}]{1,6})\)/u.exec(text.slice(m.end, m.end + 12));
      if (x && initials.startsWith(x[1] as string)) owner.set(x[1] as string, i);
    }
  });
  drafts.forEach((d, j) => {
    const i = owner.get(d.name);
    if (i === undefined || i === j || d.lexiconId) return;
    (drafts[i] as Draft).mentions.push(...d.mentions);
    d.mentions = [];
  });
}

/** What names a company's parent just before its name: "a unit of the energy group". */
const PARENT_BEFORE =
  /\b(?:unit|subsidiary|division|arm|part|affiliate|offshoot|spin-?off) of (?:the )?(?:[\p{L}-]+ ){0,3}?$/u;
const PRODUCT_BEFORE_CUE =
  /\b(?:(?:chatbots?|apps?|assistants?)(?: such as| like| including)?|launch(?:ed|es|ing)?|releas(?:ed|es|ing)|unveil(?:ed|s|ing)|introduc(?:ed|es|ing)|rolled out|debut(?:ed|s)|us(?:e|es|ed|ing)|via|version of|versions of|users of|access to|integrat(?:e|es|ed|ing)(?: with| into)?|powered by|built into|trained|train)\s+(?:the\s+|its\s+|their\s+|a\s+)?$/i;
const PRODUCT_AFTER_CUE =
  /^(?:\s+(?:maker|creator|chatbot|chatbots|app|apps|users|subscribers|subscription)\b|-(?:style|like|generated|powered|maker)\b|\s+(?:is|was|are|were|has been|had been)\s+(?:now\s+|already\s+|also\s+|being\s+)?(?:used|deployed|adopted|installed|licensed)\s+(?:by|in|at|across)\b)/;
const ORG_AFTER_CUE =
  /^(?:\s+(?:said|says|announced|declined|confirmed|told|reported|CEO|chief|founder|co-founder|spokes(?:person|man|woman)|executives?|employees?|investors?|shares|stock)\b|['’]s?\s+(?:chief|CEO|founder|co-founder|board|shares|stock|spokes(?:person|man|woman)|investors?|employees?|staff|headquarters|executives?)\b)/;
const ORG_BEFORE_CUE =
  /\b(?:at|joined|invested in|acquired|backed by|(?:co-)?founded|sued|against|company|firm|start-?up)\s+$/i;

/** "the Zorb factory", "Zorb staff": what belongs to a company, after its name. */
const OWNED_PLACE_AFTER =
  /^\s+(?:factory|factories|plant|plants|site|sites|campus|facility|facilities|headquarters|offices?|team|staff|employees|engineers|stake|shares)\b/;

/**
 * A name no lexicon knows keeps the type most of its mentions speak for: "ChatGPT" used,
 * launched and called "the ChatGPT maker" is a product even where its shape said company.
 */
function retypeByContext(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.lexiconId || (d.type !== 'Organization' && d.type !== 'Product')) continue;
    let product = 0;
    let org = 0;
    for (const m of d.mentions) {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const after = text.slice(m.end, m.end + 30);
      // "using OpenAI's API": the possessor is not what is used; nor is the owner in "use the
      // Zorb factory"
      if (
        (PRODUCT_BEFORE_CUE.test(before) &&
          !/^['’]/.test(after) &&
          !OWNED_PLACE_AFTER.test(after)) ||
        PRODUCT_AFTER_CUE.test(after)
      )
        product++;
      if (ORG_BEFORE_CUE.test(before) || ORG_AFTER_CUE.test(after)) org++;
    }
    // "Zorvex Labs" launched is a company still: its name's last word says so
    const words = wordsOf(d.name);
    const companyName =
      words.length > 1 &&
      COMPANY_NAME_ENDS.has((words[words.length - 1] as string).replace(/\.$/, ''));
    if (d.type === 'Organization' && product > org && !companyName) d.type = 'Product';
    else if (d.type === 'Product' && org >= 2 && product === 0) d.type = 'Organization';
  }
}

/** What only a company has after its name: "Orbis's chief executive", "Orbis, which also names". */
const COMPANY_AFTER_CUE =
  /^(?:['’]s?\s+(?:chief executive|CEO|board|shares|stock|headquarters|spokes(?:person|man|woman)|investors|employees|staff|engineers|customers|subsidiary|parent)\b|,\s+which\b)/;

/**
 * "filed by Orbis Vision ... Orbis's chief executive ... leaving Orbis, which also names": a name
 * no lexicon knows, typed a person by its shape (two capitalised words) or a cue like "by", is a
 * company when two of its mentions say so and its first word is no known given name.
 */
function retypePersonByContext(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.lexiconId || d.type !== 'Person') continue;
    if (isKnownFirstName(wordsOf(d.name)[0] ?? '')) continue;
    const company = d.mentions.filter((m) => COMPANY_AFTER_CUE.test(text.slice(m.end, m.end + 30)));
    if (company.length >= 2) d.type = 'Organization';
  }
}

function finish(drafts: Draft[]): BuiltEntities {
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const d of drafts) {
    if (d.mentions.length === 0) continue;
    d.mentions.sort((a, b) => a.start - b.start);
    const index = entities.length;
    const aliases = [...new Set([d.name, ...d.mentions.map((m) => m.text)])];
    entities.push({
      key: `${d.type}:${normalizeName(d.name)}`,
      name: d.name,
      type: d.type,
      aliases,
      lexiconId: d.lexiconId,
      mentions: d.mentions,
    });
    for (const m of d.mentions) mentions.push({ ...m, entity: index });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}
