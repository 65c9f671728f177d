// npm run bench:ingest [-- --articles 10000 --grow 100000 --warmup 3000]
// End-to-end ingestion (extraction on worker threads + batched writes) on generated articles,
// then the write path alone beside a one-statement-per-row baseline, at two graph sizes.
// A fresh Neo4j spends about half its CPU compiling itself (the JVM's JIT) over its first few
// thousand articles: that cold start is measured and printed on its own, before the steady rate.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { ArticleRecord } from '../../src/graph/index.js';
import { createIngestor } from '../../src/ingest/index.js';
import { parseArticleRecord } from '../../src/ingest/sources/index.js';
import { ownCpuSeconds, peakRssMiB, startBenchGraph } from './bench-neo4j.js';
import { toRecords } from './extracted-records.js';
import { generateArticles } from './generate-articles.js';
import { createNaiveWriter, createSameRecordsNaiveWriter } from './naive-writer.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    grow: { type: 'string', default: '100000' },
    sample: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '400' },
    warmup: { type: 'string', default: '3000' },
  },
});
const N = Number(values.articles);
const GROW = Number(values.grow);
const SAMPLE = Number(values.sample);
const BATCH = Number(values.batch);
const WARMUP = Number(values.warmup);

/** Milliseconds of CPU per article, printed. */
const msPer = (cpuSeconds: number, articles: number) => ((cpuSeconds * 1000) / articles).toFixed(2);
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

async function writeBatched(
  store: Awaited<ReturnType<typeof startBenchGraph>>['store'],
  records: ArticleRecord[],
) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < records.length; i += BATCH)
    await store.writeArticles(records.slice(i, i + BATCH));
  return records.length / seconds(start);
}

const graph = await startBenchGraph();
try {
  console.log(
    `# aikg ingest benchmark: ${N} generated articles (~3 KB), ${availableParallelism()} cores`,
  );
  const ingestor = createIngestor({ store: graph.store, batchSize: BATCH });
  let start: bigint;
  // 0. Cold start: the same pipeline on other articles, while Neo4j's JIT compiles its code.
  if (WARMUP > 0) {
    const warm = generateArticles(WARMUP, { seed: 5 });
    start = process.hrtime.bigint();
    const cold = await ingestor.ingest(warm.map((a) => parseArticleRecord(a, a.id)));
    console.log(
      `cold start (fresh Neo4j, first ${WARMUP} articles): ${(cold.added / seconds(start)).toFixed(1)} articles/s`,
    );
  }
  // 1. End to end: sources -> dedup -> extraction on worker threads -> batched writes.
  const articles = generateArticles(N, { seed: 1 });
  const cpuBefore = { neo4j: await graph.cpuSeconds(), own: ownCpuSeconds() };
  start = process.hrtime.bigint();
  const report = await ingestor.ingest(articles.map((a) => parseArticleRecord(a, a.id)));
  const e2e = seconds(start);
  const neo4jMs = ((await graph.cpuSeconds()) - cpuBefore.neo4j) * 1000;
  const ownMs = (ownCpuSeconds() - cpuBefore.own) * 1000;
  await ingestor.close();
  console.log(
    `end-to-end: ${(report.added / e2e).toFixed(1)} articles/s, ${(report.evidence / e2e).toFixed(0)} evidence/s, ` +
      `${report.facts} facts written, ${report.failed} failed, ${e2e.toFixed(1)} s`,
  );
  // Where the machine's time goes: on a small machine both processes share the same cores, so
  // the rate is bounded by cores / (CPU per article), whatever the overlap.
  const cores = availableParallelism();
  console.log(
    `end-to-end CPU per article: Neo4j ${msPer(neo4jMs / 1000, report.added)} ms, this process (extraction workers and client) ${msPer(ownMs / 1000, report.added)} ms; ` +
      `cores busy ${((neo4jMs + ownMs) / 1000 / e2e).toFixed(2)} of ${cores}; ` +
      `bound at full use ${((cores * 1000 * report.added) / (neo4jMs + ownMs)).toFixed(0)} articles/s`,
  );

  // 2. Write path alone, at the current size (~N stored), against the two naive baselines
  // (naive-writer.ts): the lighter model, kept for comparison with earlier runs, and the same
  // records and indexes as the batched path. The three take turns (a batch, then a few articles
  // of each baseline) so that all see the same machine.
  const sample = toRecords(generateArticles(SAMPLE, { seed: 2 }));
  const naiveSample = toRecords(generateArticles(Math.min(SAMPLE, 300), { seed: 3 }));
  const sameSample = toRecords(generateArticles(Math.min(SAMPLE, 300), { seed: 6 }));
  const naive = createNaiveWriter(graph.uri);
  await naive.setup();
  const same = createSameRecordsNaiveWriter(graph.uri);
  await same.setup();
  const turns = Math.ceil(sample.length / BATCH);
  const naivePerTurn = Math.ceil(naiveSample.length / turns);
  const samePerTurn = Math.ceil(sameSample.length / turns);
  let batchedSeconds = 0;
  let naiveSeconds = 0;
  let sameSeconds = 0;
  const batchedCpu = { neo4j: 0, own: 0 };
  for (let t = 0; t < turns; t++) {
    const cpuAt = { neo4j: await graph.cpuSeconds(), own: ownCpuSeconds() };
    start = process.hrtime.bigint();
    await graph.store.writeArticles(sample.slice(t * BATCH, (t + 1) * BATCH));
    batchedSeconds += seconds(start);
    batchedCpu.neo4j += (await graph.cpuSeconds()) - cpuAt.neo4j;
    batchedCpu.own += ownCpuSeconds() - cpuAt.own;
    start = process.hrtime.bigint();
    for (const r of naiveSample.slice(t * naivePerTurn, (t + 1) * naivePerTurn))
      await naive.write(r);
    naiveSeconds += seconds(start);
    start = process.hrtime.bigint();
    for (const r of sameSample.slice(t * samePerTurn, (t + 1) * samePerTurn)) await same.write(r);
    sameSeconds += seconds(start);
  }
  await naive.close();
  await same.close();
  const batchedSmall = sample.length / batchedSeconds;
  const naiveRate = naiveSample.length / naiveSeconds;
  const sameRate = sameSample.length / sameSeconds;
  const storedSmall = (await graph.store.counts()).articles;
  console.log(
    `write path at ${storedSmall} stored: batched ${batchedSmall.toFixed(1)} articles/s; one statement per row ${naiveRate.toFixed(1)} articles/s; ratio ${(batchedSmall / naiveRate).toFixed(1)}x`,
  );
  console.log(
    `write path CPU per article: Neo4j ${msPer(batchedCpu.neo4j, sample.length)} ms, this process (client) ${msPer(batchedCpu.own, sample.length)} ms`,
  );
  console.log(
    `write path at ${storedSmall} stored: one statement per row, same records and indexes as the batched path ${sameRate.toFixed(1)} articles/s; ratio ${(batchedSmall / sameRate).toFixed(1)}x`,
  );

  // 3. Grow the graph, then the same write again: MERGE on constrained keys must not slow down.
  if (GROW > 0) {
    let stored = (await graph.store.counts()).articles;
    for (let seed = 100; stored < GROW; seed++) {
      const filler = toRecords(
        generateArticles(Math.min(2000, GROW - stored), { seed, bytes: 1500 }),
      );
      await writeBatched(graph.store, filler);
      stored += filler.length;
      process.stderr.write(`\rgrowing: ${stored} articles stored`);
    }
    process.stderr.write('\n');
    const batchedLarge = await writeBatched(
      graph.store,
      toRecords(generateArticles(SAMPLE, { seed: 4 })),
    );
    const counts = await graph.store.counts();
    console.log(
      `write path at ${counts.articles} stored: batched ${batchedLarge.toFixed(1)} articles/s (${((batchedLarge / batchedSmall) * 100).toFixed(0)}% of the rate at the small size)`,
    );
  }
  console.log(`peak RSS of this process: ${peakRssMiB()} MiB`);
} finally {
  await graph.stop();
}
