import type { Executor } from './executor.js';
import { factTypes } from './fact-fields.js';

/** A fact written or re-derived at `updatedAt` (ISO date-time). */
export interface FactChange {
  factId: string;
  updatedAt: string;
}

/**
 * Facts updated after `since` (ISO date-time), oldest change first, at most `limit`: what other
 * processes (the CLI) wrote, for the server's live feed. `updatedAt` is set by every recompute.
 */
export async function readChanges(
  executor: Executor,
  { since, limit = 500 }: { since: string; limit?: number },
): Promise<FactChange[]> {
  return executor.query<FactChange>(
    `MATCH (:Entity)-[r:${factTypes()}]->(:Entity) WHERE r.updatedAt > $since
     RETURN r.id AS factId, r.updatedAt AS updatedAt
     ORDER BY r.updatedAt, r.id LIMIT toInteger($limit)`,
    { since, limit },
  );
}
