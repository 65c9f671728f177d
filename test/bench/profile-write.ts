// node --import tsx test/bench/profile-write.ts [--stored 2000,20000] [--sample 500]
// Where a batch write spends its time: each statement of writeArticles timed separately, at
// growing graph sizes. For finding what to optimise; not part of the benchmark figures.
import { parseArgs } from 'node:util';
import { Executor, type Tx } from '../../src/graph/executor.js';
import { type ArticleRecord, createDriver } from '../../src/graph/index.js';
import { writeArticles } from '../../src/graph/write-articles.js';
import { startBenchGraph } from './bench-neo4j.js';
import { toRecords } from './extracted-records.js';
import { generateArticles } from './generate-articles.js';

const { values } = parseArgs({
  options: {
    stored: { type: 'string', default: '2000,20000' },
    sample: { type: 'string', default: '500' },
    batch: { type: 'string', default: '250' },
  },
});
const SIZES = values.stored.split(',').map(Number);
const SAMPLE = Number(values.sample);
const BATCH = Number(values.batch);

const graph = await startBenchGraph();
const executor = new Executor({
  driver: createDriver({ uri: graph.uri, password: 'bench' }),
  database: 'neo4j',
});
const timings = new Map<string, number>();
const label = (cypher: string) => cypher.replace(/\s+/g, ' ').trim().slice(0, 70);
let queue: Promise<void> = Promise.resolve();
async function write(records: ArticleRecord[], profile: boolean) {
  await executor.write('profiling', (tx) => {
    const timed: Tx = {
      run: async (cypher, params) => {
        // one statement at a time: writeArticles sends independent ones together, and their
        // times would overlap (each would include the wait for the ones before it)
        const before = queue;
        let done!: () => void;
        queue = new Promise<void>((resolve) => {
          done = resolve;
        });
        await before;
        const start = performance.now();
        const rows = await tx.run(cypher, params).finally(done);
        if (profile) {
          const key = label(cypher);
          timings.set(key, (timings.get(key) ?? 0) + performance.now() - start);
        }
        return rows as never;
      },
    };
    return writeArticles(timed, records, new Date().toISOString());
  });
}
try {
  let stored = 0;
  let seed = 100;
  for (const size of SIZES) {
    while (stored < size) {
      const filler = toRecords(
        generateArticles(Math.min(1000, size - stored), { seed: seed++, bytes: 1500 }),
      );
      for (let i = 0; i < filler.length; i += BATCH) await write(filler.slice(i, i + BATCH), false);
      stored += filler.length;
      process.stderr.write(`\rgrowing: ${stored}`);
    }
    process.stderr.write('\n');
    timings.clear();
    const sample = toRecords(generateArticles(SAMPLE, { seed: seed++ }));
    const start = performance.now();
    for (let i = 0; i < sample.length; i += BATCH) await write(sample.slice(i, i + BATCH), true);
    const total = performance.now() - start;
    stored += sample.length;
    console.log(
      `\n## at ${size} stored: ${(SAMPLE / (total / 1000)).toFixed(1)} articles/s, ${(total / (SAMPLE / BATCH)).toFixed(0)} ms per batch`,
    );
    const rows = [...timings].sort((a, b) => b[1] - a[1]);
    const inStatements = rows.reduce((sum, [, ms]) => sum + ms, 0);
    rows.push(['(begin, commit, client work)', total - inStatements]);
    for (const [k, ms] of rows)
      console.log(`${(ms / (SAMPLE / BATCH)).toFixed(1).padStart(8)} ms/batch  ${k}`);
  }
} finally {
  await graph.stop();
}
