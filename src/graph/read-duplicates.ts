import type { Executor } from './executor.js';

export interface ArticleProbe {
  id: string;
  canonicalUrl: string | null;
  contentHash: string;
  bands: string[];
}

/** What the store already holds that an incoming article may be a copy or a new version of. */
export interface ArticleMatch {
  id: string;
  /** The stored article with this id, if any. */
  sameId: { contentHash: string; ruleVersion: string } | null;
  /** A stored article with the same canonical URL (another id). */
  sameUrl: string | null;
  /** A stored article with the same normalized text (another id). */
  sameContent: string | null;
  /** Stored articles sharing a fingerprint band: candidates for near-identical copies. */
  nearCandidates: { id: string; sourceKey: string; simhash: string }[];
}

/** Probes many incoming articles in one round trip, through the indexed lookup keys. */
export async function findArticleMatches(
  executor: Executor,
  probes: ArticleProbe[],
): Promise<ArticleMatch[]> {
  if (probes.length === 0) return [];
  return executor.query<ArticleMatch>(
    `UNWIND $probes AS p
     OPTIONAL MATCH (byId:Article {id: p.id})
     // COLLECT subqueries keep the probe row when nothing matches, and each is an index seek
     // (an equality on a null URL matches nothing)
     WITH p, byId,
          COLLECT { MATCH (u:Article {canonicalUrl: p.canonicalUrl}) WHERE u.id <> p.id RETURN u.id LIMIT 1 }[0] AS sameUrl,
          COLLECT { MATCH (h:Article {contentHash: p.contentHash}) WHERE h.id <> p.id RETURN h.id ORDER BY h.id LIMIT 1 }[0] AS sameContent
     CALL (p) {
       // one indexed equality lookup per band (see 004-fingerprints.cypher); articles sharing
       // more bands are closer, so they come first when a common text shares bands with many
       CALL (p) {
         MATCH (b:Article {band0: p.bands[0]}) RETURN b
         UNION ALL MATCH (b:Article {band1: p.bands[1]}) RETURN b
         UNION ALL MATCH (b:Article {band2: p.bands[2]}) RETURN b
         UNION ALL MATCH (b:Article {band3: p.bands[3]}) RETURN b
       }
       WITH p, b, count(*) AS shared WHERE b.id <> p.id
       WITH b, shared ORDER BY shared DESC, b.id LIMIT 50
       RETURN collect(b {.id, .sourceKey, .simhash}) AS nearCandidates
     }
     RETURN p.id AS id,
            CASE WHEN byId IS NULL THEN null ELSE byId {.contentHash, .ruleVersion} END AS sameId,
            sameUrl, sameContent, nearCandidates`,
    { probes },
  );
}
