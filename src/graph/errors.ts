/** Database failures, mapped at the boundary of the graph store into one error type with a code. */
export class GraphStoreError extends Error {
  override name = 'GraphStoreError';
  readonly code: string;
  constructor(message: string, { code, cause }: { code: string; cause?: unknown }) {
    super(message, { cause });
    this.code = code;
  }
}

/**
 * Neo4j's refusal of a transaction that needs more memory than one transaction may take
 * (`db.memory.transaction.max`). Transient to the server, but the same transaction fails again:
 * the store reports it as TRANSACTION_TOO_LARGE so that nobody retries it as it is. The same
 * code for the pool of all transactions (`...transaction.total.max`) is left transient: that
 * one passes once other transactions finish.
 */
const TOO_LARGE_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

export const TRANSACTION_TOO_LARGE = 'TRANSACTION_TOO_LARGE';

export function isTransactionTooLarge(err: unknown): boolean {
  const { code, message = '' } = (err ?? {}) as Neo4jLikeError;
  if (code === TRANSACTION_TOO_LARGE) return true;
  return code !== undefined && TOO_LARGE_CODES.has(code) && !/total\.max/.test(message);
}

interface Neo4jLikeError {
  code?: string;
  message?: string;
}

/** Turns a driver error into a GraphStoreError that says what went wrong in the store's words. */
export function toGraphStoreError(err: unknown, doing: string): GraphStoreError {
  if (err instanceof GraphStoreError) return err;
  const e = (err ?? {}) as Neo4jLikeError;
  const code = e.code ?? 'UNKNOWN';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new GraphStoreError(`Neo4j is unreachable while ${doing}: ${e.message ?? code}`, {
      code: 'UNAVAILABLE',
      cause: err,
    });
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new GraphStoreError(`Neo4j refused the credentials while ${doing}: ${e.message}`, {
      code: 'UNAUTHORIZED',
      cause: err,
    });
  }
  if (isTransactionTooLarge(err)) {
    return new GraphStoreError(
      `Neo4j refused the transaction while ${doing}: it needs more memory than the server allows a transaction (${e.message ?? code})`,
      { code: TRANSACTION_TOO_LARGE, cause: err },
    );
  }
  return new GraphStoreError(`Neo4j failed while ${doing}: ${e.message ?? String(err)}`, {
    code,
    cause: err,
  });
}
