import type { Executor } from './executor.js';
import type { StoredArticle } from './read-types.js';

const ARTICLE_FIELDS = `a {.id, .title, .url, .canonicalUrl, .source, .published, .contentHash, .ingestedAt, .text, .ruleVersion}`;

/** Articles by id or by URL (canonical or as given), in the order asked. */
export async function getArticles(
  executor: Executor,
  keys: readonly string[],
): Promise<(StoredArticle | null)[]> {
  const rows = await executor.query<{ key: string; article: StoredArticle }>(
    `UNWIND $keys AS key
     OPTIONAL MATCH (byId:Article {id: key})
     OPTIONAL MATCH (byUrl:Article {canonicalUrl: key})
     WITH key, coalesce(byId, byUrl) AS a WHERE a IS NOT NULL
     RETURN key, ${ARTICLE_FIELDS} AS article`,
    { keys },
  );
  const byKey = new Map(rows.map((r) => [r.key, r.article]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** What re-extraction needs of a stored article. */
export type StoredArticleSource = Omit<StoredArticle, 'ingestedAt'> & {
  sourceKey: string;
  simhash: string | null;
};

/** One page of stored articles in id order (keyset pagination: stable under concurrent writes). */
export async function listArticles(
  executor: Executor,
  { afterId, limit }: { afterId?: string | undefined; limit: number },
): Promise<StoredArticleSource[]> {
  const rows = await executor.query<{ a: StoredArticleSource }>(
    `MATCH (a:Article) WHERE $afterId IS NULL OR a.id > $afterId
     RETURN a {.id, .text, .title, .url, .canonicalUrl, .source, .published, .contentHash, .sourceKey, .simhash, .ruleVersion} AS a
     ORDER BY a.id LIMIT $limit`,
    { afterId: afterId ?? null, limit },
  );
  return rows.map((r) => r.a);
}
