import type { ArticleMatch } from '../graph/read-duplicates.js';
import { type Fingerprint, hammingDistance, NEAR_DUPLICATE_BITS } from './fingerprint.js';
import type { SourceArticle } from './sources/index.js';

export type Plan =
  | { action: 'write'; status: 'added' | 'updated'; id: string; sourceKey: string }
  | { action: 'skip'; status: 'unchanged' | 'duplicate'; id: string; reason: string };

/**
 * Decides what an incoming article is, given what the store holds: the same article again
 * (unchanged), a copy of another article's text (duplicate), a new version of a stored one
 * (same id or same canonical URL: updated), or new. Near-identical texts share a source key,
 * so syndicated copies count as one source.
 */
export function planArticle({
  article,
  fp,
  match,
  ruleVersion,
  force = false,
}: {
  article: SourceArticle;
  fp: Fingerprint;
  match: ArticleMatch | undefined;
  ruleVersion: string;
  force?: boolean;
}): Plan {
  const id = match?.sameUrl ?? article.id;
  if (match?.sameId && match.sameId.contentHash === article.contentHash && !force) {
    if (match.sameId.ruleVersion === ruleVersion) {
      return {
        action: 'skip',
        status: 'unchanged',
        id,
        reason: 'already stored with the same text',
      };
    }
  }
  if (match?.sameContent && !match.sameId && !match.sameUrl) {
    return {
      action: 'skip',
      status: 'duplicate',
      id,
      reason: `same text as article ${match.sameContent}`,
    };
  }
  const near = match?.nearCandidates.find(
    (c) => c.simhash && hammingDistance(c.simhash, fp.simhash) <= NEAR_DUPLICATE_BITS,
  );
  const status = match?.sameId || match?.sameUrl ? 'updated' : 'added';
  return { action: 'write', status, id, sourceKey: near?.sourceKey ?? id };
}
