// Cheap article records (no extraction run) with a realistic graph shape: entities drawn from
// the lexicon with Zipf-like popularity (a few hubs, a long tail), three facts per article.
// Used to grow a benchmark graph to 100,000 articles quickly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType, Modality, Predicate } from '../../src/extract/types.js';
import { PREDICATES } from '../../src/extract/types.js';
import type { ArticleRecord } from '../../src/graph/index.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { makeRecord } from '../helpers/make-extraction.js';

type Lex = { id: string; name: string; type: EntityType };
const MODALITIES: Modality[] = ['asserted', 'asserted', 'asserted', 'alleged', 'denied', 'planned'];
const OUTLETS = ['Reuters', 'Bloomberg', 'The Verge', 'SCMP', 'Caixin', 'TechCrunch'];

/** A deterministic generator of records; `prefix` keeps ids of separate generators apart. */
export function createSyntheticRecords(prefix = 'bench', seed = 42) {
  const lexicon: Lex[] = ['organizations', 'people', 'places', 'products'].flatMap(
    (f) => JSON.parse(readFileSync(path.join(SEEDS_DIR, 'lexicon', `${f}.json`), 'utf8')).entries,
  );
  let state = seed;
  const rand = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() ** 2.2 * list.length)]!;
  const predicate = () => PREDICATES[Math.floor(rand() * PREDICATES.length)]!;
  return (i: number): ArticleRecord => {
    const ents = new Map<string, Lex>();
    while (ents.size < 4) {
      const e = pick(lexicon);
      ents.set(e.name, e);
    }
    const [a, b, c, d] = [...ents.values()] as [Lex, Lex, Lex, Lex];
    const rels: [string, Predicate, string, Modality][] = [
      [a.name, predicate(), b.name, MODALITIES[i % 6]!],
      [c.name, predicate(), d.name, 'asserted'],
      [a.name, predicate(), d.name, 'asserted'],
    ];
    const day = new Date(Date.UTC(2022, 0, 1) + (i % 1000) * 86_400_000).toISOString().slice(0, 10);
    return makeRecord({
      id: `${prefix}-${i}`,
      published: day,
      source: OUTLETS[i % OUTLETS.length],
      sentences: rels.map(([s, p, o]) => `${s} ${p.toLowerCase()} ${o} in story ${i}.`),
      entities: [...ents.values()].map((e) => [e.name, e.type, [], e.id]),
      relations: rels,
    });
  };
}
