import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** True when `given` equals one of the configured keys (constant-time per key). */
export function isValidApiKey(given: string | null, keys: readonly string[]): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  return keys.some((key) => {
    const b = Buffer.from(key);
    return a.length === b.length && timingSafeEqual(a, b);
  });
}

/** When reads require a key too, refuses GraphQL requests without one before parsing them. */
export function useReadsRequireKey({
  keys,
  endpoint,
}: {
  keys: readonly string[];
  endpoint: string;
}): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || isValidApiKey(request.headers.get('x-api-key'), keys))
        return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: 'a valid x-api-key header is required',
                extensions: { code: 'UNAUTHORIZED' },
              },
            ],
          }),
          { status: 401, headers: { 'content-type': 'application/json' } },
        ),
      );
    },
  };
}

/** Names the holder of a key in records without revealing it: `key:` and 8 hex digits of its hash. */
export function keyPrincipal(key: string): string {
  return `key:${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}
