/**
 * The comparison form of a name: case-folded, a leading "the" and a trailing possessive dropped,
 * punctuation and spaces removed ("The Verge's" -> "verge", "01.AI" -> "01ai").
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$|'$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
