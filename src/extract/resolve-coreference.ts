import type { EntityMention } from './build-entities.js';
import { ORG_NOUNS } from './cues.js';
import type { Entity, EntityType, Sentence } from './types.js';

/** A pronoun or description standing for an entity: "its", "the US firm". */
export interface CorefMention extends EntityMention {
  /** "its", "his", "the company's": reads as a possessive. */
  possessive: boolean;
  kind: 'pronoun' | 'description';
}

const SINGULAR_ORG_NOUNS = [...ORG_NOUNS].filter((n) => !/(?:ies|[^s]s)$/.test(n) || n === 'business');
const DESCRIPTION = new RegExp(
  `\\b([Tt]he|[Ii]ts|[Tt]heir)\\s+((?:[\\p{L}\\p{N}.’'-]+\\s+){0,3}?)(${SINGULAR_ORG_NOUNS.join('|')})\\b('s|’s)?`,
  'gu',
);
const PRONOUN = /\b(its|it|his|him|he|her|she)\b/giu;

const PERSON_PRONOUNS = new Set(['his', 'him', 'he', 'her', 'she']);

/**
 * Resolves "its"/"it" and "the company"-like descriptions to organizations, and "he"/"his"/"she"
 * to people. A pronoun takes the subject (first mention) of its sentence, else of the last
 * sentence that has one; a description in the same sentence as its antecedent takes the nearest
 * mention that is not the subject ("ByteDance ... its use of OpenAI's API ... the US firm").
 */
export function resolveCoreference({
  sentences,
  entities,
  mentions,
}: {
  sentences: Sentence[];
  entities: Entity[];
  mentions: EntityMention[];
}): CorefMention[] {
  const out: CorefMention[] = [];
  const typeOf = (m: EntityMention) => (entities[m.entity] as Entity).type;
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const lastWith = (s: number, type: EntityType): EntityMention | undefined => {
    for (let i = s - 1; i >= 0 && i >= s - 4; i--) {
      const found = (bySentence.get(i) ?? []).find((m) => typeOf(m) === type);
      if (found) return found;
    }
    return undefined;
  };
  for (const sentence of sentences) {
    const inSentence = bySentence.get(sentence.index) ?? [];
    const taken: Array<[number, number]> = [];
    const overlaps = (a: number, b: number) =>
      inSentence.some((m) => m.start < b && a < m.end) || taken.some(([x, y]) => x < b && a < y);
    DESCRIPTION.lastIndex = 0;
    for (let d = DESCRIPTION.exec(sentence.text); d; d = DESCRIPTION.exec(sentence.text)) {
      const head = d[3] as string;
      const after = sentence.text.slice(d.index + d[0].length);
      if (/^\s+of\b/.test(after) && !d[4]) continue; // "the maker of ChatGPT": an appositive, not a reference
      const start = sentence.start + d.index + d[0].length - head.length - (d[4]?.length ?? 0);
      const end = start + head.length;
      if (overlaps(start, end)) continue;
      const before = inSentence.filter((m) => m.end <= start && typeOf(m) === 'Organization');
      const ante =
        before.length > 1
          ? before.filter((m) => m.entity !== before[0]?.entity).pop()
          : (before[0] ?? lastWith(sentence.index, 'Organization'));
      if (!ante) continue;
      taken.push([start, end]);
      out.push({
        text: sentence.text.slice(start - sentence.start, end - sentence.start),
        start,
        end,
        sentence: sentence.index,
        entity: ante.entity,
        possessive: Boolean(d[4]) || /^its|^their/i.test(d[1] as string),
        kind: 'description',
      });
    }
    PRONOUN.lastIndex = 0;
    for (let p = PRONOUN.exec(sentence.text); p; p = PRONOUN.exec(sentence.text)) {
      const word = (p[1] as string).toLowerCase();
      const start = sentence.start + p.index;
      const end = start + word.length;
      if (overlaps(start, end)) continue;
      if (word === 'it' && /^\s+(?:is|was|has been)\s+(?:worth|also|likely|unclear|clear|not clear|possible|expected|important)/.test(sentence.text.slice(p.index + 2))) continue;
      const type: EntityType = PERSON_PRONOUNS.has(word) ? 'Person' : 'Organization';
      const ante = inSentence.find((m) => m.end <= start && typeOf(m) === type) ?? lastWith(sentence.index, type);
      if (!ante) continue;
      taken.push([start, end]);
      out.push({
        text: p[1] as string,
        start,
        end,
        sentence: sentence.index,
        entity: ante.entity,
        possessive: word === 'its' || word === 'his' || (word === 'her' && !/^\s+(?:to|and|,|\.)/.test(sentence.text.slice(p.index + 3))),
        kind: 'pronoun',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
