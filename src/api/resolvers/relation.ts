import type { StoredEvidence, StoredFact } from '../../graph/index.js';
import type { ApiContext } from '../context.js';

export const Relation = {
  subject: (fact: StoredFact, _: unknown, { loaders }: ApiContext) =>
    loaders.entity.load(fact.subjectId),
  object: (fact: StoredFact, _: unknown, { loaders }: ApiContext) =>
    loaders.entity.load(fact.objectId),
  eventDates: (fact: StoredFact) => fact.eventDates ?? [],
  disputed: (fact: StoredFact) => fact.disputed ?? false,
  modalityCounts: (fact: StoredFact) => ({
    asserted: fact.assertedCount ?? 0,
    alleged: fact.allegedCount ?? 0,
    denied: fact.deniedCount ?? 0,
    planned: fact.plannedCount ?? 0,
  }),
  evidence: (fact: StoredFact, _: unknown, { loaders }: ApiContext) =>
    loaders.evidence.load(fact.id),
};

export const Evidence = {
  article: (evidence: StoredEvidence, _: unknown, { loaders }: ApiContext) =>
    loaders.article.load(evidence.articleId),
};
