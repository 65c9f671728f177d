import DataLoader from 'dataloader';
import type { GraphStore, StoredArticle, StoredEntity, StoredEvidence } from '../graph/index.js';

/** Per-request batching: every entity, article or evidence list a request needs costs one query per kind. */
export interface Loaders {
  entity: DataLoader<string, StoredEntity | null>;
  article: DataLoader<string, StoredArticle | null>;
  evidence: DataLoader<string, StoredEvidence[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    article: new DataLoader((ids) => store.getArticles(ids)),
    evidence: new DataLoader((ids) => store.getEvidence(ids)),
  };
}
