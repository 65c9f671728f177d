#!/usr/bin/env node
// `aikg` on the PATH (npm link / npx): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
