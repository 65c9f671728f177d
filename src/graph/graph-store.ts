import type { Driver } from 'neo4j-driver';
import type { ArticleRecord, WriteSummary } from './article-record.js';
import { Executor } from './executor.js';
import {
  applyMigrations,
  type MigrationReport,
  migrationsApplied,
  readMigrations,
} from './migrations.js';
import { getArticles } from './read-articles.js';
import { type ArticleMatch, type ArticleProbe, findArticleMatches } from './read-duplicates.js';
import { findEntityByName, getEntitiesById } from './read-entities.js';
import { getEntityFacts, getEvidenceByFact } from './read-facts.js';
import { type GraphCounts, readCounts } from './read-stats.js';
import type {
  FactFilter,
  Page,
  StoredArticle,
  StoredEntity,
  StoredEvidence,
  StoredFact,
} from './read-types.js';
import { writeArticles } from './write-articles.js';

export interface GraphStoreOptions {
  driver: Driver;
  database: string;
  /** Folder of `NNN-name.cypher` migrations (the project's `schema/migrations`). */
  migrationsDir: string;
  onQuery?: (cypher: string) => void;
  debug?: (msg: string, data: Record<string, unknown>) => void;
}

/** The knowledge graph as the rest of the service sees it; the only holder of the driver. */
export interface GraphStore {
  readonly database: string;
  migrate(): Promise<MigrationReport>;
  /** Neo4j reachable and every migration applied: the readiness check. */
  isReady(): Promise<boolean>;
  writeArticles(records: ArticleRecord[]): Promise<WriteSummary>;
  /** What the store holds that incoming articles may be copies or new versions of. */
  findArticleMatches(probes: ArticleProbe[]): Promise<ArticleMatch[]>;
  findEntity(name: string): Promise<StoredEntity | null>;
  getEntities(ids: readonly string[]): Promise<(StoredEntity | null)[]>;
  getEntityFacts(
    entityId: string,
    opts: { filter?: FactFilter; offset?: number; first?: number },
  ): Promise<Page<StoredFact>>;
  getEvidence(factIds: readonly string[]): Promise<StoredEvidence[][]>;
  getArticles(keys: readonly string[]): Promise<(StoredArticle | null)[]>;
  counts(): Promise<GraphCounts>;
  /** A store whose queries report to `onQuery` (e.g. one per GraphQL request), sharing the driver. */
  withQueryListener(onQuery: (cypher: string) => void): GraphStore;
  close(): Promise<void>;
}

export function createGraphStore(options: GraphStoreOptions): GraphStore {
  const { driver, database, migrationsDir, onQuery, debug } = options;
  const executor = new Executor({ driver, database, onQuery, debug });
  const migrations = () => readMigrations(migrationsDir);
  return {
    database,
    migrate: () => applyMigrations(executor, migrations()),
    async isReady() {
      try {
        return await migrationsApplied(executor, migrations());
      } catch {
        return false;
      }
    },
    writeArticles: (records) =>
      executor.write(`writing ${records.length} articles`, (tx) =>
        writeArticles(tx, records, new Date().toISOString()),
      ),
    findArticleMatches: (probes) => findArticleMatches(executor, probes),
    findEntity: (name) => findEntityByName(executor, name),
    getEntities: (ids) => getEntitiesById(executor, ids),
    getEntityFacts: (id, opts) => getEntityFacts(executor, id, opts),
    getEvidence: (ids) => getEvidenceByFact(executor, ids),
    getArticles: (keys) => getArticles(executor, keys),
    counts: () => readCounts(executor),
    withQueryListener: (listener) =>
      createGraphStore({
        ...options,
        onQuery: (cypher) => {
          onQuery?.(cypher);
          listener(cypher);
        },
      }),
    close: () => driver.close(),
  };
}
