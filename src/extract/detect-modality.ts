import { NAMELESS_RELATIVE } from './cues.js';
import type { Modality } from './types.js';

/** "reportedly worth $250 million", "reportedly valued at": a hedge on a figure, not on the fact. */
const FIGURE = String.raw`(?! (?:worth|valued|valuing|priced|totall?ing|amounting|(?:more|less) than|about|around|roughly|some|nearly|up to|at)\b| [$€£¥\d])`;

/** Hearsay inside the match: "its rumored H20 GPU", "reportedly acquired". */
const ALLEGED_IN_MATCH = new RegExp(
  String.raw`\b(?:reportedly${FIGURE}|allegedly|purportedly|rumou?red|is said to|are said to|was said to|were said to|may have|hinted|accused of|suspected of|(?:is|are|was|were) (?:widely )?(?:believed|thought|understood|suspected) to|appears? to have|seems? to have)\b`,
  'i',
);
/** Hearsay anywhere in the sentence: "according to a report", "sources say", "the lawsuit reads". */
const ALLEGED_IN_SENTENCE = new RegExp(
  String.raw`\b(?:reportedly${FIGURE}|allegedly|rumou?red|citing (?:(?:two|three|several|multiple|unnamed|anonymous) )?(?:people|persons?|sources?|a report|reports|media|documents|officials|insiders)|(?:evidence|suspicion|signs|indications) (?:that|of)|on suspicion|sources? (?:say|said|familiar|close)|people familiar|according to (?:the )?(?:people|persons|insiders|sources)|(?<!\b(?:threat|annual|quarterly|financial|earnings|research|safety|transparency|impact) )reports? (?:that|from|say|said|indicate|indicated|suggest|suggested|claimed|circulating)|[Rr]eports (?:are|were) circulating|the (?:lawsuit|complaint|suit|filing|report) (?:reads|says|said|claims|claimed|alleges|alleged|states|stated)|according to (?:the |a )?(?:lawsuit|complaint|suit|filing|court filings?|court documents|indictment)|according to (?:the )?(?:(?:[\w-]+|⟦[A-Za-z]\d+⟧)['’]s? )?(?:lawyers|attorneys|legal team))\b`,
  'i',
);

/**
 * A deal reported and then undone: "agreed to acquire Zeta, but that deal fell apart"; "the deal
 * between Acme and Zeta collapsed".
 */
const UNDONE_AFTER =
  /^(?:,[^⟦⟧,;]{1,60},)? (?:later |eventually |then |ultimately |quickly |abruptly )?(?:collapsed|fell apart|fell through|(?:was|were|has been|have been) (?:called off|abandoned|scrapped|terminated|blocked))\b|^[^;]{0,120}?\bbut (?:that |the |those |its )?(?:deal|talks|plan|agreement|transaction|merger|acquisition|takeover|bid|offer|negotiations|discussions)s? (?:later |eventually |then |ultimately |quickly )?(?:fell apart|fell through|collapsed|(?:was|were) (?:called off|abandoned|scrapped|terminated|rejected|blocked)|did not (?:progress|proceed|go ahead)|ended)\b/;
/**
 * A negation on the verb of the match: "did not invest", "has not acquired", "denied using" ("told
 * its staff not to use Zeta" is an order given, not a denial).
 */
const DENIED =
  /\b(?<!\b(?:staff|employees|personnel|workers|engineers) )(?:not|n't|never|no longer|no plans? to|denied|denies|deny|denying|refuted|refutes)\b(?! only| just| immediately| to (?:use|access)\b)/;
/** Verbs that give a deal or talks up. */
const GIVE_UP =
  'walked away from|walks away from|pulled out of|pulls out of|broke off|breaks off|called off|calls off|abandoned|abandons|scrapped|scraps|dropped|drops|terminated|terminates';
/** Talks or a bid given up inside the match: "walked away from talks to acquire Zeta". */
const ABANDONED = new RegExp(
  String.raw`\b(?:${GIVE_UP}|ended|ends|dissolved|dissolves) (?:the |its |their )?(?:[a-z-]+ )?(?:talks|discussions|negotiations|bid|offer|plans?|acquisition|takeover|deal|merger|purchase|partnership|alliance|collaboration|agreement|contract|joint venture)\b`,
);
/** A deal given up just before the match: "called off its planned acquisition of Zeta". */
const ABANDONED_BEFORE = new RegExp(String.raw`\b(?:${GIVE_UP})\s+(?:the\s+|its\s+|their\s+)?$`);
/** A denial that governs the match: "denied that", "rejected reports that". */
const DENIED_BEFORE =
  /\b(?:denied|denies|deny|denying|refuted|refutes|rejected|disputes|disputed|dispute)(?: (?:reports?|claims?|allegations?|suggestions?))?(?: that)?\s*(?:(?:the|its|their)\s+)?(?:⟦[A-Za-z]\d+⟧\s*)?$/;

/** A claim that governs the match: "suing Zeta, claiming the start-up copied", "alleging that Acme used". */
const CLAIMED_BEFORE =
  /\b(?:claiming|alleging|contending|charging)(?: that)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/;

/** A claim reported after the sentence's clause: "Acme copied Zeta's code, Zeta alleges." */
const CLAIMED_AFTER =
  /^[^;]*?,\s*(?:⟦[A-Za-z]\d+⟧|he|she|they|it)\s+(?:alleges|alleged|claims|claimed|contends|contended|charges|charged|asserts|asserted)\s*[.!?"”]*\s*$/;

/** The future, plans and talks: "plans to", "will", "in talks", "expected to". */
const PLANNED =
  /\b(?:will|shall|'ll|plans? to|planning to|planned to|intends? to|intending to|aims? to|expected to|expects to|set to|going to|about to|in (?:advanced |early |preliminary )?(?:talks|discussions)|(?:talks|discussions|negotiations) (?:to|about|over) (?:acquire|buy|purchase|invest|take over)|negotiat\w+|considering|seeks? to|seeking to|looking to|hopes? to|wants? to|later this year|next year|upcoming|(?:close to|closing in on|nearing|near|negotiating) (?:a |an )?(?:[\w$.,-]+ ){0,3}?(?:deal|agreement)|threat(?:en|ens|ened|ening) to|(?:proposed|potential|prospective) (?:deal|acquisition|takeover|merger|investment|partnership|agreement))\b/;

/** The object's own plan right after the match, not the relation's: "criticized OpenAI's plan to convert". */
const OWN_PLAN =
  /^['’]s? (?:[a-z-]+ )?(?:plans?|intention|bid|decision|move|effort|attempt|push)\b/;
/** A plan reported in speech: "Acme said it would buy Zeta's chips" (a bare "would" is often a conditional). */
const SAID_WOULD =
  /\b(?:said|says|announced|confirmed|added|stated)(?: (?:on|last|this|in|earlier) [\w-]+)?(?: that)? (?:⟦[A-Za-z]\d+⟧|it|they|he|she) would (?!(?:need|keep|continue|remain|stay|not|never|have|be able|still|help|allow|enable|mean|likely)\b)/;

/** "according to OpenAI": a party reporting on itself is not hearsay; another source is. */
const SOURCE =
  /\b(?:according to|per|reported by|reports from) (?:the )?(?:[a-z-]+ ){0,3}?(?:⟦[A-Za-z](\d+)⟧(?! (?:[a-z-]+ )?(?:records|filings|documents|registry|registries|data)\b)|a report|reports|media|sources)/g;

/** Rules that describe (appositives, compounds, possessives, titles): their facts are not the news. */
export function isDescriptiveRule(rule: string): boolean {
  // "Founded by Jane Roe, Acme plans to ...": a fronted participle describes the subject too
  return /^(?:appositive|compound|possessive|title|relative|name)\.|-fronted$/.test(rule);
}

/** A relative clause with no name in it, passed over inside a match (see cues.ts). */
const PASSED_RELATIVE = new RegExp(NAMELESS_RELATIVE, 'g');

/**
 * Reads how the text holds a relation from cues around its match. Descriptions ("Beijing-based
 * Zhipu AI", "OpenAI's GPT-4") are asserted unless the match itself hedges ("its rumored H20").
 * Reported events: a negation inside the match gives denied; hearsay in the sentence (a report,
 * sources, a source other than the parties) alleged; future or talks in or right after the
 * match planned.
 */
export function detectModality({
  template,
  start,
  end,
  rule,
  parties,
  slotEntity,
}: {
  template: string;
  start: number;
  end: number;
  rule: string;
  /** Entities of the relation (and those speaking for them). */
  parties: number[];
  slotEntity: (slot: number) => number | undefined;
}): Modality {
  // "A, which plans to list its shares, B and C": a relative clause with no name in it, passed over
  // inside a match, speaks of its own antecedent, not of the relation
  const match = template.slice(start, end).replace(PASSED_RELATIVE, ',');
  // a ban is a negation in itself: "could no longer be sold"
  if (rule !== 'cue.restriction' && (DENIED.test(match) || ABANDONED.test(match))) return 'denied';
  // "Amazon denied that it had acquired Adept"
  if (DENIED_BEFORE.test(template.slice(Math.max(0, start - 40), start))) return 'denied';
  if (ABANDONED_BEFORE.test(template.slice(Math.max(0, start - 40), start))) return 'denied';
  if (ALLEGED_IN_MATCH.test(match)) return 'alleged';
  // "its Trainium2 chip, which Anthropic will use": a relative clause's own verb may be future
  if (
    rule.startsWith('relative.') &&
    /\b(?:which|that|who)\b[^,;]*\b(?:will|'ll|plans? to|planning to|intends? to|expects? to|is expected to|is set to)\b/.test(
      match,
    )
  )
    return 'planned';
  if (isDescriptiveRule(rule)) return 'asserted';
  if (CLAIMED_BEFORE.test(template.slice(Math.max(0, start - 40), start))) return 'alleged';
  if (UNDONE_AFTER.test(template.slice(end))) return 'denied';
  if (CLAIMED_AFTER.test(template.slice(end))) return 'alleged';
  if (ALLEGED_IN_SENTENCE.test(template)) return 'alleged';
  for (const m of template.matchAll(SOURCE)) {
    const e = m[1] === undefined ? undefined : slotEntity(Number(m[1]));
    if (e === undefined || !parties.includes(e)) return 'alleged';
  }
  // the future counts in the match and right after it, not in a clause of its own:
  // "announced a partnership that will bring" is a fact about the partnership
  const after = template.slice(end, Math.min(template.length, end + 45));
  const clause = after.slice(
    0,
    after.search(/\b(?:that|which|who|where|when|while|after|before|as|and|but)\b|[,;]|$/),
  );
  if (PLANNED.test(match) || (PLANNED.test(clause) && !OWN_PLAN.test(after))) return 'planned';
  // ... when the "would" governs the match, not a clause before it ("said it would invest in Zeta,
  // with Zeta in turn buying ...")
  const from = Math.max(0, start - 50);
  const said = SAID_WOULD.exec(template.slice(from, end));
  if (said && from + said.index + said[0].length >= start - 12) return 'planned';
  // "Acme said it would expand its use of Zeta": a match opening on a possessive, governed by a future verb
  if (
    /^⟦[a-z]\d+⟧'s /.test(match) &&
    /\b(?:will|would|'ll|plans? to|planning to|intends? to|aims? to|expects? to|expected to|set to|going to|seeks? to|hopes? to|wants? to)\s+(?:[a-z]+\s+){0,2}$/.test(
      template.slice(Math.max(0, start - 40), start),
    )
  )
    return 'planned';
  return 'asserted';
}
