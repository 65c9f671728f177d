/** Database failures, mapped at the boundary of the graph store into one error type with a code. */
export class GraphStoreError extends Error {
  override name = 'GraphStoreError';
  readonly code: string;
  constructor(message: string, { code, cause }: { code: string; cause?: unknown }) {
    super(message, { cause });
    this.code = code;
  }
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
  return new GraphStoreError(`Neo4j failed while ${doing}: ${e.message ?? String(err)}`, {
    code,
    cause: err,
  });
}
