import type { Tx } from './executor.js';
import { updateFactRankings } from './fact-rankings.js';
import { recomputeEntities, recomputeFacts } from './recompute.js';
import { removeArticleEvidence } from './write-articles.js';

/**
 * Deletes an article with its evidence and mentions. Facts left with no evidence disappear;
 * entities left with no mention and no fact disappear too, unless a curator touched them.
 */
export async function deleteArticle(
  tx: Tx,
  id: string,
  now: string,
): Promise<{ deleted: boolean; factsRemoved: number }> {
  const exists = await tx.run<{ n: number }>('MATCH (a:Article {id: $id}) RETURN count(a) AS n', {
    id,
  });
  if (!exists[0]?.n) return { deleted: false, factsRemoved: 0 };
  const previous = await removeArticleEvidence(tx, [id]);
  await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
  const { removed } = await recomputeFacts(tx, previous.facts, now);
  const touched = [
    ...new Set([
      ...previous.entityIds,
      ...previous.facts.flatMap((f) => [f.subjectId, f.objectId]),
    ]),
  ];
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT coalesce(e.curated, false)
       AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
       AND NOT EXISTS { (e)-[]-(:Entity) }
     OPTIONAL MATCH (k:Alias {entityId: e.id})
     DETACH DELETE e, k`,
    { ids: touched },
  );
  await recomputeEntities(tx, touched);
  await updateFactRankings(tx, previous.facts);
  return { deleted: true, factsRemoved: removed };
}
