const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so that user text is only ever searched for, never parsed. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * A forgiving full-text query from free text: split into words as the index's analyzer does
 * (case folded, punctuation dropped), each word matched exactly (boosted), as a prefix, or
 * within an edit distance that grows with its length. At most `maxTerms` words are used.
 *
 * @example toFuzzyQuery('Open-AI') // '(open^3 OR open* OR open~1) (ai^3 OR ai*)'
 */
export function toFuzzyQuery(text: string, { maxTerms = 8 } = {}): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxTerms);
  return words
    .map((w) => {
      const t = escapeLucene(w);
      if (w.length <= 2) return `(${t}^3 OR ${t}*)`;
      return `(${t}^3 OR ${t}* OR ${t}~${w.length <= 5 ? 1 : 2})`;
    })
    .join(' ');
}
