import { type ExportGraph, isSymmetric, joinEvidence } from './export-graph.js';
import { toCsv } from './to-csv.js';

/** Nodes as Gephi's spreadsheet import expects them (`Id`, `Label`, then attributes). */
export function toNodesCsv(graph: ExportGraph): string {
  return toCsv(
    ['Id', 'Label', 'type', 'aliases', 'mentionCount', 'degree'],
    graph.nodes.map((n) => [n.id, n.name, n.type, n.aliases.join(' | '), n.mentionCount, n.degree]),
  );
}

/** Edges (`Source`, `Target`, `Type`, `Label`), one row per fact, its evidence joined with " | ". */
export function toEdgesCsv(graph: ExportGraph): string {
  return toCsv(
    [
      'Id',
      'Source',
      'Target',
      'Type',
      'Label',
      'modality',
      'disputed',
      'sourceCount',
      'evidenceCount',
      'confidence',
      'firstReported',
      'lastReported',
      'eventDate',
      'sentences',
      'urls',
      'outlets',
      'published',
      'modalities',
      'attributions',
    ],
    graph.edges.map((e) => {
      const v = joinEvidence(e);
      return [
        e.id,
        e.subjectId,
        e.objectId,
        isSymmetric(e) ? 'Undirected' : 'Directed',
        e.predicate,
        e.modality,
        e.disputed,
        e.sourceCount,
        e.evidenceCount,
        e.confidence,
        e.firstReported,
        e.lastReported,
        e.eventDate,
        v.sentences,
        v.urls,
        v.outlets,
        v.published,
        v.modalities,
        v.attributions,
      ];
    }),
  );
}
