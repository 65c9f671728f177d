import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseArticleRecord, type SourceItem } from './sources/index.js';

const ManifestSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string().min(1),
      file: z.string().min(1),
      title: z.string().optional(),
      source: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
    }),
  ),
});

/** The seed articles listed in `seeds/seed-articles.json`, as source items for the pipeline. */
export function readSeedArticles(seedsDir: string): SourceItem[] {
  const manifestPath = join(seedsDir, 'seed-articles.json');
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  return manifest.articles.map(({ file, ...meta }) => {
    const path = join(seedsDir, file);
    return parseArticleRecord({ ...meta, text: readFileSync(path, 'utf8') }, path);
  });
}
