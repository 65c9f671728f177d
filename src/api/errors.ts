import { createGraphQLError } from 'graphql-yoga';

/** Input the client can fix: the message names the offending value. */
export const badInput = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 200 } } });

export const notFound = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

export const unauthorized = (message = 'a valid x-api-key header is required') =>
  createGraphQLError(message, { extensions: { code: 'UNAUTHORIZED', http: { status: 401 } } });
