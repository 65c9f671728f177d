import { el } from './dom.js';
import { predicateColor, predicateLabel } from './predicate-style.js';
import type { RelationSummary } from './types.js';

export interface TimelineHandlers {
  onRelation(relationId: string): void;
  onEntity(entityId: string): void;
}

/** The date a fact is placed at: its event date, else its first report. */
export const factDate = (r: RelationSummary) => r.eventDate ?? r.firstReported ?? '';

/** The entity's facts in time order; each opens its evidence, each other party re-centres. */
export function createTimeline(list: HTMLOListElement, handlers: TimelineHandlers) {
  const entityButton = (e: RelationSummary['subject']) => {
    const b = el('button', { className: 'link entity', text: e.name, attrs: { type: 'button' } });
    b.addEventListener('click', () => handlers.onEntity(e.id));
    return b;
  };

  return {
    show(relations: RelationSummary[]) {
      if (relations.length === 0) {
        list.replaceChildren(el('li', { className: 'hint', text: 'No facts in this range.' }));
        return;
      }
      list.replaceChildren(
        ...relations.map((r) => {
          const open = el('button', {
            className: 'link predicate',
            text: predicateLabel(r.predicate),
            attrs: {
              type: 'button',
              style: `border-color:${predicateColor(r.predicate)}`,
              'aria-label': `Evidence: ${r.subject.name} ${predicateLabel(r.predicate)} ${r.object.name}`,
            },
          });
          open.addEventListener('click', () => handlers.onRelation(r.id));
          return el(
            'li',
            { className: `timeline-item ${r.modality}` },
            el('time', { text: factDate(r) || 'undated' }),
            el(
              'span',
              { className: 'timeline-fact' },
              entityButton(r.subject),
              ' ',
              open,
              ' ',
              entityButton(r.object),
              r.modality === 'ASSERTED'
                ? ''
                : el('span', { className: `badge ${r.modality}`, text: r.modality }),
            ),
          );
        }),
      );
    },
    showMessage(message: string) {
      list.replaceChildren(el('li', { className: 'hint', text: message }));
    },
  };
}
