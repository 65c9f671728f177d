import { XMLBuilder } from 'fast-xml-parser';
import { type ExportGraph, isSymmetric, joinEvidence } from './export-graph.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';
const NODE_KEYS: [string, KeyType][] = [
  ['label', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'int'],
  ['degree', 'int'],
];
const EDGE_KEYS: [string, KeyType][] = [
  ['label', 'string'],
  ['modality', 'string'],
  ['disputed', 'boolean'],
  ['sourceCount', 'int'],
  ['evidenceCount', 'int'],
  ['confidence', 'double'],
  ['firstReported', 'string'],
  ['lastReported', 'string'],
  ['eventDate', 'string'],
  ['sentences', 'string'],
  ['urls', 'string'],
  ['outlets', 'string'],
  ['published', 'string'],
  ['modalities', 'string'],
  ['attributions', 'string'],
];

// XML 1.0 cannot carry most control characters, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern is about control characters
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const data = (prefix: string, values: Record<string, unknown>) =>
  Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ({ '@_key': `${prefix}_${k}`, '#text': String(v).replace(INVALID_XML, '') }));

const keys = (kind: 'node' | 'edge', list: [string, KeyType][]) =>
  list.map(([name, type]) => ({
    '@_id': `${kind[0]}_${name}`,
    '@_for': kind,
    '@_attr.name': name,
    '@_attr.type': type,
  }));

/** GraphML as Gephi, yEd and networkx read it: every attribute declared as a typed `<key>`. */
export function toGraphml(graph: ExportGraph): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
  });
  const nodes = graph.nodes.map((n) => ({
    '@_id': n.id,
    data: data('n', {
      label: n.name,
      type: n.type,
      aliases: n.aliases.join(' | '),
      mentionCount: n.mentionCount,
      degree: n.degree,
    }),
  }));
  const edges = graph.edges.map((e) => ({
    '@_id': e.id,
    '@_source': e.subjectId,
    '@_target': e.objectId,
    '@_directed': String(!isSymmetric(e)),
    data: data('e', {
      label: e.predicate,
      modality: e.modality,
      disputed: e.disputed,
      sourceCount: e.sourceCount,
      evidenceCount: e.evidenceCount,
      confidence: e.confidence,
      firstReported: e.firstReported,
      lastReported: e.lastReported,
      eventDate: e.eventDate,
      ...joinEvidence(e),
    }),
  }));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [...keys('node', NODE_KEYS), ...keys('edge', EDGE_KEYS)],
      graph: { '@_id': 'aikg', '@_edgedefault': 'directed', node: nodes, edge: edges },
    },
  })}`;
}
