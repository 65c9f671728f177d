import type { Executor } from './executor.js';
import { toFuzzyQuery } from './lucene-query.js';
import type { Page, StoredArticle } from './read-types.js';

const FIELDS = `a {.id, .title, .url, .canonicalUrl, .source, .published, .contentHash, .ingestedAt, .text, .ruleVersion}`;

export interface ArticleQuery {
  /** Words of the title or text (fuzzy, through the `article_text` full-text index). */
  search?: string | null | undefined;
  /** Only articles mentioning this entity. */
  entityId?: string | null | undefined;
  /** Published on or after / before (`YYYY-MM-DD`). */
  from?: string | null | undefined;
  to?: string | null | undefined;
}

/**
 * One page of articles, newest first (by relevance first with a search), with the total count.
 * The shortest selective source is used: the entity's mentions, else the index, else all.
 */
export async function searchArticles(
  executor: Executor,
  { query, offset = 0, first = 20 }: { query: ArticleQuery; offset?: number; first?: number },
): Promise<Page<StoredArticle>> {
  const q = query.search ? toFuzzyQuery(query.search) : '';
  if (query.search && !q) return { items: [], totalCount: 0, offset, hasNextPage: false };
  const source = q
    ? `CALL db.index.fulltext.queryNodes('article_text', $q) YIELD node AS a, score`
    : query.entityId
      ? 'MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(a:Article) WITH a, 0 AS score'
      : 'MATCH (a:Article) WITH a, 0 AS score';
  const where = `WHERE ($entityId IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Entity {id: $entityId}) })
    AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)`;
  const params = {
    q,
    entityId: query.entityId ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    offset,
    limit: first + 1,
  };
  return executor.read('searching articles', async (tx) => {
    const rows = await tx.run<{ article: StoredArticle }>(
      `${source} ${where}
       RETURN ${FIELDS} AS article
       ORDER BY score DESC, a.published DESC, a.id SKIP toInteger($offset) LIMIT toInteger($limit)`,
      params,
    );
    const count = await tx.run<{ n: number }>(`${source} ${where} RETURN count(a) AS n`, params);
    return {
      items: rows.slice(0, first).map((r) => r.article),
      totalCount: count[0]?.n ?? 0,
      offset,
      hasNextPage: rows.length > first,
    };
  });
}
