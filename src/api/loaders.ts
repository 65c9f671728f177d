import DataLoader from 'dataloader';
import type {
  EvidenceField,
  EvidenceView,
  GraphStore,
  PageEvidence,
  StoredArticle,
  StoredEntity,
  StoredEvidence,
  StoredFact,
} from '../graph/index.js';

export interface EvidencePageKey {
  factId: string;
  limit: number;
  asOf: string | null;
  /** The stored fields to read; all when undefined. */
  fields?: readonly EvidenceField[] | undefined;
}

/** Keys that one query can answer: same page size, day and fields. */
const evidenceGroup = (k: EvidencePageKey) => `${k.limit}|${k.asOf ?? ''}|${k.fields ?? '*'}`;

/** Per-request batching: every entity, article or evidence list a request needs costs one query per kind. */
export interface Loaders {
  entity: DataLoader<string, StoredEntity | null>;
  /** Entities by name, alias or id (the `entity: String` arguments). */
  entityByName: DataLoader<string, StoredEntity | null>;
  article: DataLoader<string, StoredArticle | null>;
  /** All evidence of a fact (as-of summaries re-derive counts from it). */
  evidence: DataLoader<string, StoredEvidence[]>;
  /** The first evidence of a fact: batched per page size, day and fields read. */
  evidencePage: DataLoader<EvidencePageKey, EvidenceView[], string>;
  fact: DataLoader<string, StoredFact | null>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    entityByName: new DataLoader((names) => store.findEntities(names)),
    article: new DataLoader((ids) => store.getArticles(ids)),
    evidence: new DataLoader((ids) => store.getEvidence(ids)),
    evidencePage: new DataLoader(
      async (keys) => {
        // one query per distinct group in the request: in practice one
        const groups = new Map<string, EvidencePageKey[]>();
        for (const k of keys) {
          const group = groups.get(evidenceGroup(k));
          if (group) group.push(k);
          else groups.set(evidenceGroup(k), [k]);
        }
        const results = new Map<EvidencePageKey, EvidenceView[]>();
        for (const group of groups.values()) {
          const { limit, asOf, fields } = group[0]!;
          const ids = group.map((k) => k.factId);
          const lists = fields
            ? await store.getEvidence(ids, { limit, asOf, fields })
            : await store.getEvidence(ids, { limit, asOf });
          group.forEach((k, i) => {
            results.set(k, lists[i] ?? []);
          });
        }
        return keys.map((k) => results.get(k) ?? []);
      },
      { cacheKeyFn: (k) => `${k.factId}|${evidenceGroup(k)}` },
    ),
    fact: new DataLoader((ids) => store.getFacts(ids)),
  };
}

/** Seeds the entity loader with entities a query already returned, so fields cost no query. */
export function primeEntities(loaders: Loaders, entities: readonly StoredEntity[]): void {
  for (const e of entities) loaders.entity.prime(e.id, e);
}

/**
 * Seeds the evidence pages of facts whose evidence a query already read with them, under the
 * keys the `evidence` fields will ask (page size, fields, and the day the facts are seen as of).
 */
export function primeEvidencePages(
  loaders: Loaders,
  facts: readonly StoredFact[],
  { limit, fields }: PageEvidence,
  evidence: readonly EvidenceView[][],
  asOf: string | null = null,
): void {
  facts.forEach((fact, i) => {
    loaders.evidencePage.prime({ factId: fact.id, limit, asOf, fields }, evidence[i] ?? []);
  });
}
