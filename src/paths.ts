import { fileURLToPath } from 'node:url';

/** The project's own folders, resolved from this file so that commands work from any directory. */
export const PROJECT_DIR = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL('../schema/migrations/', import.meta.url));
export const SDL_PATH = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
