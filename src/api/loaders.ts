import DataLoader from 'dataloader';
import type {
  GraphStore,
  StoredArticle,
  StoredEntity,
  StoredEvidence,
  StoredFact,
} from '../graph/index.js';

/** Per-request batching: every entity, article or evidence list a request needs costs one query per kind. */
export interface Loaders {
  entity: DataLoader<string, StoredEntity | null>;
  /** Entities by name, alias or id (the `entity: String` arguments). */
  entityByName: DataLoader<string, StoredEntity | null>;
  article: DataLoader<string, StoredArticle | null>;
  evidence: DataLoader<string, StoredEvidence[]>;
  fact: DataLoader<string, StoredFact | null>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    entityByName: new DataLoader((names) => store.findEntities(names)),
    article: new DataLoader((ids) => store.getArticles(ids)),
    evidence: new DataLoader((ids) => store.getEvidence(ids)),
    fact: new DataLoader((ids) => store.getFacts(ids)),
  };
}

/** Seeds the entity loader with entities a query already returned, so fields cost no query. */
export function primeEntities(loaders: Loaders, entities: readonly StoredEntity[]): void {
  for (const e of entities) loaders.entity.prime(e.id, e);
}
