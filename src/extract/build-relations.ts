import type { Template } from './build-template.js';
import { PUBLIC_BODY_KINDS } from './cues.js';
import { detectModality } from './detect-modality.js';
import { findAttribution } from './find-attribution.js';
import type { RawRelation } from './match-relations.js';
import { resolveEventDate } from './resolve-event-date.js';
import type { Entity, Mention, Modality, Predicate, Relation, Sentence } from './types.js';
import { SYMMETRIC_PREDICATES } from './types.js';

const RANK: Record<Modality, number> = { asserted: 0, denied: 1, alleged: 2, planned: 3 };

/** "A deal", "a partnership": money between two companies that is also called a deal. */
// "a contract chipmaker" makes chips for others; it names no deal
const DEAL =
  /\b(?:deal|partnership|collaboration|alliance|agreement|contract(?! (?:chipmakers?|manufactur\w*|makers?|foundry|foundries|research|workers?|staff))|tie-up|pact)\b/;
/**
 * "invested $1 billion in Zeta in a deal that ...", "agreed to supply Zeta under a three-year
 * deal", "..., a deal both companies called strategic": the sentence calls this very transaction a deal.
 */
const THIS_DEAL =
  /(?:\b(?:in|under|as part of|through) (?:a|an) (?:[\w$.,€£-]+ ){0,5}?|, a (?:[\w$.,€£-]+ ){0,3}?)(?:deal|partnership|collaboration|alliance|agreement|contract|tie-up|pact)\b/;

/** Two names of one group by their first word: "Amazon" and "Amazon Web Services". */
function sameGroupName(entities: Entity[], a: number, b: number): boolean {
  const head = (i: number) => entities[i]?.name.split(/[\s.]/)[0]?.toLowerCase();
  return head(a) === head(b);
}

/**
 * "Apple's App Store and Google Play", "its Claude models" with "its" read as the wrong company:
 * a possessive that gives a product to a company other than the maker the lexicon knows (and the
 * article names) misreads the list or the pronoun. Kept when the two are one group: the same
 * first word ("Alibaba's Tongyi Qianwen", made by Alibaba Cloud) or a parent and its unit in this
 * article ("Alphabet's Gemini" where Google's parent Alphabet is named).
 */
function possessedByMakers(
  raw: RawRelation[],
  entities: Entity[],
  knownMaker: (entity: number) => number | undefined,
): RawRelation[] {
  const group = new Set(
    raw
      .filter((r) => r.predicate === 'PARENT_OF')
      .flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]),
  );
  return raw.flatMap((r) => {
    // ("Claude Code, its programming assistant": an appositive's "its" is read the same way)
    if (
      r.predicate !== 'DEVELOPED' ||
      !(r.rule.startsWith('possessive.') || r.rule === 'appositive.owner-product')
    )
      return [r];
    const maker = knownMaker(r.object);
    if (
      maker === undefined ||
      maker === r.subject ||
      sameGroupName(entities, maker, r.subject) ||
      group.has(`${r.subject}|${maker}`)
    )
      return [r];
    // "works with Anthropic on a version of its Claude model": a pronoun read as another company
    // meant the product's maker when the article has named the maker by then
    const named = entities[maker]?.mentions.some((m) => m.sentence <= r.sentence);
    return r.viaCoref && named ? [{ ...r, subject: maker }] : [];
  });
}

/**
 * Turns rule matches into relations: modality, attribution and event date per match, then one
 * relation per (subject, predicate, object), keeping the best-held evidence (asserted first,
 * then the most confident). Investment between companies that the text also calls a deal adds
 * PARTNERED_WITH (ONTOLOGY, Money).
 */
export function buildRelations({
  raw,
  entities,
  sentences,
  templates,
  published,
  ruleVersion,
  knownMaker = () => undefined,
  kindOf = () => undefined,
}: {
  raw: RawRelation[];
  entities: Entity[];
  sentences: Sentence[];
  templates: Template[];
  published?: string | null | undefined;
  ruleVersion: string;
  /** The article's entity the lexicon names as this product's maker, if the article names it. */
  knownMaker?: (entity: number) => number | undefined;
  /** Lexicon kind of an entity ("cloud", "chipmaker"...), when the lexicon knows it. */
  kindOf?: (entity: number) => string | undefined;
}): Relation[] {
  // "will use Google's TPUs to train Claude": chips used to train are hardware, never a work copied
  // "rivals such as Grok" in a story of xAI's: no company competes with its own product
  const made = new Set(
    raw.filter((r) => r.predicate === 'DEVELOPED').map((r) => `${r.subject}>${r.object}`),
  );
  const ownProduct = (company: number, product: number) =>
    knownMaker(product) === company || made.has(`${company}>${product}`);
  const read = raw.filter(
    (r) =>
      !(r.predicate === 'COPIED' && kindOf(r.object) === 'chip') &&
      !(
        r.predicate === 'COMPETES_WITH' &&
        (ownProduct(r.subject, r.object) || ownProduct(r.object, r.subject))
      ),
  );
  const used = liftProductUse(
    possessedByMakers(tiedTitles(investingFunds(read, templates)), entities, knownMaker),
    entities,
    knownMaker,
  );
  const all = ownersOfCopiedWorks([
    ...used,
    ...dealPartnerships(used, entities, templates),
    ...supplyThroughProducts(used, entities, templates, knownMaker),
    ...goodsFrom(used, entities, templates),
    ...computeDeals(used, templates, kindOf),
    ...suitAccusations(used, entities, templates),
    ...claimedTakings(used),
    ...copyrightSuits(used, entities, templates, kindOf),
    ...listingCharges(used, entities, templates),
  ]);
  const best = new Map<string, Relation>();
  const attributions = new Map<number, number | undefined>();
  const attributionOf = (index: number, template: Template) => {
    if (!attributions.has(index)) attributions.set(index, findAttribution(template));
    return attributions.get(index);
  };
  for (const r of all) {
    const s = entities[r.subject] as Entity;
    const o = entities[r.object] as Entity;
    const template = templates[r.sentence] as Template;
    const sentence = sentences[r.sentence] as Sentence;
    const said =
      r.modality ??
      detectModality({
        template: template.text,
        start: r.templateStart,
        end: r.templateEnd,
        rule: r.modalityRule ?? r.rule,
        parties: [r.subject, r.object],
        slotEntity: (slot) => template.slots[slot]?.entity,
      });
    const attributed = attributionOf(r.sentence, template);
    // "Anthropic said Zeta had copied Claude": a copy another party reports is its accusation
    // (ONTOLOGY, Accusations: the wrongdoing is alleged)
    const modality =
      said === 'asserted' &&
      r.predicate === 'COPIED' &&
      attributed !== undefined &&
      attributed !== r.subject
        ? 'alleged'
        : said;
    const eventDate = resolveEventDate({
      sentence: sentence.text,
      at: r.spanStart - sentence.start,
      published,
    });
    const relation: Relation = {
      subject: s.name,
      subjectKey: s.key,
      predicate: r.predicate,
      object: o.name,
      objectKey: o.key,
      modality,
      evidence: {
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        sentenceIndex: sentence.index,
        spanStart: r.spanStart,
        spanEnd: r.spanEnd,
      },
      attribution: attributed === undefined ? undefined : entities[attributed]?.name,
      eventDate,
      confidence: Math.round(r.confidence * 100) / 100,
      rule: r.rule,
      ruleVersion,
    };
    const symmetric = SYMMETRIC_PREDICATES.has(r.predicate) && s.key > o.key;
    const key = symmetric ? `${o.key}|${r.predicate}|${s.key}` : `${s.key}|${r.predicate}|${o.key}`;
    const held = best.get(key);
    if (
      !held ||
      RANK[modality] < RANK[held.modality] ||
      (RANK[modality] === RANK[held.modality] && relation.confidence > held.confidence)
    ) {
      best.set(key, relation);
    }
  }
  const merged = noRivalryWithOwnGoods([...best.values()]);
  const family = familyRelations(merged, entities, sentences, ruleVersion);
  return [
    ...merged,
    ...family,
    ...ownerNameRelations([...merged, ...family], entities, sentences, ruleVersion),
  ];
}

/**
 * "Rival Cursor, made by Anysphere", "its Le Chat assistant competes with ChatGPT": no company
 * competes with what it makes or owns, so a rivalry between two names the article also ties as
 * maker and product (or parent and unit) misread the rival.
 */
function noRivalryWithOwnGoods(relations: Relation[]): Relation[] {
  const tied = new Set(
    relations
      .filter((r) => r.predicate === 'DEVELOPED' || r.predicate === 'PARENT_OF')
      .flatMap((r) => [`${r.subjectKey}|${r.objectKey}`, `${r.objectKey}|${r.subjectKey}`]),
  );
  return relations.filter(
    (r) => r.predicate !== 'COMPETES_WITH' || !tied.has(`${r.subjectKey}|${r.objectKey}`),
  );
}

/**
 * A maker derived for a product rather than read in a sentence: asserted, with the sentence of the
 * product's mention as its evidence (none when that sentence is unknown).
 */
function derivedMaker(
  maker: Pick<Relation, 'subject' | 'subjectKey'>,
  product: Entity,
  mention: Mention | undefined,
  sentences: Sentence[],
  { confidence, rule, ruleVersion }: Pick<Relation, 'confidence' | 'rule' | 'ruleVersion'>,
): Relation | undefined {
  const sentence = mention ? sentences[mention.sentence] : undefined;
  if (!mention || !sentence) return undefined;
  return {
    subject: maker.subject,
    subjectKey: maker.subjectKey,
    predicate: 'DEVELOPED',
    object: product.name,
    objectKey: product.key,
    modality: 'asserted',
    evidence: {
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      sentenceIndex: sentence.index,
      spanStart: mention.start,
      spanEnd: mention.end,
    },
    attribution: undefined,
    eventDate: undefined,
    confidence,
    rule,
    ruleVersion,
  };
}

/**
 * "Amazon Bedrock", "Infosys Topaz", "Microsoft Azure": a product whose name opens with the name
 * of a company of the article is that company's, unless the text gives it another maker.
 */
function ownerNameRelations(
  relations: Relation[],
  entities: Entity[],
  sentences: Sentence[],
  ruleVersion: string,
): Relation[] {
  const made = new Set(
    relations.filter((r) => r.predicate === 'DEVELOPED').map((r) => r.objectKey),
  );
  const owners = entities.flatMap((e) =>
    e.type === 'Organization'
      ? [...new Set([e.name, ...e.aliases])]
          .filter((a) => /^\p{Lu}/u.test(a) && a.length >= 2 && !/[’']s?$/.test(a))
          .map((alias) => ({ org: e, prefix: `${alias} ` }))
      : [],
  );
  const out: Relation[] = [];
  for (const product of entities) {
    if (product.type !== 'Product' || made.has(product.key)) continue;
    for (const { org, prefix } of owners) {
      const mention = product.mentions.find((m) => m.text.startsWith(prefix));
      const relation = derivedMaker(
        { subject: org.name, subjectKey: org.key },
        product,
        mention,
        sentences,
        { confidence: 0.7, rule: 'name.owner-prefix', ruleVersion },
      );
      if (!relation) continue;
      out.push(relation);
      break;
    }
  }
  return out;
}

/** "Claude 3 Opus" shares its maker with "Claude 3": the first word of a model name names a family. */
const familyOf = (name: string) => /^[\p{L}][\p{L}.]*/u.exec(name)?.[0] ?? '';

/**
 * Products of one family share a maker: Anthropic developed Claude 3, so Claude 3 Haiku and
 * Claude 2 are Anthropic's too, unless the text gives them to someone else.
 */
function familyRelations(
  relations: Relation[],
  entities: Entity[],
  sentences: Sentence[],
  ruleVersion: string,
): Relation[] {
  const out: Relation[] = [];
  const developed = relations.filter((r) => r.predicate === 'DEVELOPED');
  const madeBy = new Map(developed.map((r) => [r.objectKey, r.subjectKey]));
  const makers = new Map<string, Relation>();
  for (const r of developed) {
    const family = familyOf(r.object);
    if (r.modality !== 'asserted' || family.length < 2) continue;
    const held = makers.get(family);
    if (held && held.subjectKey !== r.subjectKey) makers.set(family, { ...held, subjectKey: '' });
    else if (!held) makers.set(family, r);
  }
  const orgNames = new Set(entities.filter((e) => e.type === 'Organization').map((e) => e.name));
  for (const product of entities) {
    if (product.type !== 'Product' || madeBy.has(product.key)) continue;
    const from = makers.get(familyOf(product.name));
    if (!from?.subjectKey || orgNames.has(product.name)) continue;
    const relation = derivedMaker(from, product, product.mentions[0], sentences, {
      confidence: 0.5,
      rule: 'family.name',
      ruleVersion,
    });
    if (relation) out.push(relation);
  }
  return out;
}

/** Words that make a use a purchase of compute: chips, cloud capacity, servers. */
const COMPUTE =
  /\b(?:served|hosted|chips?|GPUs?|processors?|accelerators?|semiconductors?|cloud|servers?|supercomputers?|data cent(?:er|re)s?|compute|computing capacity|infrastructure)\b(?! (?:providers?|companies|firms|customers|giants|players|operators|vendors|rivals)\b)/;

/** What a compute deal is for: the compute words of a use, or capacity ("capacity deals"). */
const COMPUTE_DEAL = new RegExp(`${COMPUTE.source}|\\b(?:capacity|computing)\\b`);

/** A company a use goes through: "rented from Zeta", "provided by Zeta", "an agreement with Zeta". */
const GO_BETWEEN =
  /(?:\b(?:rented|leased|provided|supplied|hosted|served|offered|operated|run|bought|sourced|accessed)(?: [a-z]+)? (?:from|through|via|by)|\b(?:through|via)|\b(?:agreement|deal|contract) with) (?:the )?(?:[\w-]+ ){0,3}?(?:⟦L\d+⟧-based )?⟦O(\d+)⟧|⟦O(\d+)⟧ (?:will |would |has |had |also |agreed to |has agreed to )?(?:supply|supplies|supplied|provide|provides|provided|give|gives|gave|grant|grants|granted)\b/g;

/**
 * "Tencent uses Nvidia's H20 chips", "AMD's MI300X accelerators are used by Oracle": a company that
 * uses another's chips or cloud is supplied by it (ONTOLOGY, Supply: provider -> customer).
 */
function supplyThroughProducts(
  raw: RawRelation[],
  entities: Entity[],
  templates: Template[],
  knownMaker?: (entity: number) => number | undefined,
): RawRelation[] {
  const makers = new Map<number, RawRelation[]>();
  for (const r of raw)
    if (r.predicate === 'DEVELOPED' && entities[r.subject]?.type === 'Organization')
      makers.set(r.object, [...(makers.get(r.object) ?? []), r]);
  const out: RawRelation[] = [];
  for (const r of raw) {
    if (r.predicate !== 'USED' || entities[r.subject]?.type !== 'Organization') continue;
    // the compute word belongs to the use: "Nvidia's H20 chips", not "cloud providers including Acme"
    const text = (templates[r.sentence] as Template).text;
    if (!COMPUTE.test(text.slice(r.templateStart, r.templateEnd + 25))) continue;
    const used = entities[r.object];
    // the maker named in the same sentence: "Amazon's Trainium chips"; else the maker the
    // lexicon knows, when the article names it: "runs on Microsoft Azure" in a story on Microsoft
    const provider =
      used?.type === 'Organization'
        ? r.object
        : (makers.get(r.object)?.find((d) => d.sentence === r.sentence)?.subject ??
          knownMaker?.(r.object));
    if (provider === undefined || provider === r.subject) continue;
    // "Amazon ... through Amazon Web Services": a group does not supply itself
    if (sameGroupName(entities, provider, r.subject)) continue;
    // "Zeta H100s rented from Beta", "served through Beta", "an agreement with Beta for Zeta GPUs":
    // the company in between supplies, not the chips' maker
    const between = [...text.matchAll(GO_BETWEEN)].map(
      (m) => (templates[r.sentence] as Template).slots[Number(m[1] ?? m[2])]?.entity,
    );
    if (
      used?.type !== 'Organization' &&
      between.some((e) => e !== undefined && e !== provider && e !== r.subject)
    )
      continue;
    out.push({
      ...r,
      subject: provider,
      object: r.subject,
      predicate: 'SUPPLIES',
      rule: 'derived.supply',
      modalityRule: r.rule,
      confidence: r.confidence * 0.75,
      modality: r.modality,
    });
  }
  return out;
}

/**
 * "Nova runs on Zeta's H20 chips": a product's use is its maker's (ONTOLOGY: USED has an
 * organization or person as subject); without a maker named in the article it is dropped. A
 * maker's use of its own product is dropped too.
 */
function liftProductUse(
  raw: RawRelation[],
  entities: Entity[],
  knownMaker: (entity: number) => number | undefined,
): RawRelation[] {
  const makers = new Map<number, number>();
  for (const r of raw)
    if (r.predicate === 'DEVELOPED' && entities[r.subject]?.type === 'Organization')
      makers.set(r.object, makers.get(r.object) ?? r.subject);
  const madeBy = new Set(
    raw
      .filter((r) => r.predicate === 'DEVELOPED')
      .map((r) => `${r.sentence}|${r.subject}|${r.object}`),
  );
  // "Google ... its Gemini models", "Google ... using Gemini": a maker's use of its own product
  // (made by it in the same sentence, or by the lexicon's word) is no relation between two parties
  const ownUse = (r: RawRelation) =>
    madeBy.has(`${r.sentence}|${r.subject}|${r.object}`) || knownMaker(r.object) === r.subject;
  return raw.flatMap((r) => {
    if (r.predicate !== 'USED') return [r];
    let use = r;
    if (entities[r.subject]?.type === 'Product') {
      const maker = makers.get(r.subject);
      if (maker === undefined || maker === r.object) return [];
      use = { ...r, subject: maker };
    }
    return ownUse(use) ? [] : [use];
  });
}

/**
 * "Acme signed an agreement with CoreWeave for access to Nvidia GPUs", "capacity deals with
 * Lambda": a deal for compute with a cloud company is its supply to the other party as well
 * (ONTOLOGY, Supply), not only a partnership.
 */
function computeDeals(
  raw: RawRelation[],
  templates: Template[],
  kindOf: (entity: number) => string | undefined,
): RawRelation[] {
  return raw.flatMap((r) => {
    if (r.predicate !== 'PARTNERED_WITH') return [];
    const clouds = [r.subject, r.object].filter((e) => kindOf(e) === 'cloud');
    if (clouds.length !== 1) return [];
    const text = (templates[r.sentence] as Template).text;
    if (!COMPUTE_DEAL.test(text.slice(r.templateStart, r.templateEnd + 60))) return [];
    const provider = clouds[0] as number;
    const customer = provider === r.subject ? r.object : r.subject;
    return [
      {
        ...r,
        subject: provider,
        object: customer,
        predicate: 'SUPPLIES' as const,
        rule: 'derived.compute-deal',
      },
    ];
  });
}

function dealPartnerships(
  raw: RawRelation[],
  entities: Entity[],
  templates: Template[],
): RawRelation[] {
  const out: RawRelation[] = [];
  // only where the two are the only companies named: "The deal also is a win for Amazon, because Anthropic ..."
  const dealSentence = new Map<string, number>();
  templates.forEach((t, i) => {
    const orgs = [
      ...new Set(t.slots.map((s) => s.entity).filter((e) => entities[e]?.type === 'Organization')),
    ].sort((a, b) => a - b);
    const key = orgs.join('|');
    if (orgs.length === 2 && !dealSentence.has(key) && DEAL.test(t.text)) dealSentence.set(key, i);
  });
  const done = new Set<string>();
  for (const r of raw) {
    if (
      (r.predicate !== 'INVESTED_IN' && r.predicate !== 'SUPPLIES') ||
      entities[r.subject]?.type !== 'Organization' ||
      entities[r.object]?.type !== 'Organization'
    )
      continue;
    const key = [r.subject, r.object].sort((a, b) => a - b).join('|');
    // the relation's own sentence calls it a deal, whoever else it names
    const own = THIS_DEAL.test((templates[r.sentence] as Template).text) ? r.sentence : undefined;
    const index = own ?? dealSentence.get(key);
    if (index === undefined || done.has(key)) continue;
    done.add(key);
    const t = templates[index] as Template;
    out.push({
      ...r,
      predicate: 'PARTNERED_WITH',
      rule: 'cooccur.deal',
      confidence: 0.6,
      sentence: index,
      spanStart: t.offsets[0] ?? 0,
      spanEnd: t.offsets[t.text.length] ?? 0,
      templateStart: 0,
      templateEnd: t.text.length,
      modality: r.modality ?? 'asserted',
    });
  }
  return out;
}

/** "subject|object" of every relation of a predicate: what a derivation must not add again. */
const pairKeys = (raw: RawRelation[], predicate: Predicate) =>
  new Set(raw.filter((r) => r.predicate === predicate).map((r) => `${r.subject}|${r.object}`));

/** A suit that states its charge: "alleging", "accusing", "claims that". */
const CHARGE =
  /\b(?:alleging|alleges|alleged that|accusing|accuses|claiming|claims that|charging|saying (?:it|they) (?:had )?(?:copied|infringed|violated|stole))\b/i;

/**
 * "The Times sued OpenAI, alleging it copied millions of articles": a suit whose sentence states
 * the charge accuses the defendant too (ONTOLOGY: the plaintiff accuses what the suit alleges).
 */
function suitAccusations(
  raw: RawRelation[],
  entities: Entity[],
  templates: Template[],
): RawRelation[] {
  return accusationsFrom(raw, 'SUED', 'derived.suit-charge', (r) => {
    const text = (templates[r.sentence] as Template).text;
    // a company's copyright suit names its charge in itself ("a copyright lawsuit brought by")
    return (
      CHARGE.test(text) ||
      (entities[r.subject]?.type === 'Organization' && COPYRIGHT_CLAIM.test(text))
    );
  });
}

/** ACCUSED beside each relation of a predicate whose sentence states a charge, unless already found. */
function accusationsFrom(
  raw: RawRelation[],
  predicate: Predicate,
  rule: string,
  charged: (r: RawRelation) => boolean,
): RawRelation[] {
  const accused = pairKeys(raw, 'ACCUSED');
  return raw
    .filter(
      (r) => r.predicate === predicate && !accused.has(`${r.subject}|${r.object}`) && charged(r),
    )
    .map((r) => ({ ...r, predicate: 'ACCUSED' as const, rule, confidence: r.confidence * 0.8 }));
}

/**
 * "Acme says Zeta copied thousands of its articles": the claim that another took the speaker's
 * work reports the accusation itself, so the speaker accuses the taker (asserted) besides the
 * taking (alleged), as the ontology's accusations do.
 */
function claimedTakings(raw: RawRelation[]): RawRelation[] {
  const accused = pairKeys(raw, 'ACCUSED');
  return raw
    .filter((r) => r.rule === 'verb.say-took-own-work' && !accused.has(`${r.object}|${r.subject}`))
    .map((r) => ({
      ...r,
      subject: r.object,
      object: r.subject,
      predicate: 'ACCUSED' as const,
      rule: 'derived.claimed-taking',
      confidence: r.confidence * 0.8,
      modality: 'asserted' as const,
    }));
}

/** What makes a suit a copyright suit: "a copyright lawsuit", "alleging it scraped", "without permission". */
const COPYRIGHT_CLAIM =
  /\b(?:copyright|copyrighted|infring\w*|copying|copied|pirated|piracy|scrap(?:ed|ing)|plagiar\w*|without (?:permission|a licen[cs]e|payment|consent))\b/i;

/**
 * "The Times sued OpenAI for copyright infringement", "publishers have sued Acme, accusing it of
 * copying their articles": the defendant of a copyright suit is said to have copied the plaintiff's
 * work (ONTOLOGY, COPIED: the object is the company whose work was taken), as the suit alleges.
 */
function copyrightSuits(
  raw: RawRelation[],
  entities: Entity[],
  templates: Template[],
  kindOf: (entity: number) => string | undefined,
): RawRelation[] {
  const copied = pairKeys(raw, 'COPIED');
  return raw
    .filter(
      (r) =>
        r.predicate === 'SUED' &&
        entities[r.subject]?.type === 'Organization' &&
        !copied.has(`${r.object}|${r.subject}`) &&
        // a regulator or a government suing over scraped data defends privacy, not its own work
        !PUBLIC_BODY_KINDS.has(kindOf(r.subject) ?? '') &&
        COPYRIGHT_CLAIM.test((templates[r.sentence] as Template).text),
    )
    .map((r) => ({
      ...r,
      subject: r.object,
      object: r.subject,
      predicate: 'COPIED' as const,
      rule: 'derived.copyright-suit',
      confidence: r.confidence * 0.7,
      modality: 'alleged' as const,
    }));
}

/** An entity-list addition that states its charge: "accusing it of", "saying they had helped". */
const LISTING_CHARGE =
  /\b(?:entity list|blacklist)\b.*\b(?:accus\w+|saying (?:that )?(?:it|they|the (?:companies|firms|entities)) (?:had )?(?:helped|supported|acted|were|was)|(?:which|that) (?:it|⟦[a-z]\d+⟧) said (?:had )?|said (?:it|they) (?:had )?(?:helped|supported|acted)|for (?:helping|supporting|acting|diverting))\b/i;

/**
 * "The Commerce Department added Zhipu to its entity list, accusing it of supporting China's
 * military": a listing that gives its reason accuses the company listed, beside restricting it.
 */
function listingCharges(
  raw: RawRelation[],
  entities: Entity[],
  templates: Template[],
): RawRelation[] {
  return accusationsFrom(
    raw,
    'RESTRICTED',
    'derived.listing-charge',
    (r) =>
      entities[r.subject]?.type === 'Organization' &&
      entities[r.object]?.type === 'Organization' &&
      LISTING_CHARGE.test((templates[r.sentence] as Template).text),
  );
}

/**
 * "Farouk, the chief executive, said": a title with no company named is held at the company in
 * focus only when the article already ties the person to it (founder, staff), not at whichever
 * company the story is about. "Chaba Health was founded by Kanokwan Srisuk ... said Srisuk, who is
 * chief executive" in a story about the hospital group that buys Chaba's tool: a person who founded
 * or leads one company of the article holds a title named without a company there.
 */
function tiedTitles(raw: RawRelation[]): RawRelation[] {
  const ties = raw.filter(
    (r) => !r.impliedObject && r.rule !== 'appositive.lead-bare' && PERSON_TIES.has(r.predicate),
  );
  const tied = new Set(ties.map((r) => `${r.subject}|${r.object}`));
  return raw.flatMap((r) => {
    if (!r.impliedObject || !PERSON_TIES.has(r.predicate) || tied.has(`${r.subject}|${r.object}`))
      return [r];
    // the companies the person founded or leads in sentences before the title's
    const own = new Set(
      ties
        .filter(
          (t) =>
            t.subject === r.subject && t.predicate !== 'EMPLOYED_BY' && t.sentence < r.sentence,
        )
        .map((t) => t.object),
    );
    if (own.size === 1 && r.predicate !== 'FOUNDED')
      return [{ ...r, object: [...own][0] as number }];
    return r.rule === 'appositive.lead-bare' ? [] : [r];
  });
}

/**
 * "sued Roe, alleging that he copied source code from Acme's Test Suite": the work named is what
 * was copied, not its maker (the plaintiff) as the suit alone would say.
 */
function ownersOfCopiedWorks(all: RawRelation[]): RawRelation[] {
  const makers = new Map<number, Set<number>>();
  for (const r of all)
    if (r.predicate === 'DEVELOPED')
      makers.set(r.object, (makers.get(r.object) ?? new Set()).add(r.subject));
  const owners = new Set(
    all
      .filter((r) => r.predicate === 'COPIED')
      .flatMap((r) =>
        [...(makers.get(r.object) ?? [])].map((m) => `${r.sentence}|${r.subject}|${m}`),
      ),
  );
  return all.filter(
    (r) => r.predicate !== 'COPIED' || !owners.has(`${r.sentence}|${r.subject}|${r.object}`),
  );
}

/**
 * "with participation from SoftBank's Vision Fund 2", "led by Earlybird's Digital East Fund": the
 * fund a company owns is the investor, not its owner named as the possessor.
 */
function investingFunds(raw: RawRelation[], templates: Template[]): RawRelation[] {
  const funds = new Map<string, number>();
  for (const r of raw)
    if (r.predicate === 'PARENT_OF' && r.rule === 'possessive.parent')
      funds.set(`${r.sentence}|${r.subject}`, r.object);
  return raw.map((r) => {
    const fund =
      r.predicate === 'INVESTED_IN' ? funds.get(`${r.sentence}|${r.subject}`) : undefined;
    if (fund === undefined || fund === r.object) return r;
    const { text, slots } = templates[r.sentence] as Template;
    const tag = (e: number) => slots.findIndex((sl) => sl.entity === e && !sl.coref);
    return text.includes(`⟦O${tag(r.subject)}⟧'s ⟦O${tag(fund)}⟧`) ? { ...r, subject: fund } : r;
  });
}

const PERSON_TIES = new Set<Predicate>(['FOUNDED', 'EMPLOYED_BY', 'LEADS']);

/** The goods a use names before its maker: "software from Zeta", "a herd-monitoring system from Zeta". */
const GOODS_FROM =
  /\b(?:software|systems?|chatbots?|technology|tools?|platforms?|assistants?|agents?|apps?) from (?:the )?(?:[\w-]+ ){0,3}?(?:⟦L\d+⟧-based )?⟦O\d+⟧$/;

/**
 * "Kalye Mart is piloting demand-forecasting software from Blue Yonder": a company whose
 * software, system or chatbot another uses supplies it (ONTOLOGY, Supply: provider -> customer).
 */
function goodsFrom(raw: RawRelation[], entities: Entity[], templates: Template[]): RawRelation[] {
  return raw.flatMap((r) => {
    if (r.predicate !== 'USED' || entities[r.object]?.type !== 'Organization') return [];
    const span = (templates[r.sentence] as Template).text.slice(r.templateStart, r.templateEnd);
    if (!GOODS_FROM.test(span)) return [];
    return [
      {
        ...r,
        subject: r.object,
        object: r.subject,
        predicate: 'SUPPLIES' as const,
        rule: 'derived.goods-from',
        modalityRule: r.rule,
        confidence: r.confidence * 0.75,
      },
    ];
  });
}
