import { randomUUID } from 'node:crypto';
import { nameKey } from './entity-keys.js';
import { GraphStoreError } from './errors.js';
import type { Tx } from './executor.js';
import { type FactRef, factRef, parseFactId } from './fact-id.js';
import { updateFactRankings } from './fact-rankings.js';
import { recomputeEntities, recomputeFacts } from './recompute.js';
import { mergeFactRelationships } from './write-articles.js';

export interface Curator {
  by: string;
  reason?: string | null | undefined;
}

interface EvidenceEnds {
  id: string;
  factId: string | null;
  predicate: FactRef['predicate'];
  subjectId: string;
  objectId: string;
  subjectOrigin: string;
  objectOrigin: string;
}

async function requireEntity(
  tx: Tx,
  id: string,
): Promise<{ id: string; mergedInto: string | null }> {
  const rows = await tx.run<{ id: string; mergedInto: string | null }>(
    'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.mergedInto AS mergedInto',
    { id },
  );
  if (!rows[0]) throw new GraphStoreError(`no entity with id "${id}"`, { code: 'NOT_FOUND' });
  return rows[0];
}

/**
 * Points evidence at other entities (a merge or a split). Evidence remembers the entities it was
 * first resolved to (`subjectOrigin`, `objectOrigin`, written on its first move: until then they
 * are its current ends), which is what a split restores., then rebuilds the facts on both the
 * old and the new ids from their evidence: facts follow evidence, never the other way round.
 */
async function repointEvidence(
  tx: Tx,
  {
    entities,
    ends,
    now,
  }: { entities: string[]; ends: (v: EvidenceEnds) => [string, string]; now: string },
): Promise<void> {
  const evidence = await tx.run<EvidenceEnds>(
    `UNWIND $ids AS id
     CALL (id) {
       // evidence now on the entity's facts, and evidence first resolved to it (moved by a merge)
       // reported is never null: its predicate lets the (factId, reported) index serve the lookup
       MATCH (:Entity {id: id})-[r]-(:Entity)
       MATCH (v:Evidence {factId: r.id}) WHERE v.reported IS NOT NULL RETURN v
       UNION MATCH (v:Evidence {subjectOrigin: id}) RETURN v
       UNION MATCH (v:Evidence {objectOrigin: id}) RETURN v
     }
     WITH DISTINCT v
     RETURN v.id AS id, v.factId AS factId, v.predicate AS predicate, v.subjectId AS subjectId, v.objectId AS objectId,
            coalesce(v.subjectOrigin, v.subjectId) AS subjectOrigin, coalesce(v.objectOrigin, v.objectId) AS objectOrigin`,
    { ids: entities },
  );
  const touched = new Map<string, FactRef>();
  const updates = evidence.map((v) => {
    const previous = v.factId ? parseFactId(v.factId) : null;
    if (previous) touched.set(previous.id, previous);
    const [s, o] = ends(v);
    // "T acquired S" folds into a loop once S is T: the evidence stays, with no fact, until a split.
    const fact = s === o ? null : factRef(s, v.predicate, o);
    if (fact) touched.set(fact.id, fact);
    return { id: v.id, subjectId: s, objectId: o, factId: fact?.id ?? null };
  });
  await tx.run(
    `UNWIND $updates AS u
     MATCH (v:Evidence {id: u.id})
     SET v.subjectOrigin = coalesce(v.subjectOrigin, v.subjectId), v.objectOrigin = coalesce(v.objectOrigin, v.objectId),
         v.subjectId = u.subjectId, v.objectId = u.objectId, v.factId = u.factId`,
    { updates },
  );
  const facts = [...touched.values()];
  await mergeFactRelationships(
    tx,
    facts.filter((f) => updates.some((u) => u.factId === f.id)),
    now,
  );
  await recomputeFacts(tx, facts, now);
  await recomputeEntities(tx, [
    ...new Set([...entities, ...facts.flatMap((f) => [f.subjectId, f.objectId])]),
  ]);
  await updateFactRankings(tx, facts);
}

/** Folds `sources` into `target`: aliases, facts and evidence move; each merge is recorded for a split. */
export async function mergeEntities(
  tx: Tx,
  {
    target,
    sources,
    by,
    reason,
    now,
  }: { target: string; sources: string[] } & Curator & { now: string },
): Promise<void> {
  const into = await requireEntity(tx, target);
  if (into.mergedInto)
    throw new GraphStoreError(`entity "${target}" is itself merged into "${into.mergedInto}"`, {
      code: 'INVALID',
    });
  for (const source of sources) {
    if (source === target)
      throw new GraphStoreError(`cannot merge entity "${target}" into itself`, { code: 'INVALID' });
    const from = await requireEntity(tx, source);
    if (from.mergedInto)
      throw new GraphStoreError(`entity "${source}" is already merged into "${from.mergedInto}"`, {
        code: 'INVALID',
      });
    await tx.run(
      `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
       OPTIONAL MATCH (k:Alias {entityId: $source})
       WITH s, t, collect(k) AS keys
       FOREACH (k IN keys | SET k.entityId = $target)
       CREATE (:Curation {id: $cid, action: 'merge', entity: $source, target: $target, by: $by, reason: $reason, at: $now,
                          movedAliases: [k IN keys | k.key]})
       SET s.mergedInto = $target, s.curated = true, t.curated = true,
           t.aliases = t.aliases + [a IN s.aliases WHERE NOT a IN t.aliases]
       SET t.aliasText = reduce(x = '', a IN t.aliases | x + ' ' + a)`,
      { source, target, by, reason: reason ?? null, now, cid: randomUUID() },
    );
    await repointEvidence(tx, {
      entities: [source, target],
      now,
      ends: (v) => [
        v.subjectId === source ? target : v.subjectId,
        v.objectId === source ? target : v.objectId,
      ],
    });
  }
}

/** Undoes the latest merge of `entity`: its aliases and the evidence first resolved to it come back. */
export async function splitEntity(
  tx: Tx,
  { entity, by, reason, now }: { entity: string } & Curator & { now: string },
): Promise<void> {
  const e = await requireEntity(tx, entity);
  if (!e.mergedInto)
    throw new GraphStoreError(`entity "${entity}" is not merged into another`, { code: 'INVALID' });
  const target = e.mergedInto;
  await tx.run(
    `MATCH (c:Curation {entity: $entity, action: 'merge'})
     WITH c ORDER BY c.at DESC LIMIT 1
     OPTIONAL MATCH (k:Alias {entityId: $target}) WHERE k.key IN c.movedAliases
     FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END | SET k.entityId = $entity)
     WITH DISTINCT c
     MATCH (s:Entity {id: $entity})
     SET s.mergedInto = null
     CREATE (:Curation {id: $cid, action: 'split', entity: $entity, target: $target, by: $by, reason: $reason, at: $now, undoes: c.id})`,
    { entity, target, by, reason: reason ?? null, now, cid: randomUUID() },
  );
  await repointEvidence(tx, {
    entities: [entity, target],
    now,
    ends: (v) => [
      v.subjectOrigin === entity ? entity : v.subjectId,
      v.objectOrigin === entity ? entity : v.objectId,
    ],
  });
}

/** Adds an alias: the entity is found under it, and later articles using it resolve to the entity. */
export async function addAlias(
  tx: Tx,
  { entity, alias, by, now }: { entity: string; alias: string; by: string; now: string },
): Promise<void> {
  await requireEntity(tx, entity);
  const key = nameKey(alias);
  if (!key)
    throw new GraphStoreError(`alias "${alias}" has no letters or digits`, { code: 'INVALID' });
  const rows = await tx.run<{ owner: string }>(
    `MERGE (k:Alias {key: $key}) ON CREATE SET k.entityId = $entity
     WITH k
     MATCH (e:Entity {id: $entity})
     SET e.curated = true
     FOREACH (_ IN CASE WHEN k.entityId = $entity AND NOT $alias IN e.aliases THEN [1] ELSE [] END |
       SET e.aliases = e.aliases + $alias, e.aliasText = e.aliasText + ' ' + $alias)
     CREATE (:Curation {id: $cid, action: 'alias', entity: $entity, alias: $alias, by: $by, at: $now})
     RETURN k.entityId AS owner`,
    { key, entity, alias, by, now, cid: randomUUID() },
  );
  const owner = rows[0]?.owner;
  if (owner && owner !== entity) {
    throw new GraphStoreError(
      `alias "${alias}" already names entity "${owner}"; merge the entities instead`,
      { code: 'INVALID' },
    );
  }
}
