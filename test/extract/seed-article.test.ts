import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';

const here = '[extract/seed-article] ';
const SEED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'seed-article.txt');

describe('the seed article end to end', () => {
  const text = readFileSync(SEED, 'utf8');
  const x = extractArticle({ id: 'seed', text, published: '2024-01-04' }, loadLexicon());
  // names as the project lexicon spells them
  const name = (surface: string) =>
    x.entities.find((e) => e.aliases.includes(surface))?.name ?? surface;
  const find = (s: string, p: string, o: string) =>
    x.relations.find((r) => r.subject === name(s) && r.predicate === p && r.object === name(o));

  const EXPECTED: Array<[string, string, string, string]> = [
    ['OpenAI', 'SUSPENDED', 'ByteDance', 'asserted'],
    ['ByteDance', 'PARENT_OF', 'TikTok', 'asserted'],
    ['01.AI', 'COPIED', 'Llama', 'alleged'],
    ['Lee Kai-fu', 'FOUNDED', '01.AI', 'asserted'],
    ['Robin Li', 'LEADS', 'Baidu', 'asserted'],
    ['Meta Platforms', 'DEVELOPED', 'Llama', 'asserted'],
    ['01.AI', 'DEVELOPED', 'Yi-34B', 'asserted'],
    ['OpenAI', 'DEVELOPED', 'GPT-4 Turbo', 'asserted'],
    ['ByteDance', 'USED', 'OpenAI', 'asserted'],
    ['OpenAI', 'LOCATED_IN', 'US', 'asserted'],
  ];
  it.each(EXPECTED)(`${here}%s %s %s (%s)`, (s, p, o, modality) => {
    const r = find(s, p, o);
    expect(r, `${s} ${p} ${o}`).toBeDefined();
    expect(r?.modality).toBe(modality);
    expect(text.slice(r?.evidence.start, r?.evidence.end)).toBe(r?.evidence.sentence);
  });

  it(`${here}finds the entities without junk`, () => {
    const names = x.entities.map((e) => e.name);
    for (const n of ['ByteDance', 'OpenAI', 'TikTok', 'Baidu', 'Robin Li', '01.AI', 'Yi-34B']) {
      expect(names.map((v) => v.toLowerCase())).toContain(name(n).toLowerCase());
    }
    for (const junk of ['Credit', 'Updated', 'Source', 'However', 'This'])
      expect(names).not.toContain(junk);
  });

  it(`${here}resolves "in April" against the publication date`, () => {
    const dated = x.relations.filter((r) => r.eventDate);
    for (const r of dated) expect(r.eventDate).toMatch(/^\d{4}(-\d\d){0,2}$/);
  });
});
