import type { EntityMention } from './build-entities.js';
import { TYPE_LETTER } from './compile-pattern.js';
import type { CorefMention } from './resolve-coreference.js';
import type { EntityType, Sentence } from './types.js';

/** A mention as the rules see it: a slot `⟦n⟧` in the sentence template. */
export interface Slot {
  entity: number;
  start: number;
  end: number;
  coref: boolean;
  type: EntityType;
}

/** A sentence with its mentions replaced by `⟦n⟧` slots, and a map back to text offsets. */
export interface Template {
  text: string;
  slots: Slot[];
  /** Offset in the article text of each template offset (length: text.length + 1). */
  offsets: number[];
}

/**
 * Renders "Sam Altman-led OpenAI has suspended its access" as "⟦0⟧-led ⟦1⟧ has suspended ⟦2⟧'s
 * access": possessive pronouns read as "'s", typographic apostrophes as "'".
 */
export function buildTemplate({
  sentence,
  mentions,
  typeOf,
}: {
  sentence: Sentence;
  mentions: ReadonlyArray<EntityMention | CorefMention>;
  typeOf: (entity: number) => EntityType;
}): Template {
  const sorted = mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Slot[] = [];
  let text = '';
  const offsets: number[] = [];
  let pos = sentence.start;
  const copy = (to: number) => {
    const chunk = sentence.text
      .slice(pos - sentence.start, to - sentence.start)
      .replace(/[’‘]/g, "'");
    for (let i = 0; i < chunk.length; i++) offsets.push(pos + i);
    text += chunk;
    pos = to;
  };
  for (const m of sorted) {
    if (m.start < pos) continue;
    const coref = 'kind' in m;
    const prev = slots[slots.length - 1];
    const gap = sentence.text.slice(pos - sentence.start, m.start - sentence.start);
    // "Meta Platforms Inc. META", "Semiconductor Manufacturing International Corp (SMIC)": one
    // slot for neighbouring mentions of one entity, a short form in brackets included
    const bracketed = /^\s*\($/.test(gap) && sentence.text[m.end - sentence.start] === ')';
    if (
      prev &&
      prev.entity === m.entity &&
      !coref &&
      !prev.coref &&
      (bracketed || /^(?:[\s.,]*|['’]s\s+)$/.test(gap))
    ) {
      if (bracketed) {
        pos = m.end + 1;
        prev.end = m.end + 1;
        continue;
      }
      // "Acme Inc.'s ACME ACMEB Acme Cloud": the possessive stays, the ticker goes
      if (/['’]s\s+$/.test(gap)) copy(m.start);
      pos = m.end;
      if (text.endsWith(' ') && sentence.text[m.end - sentence.start] === ' ') pos++;
      prev.end = m.end;
      continue;
    }
    copy(m.start);
    slots.push({ entity: m.entity, start: m.start, end: m.end, coref, type: typeOf(m.entity) });
    const possessive = coref && m.kind === 'pronoun' && m.possessive;
    const letter = TYPE_LETTER[typeOf(m.entity)];
    let slotText = `⟦${coref ? letter.toLowerCase() : letter}${slots.length - 1}⟧`;
    // "the companies": one slot per company, read as a list
    for (const other of (coref && m.others) || []) {
      slots.push({ entity: other, start: m.start, end: m.end, coref, type: typeOf(other) });
      slotText += ` and ⟦${TYPE_LETTER[typeOf(other)].toLowerCase()}${slots.length - 1}⟧`;
    }
    slotText += possessive ? "'s" : '';
    for (let i = 0; i < slotText.length; i++) offsets.push(i === 0 ? m.start : m.end);
    text += slotText;
    pos = m.end;
  }
  copy(sentence.end);
  offsets.push(sentence.end);
  return { text, slots, offsets };
}
