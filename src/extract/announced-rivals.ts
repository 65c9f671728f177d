import type { Template } from './build-template.js';
import type { RawRelation } from './match-relations.js';

/**
 * A sentence that announces a company's rivals without naming them: "Its rivals are also moving
 * quickly.", "Competition is intensifying.", "The launch also puts pressure on domestic rivals.",
 * "Acme faces plenty of competition at home." News then names them in the next sentence.
 */
const ANNOUNCES_RIVALS =
  /\b(?:[Rr]ivals|[Cc]ompetitors|[Cc]ompetition(?! ⟦| (?:authority|authorities|commission|regulator|watchdog|law|laws|rules|concerns|policy)))\b(?![^.;:]*\b(?:include|includes|including|such as|like|from|with)\b)/;

/** Announcements are short: "Competition is intensifying." A long sentence says more than that. */
const MAX_ANNOUNCEMENT = 90;

/** A question, a quote or a list after a colon speaks of something else. */
const NOT_AN_ANNOUNCEMENT = /[?"“”:]/;

/**
 * The names the next sentence opens on: "Kestrel AI and Nordlys Group have ...", "Zeta CEO ...";
 * not a possessor ("Acme's founders") or a modifier ("Acme-backed").
 */
const OPENING_NAMES =
  /^(?:(?:But|And|Meanwhile|Elsewhere),? )?(⟦O\d+⟧(?:(?:,| and|, and) ⟦O\d+⟧)*)(?!['’]|-)/;

/**
 * "Its rivals are also moving quickly. Kestrel AI raised $90 million last month.": the company
 * whose rivals a sentence announces competes with the companies the next sentence opens on.
 * The company is the one the announcing sentence names or refers to ("its", "Acme faces"), else
 * the story's focus.
 */
export function announcedRivals(
  templates: Template[],
  focus: (index: number, not: number[]) => number | undefined,
): RawRelation[] {
  const out: RawRelation[] = [];
  for (let index = 0; index + 1 < templates.length; index++) {
    const cue = templates[index] as Template;
    const next = templates[index + 1] as Template;
    if (
      cue.text.length > MAX_ANNOUNCEMENT ||
      !ANNOUNCES_RIVALS.test(cue.text) ||
      NOT_AN_ANNOUNCEMENT.test(cue.text)
    )
      continue;
    // the announcing sentence names no one but the company whose rivals they are
    const named = new Set(cue.slots.map((s) => s.entity));
    if (named.size > 1 || cue.slots.some((s) => s.type !== 'Organization')) continue;
    const opening = OPENING_NAMES.exec(next.text);
    if (!opening) continue;
    const members = [...(opening[1] as string).matchAll(/⟦O(\d+)⟧/g)].map(
      (m) => (next.slots[Number(m[1])] as Template['slots'][number]).entity,
    );
    const owner = named.size === 1 ? [...named][0] : focus(index, members);
    if (owner === undefined) continue;
    const start = next.offsets[0] ?? 0;
    const end = next.offsets[opening[0].length] ?? start;
    for (const member of new Set(members)) {
      if (member === owner) continue;
      out.push({
        subject: owner,
        object: member,
        predicate: 'COMPETES_WITH',
        rule: 'cross.rivals-announced',
        confidence: 0.5,
        sentence: index + 1,
        spanStart: start,
        spanEnd: end,
        templateStart: 0,
        templateEnd: opening[0].length,
        viaCoref: named.size === 0,
      });
    }
  }
  return out;
}
