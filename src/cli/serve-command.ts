import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startServer } from '../server.js';

/** `aikg serve`: starts the service and prints the GraphQL URL; stops cleanly on SIGINT/SIGTERM. */
export async function runServe(_args: string[]): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const server = await startServer(config, log);
  process.stdout.write(
    `aikg GraphQL API: ${server.url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log.info('shutting down');
  await server.close();
  return 0;
}
