// npm run bench: every benchmark in turn, each printing its figures beside its own baseline.
// Pass-through sizes stay modest so the whole run fits in a few minutes; run each bench alone
// (npm run bench:ingest -- --grow 100000, npm run bench:api -- --large) for the full sizes.
import { spawnSync } from 'node:child_process';

const BENCHES: [string, string[]][] = [
  ['extract.bench.ts', []],
  ['ingest.bench.ts', ['--articles', '2000', '--grow', '0', '--sample', '500', '--warmup', '1000']],
  ['api.bench.ts', []],
];

let failed = 0;
for (const [file, args] of BENCHES) {
  console.log(`\n=== ${file} ${args.join(' ')}`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL(file, import.meta.url).pathname, ...args],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
