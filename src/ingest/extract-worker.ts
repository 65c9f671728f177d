// Runs inside a worker thread: one lexicon per thread, loaded on the first task.
import {
  type ArticleInput,
  type Extraction,
  extractArticle,
  type Lexicon,
  loadLexicon,
} from '../extract/index.js';

let lexicon: Lexicon | undefined;

/** The task each worker runs: the extraction of one article. */
export function extractTask({
  article,
  lexiconDir,
}: {
  article: ArticleInput;
  lexiconDir?: string;
}): Extraction {
  lexicon ??= loadLexicon(lexiconDir);
  return extractArticle(article, lexicon);
}
