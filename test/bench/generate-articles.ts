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

const TEMPLATES = [
  '{org} said on Tuesday it had acquired {org2} for an undisclosed sum.',
  '{org} invested $2 billion in {org2}, according to people familiar with the matter.',
  '{org} launched {product}, a model it says rivals {product2}.',
  '{person}, the chief executive of {org}, said the company would expand in {place}.',
  '{org} has partnered with {org2} to offer {product} to business customers.',
  '{org} accused {org2} of copying {product} without permission.',
  '{org2} denied the allegations and said it had not used {product}.',
  '{org} suspended the account of {org2} pending an investigation.',
  '{org} plans to open a research lab in {place} next year.',
  'Analysts said {org} competes with {org2} for cloud customers in {place}.',
  '{org} sued {org2} in federal court last month, alleging breach of contract.',
  'The deal gives {org} access to chips supplied by {org2}.',
  'Regulators in {place} are reviewing the agreement, a spokesperson for {org} said.',
  'Shares of {org} rose 3 percent after the announcement.',
  'The company did not disclose financial terms.',
];

// Most sentences of a real story carry no relation: context, numbers, quotes, background.
const FILLER = [
  'The announcement comes as companies race to build larger models and secure the computing power to run them.',
  'Investors have poured billions of dollars into the sector over the past two years.',
  '"We are still early in this transition," an executive told reporters at the event.',
  'The market for generative AI software is expected to grow quickly through the end of the decade, analysts estimate.',
  'Training a frontier model now costs hundreds of millions of dollars in hardware and electricity.',
  'Critics have raised concerns about the energy use of large data centres.',
  'The terms of the agreement were not made public, and the companies declined to comment further.',
  'Demand for specialised processors has outstripped supply for much of the year.',
  'The move is likely to draw scrutiny from competition authorities, lawyers said.',
  'Several start-ups have struggled to raise money as interest rates stayed high.',
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
            .replace('{place}', place()),
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
