import { byId, el } from './dom.js';
import { predicateColor, predicateLabel } from './predicate-style.js';
import type { Ontology } from './types.js';
import type { ViewState } from './url-state.js';

export type FilterState = Pick<
  ViewState,
  'predicates' | 'modalities' | 'from' | 'to' | 'asOf' | 'depth'
>;

/** Widens a partial date ("2024", "2024-03") to the first or last day it covers. */
function widen(date: string, end: boolean): string {
  if (date.length === 4) return end ? `${date}-12-31` : `${date}-01-01`;
  if (date.length === 7) return end ? `${date}-31` : `${date}-01`;
  return date;
}

/** True when a fact dated `date` (possibly partial) can fall within [from, to]. */
export function isInDateRange(date: string | null, from: string | null, to: string | null) {
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || widen(date, true) >= from) && (!to || widen(date, false) <= to);
}

function checkbox(name: string, value: string, label: string, title: string, color?: string) {
  const input = el('input', { attrs: { type: 'checkbox', name, value } });
  const swatch = color
    ? el('span', { className: 'swatch', attrs: { style: `background:${color}` } })
    : '';
  return el('label', { className: 'option', attrs: { title } }, input, swatch, label);
}

/** The filter form: predicates and modalities (from the ontology), dates, asOf and hops. */
export function createFilters(form: HTMLFormElement, onChange: (f: FilterState) => void) {
  const from = byId<HTMLInputElement>('filter-from');
  const to = byId<HTMLInputElement>('filter-to');
  const asOf = byId<HTMLInputElement>('filter-as-of');
  const depth = byId<HTMLSelectElement>('filter-depth');
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (i) => i.value,
    );
  const read = (): FilterState => ({
    predicates: checked('predicate'),
    modalities: checked('modality'),
    from: from.value || null,
    to: to.value || null,
    asOf: asOf.value || null,
    depth: Number(depth.value) || 1,
  });
  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (e) => e.preventDefault());
  // 'reset' fires before the fields are cleared
  form.addEventListener('reset', () => setTimeout(() => onChange(read())));

  return {
    setOntology(o: Ontology) {
      byId('predicate-options').replaceChildren(
        ...o.predicates.map((p) =>
          checkbox(
            'predicate',
            p.name,
            predicateLabel(p.name),
            p.description,
            predicateColor(p.name),
          ),
        ),
      );
      byId('modality-options').replaceChildren(
        ...o.modalities.map((m) =>
          checkbox('modality', m.name, m.name.toLowerCase(), m.description),
        ),
      );
    },
    /** Shows a state (from the URL) without reporting a change. */
    show(s: FilterState) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        input.checked = (input.name === 'predicate' ? s.predicates : s.modalities).includes(
          input.value,
        );
      from.value = s.from ?? '';
      to.value = s.to ?? '';
      asOf.value = s.asOf ?? '';
      depth.value = String(s.depth);
    },
  };
}
