import { parseDatePhrase } from './nlp.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Date phrases: "on Dec. 15", "in April", "last week", "in 2019", "on Tuesday, March 26". */
const DATE_PHRASE = new RegExp(
  [
    `\\b(?:on )?(?:${DAY},? )?${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?:,? \\d{4})?`,
    `\\b(?:in |since |last |early |late |earlier |until |by )?${MONTH}\\b(?: (?:of )?(?:\\d{4}|this year|last year))?`,
    `\\b(?:on |last |this |next )?${DAY}\\b`,
    '\\b(?:last|this|next) (?:week|month|year)\\b',
    '\\b(?:in|since) (?:19|20)\\d\\d\\b',
    '\\b(?:yesterday|today)\\b',
  ].join('|'),
  'g',
);

const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, 'i');
const MONTH_DAY = new RegExp(`${MONTH}\\.? (\\d{1,2})\\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const dayOf = (s: string) => new Date(`${s}T00:00:00Z`);

function addDays(s: string, days: number): string {
  const d = dayOf(s);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase());

/**
 * Resolves the common phrases directly; news reports the past, so a month or weekday without a
 * year is the latest one not after the publication date. Returns undefined for anything else.
 */
function resolveSimple(phrase: string, today: string): string | undefined {
  const p = phrase.toLowerCase();
  const [y, m] = today.split('-').map(Number) as [number, number];
  const rel = /\b(last|this|next) (week|month|year)\b/.exec(p);
  if (rel) {
    const shift = rel[1] === 'last' ? -1 : rel[1] === 'next' ? 1 : 0;
    if (rel[2] === 'year') return String(y + shift);
    if (rel[2] === 'month') {
      const d = new Date(Date.UTC(y, m - 1 + shift, 1));
      return iso(d).slice(0, 7);
    }
    const d = dayOf(today);
    const monday = addDays(today, -((d.getUTCDay() + 6) % 7));
    return addDays(monday, 7 * shift);
  }
  if (/\byesterday\b/.test(p)) return addDays(today, -1);
  if (/\btoday\b/.test(p)) return today;
  const year = /\b((?:19|20)\d\d)\b/.exec(p)?.[1];
  const monthWord = MONTH_WORD.exec(phrase)?.[0];
  if (monthWord) {
    const mi = monthIndex(monthWord);
    const dayNum = MONTH_DAY.exec(phrase)?.[1];
    let yy = year ? Number(year) : /last year/.test(p) ? y - 1 : y;
    if (
      !year &&
      !/(?:last|this) year/.test(p) &&
      (mi + 1 > m || (mi + 1 === m && dayNum && Number(dayNum) > Number(today.slice(8))))
    )
      yy -= 1;
    return dayNum ? `${yy}-${pad(mi + 1)}-${pad(Number(dayNum))}` : `${yy}-${pad(mi + 1)}`;
  }
  if (year) return year;
  const weekday = DAYS.findIndex((d) => p.includes(d));
  if (weekday >= 0) {
    const back = (dayOf(today).getUTCDay() - weekday + 7) % 7;
    return addDays(today, -back - (/\blast\b/.test(p) && back === 0 ? 7 : 0));
  }
  return undefined;
}

/** The date phrases of the sentence read last: a sentence often holds several relations. */
let last: { sentence: string; phrases: RegExpMatchArray[] } | undefined;

function datePhrases(sentence: string): RegExpMatchArray[] {
  if (last?.sentence !== sentence)
    last = { sentence, phrases: [...sentence.matchAll(DATE_PHRASE)] };
  return last.phrases;
}

/**
 * The date of the event a sentence reports, from the date phrase nearest to `at`, resolved
 * against the publication date ("in April" in a December article is that April; "Monday" the
 * Monday before). Without a publication date only explicit years count. Returns `YYYY-MM-DD`,
 * `YYYY-MM` or `YYYY` by the precision of the phrase.
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
  for (const m of datePhrases(sentence)) {
    const d = Math.abs((m.index ?? 0) - at);
    if (!best || d < Math.abs((best.index ?? 0) - at)) best = m;
  }
  if (!best) return undefined;
  const phrase = best[0];
  const year = /\b(?:19|20)\d\d\b/.exec(phrase)?.[0];
  const today =
    published && /^\d{4}-\d\d-\d\d/.test(published) ? published.slice(0, 10) : undefined;
  if (!today) return year ? resolveSimple(phrase, `${year}-12-31`) : undefined;
  const simple = resolveSimple(phrase, today);
  if (simple) return simple;
  // anything the simple reader does not know goes to compromise-dates
  const parsed = parseDatePhrase(phrase, today);
  if (!parsed) return year;
  return parsed.unit === 'year'
    ? parsed.start.slice(0, 4)
    : parsed.unit === 'month'
      ? parsed.start.slice(0, 7)
      : parsed.start;
}
