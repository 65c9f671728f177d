import { createHash } from 'node:crypto';
import { PREDICATES, type Predicate } from '../extract/types.js';
import type { ArticleRecord, WriteSummary } from './article-record.js';
import { lookupKeys, newEntityId } from './entity-keys.js';
import type { Tx } from './executor.js';
import { type FactRef, factRef } from './fact-id.js';
import { updateFactRankings } from './fact-rankings.js';
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

/** Resolves each extracted entity to a stored entity id through its alias keys, or a new id. */
async function resolveEntities(tx: Tx, records: ArticleRecord[]) {
  // One lookup per distinct key list: a batch names the same companies many times over.
  const lookups = new Map<string, string[]>();
  for (const r of records) {
    for (const e of r.extraction.entities) {
      const keys = lookupKeys(e);
      lookups.set(keys.join('\u0000'), keys);
    }
  }
  const rows = await tx.run<{ ref: string; entityId: string }>(
    `UNWIND $lookups AS l
     CALL (l) {
       UNWIND range(0, size(l.keys) - 1) AS i
       MATCH (k:Alias {key: l.keys[i]})
       RETURN k.entityId AS entityId ORDER BY i LIMIT 1
     }
     RETURN l.ref AS ref, entityId`,
    { lookups: [...lookups].map(([ref, keys]) => ({ ref, keys })) },
  );
  const found = new Map(rows.map((r) => [r.ref, r.entityId]));
  const idOf = new Map<string, string>();
  for (const r of records) {
    for (const e of r.extraction.entities) {
      idOf.set(`${r.id}\u0000${e.key}`, found.get(lookupKeys(e).join('\u0000')) ?? newEntityId(e));
    }
  }
  return idOf;
}

/** Creates the relationship of each fact not yet in the graph: one statement per predicate present. */
export async function mergeFactRelationships(tx: Tx, facts: FactRef[], now: string): Promise<void> {
  const byPredicate = new Map<Predicate, FactRef[]>();
  for (const f of facts) byPredicate.set(f.predicate, [...(byPredicate.get(f.predicate) ?? []), f]);
  for (const [predicate, list] of byPredicate) {
    // The relationship type cannot be a parameter; it comes from the fixed PREDICATES list, never from input.
    if (!PREDICATES.includes(predicate)) continue;
    // Known facts are found through the id index (006-fact-ids); only new ones reach the MERGE,
    // which locks both entities and so stays correct when two writers add the same fact.
    await tx.run(
      `UNWIND $facts AS f
       OPTIONAL MATCH ()-[known:${predicate} {id: f.id}]->()
       WITH f WHERE known IS NULL
       MATCH (s:Entity {id: f.subjectId}), (o:Entity {id: f.objectId})
       MERGE (s)-[r:${predicate}]->(o)
       ON CREATE SET r.id = f.id, r.predicate = '${predicate}', r.createdAt = $now`,
      { facts: list, now },
    );
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

/**
 * Writes a batch of articles with their extractions in the caller's transaction: articles,
 * entities (resolved across articles by alias keys), mentions, one relationship per fact,
 * and one Evidence node per (fact, article, sentence, rule). Statements are UNWINDs over the
 * whole batch, one per predicate for facts, so round trips do not grow with the batch.
 */
export async function writeArticles(
  tx: Tx,
  records: ArticleRecord[],
  now: string,
): Promise<WriteSummary> {
  await tx.run(
    `UNWIND $articles AS a
     MERGE (n:Article {id: a.id})
     ON CREATE SET n.firstIngestedAt = $now
     SET n += a, n.ingestedAt = $now`,
    {
      now,
      articles: records.map((r) => ({
        id: r.id,
        text: r.text,
        contentHash: r.contentHash,
        sourceKey: r.sourceKey,
        url: r.url ?? null,
        canonicalUrl: r.canonicalUrl ?? null,
        title: r.title ?? null,
        source: r.source ?? null,
        published: r.published ?? null,
        simhash: r.simhash ?? null,
        band0: r.bands?.[0] ?? null,
        band1: r.bands?.[1] ?? null,
        band2: r.bands?.[2] ?? null,
        band3: r.bands?.[3] ?? null,
        ruleVersion: r.extraction.ruleVersion,
        entityCount: r.extraction.entities.length,
        relationCount: r.extraction.relations.length,
      })),
    },
  );

  // The article MERGE above locks each article first: a concurrent writer of the same article
  // waits here, then removes what the first one wrote before writing its own version.
  const previous = await removeArticleEvidence(
    tx,
    records.map((r) => r.id),
  );
  const idOf = await resolveEntities(tx, records);
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
      for (const k of lookupKeys(e)) entry.keys.add(k);
      entities.set(id, entry);
      mentions.push({
        articleId: r.id,
        entityId: id,
        name: e.name,
        surfaces: [...new Set(e.mentions.map((m) => m.text))],
        starts: e.mentions.map((m) => m.start),
        ends: e.mentions.map((m) => m.end),
        sentences: e.mentions.map((m) => m.sentence),
      });
    }
  }
  await tx.run(
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
      entities: [...entities.values()].map((e) => ({
        ...e,
        aliases: [...e.aliases],
        keys: [...e.keys],
      })),
    },
  );
  await tx.run(
    `UNWIND $mentions AS m
     MATCH (a:Article {id: m.articleId}), (e:Entity {id: m.entityId})
     CREATE (a)-[r:MENTIONS]->(e)
     SET r.count = size(m.starts), r.surfaces = m.surfaces, r.starts = m.starts, r.ends = m.ends,
         r.sentences = m.sentences, r.name = m.name`,
    { mentions },
  );

  const facts = new Map<string, FactRef>();
  const evidence = new Map<string, Record<string, unknown>>();
  for (const r of records) {
    for (const rel of r.extraction.relations) {
      const s = idOf.get(`${r.id}\u0000${rel.subjectKey}`);
      const o = idOf.get(`${r.id}\u0000${rel.objectKey}`);
      if (!s || !o || s === o) continue;
      const fact = factRef(s, rel.predicate, o);
      facts.set(fact.id, fact);
      const ev = rel.evidence;
      const id = sha(`${r.id}|${fact.id}|${ev.start}|${rel.rule}`);
      evidence.set(id, {
        id,
        factId: fact.id,
        articleId: r.id,
        subjectId: fact.subjectId,
        objectId: fact.objectId,
        predicate: fact.predicate,
        subjectName: rel.subject,
        objectName: rel.object,
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        sentenceIndex: ev.sentenceIndex,
        spanStart: ev.spanStart ?? null,
        spanEnd: ev.spanEnd ?? null,
        modality: rel.modality,
        attribution: rel.attribution ?? null,
        eventDate: rel.eventDate ?? null,
        confidence: rel.confidence,
        rule: rel.rule,
        ruleVersion: rel.ruleVersion,
        reported: r.published ?? now.slice(0, 10),
        sourceKey: r.sourceKey,
        source: r.source ?? null,
      });
    }
  }
  await mergeFactRelationships(tx, [...facts.values()], now);
  await tx.run(
    `UNWIND $evidence AS v
     MATCH (a:Article {id: v.articleId})
     CREATE (x:Evidence)-[:IN]->(a)
     SET x = v`,
    { evidence: [...evidence.values()] },
  );

  const touchedFacts = new Map(previous.facts.map((f) => [f.id, f]));
  for (const f of facts.values()) touchedFacts.set(f.id, f);
  const { removed } = await recomputeFacts(tx, [...touchedFacts.values()], now);
  const factEnds = [...touchedFacts.values()].flatMap((f) => [f.subjectId, f.objectId]);
  await recomputeEntities(tx, [
    ...new Set([...previous.entityIds, ...entities.keys(), ...factEnds]),
  ]);
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
