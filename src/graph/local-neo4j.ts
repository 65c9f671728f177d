// Lifecycle of a local embedded Neo4j 5.26 (neo4j-local/, Java 17) started from Node, so the
// service, the CLI and the integration tests get a real Neo4j without Docker.
// No process.env here: callers pass every value in.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LogFn = (msg: string) => void;

export interface Neo4jProcess {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export interface LocalNeo4jState {
  pid: number;
  uri: string;
  startedAt: string;
  dataDir: string;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri?: string;
}

const MAIN_CLASS = 'aikg.LocalNeo4j';
const READY_RE = /NEO4J_READY (bolt:\/\/\S+)/;
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const DEFAULT_BOLT_PORT = 7687;
const STATE_FILE = 'neo4j.json';
const LOCK_FILE = 'neo4j.lock';

// Flags Neo4j 5 wants on Java 17 (found by running it: without the add-opens debug.log warns
// that the page cache falls back to slow DirectByteBuffer access and that fadvise fails on
// file descriptors). Mirrors the defaults of Neo4j's own server launcher, minus the heavy ones.
const JVM_FLAGS = [
  // The throughput collector, not Neo4j's default G1: ingest allocates heavily (batch parameters,
  // transaction state) and G1's concurrent marking took ~25% of the database's CPU per batch
  // (measured per JVM thread: ~430 ms of GC per 250-article batch with G1, ~210 with this). The
  // page cache lives off the heap, so the heap stays small and its pauses short.
  '-XX:+UseParallelGC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/**
 * Heap of the local Neo4j (-Xms = -Xmx). A batch of 400 articles allocates several hundred MiB of
 * transaction state; with 3 GiB rather than 1 the collector's CPU per 250-article batch fell from
 * ~230 to ~75 ms and bench:ingest end to end rose ~3.5 % (137.3 / 134.7 against 130.7 / 131.1
 * articles/s, alternating runs). The page cache (512 MiB) lives off the heap.
 */
const DEFAULT_HEAP = '3g';

const INSTALL_HINT =
  'Install a Java 17+ JDK and Maven (e.g. `apt-get install openjdk-17-jdk-headless maven`), ' +
  'or set NEO4J_URI to an existing Neo4j server, or start one with `docker compose up`.';

/** Repo root, derived from this file (src/graph/) so callers need not pass it. */
const DEFAULT_PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));

function launcherPaths(projectDir: string) {
  const dir = path.join(projectDir, 'neo4j-local');
  const target = path.join(dir, 'target');
  return {
    dir,
    pom: path.join(dir, 'pom.xml'),
    source: path.join(dir, 'src/main/java/aikg/LocalNeo4j.java'),
    classes: path.join(target, 'classes'),
    classFile: path.join(target, 'classes/aikg/LocalNeo4j.class'),
    lib: path.join(target, 'lib'),
    // Touched only after a successful Maven run, so a half-copied target/lib is rebuilt.
    stamp: path.join(target, '.aikg-built'),
    lock: path.join(target, '.aikg-build.lock'),
  };
}

async function mtimeMs(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Runs a command, resolving with its combined output; rejects with code ENOENT if missing. */
function run(cmd: string, args: string[], cwd?: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function lastLines(text: string, n = 30): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

async function requireTool(cmd: string, args: string[], what: string): Promise<string> {
  try {
    const { code, out } = await run(cmd, args);
    if (code !== 0) throw new Error(`exit ${code}`);
    return out;
  } catch (err) {
    throw new Error(
      `Local Neo4j needs ${what} (\`${cmd}\` failed: ${(err as Error).message}). ${INSTALL_HINT}`,
    );
  }
}

/**
 * Builds neo4j-local (Maven resolves the Neo4j jars into target/lib once, then compiles the one
 * class). Skipped when the build stamp is newer than pom.xml and the Java source.
 */
export async function ensureLauncherBuilt(opts: {
  projectDir: string;
  log?: LogFn;
}): Promise<void> {
  const p = launcherPaths(opts.projectDir);
  const javaOut = await requireTool('java', ['-version'], 'a Java 17+ runtime');
  const major = /version "(\d+)/.exec(javaOut)?.[1];
  if (major !== undefined && Number(major) < 17) {
    throw new Error(`Local Neo4j needs Java 17+, found Java ${major}. ${INSTALL_HINT}`);
  }
  if (await isBuilt(p)) return;

  await mkdir(path.dirname(p.lock), { recursive: true });
  // Serialise concurrent builds (service + CLI + test setup) on the same target/.
  await withLock(p.lock, 15 * 60_000, async () => {
    if (await isBuilt(p)) return;
    await requireTool('mvn', ['-v'], 'Maven 3.6+');
    opts.log?.('neo4j-local: resolving Neo4j jars with Maven (first run downloads ~130 MB)');
    const started = Date.now();
    const { code, out } = await run('mvn', [
      '-q',
      '-B',
      '-f',
      p.pom,
      'compile',
      'dependency:copy-dependencies',
    ]);
    if (code !== 0) {
      throw new Error(`neo4j-local Maven build failed (exit ${code}):\n${lastLines(out)}`);
    }
    await writeFile(p.stamp, `${new Date().toISOString()}\n`);
    opts.log?.(`neo4j-local: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

async function isBuilt(p: ReturnType<typeof launcherPaths>): Promise<boolean> {
  const [stamp, cls, lib, pom, src] = await Promise.all(
    [p.stamp, p.classFile, p.lib, p.pom, p.source].map(mtimeMs),
  );
  if (stamp === undefined || cls === undefined || lib === undefined) return false;
  return stamp >= (pom ?? 0) && cls >= (src ?? 0);
}

/**
 * Spawns the launcher and resolves once it prints NEO4J_READY. Detached processes write their
 * output to logFile (default dataDir/neo4j.log) and outlive this Node process.
 */
export async function startNeo4jProcess(opts: {
  dataDir: string;
  port?: number;
  detached?: boolean;
  logFile?: string;
  exitOnStdinClose: boolean;
  projectDir?: string;
  heap?: string;
  /** Neo4j settings over the launcher's defaults, e.g. `{ 'db.memory.transaction.max': '8MiB' }`. */
  settings?: Record<string, string>;
  log?: LogFn;
}): Promise<Neo4jProcess> {
  const p = launcherPaths(opts.projectDir ?? DEFAULT_PROJECT_DIR);
  const detached = opts.detached ?? false;
  await mkdir(opts.dataDir, { recursive: true });
  const heap = opts.heap ?? DEFAULT_HEAP;
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    `${path.join(p.lib, '*')}${path.delimiter}${p.classes}`,
    MAIN_CLASS,
    '--port',
    String(opts.port ?? 0),
    '--data',
    opts.dataDir,
    ...(opts.exitOnStdinClose ? ['--exit-on-stdin-close'] : []),
    ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['--setting', `${k}=${v}`]),
  ];

  // Output goes to a file when detached (no pipe may tie the child to us) or when asked.
  const logFile = opts.logFile ?? (detached ? path.join(opts.dataDir, 'neo4j.log') : undefined);
  let fd: number | undefined;
  let logOffset = 0;
  if (logFile !== undefined) {
    await mkdir(path.dirname(logFile), { recursive: true });
    // Only output after this offset counts: the file may hold an earlier run's ready line.
    logOffset = await stat(logFile).then(
      (st) => st.size,
      () => 0,
    );
    fd = openSync(logFile, 'a');
  }
  const out = fd ?? 'pipe';
  const child = spawn('java', args, {
    detached,
    // stdin is a pipe only when the child should die with us; 'ignore' would be an instant EOF.
    stdio: [opts.exitOnStdinClose ? 'pipe' : 'ignore', out, out],
  });
  if (fd !== undefined) closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) {
    const err = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new Error(`could not start java: ${err.message}. ${INSTALL_HINT}`);
  }

  const started = Date.now();
  const uri = await waitForReady(child, logFile, logOffset);
  opts.log?.(
    `neo4j: ready at ${uri} (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (detached) {
    // Let Node exit while Neo4j keeps running.
    child.unref();
  }
  return {
    uri,
    pid,
    stop: () => stopChild(child),
  };
}

function waitForReady(
  child: ChildProcess,
  logFile: string | undefined,
  logOffset: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let done = false;
    const finish = (result: Error | string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      child.off('exit', onExit);
      if (typeof result === 'string') resolve(result);
      else reject(result);
    };
    const scan = (text: string) => {
      const m = READY_RE.exec(text);
      if (m?.[1] !== undefined) finish(m[1]);
    };
    const readLog = async () => {
      if (logFile === undefined) return;
      const text = await readFile(logFile, 'utf8').catch(() => '');
      buffered = text.slice(logOffset);
      scan(buffered);
    };
    const tail = async () => {
      await readLog();
      return lastLines(buffered);
    };
    const onData = (d: Buffer) => {
      // Keep only a bounded tail for error messages; the ready line is short.
      buffered = (buffered + d.toString()).slice(-20_000);
      scan(buffered);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const onExit = (code: number | null, signal: string | null) => {
      void tail().then((t) =>
        finish(new Error(`Neo4j exited before ready (code ${code}, signal ${signal}):\n${t}`)),
      );
    };
    child.on('exit', onExit);
    child.once('error', (err) => finish(new Error(`could not start java: ${err.message}`)));
    const poll = setInterval(() => void readLog(), 200);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      void tail().then((t) =>
        finish(new Error(`Neo4j not ready after ${READY_TIMEOUT_MS / 1000} s:\n${t}`)),
      );
    }, READY_TIMEOUT_MS);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

// ---------- the long-running local instance shared by the service and the CLI ----------

/** Alive and really our launcher (guards against pid reuse; zombies have an empty cmdline). */
async function isLauncherPid(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: another user's process, so not an instance we started.
    return false;
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(MAIN_CLASS);
  } catch {
    return true; // No /proc (macOS): trust kill(0).
  }
}

function tcpAccepts(uri: string, timeoutMs = 1000): Promise<boolean> {
  const u = new URL(uri);
  return new Promise((resolve) => {
    const sock = net.connect({ host: u.hostname, port: Number(u.port || DEFAULT_BOLT_PORT) });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ host: '127.0.0.1', port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

async function readState(stateDir: string): Promise<LocalNeo4jState | undefined> {
  try {
    const s = JSON.parse(await readFile(path.join(stateDir, STATE_FILE), 'utf8')) as unknown;
    if (typeof s !== 'object' || s === null) return undefined;
    const { pid, uri } = s as Partial<LocalNeo4jState>;
    if (typeof pid !== 'number' || typeof uri !== 'string') return undefined;
    return s as LocalNeo4jState;
  } catch {
    return undefined;
  }
}

async function writeState(stateDir: string, state: LocalNeo4jState): Promise<void> {
  // Write-then-rename so a concurrent reader never sees half a file.
  const file = path.join(stateDir, STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, file);
}

/**
 * Exclusive lock via O_EXCL create. A lock is stale when its holder pid is gone, or it is older
 * than staleMs (holder hung); stale locks are removed and the create retried.
 */
async function withLock<T>(lockFile: string, staleMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + staleMs + 60_000;
  for (;;) {
    try {
      const h = await open(lockFile, 'wx');
      await h.writeFile(`${process.pid}\n`);
      await h.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      const age = Date.now() - ((await mtimeMs(lockFile)) ?? Date.now());
      // An empty file may be a holder between create and write: only age can make it stale.
      const holderGone = Number.isInteger(holder) && holder > 0 && !pidExists(holder);
      if (holderGone || age > staleMs) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lockFile}`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isLauncherPid(pid))) return true;
    await sleep(100);
  }
  return false;
}

async function terminate(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await waitForPidExit(pid, STOP_TIMEOUT_MS)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await waitForPidExit(pid, 5_000);
}

/**
 * Reuses the instance recorded in stateDir/neo4j.json if it is alive and accepts Bolt, or starts
 * a detached one (data in stateDir/data, output in stateDir/neo4j.log) that outlives Node.
 */
export async function ensureLocalNeo4j(opts: {
  projectDir: string;
  stateDir: string;
  log?: LogFn;
  heap?: string;
}): Promise<{ uri: string; started: boolean }> {
  const { projectDir, stateDir } = opts;
  await mkdir(stateDir, { recursive: true });
  // Holders live at most build + ready timeout; past that a lock is surely stale.
  return withLock(path.join(stateDir, LOCK_FILE), 20 * 60_000, async () => {
    const state = await readState(stateDir);
    if (state && (await isLauncherPid(state.pid))) {
      if (await tcpAccepts(state.uri)) return { uri: state.uri, started: false };
      // Alive but not serving: it holds the store lock, so it must go before a restart.
      opts.log?.(`neo4j: pid ${state.pid} does not accept ${state.uri}; restarting it`);
      await terminate(state.pid);
    }
    await rm(path.join(stateDir, STATE_FILE), { force: true });

    await ensureLauncherBuilt({ projectDir, ...(opts.log ? { log: opts.log } : {}) });
    const dataDir = path.join(stateDir, 'data');
    const start = (port: number) =>
      startNeo4jProcess({
        projectDir,
        dataDir,
        port,
        detached: true,
        logFile: path.join(stateDir, 'neo4j.log'),
        exitOnStdinClose: false,
        ...(opts.heap ? { heap: opts.heap } : {}),
        ...(opts.log ? { log: opts.log } : {}),
      });
    let proc: Neo4jProcess;
    if (await portFree(DEFAULT_BOLT_PORT)) {
      // 7687 can be taken between the check and Neo4j's bind: then fall back to any port.
      proc = await start(DEFAULT_BOLT_PORT).catch((err: Error) => {
        if (!/Address already in use/.test(err.message)) throw err;
        return start(0);
      });
    } else {
      proc = await start(0);
    }
    await writeState(stateDir, {
      pid: proc.pid,
      uri: proc.uri,
      startedAt: new Date().toISOString(),
      dataDir,
    });
    return { uri: proc.uri, started: true };
  });
}

/** Stops the recorded instance (SIGTERM, then SIGKILL after 30 s). True if one was running. */
export async function stopLocalNeo4j(opts: { stateDir: string }): Promise<boolean> {
  const { stateDir } = opts;
  await mkdir(stateDir, { recursive: true });
  return withLock(path.join(stateDir, LOCK_FILE), 20 * 60_000, async () => {
    const state = await readState(stateDir);
    let stopped = false;
    if (state && (await isLauncherPid(state.pid))) {
      await terminate(state.pid);
      stopped = true;
    }
    await rm(path.join(stateDir, STATE_FILE), { force: true });
    return stopped;
  });
}

/** Running means the recorded pid is our launcher and its Bolt port accepts connections. */
export async function localNeo4jStatus(opts: { stateDir: string }): Promise<LocalNeo4jStatus> {
  const state = await readState(opts.stateDir);
  if (!state) return { running: false };
  const running = (await isLauncherPid(state.pid)) && (await tcpAccepts(state.uri));
  return { running, pid: state.pid, uri: state.uri };
}
