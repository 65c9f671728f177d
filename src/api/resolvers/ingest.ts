import type { IngestReport } from '../../ingest/index.js';
import { parseArticleRecord } from '../../ingest/sources/index.js';
import type { ApiContext } from '../context.js';
import { badInput, duplicate, unauthorized, unavailable } from '../errors.js';

/** The `ArticleInput` of the ingest mutations. */
export interface ArticleInput {
  id?: string | null;
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  published?: string | null;
}

/** Most articles one `ingestArticles` call takes. */
export const MAX_INGEST_BATCH = 500;

/** Refuses a mutation without a valid API key. */
export function requireKey(ctx: ApiContext): void {
  if (!ctx.authorized) throw unauthorized();
}

function toResult(report: IngestReport) {
  const { added, updated, unchanged, duplicates, failed } = report;
  const items = report.items.map(({ id, status, reason }) => ({ id, status, reason }));
  return { added, updated, unchanged, duplicates, failed, items };
}

async function run(ctx: ApiContext, inputs: ArticleInput[]) {
  requireKey(ctx);
  if (!ctx.ingestor) throw unavailable('ingestion is not available on this server');
  const items = inputs.map((input, i) =>
    parseArticleRecord(input, inputs.length === 1 ? 'input' : `input[${i}]`),
  );
  const report = await ctx.ingestor.ingest(items);
  ctx.feed.publish(report.factIds);
  return report;
}

/**
 * `Mutation.ingestArticle`: one article through the CLI's pipeline. Bad input is a
 * BAD_USER_INPUT error with the parser's reason; a copy of a stored text is DUPLICATE.
 */
export async function ingestArticle(
  _: unknown,
  { input }: { input: ArticleInput },
  ctx: ApiContext,
) {
  const report = await run(ctx, [input]);
  const item = report.items[0];
  if (item?.status === 'failed') throw badInput(`input: ${item.reason ?? 'refused'}`);
  if (item?.status === 'duplicate') {
    const of = item.reason?.match(/article (\S+)/)?.[1] ?? null;
    throw duplicate(`duplicate article: ${item.reason ?? 'already stored'}`, of);
  }
  return toResult(report);
}

/** `Mutation.ingestArticles`: many articles; each item reports its own outcome. */
export async function ingestArticles(
  _: unknown,
  { input }: { input: ArticleInput[] },
  ctx: ApiContext,
) {
  requireKey(ctx);
  if (input.length > MAX_INGEST_BATCH)
    throw badInput(`input has ${input.length} articles, over the limit of ${MAX_INGEST_BATCH}`);
  return toResult(await run(ctx, input));
}
