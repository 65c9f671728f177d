import type { FactState, GraphStore } from '../graph/index.js';
import { ingestArticles } from './ingest-articles.js';
import type { SourceArticle, SourceItem } from './sources/index.js';

export interface ReextractReport {
  articles: number;
  added: FactState[];
  removed: FactState[];
  modalityChanged: { before: FactState; after: FactState }[];
}

/**
 * Runs the current rule set over stored articles, page by page, and reports what changed in the
 * facts they support, so that rule improvements reach old data and can be reviewed.
 */
export async function reextractArticles({
  store,
  extract,
  ruleVersion,
  pageSize = 100,
  onProgress,
}: {
  store: GraphStore;
  extract: Parameters<typeof ingestArticles>[1]['extract'];
  ruleVersion: string;
  pageSize?: number;
  onProgress?: (done: number) => void;
}): Promise<ReextractReport> {
  const report: ReextractReport = { articles: 0, added: [], removed: [], modalityChanged: [] };
  for (let afterId: string | undefined; ; ) {
    const page = await store.listArticles({ afterId, limit: pageSize });
    if (page.length === 0) break;
    afterId = page.at(-1)!.id;
    const ids = page.map((a) => a.id);
    const before = new Map((await store.factStatesOfArticles(ids)).map((f) => [f.id, f]));
    const items: SourceItem[] = page.map((a) => ({ ok: true, article: toSourceArticle(a) }));
    await ingestArticles(items, { store, extract, ruleVersion, force: true, batchSize: pageSize });
    const after = new Map((await store.factStatesOfArticles(ids)).map((f) => [f.id, f]));
    for (const [id, f] of after) {
      const old = before.get(id);
      if (!old) report.added.push(f);
      else if (old.modality !== f.modality) report.modalityChanged.push({ before: old, after: f });
    }
    for (const [id, f] of before) if (!after.has(id)) report.removed.push(f);
    report.articles += page.length;
    onProgress?.(report.articles);
  }
  return report;
}

function toSourceArticle(
  a: Awaited<ReturnType<GraphStore['listArticles']>>[number],
): SourceArticle {
  return {
    id: a.id,
    text: a.text,
    contentHash: a.contentHash,
    origin: `graph:${a.id}`,
    ...(a.title ? { title: a.title } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.canonicalUrl ? { canonicalUrl: a.canonicalUrl } : {}),
    ...(a.source ? { source: a.source } : {}),
    ...(a.published ? { published: a.published } : {}),
  };
}
