export { createIngestor, type Ingestor } from './create-ingestor.js';
export { fingerprint, hammingDistance } from './fingerprint.js';
export {
  emptyReport,
  type IngestReport,
  type ItemStatus,
  ingestArticles,
} from './ingest-articles.js';
export { readSeedArticles } from './load-seeds.js';
export type { ReextractReport } from './reextract.js';
export {
  readSources,
  type SourceArticle,
  type SourceError,
  type SourceItem,
} from './sources/index.js';
