import type { SourceItem } from '../../../src/ingest/sources/index.js';

/** Drains an async source into an array. */
export async function collectItems(source: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** `origin -> id` for articles and `origin -> !reason` for errors: compact to assert on. */
export function summarize(items: SourceItem[]): string[] {
  return items.map((item) =>
    item.ok
      ? `${item.article.origin} -> ${item.article.id}`
      : `${item.error.origin} -> !${item.error.reason}`,
  );
}
