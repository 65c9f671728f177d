import { RULE_VERSION } from '../extract/index.js';
import type { GraphStore } from '../graph/index.js';
import { createExtractPool } from './extract-pool.js';
import { DEFAULT_BATCH_SIZE, type IngestReport, ingestArticles } from './ingest-articles.js';
import { type ReextractReport, reextractArticles } from './reextract.js';
import type { SourceArticle, SourceItem } from './sources/index.js';

export interface Ingestor {
  ingest(
    items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
    opts?: { force?: boolean; onProgress?: (r: Readonly<IngestReport>) => void },
  ): Promise<IngestReport>;
  /** Runs the current rules over every stored article and reports the facts that changed. */
  reextract(opts?: { onProgress?: (done: number) => void }): Promise<ReextractReport>;
  close(): Promise<void>;
}

/**
 * The pipeline bound to a store: what the CLI, the server and the API share. Extraction runs
 * on `threads` worker threads (default: one per core but one, left to the main thread and the database; 0: on the main thread).
 */
export function createIngestor({
  store,
  batchSize = DEFAULT_BATCH_SIZE,
  batchChars,
  threads,
  lexiconDir,
}: {
  store: GraphStore;
  batchSize?: number;
  /** Characters of text per transaction (see ingestArticles). */
  batchChars?: number;
  threads?: number;
  lexiconDir?: string;
}): Ingestor {
  const pool = createExtractPool({ threads, lexiconDir });
  const extract = (a: SourceArticle) =>
    pool.extract({ id: a.id, text: a.text, title: a.title, published: a.published ?? null });
  return {
    ingest: (items, { force, onProgress } = {}) =>
      ingestArticles(items, {
        store,
        extract,
        ruleVersion: RULE_VERSION,
        batchSize,
        batchChars,
        force,
        onProgress,
      }),
    reextract: ({ onProgress } = {}) =>
      reextractArticles({
        store,
        extract,
        ruleVersion: RULE_VERSION,
        pageSize: batchSize,
        onProgress,
      }),
    close: () => pool.close(),
  };
}
