import type { Executor, Tx } from './executor.js';
import { factTypes } from './fact-fields.js';
import type { FactRef } from './fact-id.js';
import { byPredicate, matchFactById, perPredicate } from './fact-relationships.js';
import { mergeRankList, type RankEntry, type Ranking, type RankList } from './rank-lists.js';

/**
 * The two orderings an entity's facts are read in at the head: newest first (an entity's
 * relations, timelines) and strongest first (neighbourhoods). `key` is the Cypher sort key of a
 * fact `r`, descending, ties by fact id: the same order as the slow path's ORDER BY.
 */
export const RANKINGS = {
  recent: { name: 'rankRecent', size: 128, minSize: 64, key: 'r.sortDate' },
  // sourceCount first, then confidence (0..1, so halved it never reaches the next count)
  strong: {
    name: 'rankStrong',
    size: 256,
    minSize: 208,
    key: 'r.sourceCount + r.confidence / 2.0',
  },
} as const satisfies Record<string, Ranking & { key: string }>;

type RankingSpec = (typeof RANKINGS)[keyof typeof RANKINGS];

/**
 * Entities with fewer facts keep no lists: sorting a thousand facts takes about a millisecond,
 * while keeping lists current costs every write that touches the entity (measured: lists on
 * every entity with 64 facts or more halved the batched write rate).
 */
export const RANK_MIN_FACTS = 1000;

const sameList = (a: RankList, b: RankList) =>
  a.complete === b.complete &&
  a.entries.length === b.entries.length &&
  a.entries.every(
    (e, i) =>
      e.factId === b.entries[i]!.factId &&
      e.elementId === b.entries[i]!.elementId &&
      e.key === b.entries[i]!.key,
  );
const ALL = Object.values(RANKINGS);

/** The current sort keys and element id of facts, by id, through the per-type id indexes. */
const FACT_STATES = `${perPredicate(
  (p) => `${matchFactById(p)}
  RETURN collect({factId: f.id, elementId: elementId(r), keys: [${Object.values(RANKINGS)
    .map((k) => k.key)
    .join(', ')}]})`,
)}
UNWIND found AS s
RETURN s.factId AS factId, s.elementId AS elementId, s.keys AS keys`;

/** Recomputes lists from the graph (a sort of each entity's facts): new lists and rebuilds. */
async function rebuild(tx: Tx, ranking: RankingSpec, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const p = ranking.name;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH (e)-[r:${factTypes()}]-(:Entity)
       WITH r, ${ranking.key} AS key ORDER BY key DESC, r.id LIMIT $size + 1
       RETURN collect(r.id) AS ids, collect(elementId(r)) AS eids, collect(key) AS keys
     }
     SET e.${p}Ids = ids[0..$size], e.${p}Eids = eids[0..$size], e.${p}Keys = keys[0..$size],
         e.${p}Complete = size(ids) <= $size`,
    { ids, size: ranking.size },
  );
}

type StoredList = [string[], string[], (number | string)[], boolean] | null;

interface StoredLists {
  id: string;
  facts: number;
  lists: StoredList[];
}

function toRankList(stored: StoredList): RankList | null {
  if (!stored?.[0]) return null;
  const [ids, eids, keys, complete] = stored;
  return {
    entries: ids.map((factId, i) => ({ factId, elementId: eids[i]!, key: keys[i]! })),
    complete,
  };
}

/**
 * Brings the ranked lists of the entities at both ends of `facts` up to date, in the caller's
 * transaction, after those facts were written, recomputed or deleted. Runs after the entities
 * were written (recomputeEntities), so each entity is locked by this transaction and a
 * concurrent writer's lists are read only once it has committed.
 */
export async function updateFactRankings(tx: Tx, facts: FactRef[]): Promise<void> {
  if (facts.length === 0) return;
  const changedOf = new Map<string, FactRef[]>();
  for (const f of facts) {
    for (const end of [f.subjectId, f.objectId])
      changedOf.set(end, [...(changedOf.get(end) ?? []), f]);
  }
  const stored = await tx.run<StoredLists>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     // e.degree (its facts, set by recomputeEntities just before) picks the few hubs cheaply;
     // their facts are then counted exactly
     WITH e WHERE e.degree >= $min OR ${ALL.map((k) => `e.${k.name}Ids IS NOT NULL`).join(' OR ')}
     RETURN e.id AS id, COUNT { (e)-[:${factTypes()}]-() } AS facts,
            [${ALL.map((k) => `[e.${k.name}Ids, e.${k.name}Eids, e.${k.name}Keys, e.${k.name}Complete]`).join(', ')}] AS lists`,
    { ids: [...changedOf.keys()], min: RANK_MIN_FACTS },
  );
  if (stored.length === 0) return;
  // only the facts of listed entities matter: a batch touches few hubs
  const relevant = new Map<string, FactRef>();
  for (const { id } of stored) for (const f of changedOf.get(id) ?? []) relevant.set(f.id, f);
  const states = await tx.run<{
    factId: string;
    elementId: string;
    keys: (number | string)[];
  }>(FACT_STATES, { facts: byPredicate(relevant.values()) });
  const state = new Map(states.map((s) => [s.factId, s]));
  const updates: Record<string, unknown>[] = [];
  const rebuilds = ALL.map(() => [] as string[]);
  const drops: string[] = [];
  for (const { id, facts: count, lists } of stored) {
    if (count < RANK_MIN_FACTS) {
      drops.push(id);
      continue;
    }
    const update: Record<string, unknown> = { id };
    ALL.forEach((ranking, k) => {
      const changed = new Map<string, RankEntry | null>();
      for (const f of changedOf.get(id) ?? []) {
        const s = state.get(f.id);
        changed.set(f.id, s ? { factId: f.id, elementId: s.elementId, key: s.keys[k]! } : null);
      }
      const before = toRankList(lists[k] ?? null);
      const after = before && mergeRankList(before, changed, ranking);
      if (!after) {
        rebuilds[k]!.push(id);
        return;
      }
      // most writes leave a hub's head as it was: nothing to write then
      if (sameList(before, after)) return;
      update[ranking.name] = {
        ids: after.entries.map((e) => e.factId),
        eids: after.entries.map((e) => e.elementId),
        keys: after.entries.map((e) => e.key),
        complete: after.complete,
      };
    });
    if (Object.keys(update).length > 1) updates.push(update);
  }
  const sets = ALL.map(
    ({ name: p }) =>
      `FOREACH (x IN CASE WHEN u.${p} IS NULL THEN [] ELSE [u.${p}] END |
         SET e.${p}Ids = x.ids, e.${p}Eids = x.eids, e.${p}Keys = x.keys, e.${p}Complete = x.complete)`,
  );
  if (updates.length > 0) {
    await tx.run(
      `UNWIND $updates AS u
       MATCH (e:Entity {id: u.id})
       ${sets.join('\n')}`,
      { updates },
    );
  }
  if (drops.length > 0) {
    await tx.run(
      `UNWIND $ids AS id MATCH (e:Entity {id: id})
       REMOVE ${ALL.map(({ name: p }) => `e.${p}Ids, e.${p}Eids, e.${p}Keys, e.${p}Complete`).join(', ')}`,
      { ids: drops },
    );
  }
  for (const [k, ranking] of ALL.entries()) await rebuild(tx, ranking, rebuilds[k]!);
}

/**
 * Lists for entities that have none (a store written before lists existed), in transactions of
 * `chunk` entities; until then reads take the sorting path, which gives the same answers.
 */
export async function backfillFactRankings(executor: Executor, chunk = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = (
      await executor.query<{ id: string }>(
        `MATCH (e:Entity) WHERE (${ALL.map((k) => `e.${k.name}Ids IS NULL`).join(' OR ')})
           AND COUNT { (e)-[:${factTypes()}]-() } >= $min
         RETURN e.id AS id LIMIT $chunk`,
        { chunk, min: RANK_MIN_FACTS },
      )
    ).map((r) => r.id);
    if (ids.length === 0) return done;
    await executor.write('ranking entity facts', async (tx) => {
      for (const ranking of ALL) await rebuild(tx, ranking, ids);
    });
    done += ids.length;
  }
}
