import type { GraphQLResolveInfo } from 'graphql';
import type { EntityView, EvidenceView, StoredEvidence, StoredFact } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { evidencePageSize, selectedEvidenceFields } from '../selection.js';
import { summarizeEvidence } from '../summarize-evidence.js';

/**
 * A fact as resolvers pass it on: `asOf` travels with it down to its evidence and counts;
 * `ends`, when a read brought them, are its subject and object.
 */
export type ApiFact = StoredFact & {
  asOf?: string | null;
  ends?: { subject?: EntityView | undefined; object?: EntityView | undefined };
};

/** Marks facts as seen on a day (no-op without one). */
export const withAsOf = (facts: StoredFact[], asOf: string | null | undefined): ApiFact[] =>
  asOf ? facts.map((f) => ({ ...f, asOf })) : facts;

/** The fact's evidence, only what was reported by `asOf` when the fact carries one. */
async function evidenceOf(fact: ApiFact, { loaders }: ApiContext): Promise<StoredEvidence[]> {
  const all = await loaders.evidence.load(fact.id);
  const asOf = fact.asOf;
  return asOf ? all.filter((v) => v.reported <= asOf) : all;
}

/** A summary field: stored on the fact, or re-derived from its evidence as of a day. */
const summary =
  <K extends keyof ReturnType<typeof summarizeEvidence>>(key: K, stored: (f: ApiFact) => unknown) =>
  // synchronous unless re-derived: a promise per field of 200 edges is measurable overhead
  (fact: ApiFact, _: unknown, ctx: ApiContext) =>
    fact.asOf ? evidenceOf(fact, ctx).then((v) => summarizeEvidence(v)[key]) : stored(fact);

export const Relation = {
  subject: (fact: ApiFact, _: unknown, { loaders }: ApiContext) =>
    fact.ends?.subject ?? loaders.entity.load(fact.subjectId),
  object: (fact: ApiFact, _: unknown, { loaders }: ApiContext) =>
    fact.ends?.object ?? loaders.entity.load(fact.objectId),
  modality: summary('modality', (f) => f.modality),
  disputed: summary('disputed', (f) => f.disputed ?? false),
  firstReported: summary('firstReported', (f) => f.firstReported),
  lastReported: summary('lastReported', (f) => f.lastReported),
  eventDate: summary('eventDate', (f) => f.eventDate),
  eventDates: summary('eventDates', (f) => f.eventDates ?? []),
  sourceCount: summary('sourceCount', (f) => f.sourceCount),
  evidenceCount: summary('evidenceCount', (f) => f.evidenceCount),
  confidence: summary('confidence', (f) => f.confidence),
  modalityCounts: summary('modalityCounts', (f) => ({
    asserted: f.assertedCount ?? 0,
    alleged: f.allegedCount ?? 0,
    denied: f.deniedCount ?? 0,
    planned: f.plannedCount ?? 0,
  })),
  evidence: (
    fact: ApiFact,
    { first }: { first?: number | null },
    { loaders }: ApiContext,
    info: GraphQLResolveInfo,
  ) =>
    loaders.evidencePage.load({
      factId: fact.id,
      limit: evidencePageSize(first),
      asOf: fact.asOf ?? null,
      fields: selectedEvidenceFields(info),
    }),
};

export const Evidence = {
  article: (evidence: StoredEvidence | EvidenceView, _: unknown, { loaders }: ApiContext) =>
    // every selection that reaches this field reads the article id (see evidence-fields.ts)
    loaders.article.load(evidence.articleId!),
  outlet: (evidence: StoredEvidence | EvidenceView) => evidence.source ?? null,
};
