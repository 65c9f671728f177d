import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../open-graph.js';

/** `aikg stats [--json]`: the graph's counts. */
export async function runStats(args: string[]): Promise<number> {
  const config = loadConfig();
  const { store } = await openGraph(
    config,
    createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL),
  );
  try {
    const counts = await store.counts();
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(counts)}\n`);
    else
      for (const [k, v] of Object.entries(counts)) process.stdout.write(`${k.padEnd(10)} ${v}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
