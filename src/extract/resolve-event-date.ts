import { parseDatePhrase } from './nlp.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Date phrases: "on Dec. 15", "in April", "last week", "in 2019", "on Tuesday, March 26". */
const DATE_PHRASE = new RegExp(
  [
    `\\b(?:on )?(?:${DAY},? )?${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b(?:in |since |last |early |late |earlier |until |by )?${MONTH}(?: (?:of )?(?:\\d{4}|this year|last year))?\\b`,
    `\\b(?:on |last |this |next )?${DAY}\\b`,
    '\\b(?:last|this|next) (?:week|month|year|quarter)\\b',
    '\\b(?:in|since) (?:19|20)\\d\\d\\b',
    '\\b(?:yesterday|today)\\b',
  ].join('|'),
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');

function shift(iso: string, { years = 0, days = 0 }: { years?: number; days?: number }): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The date of the event a sentence reports, from the date phrase nearest to `at`, resolved
 * against the publication date. News reports the past: "in April" in a December article is the
 * April before, "Monday" the Monday before. Without a publication date only explicit years count.
 * Returns `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by the precision of the phrase.
 */
export function resolveEventDate({
  sentence,
  at,
  published,
}: {
  sentence: string;
  at: number;
  published?: string | null | undefined;
}): string | undefined {
  let best: RegExpMatchArray | undefined;
  for (const m of sentence.matchAll(DATE_PHRASE)) {
    const d = Math.abs((m.index ?? 0) - at);
    if (!best || d < Math.abs((best.index ?? 0) - at)) best = m;
  }
  if (!best) return undefined;
  const phrase = best[0];
  const year = /\b(?:19|20)\d\d\b/.exec(phrase)?.[0];
  const today =
    published && /^\d{4}-\d\d-\d\d/.test(published) ? published.slice(0, 10) : undefined;
  if (!today) {
    if (!year) return undefined;
    const parsed = parseDatePhrase(phrase, `${year}-12-31`);
    return parsed ? precision(parsed.start, parsed.unit) : year;
  }
  const parsed = parseDatePhrase(phrase, today);
  if (!parsed) return year;
  let start = parsed.start;
  if (!year && !/\bnext\b/.test(phrase) && start > today) {
    start =
      new RegExp(DAY).test(phrase) && !new RegExp(MONTH).test(phrase)
        ? shift(start, { days: -7 })
        : shift(start, { years: -1 });
  }
  return precision(start, parsed.unit);
}

function precision(iso: string, unit: string): string {
  if (unit === 'year') return iso.slice(0, 4);
  if (unit === 'month' || unit === 'quarter' || unit === 'season') return iso.slice(0, 7);
  return iso.slice(0, 10);
}
