/**
 * The service's configuration: one zod schema over the environment.
 * This is the only module that reads `process.env`; everything else receives values.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a whole number' })
    .int('expected a whole number')
    .positive('expected a number above 0')
    .default(fallback);

const list = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .default([]);

export const ConfigSchema = z.object({
  /** Bolt or routing URI of an existing Neo4j; unset: the project's own local Neo4j is used or started. */
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/,
      'expected a bolt:// or neo4j:// URI (optionally +s or +ssc)',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'expected a database name')
    .default('neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a port number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(4000),
  /** Keys accepted in the `x-api-key` header for mutations (and reads when READS_REQUIRE_KEY). */
  API_KEYS: list,
  READS_REQUIRE_KEY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted by the HTTP server, in bytes. */
  MAX_BODY_BYTES: positiveInt(2 * 1024 * 1024),
  /** Largest article text accepted for ingestion, in bytes. */
  MAX_ARTICLE_BYTES: positiveInt(5 * 1024 * 1024),
  QUERY_MAX_DEPTH: positiveInt(12),
  QUERY_MAX_COST: positiveInt(50000),
  QUERY_MAX_ALIASES: positiveInt(30),
  QUERY_MAX_TOKENS: positiveInt(2000),
  GRAPHIQL: bool.default(true),
  INTROSPECTION: bool.default(true),
  /** Origins allowed by CORS, comma-separated; empty: same origin only; `*`: any. */
  CORS_ORIGINS: list,
  /** Load the seed articles at start-up (idempotent). */
  LOAD_SEEDS: bool.default(true),
  /** Where the local Neo4j keeps its data and state (ignored when NEO4J_URI is set). */
  AIKG_STATE_DIR: z.string().default('.aikg'),
  /** Articles per write transaction: 250 writes ~30 % faster than 100 (fewer commits, longer UNWINDs), 400 ~5 % faster than 250. */
  INGEST_BATCH_SIZE: positiveInt(400),
  /** How often the server looks for facts written by other processes, for live subscriptions (ms). */
  LIVE_POLL_MS: positiveInt(2000),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration.
 * @throws ConfigError naming each bad variable and what it accepts.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in ConfigSchema.shape && v !== undefined && v !== ''),
  );
  const parsed = ConfigSchema.safeParse(defined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
