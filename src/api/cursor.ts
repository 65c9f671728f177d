import { badInput } from './errors.js';

const PREFIX = 'offset:';

/** Cursors are opaque to clients; inside they are positions in a stable ordering. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput(`invalid cursor "${cursor}"`);
  }
  return offset + 1;
}

/** Checks a page size against its bounds. */
export function pageSize(
  first: number | null | undefined,
  { fallback = 20, max = 200 } = {},
): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw badInput(`first must be between 0 and ${max}, got ${n}`);
  return n;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Builds a Relay connection from one page of a stable ordering. */
export function toConnection<T>(page: {
  items: T[];
  offset: number;
  hasNextPage: boolean;
  totalCount: number;
}): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
