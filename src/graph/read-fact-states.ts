import type { Executor } from './executor.js';

/** A fact as a reviewer reads it in a re-extraction diff. */
export interface FactState {
  id: string;
  predicate: string;
  subject: string;
  object: string;
  modality: string;
}

/** The facts that evidence from these articles supports, with their overall modality. */
export async function getFactStatesOfArticles(
  executor: Executor,
  articleIds: string[],
): Promise<FactState[]> {
  return executor.query<FactState>(
    `UNWIND $ids AS id
     MATCH (v:Evidence {articleId: id}) WHERE v.factId IS NOT NULL
     WITH DISTINCT v.factId AS fid, v.subjectId AS sid, v.objectId AS oid
     MATCH (s:Entity {id: sid})-[r]-(o:Entity {id: oid}) WHERE r.id = fid
     RETURN DISTINCT fid AS id, type(r) AS predicate, startNode(r).name AS subject, endNode(r).name AS object, r.modality AS modality
     ORDER BY id`,
    { ids: articleIds },
  );
}
