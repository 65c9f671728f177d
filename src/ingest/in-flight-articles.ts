import type { ArticleMatch } from '../graph/read-duplicates.js';

interface InFlight {
  id: string;
  sourceKey: string;
  simhash: string;
  canonicalUrl: string | null;
  bands: string[];
}

/**
 * Articles of this run planned but not yet committed. Batches are planned while earlier ones are
 * still being extracted and written, so the store cannot yet answer for those: a later copy
 * (same canonical URL, or near-identical text) must still find them, or it would be stored as
 * a new article or counted as another source. Entries leave once their batch is committed, and
 * the store answers for them from then on.
 */
export class InFlightArticles {
  readonly #byUrl = new Map<string, string>();
  readonly #byBand = new Map<string, InFlight[]>();
  readonly #byBatch = new Map<number, InFlight[]>();

  add(batch: number, article: InFlight): void {
    if (article.canonicalUrl && !this.#byUrl.has(article.canonicalUrl))
      this.#byUrl.set(article.canonicalUrl, article.id);
    for (const band of article.bands)
      this.#byBand.set(band, [...(this.#byBand.get(band) ?? []), article]);
    this.#byBatch.set(batch, [...(this.#byBatch.get(batch) ?? []), article]);
  }

  /** The store's match, completed with what this run has in flight. */
  complete(
    probe: { id: string; canonicalUrl: string | null; bands: string[] },
    match: ArticleMatch | undefined,
  ): ArticleMatch | undefined {
    const url = probe.canonicalUrl ? this.#byUrl.get(probe.canonicalUrl) : undefined;
    const sameUrl = match?.sameUrl ?? (url !== undefined && url !== probe.id ? url : null);
    const near = [...new Set(probe.bands.flatMap((b) => this.#byBand.get(b) ?? []))].filter(
      (a) => a.id !== probe.id,
    );
    if (!sameUrl && near.length === 0) return match;
    return {
      id: probe.id,
      sameId: match?.sameId ?? null,
      sameContent: match?.sameContent ?? null,
      ...match,
      sameUrl,
      nearCandidates: [
        ...(match?.nearCandidates ?? []),
        ...near.map(({ id, sourceKey, simhash }) => ({ id, sourceKey, simhash })),
      ],
    };
  }

  /** The batch is in the store now. */
  committed(batch: number): void {
    for (const article of this.#byBatch.get(batch) ?? []) {
      if (article.canonicalUrl && this.#byUrl.get(article.canonicalUrl) === article.id)
        this.#byUrl.delete(article.canonicalUrl);
      for (const band of article.bands) {
        const rest = (this.#byBand.get(band) ?? []).filter((a) => a !== article);
        if (rest.length > 0) this.#byBand.set(band, rest);
        else this.#byBand.delete(band);
      }
    }
    this.#byBatch.delete(batch);
  }
}
