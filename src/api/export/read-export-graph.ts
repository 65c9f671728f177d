import { type Modality, PREDICATES, type Predicate } from '../../extract/types.js';
import { type GraphStore, RELATION_ORDERS, type RelationOrder } from '../../graph/index.js';
import { badInput, notFound } from '../errors.js';
import { createLoaders } from '../loaders.js';
import { type RelationFilterInput, toRelationQuery } from '../relation-filter.js';
import { checkInt, parseDay } from '../validate.js';
import { type ExportGraph, toExportEvidence } from './export-graph.js';

const list = (params: URLSearchParams, name: string) => {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
  return values.filter(Boolean);
};
const num = (params: URLSearchParams, name: string) => {
  const v = params.get(name);
  if (v === null || v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw badInput(`${name} must be a number, got "${v}"`);
  return n;
};
const MODALITY = new Set(['asserted', 'alleged', 'denied', 'planned']);
const modalities = (params: URLSearchParams) =>
  list(params, 'modalities').map((m) => {
    if (!MODALITY.has(m.toLowerCase())) throw badInput(`unknown modality "${m}"`);
    return m.toLowerCase() as Modality;
  });

async function readGraph(
  store: GraphStore,
  kind: 'neighborhood' | 'relations',
  params: URLSearchParams,
) {
  const predicates = list(params, 'predicates').map((p) => {
    if (!PREDICATES.includes(p as Predicate)) throw badInput(`unknown predicate "${p}"`);
    return p as Predicate;
  });
  if (kind === 'neighborhood') {
    const name = params.get('entity');
    if (!name) throw badInput('entity is required');
    const [center] = await store.findEntities([name]);
    if (!center) throw notFound(`no entity named "${name}"`);
    return store.readNeighborhood({
      entityId: center.id,
      depth: checkInt(num(params, 'depth'), 'depth', { min: 1, max: 3, fallback: 1 }),
      predicates,
      modalities: modalities(params),
      limit: checkInt(num(params, 'limit'), 'limit', { min: 1, max: 5000, fallback: 500 }),
      asOf: parseDay(params.get('asOf'), 'asOf'),
    });
  }
  const filter: RelationFilterInput = { predicates, modalities: modalities(params) };
  for (const k of ['subject', 'object', 'either', 'outlet', 'asOf'] as const)
    filter[k] = params.get(k);
  for (const k of ['eventFrom', 'eventTo', 'reportedFrom', 'reportedTo'] as const)
    filter[k] = params.get(k);
  filter.minSources = num(params, 'minSources');
  filter.minConfidence = num(params, 'minConfidence');
  const query = await toRelationQuery({ loaders: createLoaders(store) }, filter);
  const orderBy = (params.get('orderBy') ?? 'EVENT_DATE_DESC') as RelationOrder;
  if (!(orderBy in RELATION_ORDERS)) throw badInput(`unknown orderBy "${orderBy}"`);
  const first = checkInt(num(params, 'limit'), 'limit', { min: 1, max: 5000, fallback: 500 });
  if (!query) return { nodes: [], edges: [], truncated: false };
  const page = await store.findRelations({ query, orderBy, first });
  // the page brings the entities at both ends of each fact: each drawn once
  const nodes = [...new Map(page.ends.map((e) => [e.id, e])).values()];
  return { nodes, edges: page.items, truncated: page.hasNextPage };
}

/**
 * The graph an export URL asks for, with every fact's evidence and its articles: three or four
 * statements whatever the size. Evidence is cut at `asOf` when given.
 */
export async function readExportGraph(
  store: GraphStore,
  kind: 'neighborhood' | 'relations',
  params: URLSearchParams,
): Promise<ExportGraph> {
  const graph = await readGraph(store, kind, params);
  const asOf = parseDay(params.get('asOf'), 'asOf');
  const evidence = (await store.getEvidence(graph.edges.map((e) => e.id))).map((list) =>
    asOf ? list.filter((v) => v.reported <= asOf) : list,
  );
  const articleIds = [...new Set(evidence.flat().map((v) => v.articleId))];
  const articles = await store.getArticles(articleIds);
  const byId = new Map(articleIds.map((id, i) => [id, articles[i] ?? null]));
  return {
    nodes: graph.nodes,
    truncated: graph.truncated,
    edges: graph.edges.map((e, i) => ({
      ...e,
      evidence: toExportEvidence(evidence[i] ?? [], byId),
    })),
  };
}
