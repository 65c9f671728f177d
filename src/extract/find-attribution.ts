import type { Template } from './build-template.js';

const SAY =
  'said|says|stated|states|announced|announces|confirmed|confirms|wrote|writes|told|added|noted|claimed|claims|reported|reports|posted|tweeted|argued|argues|explained|insisted|acknowledged|admitted|emphasised|emphasized|clarified|asserted|asserts';
/** "OpenAI said", "Seth added", "the company said in a statement". */
const SPEAKER_BEFORE = new RegExp(
  `⟦[OoPp](\\d+)⟧(?:,[^⟦⟧]{1,60},)? (?:also |later |previously |has |had |have )?(?:${SAY})\\b`,
  'g',
);
/** "said Jane Roe", "according to The Verge", "per Reuters", "reported The Verge". */
const SPEAKER_AFTER = new RegExp(
  `\\b(?:${SAY}|[Aa]ccording to|[Pp]er|citing|reports from) (?:the )?(?:[a-z-]+ ){0,2}?(?:⟦O\\d+⟧'?s? (?:[A-Za-z-]+ ){1,3}(?=⟦P))?⟦[OoPp](\\d+)⟧`,
  'g',
);

/**
 * Who the sentence says holds its claim: the last speaker or source it names, as an entity index.
 */
export function findAttribution(template: Template): number | undefined {
  let best: { at: number; slot: number } | undefined;
  for (const re of [SPEAKER_BEFORE, SPEAKER_AFTER]) {
    re.lastIndex = 0;
    for (const m of template.text.matchAll(re)) {
      const slot = Number(m[1]);
      if (!best || (m.index ?? 0) >= best.at) best = { at: m.index ?? 0, slot };
    }
  }
  return best ? template.slots[best.slot]?.entity : undefined;
}
