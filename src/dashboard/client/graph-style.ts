import type { StylesheetJson } from 'cytoscape';
import { DENIED_COLOR } from './predicate-style.js';

/** How the graph looks: colours come from element data, marks from classes. */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      color: '#1b1f24',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.center',
    style: { 'border-width': 4, 'border-color': '#1b1f24', 'font-weight': 'bold', 'font-size': 13 },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1,
      label: 'data(label)',
      'font-size': 9,
      color: '#343a40',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.alleged', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  {
    selector: 'edge.denied',
    style: {
      'target-arrow-shape': 'tee',
      'target-arrow-color': DENIED_COLOR,
      'arrow-scale': 1.6,
      color: DENIED_COLOR,
    },
  },
  {
    selector: 'edge:selected',
    style: { 'underlay-color': '#ffd43b', 'underlay-opacity': 0.8, 'underlay-padding': 4 },
  },
  {
    selector: '.path',
    style: { 'underlay-color': '#74c0fc', 'underlay-opacity': 0.7, 'underlay-padding': 5 },
  },
  { selector: '.fresh', style: { 'underlay-color': '#8ce99a', 'underlay-opacity': 0.9 } },
];
