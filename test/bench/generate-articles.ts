// Realistic synthetic news for benchmarks: entities drawn from the lexicon, sentences that
// read like AI-industry reporting, a fixed seed so every run measures the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../../src/paths.js';

interface Entry {
  name: string;
  type: string;
  kind?: string;
}

/** Mulberry32: small, fast, deterministic. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lexiconEntries(): Entry[] {
  const dir = join(SEEDS_DIR, 'lexicon');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('cues'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')).entries ?? []) as Entry[]);
}

/**
 * Sentences of the generated articles: relation templates, and filler (context, numbers,
 * quotes) that states no relation. There are enough of them that two articles share a few
 * sentences, as two real stories do, rather than most of their text: with 25 sentences in all,
 * any two generated articles were 17 bits apart on average in simhash where real articles are
 * 32, and the near-copy probe of ingestion had dozens of candidates for each article.
 */
const SENTENCES = JSON.parse(
  readFileSync(new URL('./article-sentences.json', import.meta.url), 'utf8'),
) as { templates: string[]; filler: string[] };
const TEMPLATES = SENTENCES.templates;
// Most sentences of a real story carry no relation: context, numbers, quotes, background.
const FILLER = SENTENCES.filler;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `count` articles of about `bytes` characters each. */
export function generateArticles(count: number, { bytes = 3000, seed = 42 } = {}) {
  const rnd = random(seed);
  const entries = lexiconEntries();
  const pick = (type: string) => {
    const pool = entries.filter((e) => e.type === type);
    return () => pool[Math.floor(rnd() * pool.length)]!.name;
  };
  const org = pick('Organization');
  const person = pick('Person');
  const product = pick('Product');
  const place = pick('Place');
  const articles = [];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    let size = 0;
    while (size < bytes) {
      const sentences = [];
      for (let s = 0; s < 3; s++) {
        const pool = rnd() < 0.35 ? TEMPLATES : FILLER;
        const template = pool[Math.floor(rnd() * pool.length)]!;
        sentences.push(
          template
            .replace('{org}', org())
            .replace('{org2}', org())
            .replace('{person}', person())
            .replace('{product}', product())
            .replace('{product2}', product())
            .replace('{place}', place())
            .replace('{number}', String(2 + Math.floor(rnd() * 94)))
            .replace('{month}', MONTHS[Math.floor(rnd() * 12)]!),
        );
      }
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    articles.push({
      id: `bench-${seed}-${i}`,
      title: `Generated article ${i}`,
      source: `Outlet ${i % 17}`,
      published: `2024-0${1 + (i % 9)}-${day}`,
      text: paragraphs.join('\n\n'),
    });
  }
  return articles;
}
