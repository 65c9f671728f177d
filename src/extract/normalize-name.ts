/**
 * The comparison form of a name: case-folded, a leading "the" and a trailing possessive dropped,
 * punctuation and spaces removed ("The Verge's" -> "verge", "01.AI" -> "01ai").
 */
export function normalizeName(name: string): string {
  let normal = NORMALIZED.get(name);
  if (normal === undefined) {
    normal = name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/^the\s+/, '')
      .replace(/'s$|'$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
    if (NORMALIZED.size > 50_000) NORMALIZED.clear();
    NORMALIZED.set(name, normal);
  }
  return normal;
}
/** The same names (a lexicon entry's name and aliases, once per mention) come back again and again. */
const NORMALIZED = new Map<string, string>();
