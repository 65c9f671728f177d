#!/usr/bin/env node
/**
 * `aikg` command line: a thin shell that dispatches to one module per command.
 * Commands are imported lazily so that `aikg extract` never loads the database driver.
 */

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: {
    summary: 'start the service: local Neo4j (unless NEO4J_URI), seed articles, GraphQL API',
    load: async () => (await import('./serve-command.js')).runServe,
  },
  ingest: {
    summary: 'ingest articles from files, folders, JSONL, URLs or feeds into the graph',
    load: async () => (await import('./ingest-command.js')).runIngest,
  },
  reextract: {
    summary: 'run the current extraction rules over stored articles and report what changed',
    load: async () => (await import('./reextract-command.js')).runReextract,
  },
  stats: {
    summary: "print the graph's counts (--json for one JSON object)",
    load: async () => (await import('./stats-command.js')).runStats,
  },
  db: {
    summary: 'start | stop | status of the local Neo4j',
    load: async () => (await import('./db-command.js')).runDb,
  },
  extract: {
    summary: 'extract entities and relations from article files (JSON lines on stdout)',
    load: async () => (await import('./extract-command.js')).runExtract,
  },
};

function printUsage(): void {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  process.stdout.write(`usage: aikg <command> [args]\n\ncommands:\n${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printUsage();
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`aikg: unknown command "${name}"\n`);
    printUsage();
    return 1;
  }
  return (await command.load())(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`aikg: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
