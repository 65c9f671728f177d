import { createGraphQLError } from 'graphql-yoga';
import { GraphStoreError } from '../graph/index.js';

/** Input the client can fix: the message names the offending value. */
export const badInput = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 200 } } });

export const notFound = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

export const unauthorized = (message = 'a valid x-api-key header is required') =>
  createGraphQLError(message, { extensions: { code: 'UNAUTHORIZED', http: { status: 401 } } });

/** The article is a copy of one already stored: `duplicateOf` names it when known. */
export const duplicate = (message: string, duplicateOf: string | null) =>
  createGraphQLError(message, { extensions: { code: 'DUPLICATE', duplicateOf } });

export const unavailable = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'UNAVAILABLE' } });

/** Maps the store's typed failures to client errors; anything else stays unexpected (masked). */
export function toClientError(err: unknown): unknown {
  if (!(err instanceof GraphStoreError)) return err;
  if (err.code === 'NOT_FOUND') return notFound(err.message);
  if (err.code === 'INVALID') return badInput(err.message);
  return err;
}
