import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();

/**
 * Gives every request an id (the client's `x-request-id` when sane), returns it in a header,
 * and attaches it to every error so a masked error can be matched with the server's log.
 */
export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      ids.set(request, given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID());
    },
    onResultProcess({ request, result }) {
      const requestId = ids.get(request);
      if (!requestId || Array.isArray(result) || !result || typeof result !== 'object') return;
      const errors = (result as { errors?: { extensions?: Record<string, unknown> }[] }).errors;
      for (const error of errors ?? []) {
        (error as { extensions: Record<string, unknown> }).extensions = {
          ...error.extensions,
          requestId,
        };
      }
    },
    onResponse({ request, response }) {
      const requestId = ids.get(request);
      if (requestId) response.headers.set('x-request-id', requestId);
    },
  };
}

export const requestIdOf = (request: Request): string | undefined => ids.get(request);
