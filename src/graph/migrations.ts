import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphStoreError } from './errors.js';
import type { Executor } from './executor.js';

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a .cypher file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function parseCypherFile(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads `NNN-name.cypher` files from a folder, in order. */
export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
        statements: parseCypherFile(text),
      };
    });
}

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/**
 * Applies the migrations not yet recorded and records each as a `:Migration` node.
 * Statements are all `IF NOT EXISTS`, so a run cut short is simply run again.
 */
export async function applyMigrations(
  executor: Executor,
  migrations: Migration[],
): Promise<MigrationReport> {
  const done = await executor.query<{ id: string; checksum: string }>(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
  );
  const recorded = new Map(done.map((m) => [m.id, m.checksum]));
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const checksum = recorded.get(migration.id);
    if (checksum === migration.checksum) {
      report.skipped.push(migration.id);
      continue;
    }
    if (checksum !== undefined) {
      throw new GraphStoreError(
        `migration ${migration.id} changed after it was applied (checksum ${checksum} -> ${migration.checksum}); add a new migration instead`,
        { code: 'MIGRATION_CHANGED' },
      );
    }
    // Schema statements share one transaction (one round of index population); the record
    // of the migration is data, which Neo4j keeps out of a schema transaction.
    await executor.write(`migration ${migration.id}`, async (tx) => {
      for (const statement of migration.statements) await tx.run(statement);
    });
    await executor.write(`recording migration ${migration.id}`, (tx) =>
      tx.run(
        'MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = toString(datetime())',
        {
          id: migration.id,
          checksum: migration.checksum,
        },
      ),
    );
    report.applied.push(migration.id);
  }
  return report;
}

/** True when every migration in the list is recorded with its current checksum. */
export async function migrationsApplied(
  executor: Executor,
  migrations: Migration[],
): Promise<boolean> {
  const rows = await executor.query<{ id: string; checksum: string }>(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
  );
  const recorded = new Map(rows.map((m) => [m.id, m.checksum]));
  return migrations.every((m) => recorded.get(m.id) === m.checksum);
}
