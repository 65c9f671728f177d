import type { Extraction } from '../extract/types.js';

/** An article with what was extracted from it: the unit the store writes. */
export interface ArticleRecord {
  id: string;
  text: string;
  contentHash: string;
  /** Articles sharing a source key are copies of one text (syndication): they count as one source. */
  sourceKey: string;
  url?: string | undefined;
  canonicalUrl?: string | undefined;
  title?: string | undefined;
  source?: string | undefined;
  published?: string | null | undefined;
  /** 64-bit simhash of the text (16 hex digits), for near-duplicate detection. */
  simhash?: string | undefined;
  /** The simhash's four 16-bit bands, stored for indexed candidate lookup. */
  bands?: string[] | undefined;
  extraction: Extraction;
}

/** What a batch write did, for progress bars and summaries. */
export interface WriteSummary {
  articles: number;
  entities: number;
  facts: number;
  evidence: number;
  factsRemoved: number;
  /** Ids of the facts the batch added or confirmed (for live updates). */
  factIds: string[];
}
