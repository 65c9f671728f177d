import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATES, type Predicate } from '../../src/extract/types.js';
import { RANK_MIN_FACTS, RANKINGS } from '../../src/graph/fact-rankings.js';
import { makeRecord } from '../helpers/make-extraction.js';
import { openTestGraph, type TestGraph } from '../helpers/test-graph.js';

// A hub with enough facts to keep ranked lists (RANK_MIN_FACTS), written over many batches, partly deleted
// and rewritten: every answer read from the lists must be the one the sorting path gives.
const HUB_FACTS = 4000;
let seed = 11;
const rand = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const ASYMMETRIC = PREDICATES.filter((p) => !['PARTNERED_WITH', 'COMPETES_WITH'].includes(p));

function article(i: number, version = 0) {
  const partner = `Partner ${Math.floor(rand() * HUB_FACTS)}`;
  const other = `Partner ${Math.floor(rand() * HUB_FACTS)}`;
  const p = ASYMMETRIC[Math.floor(rand() * ASYMMETRIC.length)] as Predicate;
  const day = 1 + Math.floor(rand() * 27);
  const month = 1 + Math.floor(rand() * 12);
  return makeRecord({
    id: `rank-${i}`,
    published: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    sentences: [`Hub Corp ${p.toLowerCase()} ${partner} (${version}).`, `${partner} and ${other}.`],
    entities: [
      ['Hub Corp', 'Organization', [], 'hub-corp'],
      [partner, 'Organization', []],
      [other, 'Organization', []],
    ],
    relations: [
      ['Hub Corp', p, partner],
      ...(partner === other
        ? []
        : [[partner, 'COMPETES_WITH', other] as [string, Predicate, string]]),
    ],
  });
}

describe('ranked fact lists answer like the sorting path', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.wipe();
    for (let b = 0; b < 26; b++) {
      await graph.store.writeArticles(Array.from({ length: 50 }, (_, j) => article(b * 50 + j)));
    }
    // deletions and new versions move facts out of and within the lists
    for (let i = 0; i < 200; i += 8) await graph.store.deleteArticle(`rank-${i}`);
    await graph.store.writeArticles(Array.from({ length: 60 }, (_, j) => article(1 + j * 5, 1)));
  }, 300_000);
  afterAll(() => graph.close());

  const everyPredicate = [...PREDICATES];

  it('keeps incomplete lists of their full size on the hub', async () => {
    const [hub] = await graph.cypher<{
      recent: number;
      strong: number;
      complete: boolean;
      degree: number;
    }>(
      `MATCH (e:Entity {id: 'hub-corp'})
       RETURN size(e.${RANKINGS.recent.name}Ids) AS recent, size(e.${RANKINGS.strong.name}Ids) AS strong,
              e.${RANKINGS.recent.name}Complete AS complete, COUNT { (e)-[:${PREDICATES.join('|')}]-() } AS degree`,
    );
    expect(hub?.degree).toBeGreaterThanOrEqual(RANK_MIN_FACTS);
    // deletions shrink a list down to its minimum before it is rebuilt
    expect(hub?.complete).toBe(false);
    for (const [name, n] of [
      ['recent', hub?.recent],
      ['strong', hub?.strong],
    ] as const) {
      expect(n).toBeGreaterThanOrEqual(RANKINGS[name].minSize);
      expect(n).toBeLessThanOrEqual(RANKINGS[name].size);
    }
  });

  it('gives an entity’s newest facts, page after page, as the sort does', async () => {
    for (const offset of [0, 50, 100]) {
      const listed = await graph.store.getEntityFacts('hub-corp', { offset, first: 25 });
      const sorted = await graph.store.getEntityFacts('hub-corp', {
        offset,
        first: 25,
        filter: { predicates: everyPredicate },
      });
      expect(listed.items.length).toBe(25);
      expect(listed).toEqual(sorted);
      // a degree under the lists' floor skips the list: the same page, sorted
      expect(
        await graph.store.getEntityFacts('hub-corp', { offset, first: 25, degree: 0 }),
      ).toEqual(listed);
    }
  });

  it('brings each fact’s first evidence with the page, listed or sorted', async () => {
    const evidence = { limit: 2, fields: ['sentence', 'reported'] as const };
    const listed = await graph.store.getEntityFacts('hub-corp', { first: 25, evidence });
    const sorted = await graph.store.getEntityFacts('hub-corp', {
      first: 25,
      evidence,
      filter: { predicates: everyPredicate },
    });
    expect(listed).toEqual(sorted);
    const ids = listed.items.map((f) => f.id);
    expect(listed.evidence).toEqual(
      await graph.store.getEvidence(ids, { limit: 2, fields: [...evidence.fields] }),
    );
    expect(listed.evidence?.flat().length).toBeGreaterThanOrEqual(25);
  });

  it('gives the same neighbourhoods, truncated or not, at depth 1 and 2', async () => {
    const [small] = await graph.cypher<{ id: string }>(
      "MATCH (e:Entity)-[r]-() WHERE e.id <> 'hub-corp' AND NOT e:Article RETURN e.id AS id ORDER BY e.id LIMIT 1",
    );
    for (const entityId of ['hub-corp', small!.id]) {
      for (const [depth, limit] of [
        [1, 200],
        [2, 200],
        [2, 30],
      ] as const) {
        const listed = await graph.store.readNeighborhood({ entityId, depth, limit });
        const sorted = await graph.store.readNeighborhood({
          entityId,
          depth,
          limit,
          predicates: everyPredicate,
        });
        const ids = (s: typeof listed) => s.edges.map((e) => e.id).sort();
        expect(listed.edges.length).toBeGreaterThan(0);
        expect(ids(listed)).toEqual(ids(sorted));
        expect(listed.truncated).toBe(sorted.truncated);
      }
    }
  });

  it('rebuilds missing lists at start-up (a store written before lists existed)', async () => {
    await graph.cypher(
      `MATCH (e:Entity) REMOVE e.${RANKINGS.recent.name}Ids, e.${RANKINGS.strong.name}Ids`,
    );
    const before = await graph.store.getEntityFacts('hub-corp', { first: 10 });
    await graph.store.migrate();
    const rows = await graph.cypher<{ listed: boolean; big: boolean; n: number }>(
      `MATCH (e:Entity)
       WITH e.${RANKINGS.recent.name}Ids IS NOT NULL AS listed,
            COUNT { (e)-[:${PREDICATES.join('|')}]-() } >= $min AS big
       RETURN listed, big, count(*) AS n`,
      { min: RANK_MIN_FACTS },
    );
    // lists again on every entity big enough to need them, and on no other
    expect(rows.filter((r) => r.listed !== r.big)).toEqual([]);
    expect(rows.find((r) => r.big)?.n).toBeGreaterThan(0);
    expect(rows.find((r) => !r.big)?.n).toBeGreaterThan(0);
    expect(await graph.store.getEntityFacts('hub-corp', { first: 10 })).toEqual(before);
  });
});
