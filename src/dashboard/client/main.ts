import './styles.css';
import { createApi } from './api.js';
import { byId } from './dom.js';
import { createEvidencePanel } from './evidence-panel.js';
import { downloadBlob, exportUrl } from './export-links.js';
import { createFilters, isInDateRange } from './filters.js';
import { createGraphView } from './graph-view.js';
import { renderLegend } from './legend.js';
import { followRelations } from './live.js';
import { createPathFinder } from './path-finder.js';
import { predicateLabel } from './predicate-style.js';
import { attachSearchBox } from './search-box.js';
import { createTimeline, factDate } from './timeline.js';
import type { RelationSummary, Subgraph } from './types.js';
import { readState, saveState, type ViewState } from './url-state.js';

const endpoint = document.body.dataset.graphql ?? '/graphql';
const api = createApi(endpoint);
let state: ViewState = readState();
let shown: Subgraph | null = null;
let loads = 0; // answers to superseded loads are dropped
let stopLive: (() => void) | null = null;

const graphTitle = byId('graph-title');
const graphMessage = byId('graph-message');
const liveStatus = byId('live-status');
const evidence = createEvidencePanel(byId('evidence'));
const graph = createGraphView(byId('graph'), {
  onEdgeClick: (id) => openRelation(id),
  onNodeClick: (id) => navigate({ entity: id, relation: null }),
});
const timeline = createTimeline(byId<HTMLOListElement>('timeline-list'), {
  onRelation: (id) => openRelation(id),
  onEntity: (id) => navigate({ entity: id, relation: null }),
});
const filters = createFilters(byId<HTMLFormElement>('filters'), (f) => navigate(f));
const search = attachSearchBox({
  input: byId<HTMLInputElement>('search-input'),
  search: (text) => api.searchEntities(text),
  onSelect: (hit) => navigate({ entity: hit.id, relation: null }),
});
createPathFinder({
  api,
  filters: () => state,
  onShowPath: (p) => graph.showPath(p.nodes, p.hops),
  onRelation: (id) => openRelation(id),
});
// A hook for the browser tests and for debugging from the console.
Object.assign(window, { aikgGraph: graph.cy });

const LIVE_STATUS = {
  connecting: 'Live: connecting…',
  live: 'Live: on',
  reconnecting: 'Live: reconnecting…',
} as const;

/** Facts the graph may show under the client-side date range. */
const inRange = (r: RelationSummary) => isInDateRange(factDate(r), state.from, state.to);

function navigate(change: Partial<ViewState>) {
  state = { ...state, ...change };
  saveState(state, { push: true });
  void render();
}

async function openRelation(id: string) {
  state = { ...state, relation: id };
  saveState(state, { push: false });
  graph.select(id);
  evidence.showLoading();
  try {
    const detail = await api.relation(id);
    if (detail) evidence.show(detail);
    else evidence.showError('This fact is no longer in the graph.');
  } catch (err) {
    evidence.showError((err as Error).message);
  }
}

function draw(sub: Subgraph) {
  const edges = sub.edges.filter(inRange);
  const linked = new Set(edges.flatMap((e) => [e.subject.id, e.object.id]));
  const centerId = sub.center?.id ?? null;
  const nodes = sub.nodes.filter((n) => n.id === centerId || linked.has(n.id));
  graph.show(nodes, edges, centerId);
  summarize();
}

/** Legend and counts of what the graph shows now (after a load, or a fact arriving live). */
function summarize() {
  const predicates = graph.cy.edges().map((e) => e.data('predicate') as string);
  renderLegend(byId('legend'), [...new Set(predicates)].sort());
  graphMessage.textContent =
    predicates.length === 0
      ? 'No facts match these filters.'
      : `${graph.cy.nodes().length} entities, ${predicates.length} facts${shown?.truncated ? ' (the strongest only)' : ''}.`;
}

function startLive(centerId: string) {
  stopLive?.();
  stopLive = null;
  if (state.asOf) {
    liveStatus.textContent = 'Live: paused (viewing a past date)';
    return;
  }
  const filter: Record<string, unknown> = {};
  if (state.predicates.length) filter.predicates = state.predicates;
  if (state.modalities.length) filter.modalities = state.modalities;
  stopLive = followRelations({
    endpoint,
    filter,
    onStatus: (s) => {
      liveStatus.textContent = LIVE_STATUS[s];
    },
    onRelation: (r) => {
      const touchesCentre = r.subject.id === centerId || r.object.id === centerId;
      const bothShown = graph.hasNode(r.subject.id) && graph.hasNode(r.object.id);
      if (!inRange(r) || !(touchesCentre || bothShown) || !graph.addRelation(r)) return;
      shown?.edges.push(r);
      summarize();
      liveStatus.textContent = `Live: new, ${r.subject.name} ${predicateLabel(r.predicate)} ${r.object.name}`;
      if (touchesCentre) void loadTimeline(centerId, loads);
    },
  });
}

async function loadTimeline(entity: string, mine: number) {
  try {
    const facts = await api.timeline(entity, state);
    if (mine === loads) timeline.show(facts);
  } catch (err) {
    if (mine === loads) timeline.showMessage((err as Error).message);
  }
}

/** Points the download links at the server's exports of the graph on screen. */
function updateExports(entity: string | null) {
  const links = {
    graphml: byId<HTMLAnchorElement>('export-graphml'),
    factsCsv: byId<HTMLAnchorElement>('export-facts-csv'),
    entitiesCsv: byId<HTMLAnchorElement>('export-entities-csv'),
  };
  for (const [format, a] of Object.entries(links)) {
    if (entity) a.href = exportUrl(format as keyof typeof links, state, entity);
    else a.removeAttribute('href');
    a.toggleAttribute('aria-disabled', !entity);
  }
}

async function render() {
  const mine = ++loads;
  filters.show(state);
  updateExports(null);
  if (!state.entity) return;
  graphMessage.textContent = 'Loading…';
  try {
    const sub = await api.neighborhood(state.entity, state.depth, state);
    if (mine !== loads) return;
    shown = sub;
    if (!sub.center) {
      graphTitle.textContent = 'Entity not found';
      graphMessage.textContent = `No entity is called "${state.entity}".`;
      return;
    }
    graphTitle.textContent = `${sub.center.name} (${sub.center.type})`;
    search.setText(sub.center.name);
    document.title = `${sub.center.name}: aikg`;
    draw(sub);
    updateExports(sub.center.name);
    startLive(sub.center.id);
    timeline.showMessage('Loading…');
    void loadTimeline(sub.center.id, mine);
    if (state.relation) void openRelation(state.relation);
  } catch (err) {
    if (mine === loads) graphMessage.textContent = (err as Error).message;
  }
}

byId('fit-graph').addEventListener('click', () => graph.fit());
byId('export-png').addEventListener('click', () =>
  downloadBlob(graph.png(), `${shown?.center?.name ?? 'graph'}.png`),
);
window.addEventListener('popstate', () => {
  state = readState();
  void render();
});
// Narrow screens start with the side panels folded so the graph comes first.
if (matchMedia('(max-width: 800px)').matches)
  for (const id of ['filters-panel', 'paths-panel']) byId<HTMLDetailsElement>(id).open = false;

api
  .ontology()
  .then((o) => filters.setOntology(o))
  .catch(() => {})
  .finally(() => void render());
