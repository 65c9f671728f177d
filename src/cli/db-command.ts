import { loadConfig } from '../config.js';
import { ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from '../graph/local-neo4j.js';
import { stateDirOf } from '../open-graph.js';
import { PROJECT_DIR } from '../paths.js';

/** `aikg db start | stop | status`: the project's local Neo4j, run as a background process. */
export async function runDb(args: string[]): Promise<number> {
  const config = loadConfig();
  const stateDir = stateDirOf(config);
  const [action] = args;
  if (config.NEO4J_URI && action !== 'status') {
    process.stderr.write(
      `aikg db: NEO4J_URI is set (${config.NEO4J_URI}); the local Neo4j is not used\n`,
    );
    return 1;
  }
  switch (action) {
    case 'start': {
      const { uri, started } = await ensureLocalNeo4j({
        projectDir: PROJECT_DIR,
        stateDir,
        log: (msg) => process.stderr.write(`${msg}\n`),
      });
      process.stdout.write(`${started ? 'started' : 'already running'}: ${uri}\n`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j({ stateDir });
      process.stdout.write(stopped ? 'stopped\n' : 'not running\n');
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus({ stateDir });
      process.stdout.write(`${JSON.stringify(status)}\n`);
      return status.running ? 0 : 3;
    }
    default:
      process.stderr.write('usage: aikg db start | stop | status\n');
      return 1;
  }
}
