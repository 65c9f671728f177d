// Graph store: the only folder that imports neo4j-driver.
export type { ArticleRecord, WriteSummary } from './article-record.js';
export type { Curator } from './curate-entities.js';
export { createDriver, verifyDriver } from './driver.js';
export { nameKey } from './entity-keys.js';
export { GraphStoreError, isTransactionTooLarge, TRANSACTION_TOO_LARGE } from './errors.js';
export type { EntityField, EntityView, FactField, FactView } from './fact-fields.js';
export { factRef, parseFactId } from './fact-id.js';
export { createGraphStore, type GraphStore, type GraphStoreOptions } from './graph-store.js';
export { escapeLucene, toFuzzyQuery } from './lucene-query.js';
export type { MigrationReport } from './migrations.js';
export type { StoredArticleSource } from './read-articles.js';
export type { ArticleQuery } from './read-articles-search.js';
export type { FactChange } from './read-changes.js';
export type { ArticleMatch, ArticleProbe } from './read-duplicates.js';
export type { EntityOrder, ScoredEntity } from './read-entity-search.js';
export type { PageEvidence } from './read-evidence.js';
export type { FactState } from './read-fact-states.js';
export type { EntityFactsPage } from './read-facts.js';
export type { GraphStats } from './read-graph-stats.js';
export type { NeighborhoodQuery, Subgraph } from './read-neighborhood.js';
export type { PathQuery, StoredPath } from './read-paths.js';
export { RELATION_ORDERS, type RelationOrder, type RelationQuery } from './read-relations.js';
export type { GraphCounts } from './read-stats.js';
export {
  EVIDENCE_FIELDS,
  type EvidenceField,
  type EvidenceView,
  type FactFilter,
  type Page,
  type StoredArticle,
  type StoredEntity,
  type StoredEvidence,
  type StoredFact,
} from './read-types.js';
