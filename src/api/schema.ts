import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

/** The public schema: SDL from `schema/schema.graphql`, resolvers from `src/api/resolvers`. */
export function createSchema(sdlPath: string): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readFileSync(sdlPath, 'utf8'), resolvers });
}
