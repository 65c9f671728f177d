// The baselines the batched write path is measured against: one transaction per article and
// one Cypher statement per row, the way a first version is usually written.
//
// Two of them. createNaiveWriter writes a lighter model than the real path (a few properties,
// bare relationships, two constraints); it is kept as it is so that its ratio stays comparable
// with earlier runs. createSameRecordsNaiveWriter writes the same records as writeArticles
// (every property, alias keys, mention spans, fact summaries, evidence) under the same
// constraints and indexes, on its own Row* labels: its ratio is what batching alone is worth.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Entity } from '../../src/extract/types.js';
import { articleProperties, evidenceRow, mentionSpans } from '../../src/graph/article-rows.js';
import { lookupKeys, newEntityId } from '../../src/graph/entity-keys.js';
import { factRef } from '../../src/graph/fact-id.js';
import type { ArticleRecord } from '../../src/graph/index.js';

export function createNaiveWriter(uri: string) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'));
  return {
    async write(record: ArticleRecord) {
      const session = driver.session({ database: 'neo4j' });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run(
            'MERGE (a:NaiveArticle {id: $id}) SET a.text = $text, a.published = $published',
            {
              id: record.id,
              text: record.text,
              published: record.published ?? null,
            },
          );
          for (const e of record.extraction.entities) {
            await tx.run('MERGE (e:NaiveEntity {key: $key}) SET e.name = $name, e.type = $type', {
              key: e.key,
              name: e.name,
              type: e.type,
            });
            await tx.run(
              'MATCH (a:NaiveArticle {id: $id}), (e:NaiveEntity {key: $key}) MERGE (a)-[:MENTIONS]->(e)',
              { id: record.id, key: e.key },
            );
          }
          for (const r of record.extraction.relations) {
            await tx.run(
              'MATCH (s:NaiveEntity {key: $s}), (o:NaiveEntity {key: $o}) MERGE (s)-[f:FACT {predicate: $p}]->(o) SET f.n = coalesce(f.n, 0) + 1',
              { s: r.subjectKey, o: r.objectKey, p: r.predicate },
            );
            await tx.run(
              'MATCH (a:NaiveArticle {id: $id}) CREATE (:NaiveEvidence {sentence: $sentence, predicate: $p})-[:IN]->(a)',
              {
                id: record.id,
                sentence: r.evidence.sentence,
                p: r.predicate,
              },
            );
          }
        });
      } finally {
        await session.close();
      }
    },
    async setup() {
      await driver.executeQuery(
        'CREATE CONSTRAINT naive_article IF NOT EXISTS FOR (a:NaiveArticle) REQUIRE a.id IS UNIQUE',
      );
      await driver.executeQuery(
        'CREATE CONSTRAINT naive_entity IF NOT EXISTS FOR (e:NaiveEntity) REQUIRE e.key IS UNIQUE',
      );
    },
    close: () => driver.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// The second baseline: the same records as writeArticles, one statement per row.

/** Constraints and indexes of schema/migrations mirrored on the Row* labels (see setup()). */
const SAME_RECORDS_SCHEMA = [
  // 001: unique ids and keys, which back every MERGE
  'CREATE CONSTRAINT row_article_id IF NOT EXISTS FOR (a:RowArticle) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT row_entity_id IF NOT EXISTS FOR (e:RowEntity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT row_alias_key IF NOT EXISTS FOR (k:RowAlias) REQUIRE k.key IS UNIQUE',
  'CREATE CONSTRAINT row_evidence_id IF NOT EXISTS FOR (v:RowEvidence) REQUIRE v.id IS UNIQUE',
  // 002 and 004: lookup indexes (the evidence origin indexes are left out: neither path writes them)
  'CREATE INDEX row_article_canonical_url IF NOT EXISTS FOR (a:RowArticle) ON (a.canonicalUrl)',
  'CREATE INDEX row_article_content_hash IF NOT EXISTS FOR (a:RowArticle) ON (a.contentHash)',
  'CREATE INDEX row_article_source_key IF NOT EXISTS FOR (a:RowArticle) ON (a.sourceKey)',
  'CREATE INDEX row_article_published IF NOT EXISTS FOR (a:RowArticle) ON (a.published)',
  'CREATE INDEX row_article_band0 IF NOT EXISTS FOR (a:RowArticle) ON (a.band0)',
  'CREATE INDEX row_article_band1 IF NOT EXISTS FOR (a:RowArticle) ON (a.band1)',
  'CREATE INDEX row_article_band2 IF NOT EXISTS FOR (a:RowArticle) ON (a.band2)',
  'CREATE INDEX row_article_band3 IF NOT EXISTS FOR (a:RowArticle) ON (a.band3)',
  'CREATE INDEX row_entity_name IF NOT EXISTS FOR (e:RowEntity) ON (e.name)',
  'CREATE INDEX row_entity_type IF NOT EXISTS FOR (e:RowEntity) ON (e.type)',
  'CREATE INDEX row_entity_mentions IF NOT EXISTS FOR (e:RowEntity) ON (e.mentionCount)',
  'CREATE INDEX row_entity_degree IF NOT EXISTS FOR (e:RowEntity) ON (e.degree)',
  'CREATE INDEX row_evidence_article IF NOT EXISTS FOR (v:RowEvidence) ON (v.articleId)',
  'CREATE INDEX row_alias_entity IF NOT EXISTS FOR (k:RowAlias) ON (k.entityId)',
  // 007 and 008 (009 dropped the plain factId index these two serve)
  'CREATE INDEX row_evidence_fact_reported IF NOT EXISTS FOR (v:RowEvidence) ON (v.factId, v.reported)',
  'CREATE INDEX row_evidence_fact_source IF NOT EXISTS FOR (v:RowEvidence) ON (v.factId, v.sourceKey)',
  // 003: full text
  'CREATE FULLTEXT INDEX row_entity_names IF NOT EXISTS FOR (e:RowEntity) ON EACH [e.name, e.aliasText]',
  'CREATE FULLTEXT INDEX row_article_text IF NOT EXISTS FOR (a:RowArticle) ON EACH [a.title, a.text]',
  // 005 and 006, once for the one fact type instead of once per predicate
  'CREATE INDEX row_fact_id IF NOT EXISTS FOR ()-[f:ROW_FACT]-() ON (f.id)',
  'CREATE INDEX row_fact_updated IF NOT EXISTS FOR ()-[f:ROW_FACT]-() ON (f.updatedAt)',
];

/** The first stored entity id found under the entity's lookup keys, one statement per key. */
async function resolveEntity(tx: ManagedTransaction, keys: string[]): Promise<string | null> {
  let found: string | null = null;
  for (const key of keys) {
    const res = await tx.run('OPTIONAL MATCH (k:RowAlias {key: $key}) RETURN k.entityId AS id', {
      key,
    });
    found ??= res.records[0]?.get('id') ?? null;
  }
  return found;
}

/** The entity, its aliases and its alias keys: the rows of the real `UNWIND $entities`. */
async function writeEntity(
  tx: ManagedTransaction,
  id: string,
  e: Entity,
  keys: string[],
  now: string,
) {
  await tx.run(
    `MERGE (n:RowEntity {id: $id})
     ON CREATE SET n.name = $name, n.type = $type, n.lexiconId = $lexiconId, n.createdAt = $now,
                   n.aliases = [], n.aliasText = '', n.mentionCount = 0, n.degree = 0,
                   n:$($typeLabel)
     WITH n, [a IN $aliases WHERE NOT a IN n.aliases] AS added
     // as the real path: write (and lock) the aliases only when some are new
     CALL (n, added) {
       WITH n, added WHERE size(added) > 0
       SET n.aliases = n.aliases + added,
           n.aliasText = reduce(s = n.aliasText, a IN added | s + ' ' + a)
     }`,
    {
      id,
      name: e.name,
      type: e.type,
      // the real path labels entities :Organization, :Person...; prefixed here to stay apart
      typeLabel: `Row${e.type}`,
      lexiconId: e.lexiconId ?? null,
      now,
      aliases: [...new Set([e.name, ...e.aliases])],
    },
  );
  for (const key of keys)
    await tx.run('MERGE (k:RowAlias {key: $key}) ON CREATE SET k.entityId = $id', { key, id });
}

/**
 * The mention, as the real `UNWIND $mentions`. The real path then recounts mentionCount (and
 * degree) of every touched entity in a later statement; here the count is kept per row.
 */
async function writeMention(
  tx: ManagedTransaction,
  articleId: string,
  entityId: string,
  e: Entity,
) {
  await tx.run(
    `MATCH (a:RowArticle {id: $articleId}), (e:RowEntity {id: $entityId})
     CREATE (a)-[r:ROW_MENTIONS]->(e)
     SET r.count = size($starts), r.surfaces = $surfaces, r.starts = $starts, r.ends = $ends,
         r.sentences = $sentences, r.name = $name,
         e.mentionCount = e.mentionCount + 1`,
    { articleId, entityId, ...mentionSpans(e) },
  );
}

/**
 * The fact, with its summary updated by one piece of evidence, then the evidence itself. One
 * relationship type with a `predicate` property: the real path uses one type per predicate
 * (and one id index per type), which a parameter cannot name.
 */
async function writeFactEvidence(
  tx: ManagedTransaction,
  v: ReturnType<typeof evidenceRow>,
  now: string,
) {
  await tx.run(
    `MATCH (s:RowEntity {id: $subjectId}), (o:RowEntity {id: $objectId})
     MERGE (s)-[f:ROW_FACT {id: $id}]->(o)
     ON CREATE SET f.predicate = $predicate, f.createdAt = $now,
                   s.degree = s.degree + 1, o.degree = o.degree + 1
     SET f.evidenceCount = coalesce(f.evidenceCount, 0) + 1,
         f.firstReported = CASE WHEN f.firstReported <= $reported THEN f.firstReported ELSE $reported END,
         f.lastReported = CASE WHEN f.lastReported >= $reported THEN f.lastReported ELSE $reported END,
         f.bestConfidence = CASE WHEN f.bestConfidence >= $confidence THEN f.bestConfidence ELSE $confidence END,
         f.assertedCount = coalesce(f.assertedCount, 0) + CASE $modality WHEN 'asserted' THEN 1 ELSE 0 END,
         f.allegedCount = coalesce(f.allegedCount, 0) + CASE $modality WHEN 'alleged' THEN 1 ELSE 0 END,
         f.deniedCount = coalesce(f.deniedCount, 0) + CASE $modality WHEN 'denied' THEN 1 ELSE 0 END,
         f.plannedCount = coalesce(f.plannedCount, 0) + CASE $modality WHEN 'planned' THEN 1 ELSE 0 END,
         f.updatedAt = $now`,
    {
      id: v.factId,
      subjectId: v.subjectId,
      objectId: v.objectId,
      predicate: v.predicate,
      reported: v.reported,
      confidence: v.confidence,
      modality: v.modality,
      now,
    },
  );
  await tx.run(
    'MATCH (a:RowArticle {id: $articleId}) CREATE (:RowEvidence $props)-[:ROW_IN]->(a)',
    { articleId: v.articleId, props: v },
  );
}

/** Writes the records writeArticles writes, one transaction per article, one statement per row. */
export function createSameRecordsNaiveWriter(uri: string) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'));
  return {
    async setup() {
      for (const statement of SAME_RECORDS_SCHEMA) await driver.executeQuery(statement);
      await driver.executeQuery('CALL db.awaitIndexes(300)');
    },
    async write(record: ArticleRecord) {
      const now = new Date().toISOString();
      const session = driver.session({ database: 'neo4j' });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run(
            `MERGE (n:RowArticle {id: $id})
             ON CREATE SET n.firstIngestedAt = $now
             SET n += $props, n.ingestedAt = $now`,
            { id: record.id, now, props: articleProperties(record) },
          );
          // What an earlier version of the article wrote. Unlike the real path, the facts it
          // supported keep their summaries (no recompute): the benchmark writes new articles only.
          await tx.run('MATCH (v:RowEvidence {articleId: $id}) DETACH DELETE v', {
            id: record.id,
          });
          await tx.run(
            `MATCH (:RowArticle {id: $id})-[m:ROW_MENTIONS]->(e)
             SET e.mentionCount = e.mentionCount - 1
             DELETE m`,
            { id: record.id },
          );

          const idOf = new Map<string, string>();
          for (const e of record.extraction.entities) {
            const keys = lookupKeys(e);
            const id = (await resolveEntity(tx, keys)) ?? newEntityId(e);
            idOf.set(e.key, id);
            await writeEntity(tx, id, e, keys, now);
            await writeMention(tx, record.id, id, e);
          }

          // Evidence by id, as the real path: a relation found twice by one rule is one piece.
          const evidence = new Map<string, ReturnType<typeof evidenceRow>>();
          for (const rel of record.extraction.relations) {
            const s = idOf.get(rel.subjectKey);
            const o = idOf.get(rel.objectKey);
            if (!s || !o || s === o) continue;
            const v = evidenceRow(record, rel, factRef(s, rel.predicate, o), now);
            evidence.set(v.id, v);
          }
          for (const v of evidence.values()) await writeFactEvidence(tx, v, now);
        });
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
