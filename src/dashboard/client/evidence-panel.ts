import { el } from './dom.js';
import { predicateColor, predicateLabel } from './predicate-style.js';
import type { EvidenceItem, RelationDetail } from './types.js';

/** The sentence with the part that carries the relation in a <mark> (offsets are article-wide). */
export function highlightSpan(ev: EvidenceItem): (Node | string)[] {
  const { sentence, start } = ev;
  if (ev.spanStart == null || ev.spanEnd == null) return [sentence];
  const a = Math.max(0, ev.spanStart - start);
  const b = Math.min(sentence.length, ev.spanEnd - start);
  if (b <= a) return [sentence];
  return [sentence.slice(0, a), el('mark', { text: sentence.slice(a, b) }), sentence.slice(b)];
}

const badge = (text: string, kind: string) => el('span', { className: `badge ${kind}`, text });

function evidenceItem(ev: EvidenceItem): HTMLLIElement {
  const { article } = ev;
  const outlet = article.source ?? 'Unknown outlet';
  const link = article.url
    ? el('a', {
        text: article.title ?? article.url,
        attrs: { href: article.url, target: '_blank', rel: 'noopener noreferrer' },
      })
    : el('span', { text: article.title ?? article.id });
  const meta = el(
    'p',
    { className: 'evidence-meta' },
    el('strong', { text: outlet }),
    ` · ${ev.reported} · `,
    link,
  );
  const extra = el('p', { className: 'evidence-extra' }, badge(ev.modality, ev.modality));
  if (ev.attribution) extra.append(` Attributed to: ${ev.attribution}`);
  if (ev.eventDate) extra.append(` · Event date: ${ev.eventDate}`);
  return el(
    'li',
    { className: 'evidence-item' },
    el('blockquote', {}, ...highlightSpan(ev)),
    meta,
    extra,
  );
}

/** The right-hand panel: one fact with every sentence that supports it. */
export function createEvidencePanel(section: HTMLElement) {
  const title = el('h2', { text: 'Evidence', attrs: { id: 'evidence-title' } });
  const body = el('div', { className: 'evidence-body' });
  const hint = section.querySelector('.hint');
  section.replaceChildren(title, body);
  if (hint) body.append(hint);

  return {
    showLoading() {
      body.replaceChildren(el('p', { className: 'hint', text: 'Loading evidence…' }));
    },
    showError(message: string) {
      body.replaceChildren(el('p', { className: 'error', text: message }));
    },
    show(r: RelationDetail) {
      const heading = el(
        'p',
        { className: 'fact' },
        el('strong', { text: r.subject.name }),
        ' ',
        el('span', {
          className: 'predicate',
          text: predicateLabel(r.predicate),
          attrs: { style: `border-color:${predicateColor(r.predicate)}` },
        }),
        ' ',
        el('strong', { text: r.object.name }),
      );
      const facts = el(
        'p',
        { className: 'fact-meta' },
        badge(r.modality, r.modality),
        r.disputed ? badge('disputed', 'DENIED') : '',
        ` ${r.sourceCount} source${r.sourceCount === 1 ? '' : 's'} · confidence ${r.confidence.toFixed(2)}`,
        r.eventDate ? ` · event ${r.eventDate}` : '',
      );
      const list = el('ol', { className: 'evidence-list' }, ...r.evidence.map(evidenceItem));
      body.replaceChildren(heading, facts, list);
      section.focus({ preventScroll: true });
      // One column on phones: the panel sits below the graph, out of sight
      if (matchMedia('(max-width: 800px)').matches) section.scrollIntoView({ block: 'start' });
    },
  };
}

export type EvidencePanel = ReturnType<typeof createEvidencePanel>;
