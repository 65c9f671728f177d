import DataLoader from 'dataloader';
import type {
  GraphStore,
  StoredArticle,
  StoredEntity,
  StoredEvidence,
  StoredFact,
} from '../graph/index.js';

export interface EvidencePageKey {
  factId: string;
  limit: number;
  asOf: string | null;
}

/** Per-request batching: every entity, article or evidence list a request needs costs one query per kind. */
export interface Loaders {
  entity: DataLoader<string, StoredEntity | null>;
  /** Entities by name, alias or id (the `entity: String` arguments). */
  entityByName: DataLoader<string, StoredEntity | null>;
  article: DataLoader<string, StoredArticle | null>;
  /** All evidence of a fact (as-of summaries re-derive counts from it). */
  evidence: DataLoader<string, StoredEvidence[]>;
  /** The first evidence of a fact: keys are `{ factId, limit, asOf }`, batched per limit and day. */
  evidencePage: DataLoader<EvidencePageKey, StoredEvidence[], string>;
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
        // one query per distinct (limit, asOf) in the request: in practice one
        const groups = new Map<string, EvidencePageKey[]>();
        for (const k of keys) {
          const g = `${k.limit}|${k.asOf ?? ''}`;
          groups.set(g, [...(groups.get(g) ?? []), k]);
        }
        const results = new Map<EvidencePageKey, StoredEvidence[]>();
        for (const group of groups.values()) {
          const { limit, asOf } = group[0]!;
          const lists = await store.getEvidence(
            group.map((k) => k.factId),
            { limit, asOf },
          );
          group.forEach((k, i) => {
            results.set(k, lists[i] ?? []);
          });
        }
        return keys.map((k) => results.get(k) ?? []);
      },
      { cacheKeyFn: (k) => `${k.factId}|${k.limit}|${k.asOf ?? ''}` },
    ),
    fact: new DataLoader((ids) => store.getFacts(ids)),
  };
}

/** Seeds the entity loader with entities a query already returned, so fields cost no query. */
export function primeEntities(loaders: Loaders, entities: readonly StoredEntity[]): void {
  for (const e of entities) loaders.entity.prime(e.id, e);
}
