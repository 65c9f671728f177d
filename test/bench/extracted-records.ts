// Generated articles made into the records the store writes: fingerprinted, hashed and
// extracted with the seed lexicon, as the ingest pipeline would (without its worker threads).
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import type { ArticleRecord } from '../../src/graph/index.js';
import { fingerprint } from '../../src/ingest/index.js';
import { hashText } from '../../src/ingest/sources/index.js';
import type { generateArticles } from './generate-articles.js';

const lexicon = loadLexicon();

export function toRecords(articles: ReturnType<typeof generateArticles>): ArticleRecord[] {
  return articles.map((a) => {
    const fp = fingerprint(a.text);
    return {
      ...a,
      contentHash: hashText(a.text),
      sourceKey: a.id,
      simhash: fp.simhash,
      bands: fp.bands,
      extraction: extractArticle(a, lexicon),
    };
  });
}
