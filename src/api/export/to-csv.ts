/** A CSV cell: numbers and booleans are written as they are, null as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

// Spreadsheets run cells starting with these as formulas ("=HYPERLINK(...)" in a headline).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is prefixed with `'`. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text (RFC 4180, CRLF line ends) from a header and rows.
 * @example toCsv(['a', 'b'], [[1, 'x, y']]) // 'a,b\r\n1,"x, y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
