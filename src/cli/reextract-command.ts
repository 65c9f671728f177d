import { loadConfig } from '../config.js';
import { createIngestor } from '../ingest/index.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../open-graph.js';

/** `aikg reextract [--json]`: the current rules over every stored article, with the diff of facts. */
export async function runReextract(args: string[]): Promise<number> {
  const config = loadConfig();
  const { store } = await openGraph(
    config,
    createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL),
  );
  const ingestor = createIngestor({ store, batchSize: config.INGEST_BATCH_SIZE });
  try {
    const report = await ingestor.reextract({
      onProgress: (done) =>
        process.stderr.isTTY && process.stderr.write(`\r\x1b[K${done} articles re-extracted`),
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    const line = (f: { subject: string; predicate: string; object: string; modality: string }) =>
      `${f.subject} ${f.predicate} ${f.object} (${f.modality})`;
    process.stdout.write(
      `${report.articles} articles: ${report.added.length} facts added, ${report.removed.length} removed, ${report.modalityChanged.length} with a new modality\n`,
    );
    for (const f of report.added) process.stdout.write(`+ ${line(f)}\n`);
    for (const f of report.removed) process.stdout.write(`- ${line(f)}\n`);
    for (const c of report.modalityChanged)
      process.stdout.write(`~ ${line(c.before)} -> ${c.after.modality}\n`);
    return 0;
  } finally {
    await ingestor.close();
    await store.close();
  }
}
