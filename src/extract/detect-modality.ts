import type { Modality } from './types.js';

/** Hearsay in the sentence: "reportedly", "according to a report", "sources say", "per the Verge". */
const ALLEGED_SENTENCE =
  /\b(?:reportedly|allegedly|purportedly|rumou?red|rumou?rs?|according to|per ⟦|citing|sources? (?:say|said|familiar|close)|people familiar|reports? (?:that|from|say|said|indicate|indicated|suggest|claimed|circulating)|[Rr]eports (?:are|were) circulating|is said to|are said to|was said to|were said to|the report (?:said|claimed|claims)|allegations? (?:that|of)|alleged|alleges|alleging|accused of|suspected of|hinted|may have)\b/;
/** A negation on the verb of the match: "did not invest", "has not acquired", "denied using". */
const DENIED = /\b(?:not|n't|never|no longer|denied|denies|deny|denying|refuted|refutes|rejected claims)\b/;
/** The future, plans and talks: "plans to", "will", "in talks", "expected to". */
const PLANNED =
  /\b(?:will|would|shall|'ll|plans? to|planning to|planned to|intends? to|intending to|aims? to|expected to|expects to|set to|going to|about to|in (?:advanced |early )?talks|negotiat\w+|considering|seeks? to|seeking to|looking to|hopes? to|wants? to|is to|are to|later this year|next year|upcoming)\b/;

/** "according to OpenAI": a party reporting on itself is not hearsay. */
const SOURCE = /(?:according to|per|citing|reports? from|reported by) (?:the )?⟦[A-Za-z](\d+)⟧/g;

/**
 * Reads how the text holds a relation from cues around its match: a negation inside the match
 * gives denied, hearsay in the sentence alleged (unless the source is a party), future or talks
 * inside the match planned.
 */
export function detectModality({
  template,
  start,
  end,
  parties,
  slotEntity,
}: {
  template: string;
  start: number;
  end: number;
  /** Entities of the relation (and those speaking for them). */
  parties: number[];
  slotEntity: (slot: number) => number | undefined;
}): Modality {
  const match = template.slice(start, end);
  if (DENIED.test(match)) return 'denied';
  const hearsay = ALLEGED_SENTENCE.exec(template);
  if (hearsay) {
    const sources = [...template.matchAll(SOURCE)].map((m) => slotEntity(Number(m[1])));
    const selfReport = sources.length > 0 && sources.every((e) => e !== undefined && parties.includes(e));
    const narrator = /\b(?:I|we) (?:reported|reports)\b/.test(template);
    const onlySource = sources.length > 0 && /^(?:according to|per|citing|reports? from|reported by)/.test(hearsay[0]);
    if (!(onlySource && selfReport) && !narrator) return 'alleged';
  }
  if (PLANNED.test(match)) return 'planned';
  return 'asserted';
}
