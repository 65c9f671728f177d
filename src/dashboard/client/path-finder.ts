import type { Api } from './api.js';
import { byId, el } from './dom.js';
import { predicateLabel } from './predicate-style.js';
import { attachSearchBox } from './search-box.js';
import type { EntityRef, PathResult } from './types.js';

export interface PathFinderOptions {
  api: Api;
  /** The filters in force (predicates, asOf), read at each search. */
  filters(): { predicates: string[]; modalities: string[]; asOf: string | null };
  onShowPath(path: PathResult): void;
  onRelation(relationId: string): void;
}

/** Two entity pickers and the shortest paths between them, each hop opening its evidence. */
export function createPathFinder({ api, filters, onShowPath, onRelation }: PathFinderOptions) {
  const form = byId<HTMLFormElement>('path-form');
  const results = byId<HTMLOListElement>('path-results');
  const picked: { from: EntityRef | null; to: EntityRef | null } = { from: null, to: null };
  for (const end of ['from', 'to'] as const) {
    const input = byId<HTMLInputElement>(`path-${end}`);
    attachSearchBox({
      input,
      search: (t) => api.searchEntities(t),
      onSelect: (hit) => {
        picked[end] = hit;
      },
    });
    // typing again forgets the pick until a new one is made
    input.addEventListener('input', () => {
      picked[end] = null;
    });
  }

  const renderPath = (p: PathResult, i: number) => {
    const steps: (Node | string)[] = [el('strong', { text: p.nodes[0]?.name ?? '' })];
    p.hops.forEach((hop, h) => {
      const b = el('button', {
        className: 'link predicate',
        text: `${hop.subject.id === p.nodes[h]?.id ? '→' : '←'} ${predicateLabel(hop.predicate)}`,
        attrs: { type: 'button', title: 'Read the evidence' },
      });
      b.addEventListener('click', () => onRelation(hop.id));
      steps.push(' ', b, ' ', el('strong', { text: p.nodes[h + 1]?.name ?? '' }));
    });
    const show = el('button', {
      className: 'show-path',
      text: 'Show in graph',
      attrs: { type: 'button', 'aria-label': `Show path ${i + 1} in the graph` },
    });
    show.addEventListener('click', () => onShowPath(p));
    return el('li', {}, el('span', { className: 'path-steps' }, ...steps), ' ', show);
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const { from, to } = picked;
    if (!from || !to) {
      results.replaceChildren(
        el('li', { className: 'hint', text: 'Pick both ends from the lists.' }),
      );
      return;
    }
    results.replaceChildren(el('li', { className: 'hint', text: 'Searching…' }));
    try {
      const paths = await api.paths(from, to, filters());
      results.replaceChildren(
        ...(paths.length
          ? paths.map(renderPath)
          : [el('li', { className: 'hint', text: 'No path within 4 hops.' })]),
      );
      if (paths[0]) onShowPath(paths[0]);
    } catch (err) {
      results.replaceChildren(el('li', { className: 'error', text: (err as Error).message }));
    }
  });
}
