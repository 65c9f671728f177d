// Graph store: the only folder that imports neo4j-driver.
export type { ArticleRecord, WriteSummary } from './article-record.js';
export type { Curator } from './curate-entities.js';
export { createDriver, verifyDriver } from './driver.js';
export { nameKey } from './entity-keys.js';
export { GraphStoreError } from './errors.js';
export { factRef, parseFactId } from './fact-id.js';
export { createGraphStore, type GraphStore, type GraphStoreOptions } from './graph-store.js';
export type { MigrationReport } from './migrations.js';
export type { StoredArticleSource } from './read-articles.js';
export type { ArticleMatch, ArticleProbe } from './read-duplicates.js';
export type { GraphCounts } from './read-stats.js';
export type {
  FactFilter,
  Page,
  StoredArticle,
  StoredEntity,
  StoredEvidence,
  StoredFact,
} from './read-types.js';
