import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { GRAPH_STYLE } from './graph-style.js';
import { ENTITY_COLORS, edgeWidth, predicateColor, predicateLabel } from './predicate-style.js';
import type { EntityRef, GraphNode, RelationSummary } from './types.js';

export interface GraphViewHandlers {
  onEdgeClick(relationId: string): void;
  onNodeClick(entityId: string): void;
}

const MAX_FIT_ZOOM = 1.3;

/** True when some source denies the fact: drawn with a red bar instead of an arrow head. */
export const isDenied = (r: RelationSummary) =>
  r.modality === 'DENIED' || r.modalityCounts.denied > 0;

function edgeElement(r: RelationSummary): ElementDefinition {
  const denied = isDenied(r);
  const note = r.modality === 'DENIED' ? ' (denied)' : r.disputed ? ' (disputed)' : '';
  return {
    group: 'edges',
    data: {
      id: r.id,
      source: r.subject.id,
      target: r.object.id,
      predicate: r.predicate,
      modality: r.modality,
      label: `${predicateLabel(r.predicate)}${note}`,
      color: predicateColor(r.predicate),
      width: edgeWidth(r.sourceCount),
    },
    classes: [r.modality === 'ALLEGED' ? 'alleged' : '', denied ? 'denied' : '']
      .filter(Boolean)
      .join(' '),
  };
}

function nodeElement(n: EntityRef & Partial<GraphNode>, centerId: string | null) {
  const size = 18 + Math.min(26, 4 * Math.sqrt(n.degree ?? 1));
  return {
    group: 'nodes' as const,
    data: { id: n.id, name: n.name, type: n.type, color: ENTITY_COLORS[n.type] ?? '#495057', size },
    classes: n.id === centerId ? 'center' : '',
  };
}

/** Hops from the centre, for the concentric layout (centre in the middle, neighbours around). */
function hopLevels(cy: Core, centerId: string | null) {
  const levels = new Map<string, number>();
  const centre = centerId ? cy.getElementById(centerId) : cy.collection();
  if (centre.nonempty())
    cy.elements().bfs({
      roots: centre,
      directed: false,
      visit: (v, _e, _u, _i, depth) => void levels.set(v.id(), depth),
    });
  return levels;
}

/** The interactive graph: cytoscape.js on a container, redrawn from subgraphs. */
export function createGraphView(container: HTMLElement, handlers: GraphViewHandlers) {
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    minZoom: 0.2,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  let centerId: string | null = null;
  cy.on('tap', 'edge', (e) => handlers.onEdgeClick(e.target.id()));
  cy.on('tap', 'node', (e) => handlers.onNodeClick(e.target.id()));

  function relayout() {
    const levels = hopLevels(cy, centerId);
    const deepest = Math.max(0, ...levels.values());
    // One ring of neighbours reads best around the centre; deeper graphs (or parts not linked
    // to the centre, after a path) would line up on rings, so they get a force layout.
    const ringed = deepest <= 1 && levels.size === cy.nodes().length;
    const options = ringed
      ? {
          name: 'concentric',
          concentric: (n: NodeSingular) => (n.id() === centerId ? 2 : 1),
          levelWidth: () => 1,
          minNodeSpacing: 70,
        }
      : {
          name: 'cose',
          idealEdgeLength: () => 100,
          nodeRepulsion: () => 400_000,
          edgeElasticity: () => 100,
          nodeOverlap: 20,
          gravity: 80,
          numIter: 1000,
          randomize: true,
        };
    cy.layout({ ...options, padding: 40, animate: false } as LayoutOptions).run();
    // A handful of nodes would otherwise be blown up to fill the canvas, labels and all.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  }

  return {
    cy,
    /** Draws nodes and edges afresh (a new entity or new filters). */
    show(nodes: GraphNode[], edges: RelationSummary[], center: string | null) {
      centerId = center;
      cy.elements().remove();
      cy.add([...nodes.map((n) => nodeElement(n, center)), ...edges.map(edgeElement)]);
      relayout();
    },
    /** Adds a fact that arrived live; its ends are added when missing. False when already drawn. */
    addRelation(r: RelationSummary): boolean {
      if (cy.getElementById(r.id).nonempty()) return false;
      for (const end of [r.subject, r.object])
        if (cy.getElementById(end.id).empty()) cy.add(nodeElement(end, centerId));
      cy.add(edgeElement(r)).addClass('fresh');
      relayout();
      setTimeout(() => cy.getElementById(r.id).removeClass('fresh'), 4000);
      return true;
    },
    /** Highlights a path, adding what the neighbourhood does not show. */
    showPath(nodes: EntityRef[], hops: RelationSummary[]) {
      cy.elements().removeClass('path');
      for (const n of nodes) if (cy.getElementById(n.id).empty()) cy.add(nodeElement(n, centerId));
      for (const h of hops) if (cy.getElementById(h.id).empty()) cy.add(edgeElement(h));
      relayout();
      for (const id of [...nodes.map((n) => n.id), ...hops.map((h) => h.id)])
        cy.getElementById(id).addClass('path');
    },
    select(relationId: string | null) {
      cy.edges(':selected').unselect();
      if (relationId) cy.getElementById(relationId).select();
    },
    hasNode: (id: string) => cy.getElementById(id).nonempty(),
    fit: () => {
      cy.fit(undefined, 40);
      if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM).center();
    },
    png: (): Blob => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
  };
}

export type GraphView = ReturnType<typeof createGraphView>;
