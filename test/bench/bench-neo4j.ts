// A throwaway Neo4j for a benchmark run, and a store on it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, createGraphStore, type GraphStore } from '../../src/graph/index.js';
import { ensureLauncherBuilt, startNeo4jProcess } from '../../src/graph/local-neo4j.js';
import { MIGRATIONS_DIR, PROJECT_DIR } from '../../src/paths.js';

/**
 * `keepDir`: a data directory kept between runs (created when missing), so that a large graph is
 * loaded once and measured many times; without it the store lives in a temporary directory.
 */
export async function startBenchGraph({
  keepDir,
  settings,
}: {
  keepDir?: string;
  settings?: Record<string, string>;
} = {}): Promise<{
  store: GraphStore;
  uri: string;
  /** CPU seconds the Neo4j process (its JVM, every thread) has used so far. */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}> {
  await ensureLauncherBuilt({ projectDir: PROJECT_DIR });
  const dataDir = keepDir ?? (await mkdtemp(join(tmpdir(), 'aikg-bench-')));
  const neo4j = await startNeo4jProcess({
    projectDir: PROJECT_DIR,
    dataDir,
    port: 0,
    exitOnStdinClose: true,
    ...(settings ? { settings } : {}),
  });
  const store = createGraphStore({
    driver: createDriver({ uri: neo4j.uri, password: 'bench' }),
    database: 'neo4j',
    migrationsDir: MIGRATIONS_DIR,
  });
  await store.migrate();
  return {
    store,
    uri: neo4j.uri,
    cpuSeconds: () => processCpuSeconds(neo4j.pid),
    async stop() {
      await store.close();
      await neo4j.stop();
      if (!keepDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Peak resident memory of this process so far, in MiB. */
export const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** CPU seconds (user + system, all threads) of this process so far: extraction workers included. */
export const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

// Linux's /proc/PID/stat counts in clock ticks, 100 per second on every common kernel build.
const TICKS_PER_SECOND = 100;

/** CPU seconds of another process, from /proc (fields 14 and 15: utime and stime). */
async function processCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // the command name (field 2) may hold spaces: count fields after its closing parenthesis
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
