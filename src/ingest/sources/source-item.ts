import type { SourceArticle, SourceItem } from './types.js';

/** Wraps an article as a successful {@link SourceItem}. */
export function articleItem(article: SourceArticle): SourceItem {
  return { ok: true, article };
}

/** Builds a failed {@link SourceItem}. */
export function errorItem(origin: string, reason: string): SourceItem {
  return { ok: false, error: { origin, reason } };
}

/** Turns anything thrown into a one-line reason. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause as { code?: string; message?: string } | undefined;
    const detail = cause?.code ?? cause?.message;
    return detail && !error.message.includes(detail)
      ? `${error.message} (${detail})`
      : error.message;
  }
  return String(error);
}
