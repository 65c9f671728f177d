import type { Driver } from 'neo4j-driver';
import type { EntityType } from '../extract/types.js';
import type { ArticleRecord, WriteSummary } from './article-record.js';
import { addAlias, type Curator, mergeEntities, splitEntity } from './curate-entities.js';
import { deleteArticle } from './delete-article.js';
import { GraphStoreError } from './errors.js';
import { Executor } from './executor.js';
import type { EntityView, FactView } from './fact-fields.js';
import { backfillFactRankings } from './fact-rankings.js';
import {
  applyMigrations,
  type MigrationReport,
  migrationsApplied,
  readMigrations,
} from './migrations.js';
import { getArticles, listArticles, type StoredArticleSource } from './read-articles.js';
import { type ArticleQuery, searchArticles } from './read-articles-search.js';
import { type FactChange, readChanges } from './read-changes.js';
import { type ArticleMatch, type ArticleProbe, findArticleMatches } from './read-duplicates.js';
import { findEntityByName, getEntitiesById } from './read-entities.js';
import {
  type EntityOrder,
  findEntitiesByName,
  type ScoredEntity,
  searchEntities,
} from './read-entity-search.js';
import { type EvidenceOptions, getEvidenceByFact, type PageEvidence } from './read-evidence.js';
import { type FactState, getFactStatesOfArticles } from './read-fact-states.js';
import { type EntityFactsOptions, type EntityFactsPage, getEntityFacts } from './read-facts.js';
import { type GraphStats, readGraphStats } from './read-graph-stats.js';
import { type NeighborhoodQuery, readNeighborhood, type Subgraph } from './read-neighborhood.js';
import { findPaths, type PathQuery, type StoredPath } from './read-paths.js';
import {
  findRelations,
  getFactsById,
  type RelationOrder,
  type RelationQuery,
  type RelationsPage,
} from './read-relations.js';
import { type GraphCounts, readCounts } from './read-stats.js';
import type {
  EvidenceField,
  EvidenceView,
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
  /**
   * A page of an entity's facts, newest first, with the entities at their other ends and,
   * with `evidence`, the first evidence of each fact, in one round trip.
   */
  getEntityFacts(entityId: string, opts: EntityFactsOptions): Promise<EntityFactsPage>;
  /** Evidence per fact, oldest first; `limit` cuts each list, `asOf` keeps what was reported by then. */
  getEvidence(factIds: readonly string[], opts?: EvidenceOptions): Promise<StoredEvidence[][]>;
  /** The same, reading only `fields` (and `id`, `factId`): less to decode for a narrow query. */
  getEvidence(
    factIds: readonly string[],
    opts: EvidenceOptions & { fields: readonly EvidenceField[] },
  ): Promise<EvidenceView[][]>;
  getArticles(keys: readonly string[]): Promise<(StoredArticle | null)[]>;
  counts(): Promise<GraphCounts>;
  /** Deletes an article and its evidence; facts left without evidence disappear. */
  deleteArticle(id: string): Promise<{ deleted: boolean; factsRemoved: number }>;
  /** Folds entities into a target, recorded (who, when, why) and reversible with splitEntity. */
  mergeEntities(opts: { target: string; sources: string[] } & Curator): Promise<StoredEntity>;
  /** Undoes the latest merge of an entity. */
  splitEntity(opts: { entity: string } & Curator): Promise<StoredEntity>;
  /** Adds an alias under which the entity is found and resolved. */
  addAlias(opts: { entity: string; alias: string; by: string }): Promise<StoredEntity>;
  /** Stored articles in id order, for re-extraction. */
  listArticles(opts: {
    afterId?: string | undefined;
    limit: number;
  }): Promise<StoredArticleSource[]>;
  /** Facts supported by evidence from these articles (re-extraction diffs). */
  factStatesOfArticles(articleIds: string[]): Promise<FactState[]>;
  /** Entities by any name, alias or id, in the order asked (null where unknown). */
  findEntities(names: readonly string[]): Promise<(StoredEntity | null)[]>;
  /** A page of entities: fuzzy full-text search over names and aliases, or all in an order. */
  searchEntities(opts: {
    search?: string | null | undefined;
    types?: readonly EntityType[] | null | undefined;
    orderBy?: EntityOrder | null | undefined;
    offset?: number;
    first?: number;
  }): Promise<Page<ScoredEntity>>;
  /**
   * A page of facts matching a filter, in a stable order, with the entities at their ends and,
   * with `evidence`, each fact's first evidence, in one round trip.
   */
  findRelations(opts: {
    query: RelationQuery;
    orderBy?: RelationOrder;
    offset?: number;
    first?: number;
    evidence?: PageEvidence | undefined;
  }): Promise<RelationsPage>;
  /** Facts by id, in the order asked (null where unknown). */
  getFacts(ids: readonly string[]): Promise<(StoredFact | null)[]>;
  /** The facts within some hops of an entity and the entities they join. */
  readNeighborhood(query: NeighborhoodQuery & { fields?: undefined }): Promise<Subgraph>;
  /** The same, reading only the fields asked for. */
  readNeighborhood(query: NeighborhoodQuery): Promise<Subgraph<EntityView, FactView>>;
  /** All shortest paths between two entities. */
  findPaths(query: PathQuery): Promise<StoredPath[]>;
  /** A page of articles by full-text search, entity mentioned and date range. */
  searchArticles(opts: {
    query: ArticleQuery;
    offset?: number;
    first?: number;
  }): Promise<Page<StoredArticle>>;
  /** Counts by type and predicate and top entities over a period. */
  readStats(opts: { from?: string | null; to?: string | null; top?: number }): Promise<GraphStats>;
  /** Facts updated after an ISO date-time, oldest first: the live feed of other processes' writes. */
  readChanges(opts: { since: string; limit?: number }): Promise<FactChange[]>;
  /** A store whose queries report to `onQuery` (e.g. one per GraphQL request), sharing the driver. */
  withQueryListener(onQuery: (cypher: string) => void): GraphStore;
  close(): Promise<void>;
}

export function createGraphStore(options: GraphStoreOptions): GraphStore {
  const { driver, database, migrationsDir, onQuery, debug } = options;
  const executor = new Executor({ driver, database, onQuery, debug });
  const migrations = () => readMigrations(migrationsDir);
  const now = () => new Date().toISOString();
  const entityAfter = async (id: string) => {
    const [entity] = await getEntitiesById(executor, [id]);
    if (!entity) throw new GraphStoreError(`no entity with id "${id}"`, { code: 'NOT_FOUND' });
    return entity;
  };
  return {
    database,
    async migrate() {
      const report = await applyMigrations(executor, migrations());
      await backfillFactRankings(executor);
      return report;
    },
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
    getEvidence: ((
      ids: readonly string[],
      opts?: EvidenceOptions & { fields?: EvidenceField[] },
    ) =>
      opts?.fields
        ? getEvidenceByFact(executor, ids, { ...opts, fields: opts.fields })
        : getEvidenceByFact(executor, ids, opts)) as GraphStore['getEvidence'],
    getArticles: (keys) => getArticles(executor, keys),
    counts: () => readCounts(executor),
    deleteArticle: (id) =>
      executor.write(`deleting article ${id}`, (tx) => deleteArticle(tx, id, now())),
    mergeEntities: async (opts) => {
      await executor.write(`merging into ${opts.target}`, (tx) =>
        mergeEntities(tx, { ...opts, now: now() }),
      );
      return entityAfter(opts.target);
    },
    splitEntity: async (opts) => {
      await executor.write(`splitting ${opts.entity}`, (tx) =>
        splitEntity(tx, { ...opts, now: now() }),
      );
      return entityAfter(opts.entity);
    },
    addAlias: async (opts) => {
      await executor.write(`adding alias to ${opts.entity}`, (tx) =>
        addAlias(tx, { ...opts, now: now() }),
      );
      return entityAfter(opts.entity);
    },
    listArticles: (opts) => listArticles(executor, opts),
    factStatesOfArticles: (ids) => getFactStatesOfArticles(executor, ids),
    findEntities: (names) => findEntitiesByName(executor, names),
    searchEntities: (opts) => searchEntities(executor, opts),
    findRelations: (opts) => findRelations(executor, opts),
    getFacts: (ids) => getFactsById(executor, ids),
    readNeighborhood: ((query: NeighborhoodQuery) =>
      readNeighborhood(executor, query)) as GraphStore['readNeighborhood'],
    findPaths: (query) => findPaths(executor, query),
    searchArticles: (opts) => searchArticles(executor, opts),
    readStats: (opts) => readGraphStats(executor, opts),
    readChanges: (opts) => readChanges(executor, opts),
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
