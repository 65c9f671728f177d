const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "2025-06-03", "2025-06-03T09:00:00Z", "2025/06/03"
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;
// "Tue, 03 Jun 2025 09:00:00 GMT" (RSS), "3 June 2025"
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
// "June 3, 2025"
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');

function toDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date.toISOString().slice(0, 10) : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Reads a publication date as `YYYY-MM-DD`, keeping the calendar day as written (no time-zone
 * shift). Returns undefined when the value is not a real date.
 *
 * @example normalizeDate('Tue, 03 Jun 2025 09:00:00 GMT') // '2025-06-03'
 */
export function normalizeDate(value: string): string | undefined {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return toDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return toDate(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return toDate(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
  return undefined;
}
