import { describe, expect, it } from 'vitest';
import { compareEntries, mergeRankList, type RankEntry } from '../../src/graph/rank-lists.js';

const entry = (factId: string, key: number): RankEntry => ({
  factId,
  elementId: `e-${factId}`,
  key,
});
const ids = (list: { entries: RankEntry[] } | null) => list?.entries.map((e) => e.factId);
const ranking = { name: 'test', size: 4, minSize: 2 };

/** The exact head of a set of facts: what a rebuild from the graph gives. */
const head = (facts: RankEntry[], size: number) => [...facts].sort(compareEntries).slice(0, size);

describe('ranked fact lists', () => {
  it('orders by key descending, ties by fact id', () => {
    const sorted = [entry('b', 1), entry('a', 1), entry('c', 5)].sort(compareEntries);
    expect(sorted.map((e) => e.factId)).toEqual(['c', 'a', 'b']);
    expect([entry('x', 1), entry('y', 0)].sort(compareEntries)[0]?.factId).toBe('x');
    expect(
      [entry('old', '2023-05-01' as never), entry('new', '2024-01-02' as never)].sort(
        compareEntries,
      )[0]?.factId,
    ).toBe('new');
  });

  it('a complete list takes every changed fact and drops deleted ones', () => {
    const list = { entries: [entry('a', 3), entry('b', 1)], complete: true };
    const after = mergeRankList(
      list,
      new Map([
        ['c', entry('c', 2)],
        ['b', null],
      ]),
      ranking,
    );
    expect(after).toEqual({ entries: [entry('a', 3), entry('c', 2)], complete: true });
  });

  it('a complete list that outgrows its size keeps the head and stops being complete', () => {
    const list = { entries: [4, 3, 2, 1].map((k) => entry(`f${k}`, k)), complete: true };
    const after = mergeRankList(list, new Map([['f9', entry('f9', 9)]]), ranking);
    expect(ids(after)).toEqual(['f9', 'f4', 'f3', 'f2']);
    expect(after?.complete).toBe(false);
  });

  it('an incomplete list takes only facts that rank at or before its floor', () => {
    const list = { entries: [9, 7, 5].map((k) => entry(`f${k}`, k)), complete: false };
    const after = mergeRankList(
      list,
      new Map([
        ['f6', entry('f6', 6)],
        ['f1', entry('f1', 1)],
      ]),
      ranking,
    );
    expect(ids(after)).toEqual(['f9', 'f7', 'f6', 'f5']);
  });

  it('a listed fact that falls below the floor leaves: an unlisted one may now rank before it', () => {
    const list = { entries: [9, 7, 5].map((k) => entry(`f${k}`, k)), complete: false };
    expect(ids(mergeRankList(list, new Map([['f7', entry('f7', 2)]]), ranking))).toEqual([
      'f9',
      'f5',
    ]);
    // the floor fact itself, moved later, leaves too; moved earlier, it stays
    expect(ids(mergeRankList(list, new Map([['f5', entry('f5', 4)]]), ranking))).toEqual([
      'f9',
      'f7',
    ]);
    expect(ids(mergeRankList(list, new Map([['f5', entry('f5', 8)]]), ranking))).toEqual([
      'f9',
      'f5',
      'f7',
    ]);
  });

  it('asks for a rebuild when an incomplete list gets too short to answer a page', () => {
    const list = { entries: [9, 7].map((k) => entry(`f${k}`, k)), complete: false };
    expect(mergeRankList(list, new Map([['f9', null]]), ranking)).toBeNull();
  });

  it('stays the exact head of the facts through random writes and deletions', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const facts = new Map<string, RankEntry>();
    let list: { entries: RankEntry[]; complete: boolean } = { entries: [], complete: true };
    const big = { name: 'test', size: 8, minSize: 3 };
    for (let step = 0; step < 400; step++) {
      const changed = new Map<string, RankEntry | null>();
      for (let k = 0; k < 3; k++) {
        const id = `f${Math.floor(rand() * 40)}`;
        if (rand() < 0.2) {
          facts.delete(id);
          changed.set(id, null);
        } else {
          const e = entry(id, Math.floor(rand() * 20));
          facts.set(id, e);
          changed.set(id, e);
        }
      }
      const merged = mergeRankList(list, changed, big);
      const truth = head([...facts.values()], big.size);
      list = merged ?? { entries: truth, complete: facts.size <= big.size };
      // every listed entry is exactly the head of the true order, as far as the list goes
      expect(list.entries).toEqual(truth.slice(0, list.entries.length));
      if (list.complete) expect(list.entries.length).toBe(facts.size);
    }
  });
});
