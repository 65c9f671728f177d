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
