import { el } from './dom.js';
import { DENIED_COLOR, predicateColor, predicateLabel } from './predicate-style.js';

const lineSample = (style: string) =>
  el('span', { className: 'line-sample', attrs: { style, 'aria-hidden': 'true' } });

/** The legend: a colour per predicate shown, then what dashes, red bars and width mean. */
export function renderLegend(list: HTMLElement, predicates: string[]) {
  list.replaceChildren(
    ...predicates.map((p) =>
      el('li', {}, lineSample(`border-top:3px solid ${predicateColor(p)}`), predicateLabel(p)),
    ),
    el('li', { className: 'key' }, lineSample('border-top:3px dashed #495057'), 'alleged'),
    el('li', { className: 'key' }, lineSample(`border-top:3px solid ${DENIED_COLOR}`), '⊣ denied'),
    el(
      'li',
      { className: 'key' },
      lineSample('border-top:7px solid #adb5bd'),
      'thicker: more sources',
    ),
  );
}
