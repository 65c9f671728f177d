import type { Executor } from './executor.js';

export interface GraphCounts {
  articles: number;
  entities: number;
  facts: number;
  evidence: number;
  mentions: number;
  aliases: number;
}

/** The graph's counts; count stores make each of these a constant-time lookup in Neo4j. */
export async function readCounts(executor: Executor): Promise<GraphCounts> {
  const rows = await executor.query<GraphCounts>(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
     CALL () { MATCH (k:Alias) RETURN count(k) AS aliases }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     // every relationship is a fact but MENTIONS and IN: three count-store lookups, no scan
     CALL () { MATCH ()-[r]->() RETURN count(r) AS all }
     CALL () { MATCH ()-[r:IN]->() RETURN count(r) AS links }
     RETURN articles, entities, all - links - mentions AS facts, evidence, mentions, aliases`,
  );
  return rows[0] ?? { articles: 0, entities: 0, facts: 0, evidence: 0, mentions: 0, aliases: 0 };
}
