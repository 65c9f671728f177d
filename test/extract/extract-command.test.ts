import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../src/cli/extract-command.js';

const here = '[extract/command] ';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  return { out, err, lines: () => out.join('').split('\n').filter(Boolean) };
}

describe('aikg extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aikg-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  const gold = join(dir, 'gold.json');
  writeFileSync(
    gold,
    JSON.stringify({
      id: 'gold-1',
      title: 'OpenAI suspends ByteDance',
      published: '2023-12-15',
      text: 'Sam Altman-led OpenAI has suspended TikTok-parent ByteDance last week.',
      gold: { entities: [], relations: [] },
    }),
  );
  const plain = join(dir, 'note-7.txt');
  writeFileSync(plain, 'Microsoft-backed OpenAI released GPT-4.');
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  const noText = join(dir, 'no-text.json');
  writeFileSync(noText, JSON.stringify({ id: 'x' }));

  it(`${here}prints one JSON line per file in the gold output format`, async () => {
    const io = capture();
    const code = await runExtract([gold, plain]);
    expect(code).toBe(0);
    const [first, second] = io.lines().map((l) => JSON.parse(l));
    expect(first.id).toBe('gold-1');
    expect(first.entities).toContainEqual(
      expect.objectContaining({ name: 'ByteDance', type: 'Organization' }),
    );
    const suspended = first.relations.find(
      (r: { predicate: string }) => r.predicate === 'SUSPENDED',
    );
    expect(suspended).toMatchObject({
      subject: 'OpenAI',
      object: 'ByteDance',
      modality: 'asserted',
      eventDate: '2023-12-04',
    });
    expect(suspended.evidence).toMatchObject({ start: 0 });
    expect(typeof suspended.rule).toBe('string');
    expect(second.id).toBe('note-7');
  });

  it(`${here}reports unreadable files on stderr, prints the others, exits 1`, async () => {
    const io = capture();
    const code = await runExtract([broken, gold, noText, join(dir, 'absent.json')]);
    expect(code).toBe(1);
    expect(io.lines().map((l) => JSON.parse(l).id)).toEqual(['gold-1']);
    const err = io.err.join('');
    expect(err).toContain('broken.json');
    expect(err).toContain('no-text.json: expected a JSON object with a "text" string');
    expect(err).toContain('absent.json');
  });

  it(`${here}takes --lexicon DIR`, async () => {
    const lex = join(dir, 'lexicon');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(lex);
    writeFileSync(
      join(lex, 'orgs.json'),
      JSON.stringify({
        entries: [{ id: 'acme', name: 'Acme Robotics', type: 'Organization', aliases: ['Acme'] }],
      }),
    );
    const article = join(dir, 'acme.txt');
    writeFileSync(article, 'Acme said it grew.');
    const io = capture();
    expect(await runExtract(['--lexicon', lex, article])).toBe(0);
    expect(JSON.parse(io.lines()[0] ?? '{}').entities[0]).toMatchObject({ name: 'Acme Robotics' });
  });

  it(`${here}a bad lexicon folder is an error, not a crash`, async () => {
    const io = capture();
    expect(await runExtract(['--lexicon', join(dir, 'nowhere'), plain])).toBe(1);
    expect(io.err.join('')).toContain('nowhere');
  });

  it(`${here}no files prints usage and exits 1`, async () => {
    const io = capture();
    expect(await runExtract([])).toBe(1);
    expect(io.err.join('')).toContain('usage: aikg extract');
  });
});
