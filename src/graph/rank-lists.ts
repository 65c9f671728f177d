/**
 * Per-entity ranked fact lists: the head of an entity's facts in one ordering (newest first,
 * or strongest first), kept on the entity so that "the newest 50 facts of a hub" is a slice
 * instead of a sort of its thousands of facts.
 *
 * Invariant: a list holds exactly the entity's facts that rank at or before its last entry
 * (the floor), in order; every other fact of the entity ranks after the floor. A `complete`
 * list holds all of the entity's facts. The invariant is kept by merging the facts a write
 * changed (their keys only change when they are written), without reading the others.
 */

/** One fact in a list: its id, its relationship's element id (direct lookup), its sort key. */
export interface RankEntry {
  factId: string;
  elementId: string;
  key: number | string;
}

export interface RankList {
  entries: RankEntry[];
  complete: boolean;
}

/** An ordering of facts: by key (descending: larger/later first), ties by fact id ascending. */
export interface Ranking {
  /** Property prefix on the entity (`rankRecent` → rankRecentIds, ...). */
  name: string;
  /** Longest list kept. */
  size: number;
  /** A list shorter than this (and not complete) is rebuilt from the graph. */
  minSize: number;
}

/** Negative when `a` ranks before `b`. */
export function compareEntries(a: RankEntry, b: RankEntry): number {
  if (a.key !== b.key) return a.key > b.key ? -1 : 1;
  return a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0;
}

/**
 * The list after a write. `changed` holds every changed fact of the entity: its new entry, or
 * null when the fact is gone. Returns null when the list can no longer answer a first page
 * (too many of its entries left it) and must be rebuilt from the graph.
 */
export function mergeRankList(
  list: RankList,
  changed: ReadonlyMap<string, RankEntry | null>,
  { size, minSize }: Ranking,
): RankList | null {
  // Facts not listed rank after the old floor; a changed fact may join only if it ranks at or
  // before that floor (the floor fact itself, moved later, must leave: others may now pass it).
  const floor = list.complete ? null : list.entries.at(-1);
  const entries = list.entries.filter((e) => !changed.has(e.factId));
  for (const entry of changed.values()) {
    if (entry && (!floor || compareEntries(entry, floor) <= 0)) entries.push(entry);
  }
  entries.sort(compareEntries);
  if (entries.length > size) return { entries: entries.slice(0, size), complete: false };
  if (!list.complete && entries.length < minSize) return null;
  return { entries, complete: list.complete };
}
