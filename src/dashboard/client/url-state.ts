/** Everything a shared link restores: the entity in view, the filters and the fact being read. */
export interface ViewState {
  /** Entity id (or name, when typed by hand into the URL). */
  entity: string | null;
  predicates: string[];
  modalities: string[];
  from: string | null;
  to: string | null;
  asOf: string | null;
  depth: number;
  /** Relation whose evidence is open. */
  relation: string | null;
}

export const EMPTY_STATE: ViewState = {
  entity: null,
  predicates: [],
  modalities: [],
  from: null,
  to: null,
  asOf: null,
  depth: 1,
  relation: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const date = (v: string | null) => (v && DATE.test(v) ? v : null);

/** Reads a state from a query string (`?entity=...&predicates=A,B&asOf=2024-01-31`). */
export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const depth = Number(q.get('depth'));
  return {
    entity: q.get('entity') || null,
    predicates: list(q.get('predicates')),
    modalities: list(q.get('modalities')),
    from: date(q.get('from')),
    to: date(q.get('to')),
    asOf: date(q.get('asOf')),
    depth: depth >= 1 && depth <= 3 ? Math.floor(depth) : 1,
    relation: q.get('relation') || null,
  };
}

/** Writes a state as a query string, leaving defaults out so links stay short. */
export function formatState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.entity) q.set('entity', s.entity);
  if (s.predicates.length) q.set('predicates', s.predicates.join(','));
  if (s.modalities.length) q.set('modalities', s.modalities.join(','));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.asOf) q.set('asOf', s.asOf);
  if (s.depth !== 1) q.set('depth', String(s.depth));
  if (s.relation) q.set('relation', s.relation);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * Records a state in the address bar. A new entity or new filters push a history entry (the
 * back button returns to them); opening a fact only replaces the current one.
 */
export function saveState(next: ViewState, { push }: { push: boolean }): void {
  const url = `${location.pathname}${formatState(next)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export const readState = (): ViewState => parseState(location.search);
