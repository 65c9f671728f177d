import { setImmediate } from 'node:timers/promises';
import type { Extraction } from '../extract/index.js';
import { type ArticleRecord, type GraphStore, isTransactionTooLarge } from '../graph/index.js';
import { type Fingerprint, fingerprint } from './fingerprint.js';
import { InFlightArticles } from './in-flight-articles.js';
import { planArticle } from './plan-article.js';
import type { SourceArticle, SourceError, SourceItem } from './sources/index.js';

/**
 * Articles per write transaction when not told otherwise: 400 ran ~5 % faster end to end than 250
 * (bench:ingest, alternating runs); the 1,000,000-character cap closes it at ~330 articles of 3 KB.
 */
export const DEFAULT_BATCH_SIZE = 400;

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
  /** Articles written per transaction. @default 250 */
  batchSize?: number;
  /**
   * Characters of text per transaction, whatever the count: a transaction's memory grows with
   * what its articles say, and Neo4j refuses one past its limit (256 MiB on the local launcher;
   * 500 generated 3 KB articles already pass it). A refused batch is written in halves.
   * @default 1,000,000
   */
  batchChars?: number;
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

/** A bad item: counted, listed with its reason, never written. */
function reportFailure(report: IngestReport, id: string | null, error: SourceError): void {
  report.failed++;
  report.errors.push(error);
  report.items.push({ id, origin: error.origin, status: 'failed', reason: error.reason });
}

/**
 * The ingestion pipeline: source items -> dedup against the store -> extraction -> one write
 * transaction per batch. A bad item is reported and skipped; it never loses the good ones.
 */
export async function ingestArticles(
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  {
    store,
    extract,
    ruleVersion,
    batchSize = DEFAULT_BATCH_SIZE,
    batchChars = 1_000_000,
    force = false,
    onProgress,
  }: IngestOptions,
): Promise<IngestReport> {
  const report = emptyReport();
  const seen = new Map<string, string>(); // content hash -> id, for copies within this run
  const inFlight = new InFlightArticles();
  let batch: SourceArticle[] = [];
  let chars = 0;
  let batchNumber = 0;
  // Three stages in flight: while batch N is written, batch N+1 is extracted (by every worker)
  // and batch N+2 planned against the store, so the workers never wait for a dedup lookup.
  let extracting: Promise<PreparedBatch> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown;
  const startWrite = async (next: Promise<PreparedBatch>) => {
    const prepared = await next;
    await writing;
    if (writeError) throw writeError;
    writing = commitBatch(prepared, { store, report })
      .then(() => {
        inFlight.committed(prepared.number);
        onProgress?.(report);
      })
      .catch((err: unknown) => {
        writeError = err;
      });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const planned = await planBatch(batch, batchNumber++, {
      store,
      ruleVersion,
      force,
      report,
      seen,
      inFlight,
    });
    batch = [];
    chars = 0;
    if (extracting) await startWrite(extracting);
    extracting = extractBatch(planned, { extract, report });
  };
  for await (const item of items) {
    if (!item.ok) {
      reportFailure(report, null, item.error);
      continue;
    }
    batch.push(item.article);
    chars += item.article.text.length;
    if (batch.length >= batchSize || chars >= batchChars) await flush();
  }
  await flush();
  if (extracting) await startWrite(extracting);
  await writing;
  if (writeError) throw writeError;
  onProgress?.(report);
  return report;
}

interface PreparedBatch {
  number: number;
  records: ArticleRecord[];
  origins: { id: string; origin: string; status: 'added' | 'updated' }[];
}

interface PlannedArticle {
  article: SourceArticle;
  fp: Fingerprint;
  id: string;
  sourceKey: string;
  status: 'added' | 'updated';
}

/**
 * Writes a batch in one transaction. One that Neo4j refuses for its memory (many short articles
 * can say more than the character limit foresaw) is written in halves, down to single
 * articles; an article too large on its own is reported failed, and the others still land.
 */
async function commitBatch(
  { records, origins }: Pick<PreparedBatch, 'records' | 'origins'>,
  { store, report }: Pick<IngestOptions, 'store'> & { report: IngestReport },
): Promise<void> {
  if (records.length === 0) return;
  let summary: Awaited<ReturnType<IngestOptions['store']['writeArticles']>>;
  try {
    summary = await store.writeArticles(records);
  } catch (err) {
    if (!isTransactionTooLarge(err)) throw err;
    if (records.length === 1) {
      const { id, origin } = origins[0]!;
      const reason = `too large to store in one transaction: ${(err as Error).message}`;
      reportFailure(report, id, { origin, reason });
      return;
    }
    const half = Math.ceil(records.length / 2);
    await commitBatch(
      { records: records.slice(0, half), origins: origins.slice(0, half) },
      { store, report },
    );
    await commitBatch(
      { records: records.slice(half), origins: origins.slice(half) },
      { store, report },
    );
    return;
  }
  report.entities += summary.entities;
  report.facts += summary.facts;
  report.evidence += summary.evidence;
  report.factIds.push(...summary.factIds);
  for (const o of origins) {
    report[o.status]++;
    report.items.push(o);
  }
}

/**
 * Plans each article against the store (new, changed, copy) and against the articles of this
 * run still in flight, as the store will know them once written; reports those not to write.
 */
async function planBatch(
  articles: SourceArticle[],
  number: number,
  {
    store,
    ruleVersion,
    force,
    report,
    seen,
    inFlight,
  }: Pick<IngestOptions, 'store' | 'ruleVersion' | 'force'> & {
    report: IngestReport;
    seen: Map<string, string>;
    inFlight: InFlightArticles;
  },
): Promise<{ number: number; planned: PlannedArticle[] }> {
  const probes = [];
  for (const [i, a] of articles.entries()) {
    // ~0.25 ms per article: a batch's worth at once would hold up, for ~100 ms, the answers of
    // the batch being written, and so the database, which waits for its next statement
    if (i % 20 === 19) await setImmediate();
    probes.push({ article: a, fp: fingerprint(a.text), canonicalUrl: a.canonicalUrl ?? null });
  }
  const matches = await store.findArticleMatches(
    probes.map((p) => ({
      id: p.article.id,
      canonicalUrl: p.canonicalUrl,
      contentHash: p.article.contentHash,
      bands: p.fp.bands,
    })),
  );
  const matchOf = new Map(matches.map((m) => [m.id, m]));
  const planned: PlannedArticle[] = [];
  for (const { article, fp, canonicalUrl } of probes) {
    const match = inFlight.complete(
      { id: article.id, canonicalUrl, bands: fp.bands },
      matchOf.get(article.id),
    );
    const plan = planArticle({ article, fp, match, ruleVersion, force });
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
    planned.push({ article, fp, id: plan.id, sourceKey: plan.sourceKey, status: plan.status });
  }
  // Added after the whole batch is planned: copies within one batch are found as before (by
  // content hash and id only), copies in earlier batches as if those were already stored.
  for (const p of planned) {
    inFlight.add(number, {
      id: p.id,
      sourceKey: p.sourceKey,
      simhash: p.fp.simhash,
      canonicalUrl: p.article.canonicalUrl ?? null,
      bands: p.fp.bands,
    });
  }
  return { number, planned };
}

/** Extracts the planned articles of a batch at once: with a worker pool, every core works. */
async function extractBatch(
  { number, planned }: { number: number; planned: PlannedArticle[] },
  { extract, report }: Pick<IngestOptions, 'extract'> & { report: IngestReport },
): Promise<PreparedBatch> {
  const extracted = await Promise.allSettled(
    planned.map((p) => extract({ ...p.article, id: p.id })),
  );
  const records: ArticleRecord[] = [];
  const origins: PreparedBatch['origins'] = [];
  extracted.forEach((result, i) => {
    const { article, fp, id, sourceKey, status } = planned[i]!;
    if (result.status === 'rejected') {
      const err = result.reason;
      const reason = `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
      reportFailure(report, id, { origin: article.origin, reason });
      return;
    }
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
  return { number, records, origins };
}
