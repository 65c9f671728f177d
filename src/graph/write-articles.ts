import type { Entity } from '../extract/types.js';
import { addFactEvidence, type NewEvidence, summarizeNewEvidence } from './add-fact-evidence.js';
import type { ArticleRecord, WriteSummary } from './article-record.js';
import { articleProperties, evidenceRow, mentionSpans } from './article-rows.js';
import { lookupKeys, newEntityId } from './entity-keys.js';
import type { Tx } from './executor.js';
import { type FactRef, factRef } from './fact-id.js';
import { updateFactRankings } from './fact-rankings.js';
import { mergeFactRelationships } from './fact-relationships.js';
import { recomputeEntities, recomputeFacts } from './recompute.js';

/** Removes what earlier versions of these articles contributed; returns the facts and entities it touched. */
export async function removeArticleEvidence(
  tx: Tx,
  articleIds: string[],
): Promise<{ facts: FactRef[]; entityIds: string[] }> {
  const rows = await tx.run<{ facts: FactRef[]; entityIds: string[] }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (v:Evidence {articleId: id})
     WITH id, collect(v) AS vs,
          collect(DISTINCT {id: v.factId, subjectId: v.subjectId, predicate: v.predicate, objectId: v.objectId}) AS facts
     FOREACH (v IN vs | DETACH DELETE v)
     WITH id, facts
     OPTIONAL MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
     WITH facts, collect(e.id) AS entityIds, collect(m) AS ms
     FOREACH (m IN ms | DELETE m)
     RETURN facts, entityIds`,
    { ids: articleIds },
  );
  const facts = rows.flatMap((r) => r.facts.filter((f) => f.id !== null));
  return { facts, entityIds: rows.flatMap((r) => r.entityIds) };
}

/**
 * Resolves each extracted entity to a stored entity id through its alias keys, or a new id.
 * Also returns what is stored already (alias keys, and the aliases of each known entity), so that
 * the write sends only what changes: most entities of a batch are known with every alias.
 */
async function resolveEntities(tx: Tx, records: ArticleRecord[]) {
  // One lookup per distinct key list: a batch names the same companies many times over.
  const keysOf = new Map<Entity, string[]>();
  const lookups = new Map<string, string[]>();
  for (const r of records) {
    for (const e of r.extraction.entities) {
      const keys = lookupKeys(e);
      keysOf.set(e, keys);
      lookups.set(keys.join('\u0000'), keys);
    }
  }
  // Each distinct key is looked up once: the key lists of one company's surface forms overlap.
  const keys = [...new Set([...lookups.values()].flat())];
  const [row] = await tx.run<{ found: [string, string][]; aliases: [string, string[] | null][] }>(
    `UNWIND $keys AS key
     MATCH (k:Alias {key: key})
     WITH collect([key, k.entityId]) AS found, collect(DISTINCT k.entityId) AS ids
     CALL (ids) {
       UNWIND ids AS id
       OPTIONAL MATCH (e:Entity {id: id})
       RETURN collect([id, e.aliases]) AS aliases
     }
     RETURN found, aliases`,
    { keys },
  );
  const entityOfKey = new Map(row?.found ?? []);
  const storedKeys = new Set(entityOfKey.keys());
  const storedAliases = new Map<string, Set<string>>();
  for (const [id, aliases] of row?.aliases ?? [])
    if (aliases) storedAliases.set(id, new Set(aliases));
  // a list resolves to the entity of its first stored key: keys are listed most specific first
  const found = new Map<string, string>();
  for (const [ref, list] of lookups) {
    const key = list.find((k) => entityOfKey.has(k));
    if (key !== undefined) found.set(ref, entityOfKey.get(key)!);
  }
  const idOf = new Map<string, string>();
  for (const r of records) {
    for (const e of r.extraction.entities) {
      idOf.set(`${r.id}\u0000${e.key}`, found.get(keysOf.get(e)!.join('\u0000')) ?? newEntityId(e));
    }
  }
  return { idOf, keysOf, storedKeys, storedAliases };
}

// Shared with curation, which re-creates facts after moving evidence.
export { mergeFactRelationships };

/**
 * Rows grouped by article, in the order of the records, so that a statement looks each article
 * up once rather than once per row.
 */
function groupByArticle<T extends { articleId: string }>(
  records: ArticleRecord[],
  rows: Iterable<T>,
) {
  const groups = new Map<string, T[]>(records.map((r) => [r.id, []]));
  for (const row of rows) groups.get(row.articleId)?.push(row);
  return [...groups].map(([id, rows]) => ({ id, rows }));
}

/** The properties of an Evidence node, in the order built below. */
const EVIDENCE_PROPERTIES = [
  'id',
  'factId',
  'articleId',
  'subjectId',
  'objectId',
  'predicate',
  'subjectName',
  'objectName',
  'sentence',
  'start',
  'end',
  'sentenceIndex',
  'spanStart',
  'spanEnd',
  'modality',
  'attribution',
  'eventDate',
  'confidence',
  'rule',
  'ruleVersion',
  'reported',
  'sourceKey',
  'source',
] as const;

/**
 * Writes a batch of articles with their extractions in the caller's transaction: articles,
 * entities (resolved across articles by alias keys), mentions, one relationship per fact,
 * and one Evidence node per (fact, article, sentence, rule). Statements are UNWINDs over the
 * whole batch (facts of every predicate in one), so round trips do not grow with the batch.
 */
export async function writeArticles(
  tx: Tx,
  records: ArticleRecord[],
  now: string,
): Promise<WriteSummary> {
  // Statements whose parameters do not depend on each other's results are sent together
  // (Promise.all): Neo4j runs them in order, while the client already encodes the next.
  const [, previous, { idOf, keysOf, storedKeys, storedAliases }] = await Promise.all([
    tx.run(
      `UNWIND $articles AS a
     MERGE (n:Article {id: a.id})
     ON CREATE SET n.firstIngestedAt = $now
     SET n += a, n.ingestedAt = $now`,
      {
        now,
        articles: records.map((r) => ({ id: r.id, ...articleProperties(r) })),
      },
    ),
    // The article MERGE above locks each article first: a concurrent writer of the same article
    // waits here, then removes what the first one wrote before writing its own version.
    removeArticleEvidence(
      tx,
      records.map((r) => r.id),
    ),
    resolveEntities(tx, records),
  ]);
  const entities = new Map<
    string,
    {
      id: string;
      name: string;
      type: string;
      lexiconId: string | null;
      aliases: Set<string>;
      keys: Set<string>;
    }
  >();
  const mentions = [];
  for (const r of records) {
    for (const e of r.extraction.entities) {
      const id = idOf.get(`${r.id}\u0000${e.key}`)!;
      const entry = entities.get(id) ?? {
        id,
        name: e.name,
        type: e.type,
        lexiconId: e.lexiconId ?? null,
        aliases: new Set<string>(),
        keys: new Set<string>(),
      };
      for (const a of [e.name, ...e.aliases]) entry.aliases.add(a);
      for (const k of keysOf.get(e)!) entry.keys.add(k);
      entities.set(id, entry);
      mentions.push({ articleId: r.id, entityId: id, ...mentionSpans(e) });
    }
  }
  const facts = new Map<string, FactRef>();
  const evidence = new Map<
    string,
    NewEvidence & Record<(typeof EVIDENCE_PROPERTIES)[number], unknown>
  >();
  for (const r of records) {
    for (const rel of r.extraction.relations) {
      const s = idOf.get(`${r.id}\u0000${rel.subjectKey}`);
      const o = idOf.get(`${r.id}\u0000${rel.objectKey}`);
      if (!s || !o || s === o) continue;
      const fact = factRef(s, rel.predicate, o);
      facts.set(fact.id, fact);
      const row = evidenceRow(r, rel, fact, now);
      evidence.set(row.id, row);
    }
  }
  const writeEntities = tx.run(
    `UNWIND $entities AS e
     MERGE (n:Entity {id: e.id})
     ON CREATE SET n.name = e.name, n.type = e.type, n.lexiconId = e.lexiconId, n.createdAt = $now,
                   n.aliases = [], n.aliasText = '', n.mentionCount = 0, n.degree = 0
     WITH n, e, [a IN e.aliases WHERE NOT a IN n.aliases] AS added
     // most entities of a batch are known with every alias: write (and lock) only what changes
     CALL (n, added) {
       WITH n, added WHERE size(added) > 0
       SET n.aliases = n.aliases + added,
           n.aliasText = reduce(s = n.aliasText, a IN added | s + ' ' + a)
     }
     CALL (n, e) {
       WITH n, e WHERE size(labels(n)) = 1
       FOREACH (_ IN CASE WHEN e.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
       FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
       FOREACH (_ IN CASE WHEN e.type = 'Product' THEN [1] ELSE [] END | SET n:Product)
       FOREACH (_ IN CASE WHEN e.type = 'Place' THEN [1] ELSE [] END | SET n:Place)
     }
     WITH n, e
     UNWIND e.keys AS key
     MERGE (k:Alias {key: key})
     ON CREATE SET k.entityId = n.id`,
    {
      now,
      // a stored entity with every alias and key of this batch is left alone (not even matched)
      entities: [...entities.values()].flatMap((e) => {
        const keys = [...e.keys].filter((k) => !storedKeys.has(k));
        const stored = storedAliases.get(e.id);
        if (stored && keys.length === 0 && [...e.aliases].every((a) => stored.has(a))) return [];
        return [{ ...e, aliases: [...e.aliases], keys }];
      }),
    },
  );
  const writeMentions = tx.run(
    `UNWIND $articles AS g
     MATCH (a:Article {id: g.id})
     UNWIND g.rows AS m
     MATCH (e:Entity {id: m.entityId})
     CREATE (a)-[r:MENTIONS]->(e)
     SET r.count = size(m.starts), r.surfaces = m.surfaces, r.starts = m.starts, r.ends = m.ends,
         r.sentences = m.sentences, r.name = m.name`,
    { articles: groupByArticle(records, mentions) },
  );

  // Facts that lost evidence (an article replaced) are summed again from all of theirs; facts
  // that only gained evidence add the batch's to their stored summary (add-fact-evidence.ts), or
  // start from it when new.
  const lostEvidence = new Set(previous.facts.map((f) => f.id));
  const increments = summarizeNewEvidence(evidence.values()).filter((u) => !lostEvidence.has(u.id));
  const incrementOf = new Map(increments.map((u) => [u.id, u]));
  const [, , relationshipIds] = await Promise.all([
    writeEntities,
    writeMentions,
    mergeFactRelationships(
      tx,
      [...facts.values()].map((f) => ({ ...f, increment: incrementOf.get(f.id) })),
      now,
    ),
    tx.run(
      // every property named: SET x = v would make the planner materialise all rows first
      `UNWIND $articles AS g
       MATCH (a:Article {id: g.id})
       UNWIND g.rows AS v
       CREATE (x:Evidence {${EVIDENCE_PROPERTIES.map((k) => `${k}: v.${k}`).join(', ')}})-[:IN]->(a)`,
      { articles: groupByArticle(records, evidence.values()) },
    ),
  ]);

  const touchedFacts = new Map(previous.facts.map((f) => [f.id, f]));
  for (const f of facts.values()) touchedFacts.set(f.id, f);
  const touchedEntityIds = new Set([
    ...previous.entityIds,
    ...entities.keys(),
    ...[...touchedFacts.values()].flatMap((f) => [f.subjectId, f.objectId]),
  ]);
  const [unsummed, { removed }] = await Promise.all([
    addFactEvidence(
      tx,
      increments.flatMap((u) => {
        const rid = relationshipIds.get(u.id);
        return rid ? [{ ...u, rid }] : [];
      }),
      records.map((r) => r.id),
      now,
    ),
    recomputeFacts(
      tx,
      [...touchedFacts.values()].filter((f) => !incrementOf.has(f.id)),
      now,
    ),
    // after the recompute above, which deletes facts left without evidence
    recomputeEntities(tx, [...touchedEntityIds]),
  ]);
  // Facts summed before bestConfidence was kept: summed once from all their evidence. They just
  // gained evidence, so none is deleted and no entity degree changes.
  await recomputeFacts(
    tx,
    unsummed.map((id) => touchedFacts.get(id)!),
    now,
  );
  await updateFactRankings(tx, [...touchedFacts.values()]);
  return {
    articles: records.length,
    entities: entities.size,
    facts: facts.size,
    evidence: evidence.size,
    factsRemoved: removed,
    factIds: [...facts.keys()],
  };
}
