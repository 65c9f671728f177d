import type { GraphStore } from '../graph/index.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** True when the request carried a valid API key. */
  authorized: boolean;
}
