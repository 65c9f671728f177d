import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createIngestor, type IngestReport, readSources } from '../ingest/index.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../open-graph.js';

function progressLine(r: Readonly<IngestReport>, started: number): string {
  const done = r.added + r.updated + r.unchanged + r.duplicates + r.failed;
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  return `${done} articles (${rate.toFixed(1)}/s)  added ${r.added}  updated ${r.updated}  unchanged ${r.unchanged}  duplicates ${r.duplicates}  errors ${r.failed}  entities ${r.entities}  facts ${r.facts}`;
}

/** `aikg ingest <path|url|feed|->...`: sources -> extraction -> graph, with progress and a summary. */
export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: aikg ingest [--force] [--json] <file|folder|url|feed|->...\n');
    return 1;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const { store } = await openGraph(config, log);
  const tty = process.stderr.isTTY;
  const started = Date.now();
  const ingestor = createIngestor({ store, batchSize: config.INGEST_BATCH_SIZE });
  try {
    const report = await ingestor.ingest(
      readSources(positionals, { maxBytes: config.MAX_ARTICLE_BYTES }),
      {
        force: values.force,
        onProgress: (r) => {
          if (tty) process.stderr.write(`\r\x1b[K${progressLine(r, started)}`);
        },
      },
    );
    if (tty) process.stderr.write('\n');
    for (const e of report.errors) process.stderr.write(`skipped ${e.origin}: ${e.reason}\n`);
    if (values.json) {
      const { items: _items, factIds: _factIds, ...summary } = report;
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      process.stdout.write(`${progressLine(report, started)}\n`);
    }
    return report.failed > 0 ? 2 : 0;
  } finally {
    await ingestor.close();
    await store.close();
  }
}
