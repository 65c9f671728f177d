// The baseline the batched write path is measured against: one transaction per article and
// one Cypher statement per row, the way a first version is usually written.
import neo4j from 'neo4j-driver';
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
