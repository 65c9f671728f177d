import type { StoredArticle, StoredEntity, StoredEvidence, StoredFact } from '../../graph/index.js';

/** A piece of evidence with where it was published: what every export format carries. */
export interface ExportEvidence {
  sentence: string;
  modality: StoredEvidence['modality'];
  attribution: string | null;
  reported: string;
  articleId: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** A fact with its evidence. */
export type ExportEdge = StoredFact & { evidence: ExportEvidence[] };

/** What an export holds: entities and the facts between them. */
export interface ExportGraph {
  nodes: StoredEntity[];
  edges: ExportEdge[];
  truncated: boolean;
}

/** Joins each piece of evidence with its article (url, outlet, publication date). */
export function toExportEvidence(
  evidence: StoredEvidence[],
  articles: Map<string, StoredArticle | null>,
): ExportEvidence[] {
  return evidence.map((v) => {
    const a = articles.get(v.articleId) ?? null;
    return {
      sentence: v.sentence,
      modality: v.modality,
      attribution: v.attribution ?? null,
      reported: v.reported,
      articleId: v.articleId,
      url: a?.url ?? a?.canonicalUrl ?? null,
      title: a?.title ?? null,
      outlet: a?.source ?? v.source ?? null,
      published: a?.published ?? null,
    };
  });
}

const SYMMETRIC = new Set(['PARTNERED_WITH', 'COMPETES_WITH']);

/** True for facts whose direction carries no meaning. */
export const isSymmetric = (edge: StoredFact): boolean => SYMMETRIC.has(edge.predicate);

/** The evidence columns of flat formats: values of every piece joined with " | ", in order. */
export function joinEvidence(edge: ExportEdge) {
  const join = (pick: (v: ExportEvidence) => string | null) =>
    edge.evidence.map((v) => pick(v) ?? '').join(' | ');
  return {
    sentences: join((v) => v.sentence),
    urls: join((v) => v.url),
    outlets: join((v) => v.outlet),
    published: join((v) => v.published ?? v.reported),
    modalities: join((v) => v.modality),
    attributions: join((v) => v.attribution),
  };
}
