import type { Extraction } from '../extract/index.js';
import type { ArticleRecord, GraphStore } from '../graph/index.js';
import { type Fingerprint, fingerprint } from './fingerprint.js';
import { planArticle } from './plan-article.js';
import type { SourceArticle, SourceError, SourceItem } from './sources/index.js';

export type ItemStatus = 'added' | 'updated' | 'unchanged' | 'duplicate' | 'failed';

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  entities: number;
  facts: number;
  evidence: number;
  errors: SourceError[];
  /** Facts added or confirmed, for live updates. */
  factIds: string[];
  items: { id: string | null; origin: string; status: ItemStatus; reason?: string }[];
}

export interface IngestOptions {
  store: Pick<GraphStore, 'findArticleMatches' | 'writeArticles'>;
  /** Extracts one article; may run on worker threads. */
  extract: (article: SourceArticle) => Promise<Extraction> | Extraction;
  ruleVersion: string;
  /** Articles written per transaction. @default 100 */
  batchSize?: number;
  /** Re-extract and rewrite articles even when stored unchanged. @default false */
  force?: boolean;
  onProgress?: (report: Readonly<IngestReport>) => void;
}

export function emptyReport(): IngestReport {
  return {
    added: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    failed: 0,
    entities: 0,
    facts: 0,
    evidence: 0,
    errors: [],
    factIds: [],
    items: [],
  };
}

/**
 * The ingestion pipeline: source items -> dedup against the store -> extraction -> one write
 * transaction per batch. A bad item is reported and skipped; it never loses the good ones.
 */
export async function ingestArticles(
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  { store, extract, ruleVersion, batchSize = 100, force = false, onProgress }: IngestOptions,
): Promise<IngestReport> {
  const report = emptyReport();
  const seen = new Map<string, string>(); // content hash -> id, for copies within this run
  let batch: SourceArticle[] = [];
  // Two stages in flight: while batch N is written, batch N+1 is planned and extracted.
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown;
  const flush = async () => {
    if (batch.length === 0) return;
    const prepared = await prepareBatch(batch, {
      store,
      extract,
      ruleVersion,
      force,
      report,
      seen,
    });
    batch = [];
    await writing;
    if (writeError) throw writeError;
    writing = commitBatch(prepared, { store, report })
      .then(() => onProgress?.(report))
      .catch((err: unknown) => {
        writeError = err;
      });
  };
  for await (const item of items) {
    if (!item.ok) {
      report.failed++;
      report.errors.push(item.error);
      report.items.push({
        id: null,
        origin: item.error.origin,
        status: 'failed',
        reason: item.error.reason,
      });
      continue;
    }
    batch.push(item.article);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
  if (writeError) throw writeError;
  onProgress?.(report);
  return report;
}

interface PreparedBatch {
  records: ArticleRecord[];
  origins: { id: string; origin: string; status: 'added' | 'updated' }[];
}

async function commitBatch(
  { records, origins }: PreparedBatch,
  { store, report }: Pick<IngestOptions, 'store'> & { report: IngestReport },
): Promise<void> {
  if (records.length === 0) return;
  const summary = await store.writeArticles(records);
  report.entities += summary.entities;
  report.facts += summary.facts;
  report.evidence += summary.evidence;
  report.factIds.push(...summary.factIds);
  for (const o of origins) {
    report[o.status]++;
    report.items.push(o);
  }
}

/** Plans each article against the store (new, changed, copy) and extracts the ones to write. */
async function prepareBatch(
  articles: SourceArticle[],
  {
    store,
    extract,
    ruleVersion,
    force,
    report,
    seen,
  }: Omit<IngestOptions, 'batchSize' | 'onProgress'> & {
    report: IngestReport;
    seen: Map<string, string>;
  },
): Promise<PreparedBatch> {
  const fps = new Map<SourceArticle, Fingerprint>(articles.map((a) => [a, fingerprint(a.text)]));
  const matches = await store.findArticleMatches(
    articles.map((a) => ({
      id: a.id,
      canonicalUrl: a.canonicalUrl ?? null,
      contentHash: a.contentHash,
      bands: fps.get(a)!.bands,
    })),
  );
  const matchOf = new Map(matches.map((m) => [m.id, m]));
  const planned: {
    article: SourceArticle;
    id: string;
    sourceKey: string;
    status: 'added' | 'updated';
  }[] = [];
  for (const article of articles) {
    const fp = fps.get(article)!;
    const plan = planArticle({ article, fp, match: matchOf.get(article.id), ruleVersion, force });
    const copy = seen.get(article.contentHash);
    const copyOf = copy === plan.id && plan.action === 'write' && force ? undefined : copy;
    if (plan.action === 'skip' || copyOf !== undefined || planned.some((p) => p.id === plan.id)) {
      const status = plan.action === 'skip' ? plan.status : 'duplicate';
      const reason =
        plan.action === 'skip'
          ? plan.reason
          : `same text or id as article ${copyOf ?? plan.id} earlier in this run`;
      if (status === 'unchanged') report.unchanged++;
      else report.duplicates++;
      report.items.push({ id: plan.id, origin: article.origin, status, reason });
      continue;
    }
    seen.set(article.contentHash, plan.id);
    planned.push({ article, id: plan.id, sourceKey: plan.sourceKey, status: plan.status });
  }
  // Extraction of the whole batch at once: with a worker pool, every core works.
  const extracted = await Promise.allSettled(
    planned.map((p) => extract({ ...p.article, id: p.id })),
  );
  const records: ArticleRecord[] = [];
  const origins: { id: string; origin: string; status: 'added' | 'updated' }[] = [];
  extracted.forEach((result, i) => {
    const { article, id, sourceKey, status } = planned[i]!;
    if (result.status === 'rejected') {
      const err = result.reason;
      report.failed++;
      const reason = `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
      report.errors.push({ origin: article.origin, reason });
      report.items.push({ id, origin: article.origin, status: 'failed', reason });
      return;
    }
    const fp = fps.get(article)!;
    records.push({
      ...article,
      id,
      sourceKey,
      simhash: fp.simhash,
      bands: fp.bands,
      extraction: result.value,
    });
    origins.push({ id, origin: article.origin, status });
  });
  return { records, origins };
}
