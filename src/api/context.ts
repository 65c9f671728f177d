import type { GraphStore } from '../graph/index.js';
import type { Ingestor } from '../ingest/index.js';
import type { FactFeed } from './fact-feed.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  /** True when the request carried a valid API key. */
  authorized: boolean;
  /** Who is acting, for curation records: a fingerprint of the API key (never the key). */
  principal: string | null;
  /** The ingestion pipeline behind the ingest mutations; absent: they answer UNAVAILABLE. */
  ingestor: Ingestor | null;
  /** Facts written, for the `relationAdded` subscription. */
  feed: FactFeed;
}
