import { extractArticle, type Lexicon, RULE_VERSION } from '../extract/index.js';
import type { GraphStore } from '../graph/index.js';
import { type IngestReport, ingestArticles } from './ingest-articles.js';
import type { SourceArticle, SourceItem } from './sources/index.js';

export interface Ingestor {
  ingest(
    items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
    opts?: { force?: boolean; onProgress?: (r: Readonly<IngestReport>) => void },
  ): Promise<IngestReport>;
}

/** The pipeline bound to a store and a lexicon: what the CLI, the server and the API share. */
export function createIngestor({
  store,
  lexicon,
  batchSize = 50,
}: {
  store: GraphStore;
  lexicon: Lexicon;
  batchSize?: number;
}): Ingestor {
  const extract = (a: SourceArticle) =>
    extractArticle(
      { id: a.id, text: a.text, title: a.title, published: a.published ?? null },
      lexicon,
    );
  return {
    ingest: (items, { force, onProgress } = {}) =>
      ingestArticles(items, {
        store,
        extract,
        ruleVersion: RULE_VERSION,
        batchSize,
        force,
        onProgress,
      }),
  };
}
