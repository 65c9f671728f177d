// API benchmark: p50/p99 latency and throughput of `entity` with its first 50 relations and of a
// depth-2 neighbourhood (limit 200), through GraphQL (app.fetch, no port) and as the same store
// reads called directly, on 10,000 generated articles (100,000 with --large). Starts its own
// throwaway Neo4j, or keeps its store in --store=DIR and loads it only once.
// Usage: npm run bench:api [-- --large] [-- --articles=N] [-- --store=DIR]
import path from 'node:path';
import { createApp } from '../../src/api/create-app.js';
import { SDL_PATH } from '../../src/paths.js';
import { startBenchGraph } from './bench-neo4j.js';
import { createSyntheticRecords } from './synthetic-records.js';

const args = process.argv.slice(2);
const ARTICLES = Number(
  args.find((a) => a.startsWith('--articles='))?.split('=')[1] ??
    (args.includes('--large') ? 100_000 : 10_000),
);
const STORE = args.find((a) => a.startsWith('--store='))?.split('=')[1];
const ITERATIONS = 1000;
const WARM_UP_MS = 15_000;
const BATCH = 500;

const article = createSyntheticRecords();

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Row {
  name: string;
  p50: number;
  p99: number;
  rps: number;
}

/** Requests per second with 8 concurrent clients for 3 s. */
async function throughput(run: (i: number) => Promise<void>) {
  let done = 0;
  const until = performance.now() + 3000;
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = w; performance.now() < until; i += 8, done++) await run(i);
    }),
  );
  return done / 3;
}

/**
 * Latency of two ways to get the same data, measured in alternation so that both see the same
 * machine (load, page cache, JIT): the ratio is then about the code, not about the moment.
 */
async function measurePair(
  names: [string, string],
  runs: [(i: number) => Promise<void>, (i: number) => Promise<void>],
) {
  // Warm-up until both are in steady state, as in a running service: query plans cached, the
  // JVM's JIT done with the read paths (the first thousand requests run several times slower).
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; performance.now() < warmUntil; i++) for (const run of runs) await run(i);
  const times: number[][] = [[], []];
  for (let i = 0; i < ITERATIONS; i++) {
    for (const k of [0, 1]) {
      const t = performance.now();
      await runs[k]!(i);
      times[k]!.push(performance.now() - t);
    }
  }
  const rows: Row[] = [];
  for (const k of [0, 1]) {
    const sorted = times[k]!.sort((x, y) => x - y);
    const row = {
      name: names[k]!,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      rps: await throughput(runs[k]!),
    };
    console.log(
      `${row.name.padEnd(34)} p50 ${row.p50.toFixed(2).padStart(7)} ms  p99 ${row.p99.toFixed(2).padStart(7)} ms  ${row.rps.toFixed(0).padStart(6)} req/s`,
    );
    rows.push(row);
  }
  return rows;
}

async function main() {
  const log = (m: string) => console.error(`[bench] ${m}`);
  const graph = await startBenchGraph({ keepDir: STORE && path.resolve(STORE) });
  const { store } = graph;
  try {
    const t0 = performance.now();
    const stored = (await store.counts()).articles;
    if (stored > 0) log(`store already holds ${stored} articles`);
    for (let i = stored; i < ARTICLES; i += BATCH) {
      await store.writeArticles(
        Array.from({ length: Math.min(BATCH, ARTICLES - i) }, (_, j) => article(i + j)),
      );
      if ((i / BATCH) % 20 === 0) log(`written ${i + BATCH} / ${ARTICLES}`);
    }
    const counts = await store.counts();
    log(`graph: ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

    const top = await store.searchEntities({ orderBy: 'DEGREE', first: 50 });
    const names = top.items.map((e) => e.name);
    log(`entities sampled: top 50 by degree, max degree ${top.items[0]?.degree}`);
    const app = createApp({ store, sdlPath: SDL_PATH });
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const ENTITY = `query($name: String!) { entity(name: $name) { name type relations(first: 50) { edges { node {
      predicate modality subject { name } object { name } evidence { sentence } } } } } }`;
    const HOOD = `query($name: String!) { neighborhood(entity: $name, depth: 2, limit: 200) {
      truncated nodes { id name type } edges { id predicate modality subject { id } object { id } } } }`;
    const results = [
      ...(await measurePair(
        ['graphql entity+50 relations', 'direct  entity+50 relations'],
        [
          (i) => gql(ENTITY, { name: names[i % names.length] }),
          async (i) => {
            const e = await store.findEntity(names[i % names.length]!);
            // the page brings the entities at the other ends and each fact's first ten
            // sentences, as the GraphQL resolver asks for them
            await store.getEntityFacts(e!.id, {
              first: 50,
              evidence: { limit: 10, fields: ['sentence'] },
              degree: e!.degree,
            });
          },
        ],
      )),
      ...(await measurePair(
        ['graphql neighborhood depth 2', 'direct  neighborhood depth 2'],
        [
          (i) => gql(HOOD, { name: names[i % names.length] }),
          async (i) => {
            const [e] = await store.findEntities([names[i % names.length]!]);
            // the fields the query draws: names, types, predicates, modalities
            await store.readNeighborhood({
              entityId: e!.id,
              center: e!,
              depth: 2,
              limit: 200,
              fields: { fact: ['modality'], entity: ['name', 'type'] },
            });
          },
        ],
      )),
    ];
    const ratio = (a: number, b: number) => (results[a]!.p50 / results[b]!.p50).toFixed(2);
    console.log(
      `articles ${ARTICLES}; GraphQL overhead (p50 ratio): entity ${ratio(0, 1)}x, neighborhood ${ratio(2, 3)}x`,
    );
  } finally {
    await graph.stop();
  }
}

await main();
