// Colours of the predicates: one hue per family (ownership, money, conflict, people, place).
const PREDICATE_COLORS: Record<string, string> = {
  PARENT_OF: '#1f5fa8',
  ACQUIRED: '#3b82c4',
  INVESTED_IN: '#0f8a5f',
  PARTNERED_WITH: '#27a86b',
  SUPPLIES: '#6a9f1f',
  DEVELOPED: '#7b4fc9',
  USED: '#a070e0',
  SUSPENDED: '#d9480f',
  RESTRICTED: '#b8590b',
  ACCUSED: '#c2255c',
  SUED: '#a61e4d',
  COPIED: '#e8590c',
  CRITICIZED: '#d6336c',
  COMPETES_WITH: '#8a6d00',
  LEADS: '#0b7285',
  FOUNDED: '#1098ad',
  EMPLOYED_BY: '#3bc9db',
  LOCATED_IN: '#868e96',
};

export const DENIED_COLOR = '#e03131';

export const predicateColor = (predicate: string): string =>
  PREDICATE_COLORS[predicate] ?? '#495057';

export const ENTITY_COLORS: Record<string, string> = {
  Organization: '#364fc7',
  Person: '#2b8a3e',
  Product: '#9c36b5',
  Place: '#e67700',
};

/** "PARTNERED_WITH" -> "partnered with". */
export const predicateLabel = (predicate: string): string =>
  predicate.toLowerCase().replace(/_/g, ' ');

/** Edge width in px: grows with the log of independent sources, so one loud story stays readable. */
export const edgeWidth = (sourceCount: number): number =>
  Math.min(9, 1.5 + 2 * Math.log2(Math.max(1, sourceCount)));
