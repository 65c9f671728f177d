import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readFileSource,
  readFolderSource,
  readSources,
} from '../../../src/ingest/sources/index.js';
import { collectItems, summarize } from './collect-items.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sources');
const BODY =
  'Northwind Silicon unveiled the Kestrel chip in Rotterdam on Tuesday, saying it runs language models on factory equipment.';
const record = (id: string, extra: object = {}) =>
  JSON.stringify({ id, text: `${BODY} (${id})`, ...extra });

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aikg-sources-'));
  await mkdir(at('corpus/nested'), { recursive: true });
  await mkdir(at('corpus/.hidden'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'one.json': record('one', { title: 'One', published: '2031-03-11', gold: { entities: [] } }),
    'many.json': `[${record('a')},${record('b')},{"text":""}]`,
    'broken.json': '{"id": "x", "text": ',
    'lines.jsonl': [
      record('l1'),
      '',
      '{"id":"l3",',
      record('l4', { published: 'soon' }),
      record('l5'),
    ].join('\r\n'),
    'bad-utf8.txt': Buffer.concat([
      Buffer.from('Quillmate AI raised money '),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(' today.'),
    ]),
    'bad-utf8-line.ndjson': Buffer.concat([
      Buffer.from(`${record('u1')}\n{"text":"caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${record('u3')}\n`),
    ]),
    'titled.txt': `Meridian Compute opens a Lisbon lab\n\n${BODY}\n\n\n\nSecond paragraph.`,
    'untitled.txt': `top of page\n\n${BODY}`,
    'notes.md': `# Bluehaven raises a fund\n\n## Details\n\nBluehaven **Capital** backed [Quillmate AI](https://quillmate.example) early.\n`,
    'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00]),
    'report.pdf': '%PDF-1.7',
    'corpus/b.json': record('folder-b'),
    'corpus/a.txt': BODY,
    'corpus/nested/c.jsonl': `${record('folder-c1')}\n${record('folder-c2')}\n`,
    'corpus/README': 'not an article file',
    'corpus/.hidden/secret.json': record('hidden'),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(at(name), content);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFileSource', () => {
  it('reads one gold-format JSON object', async () => {
    const [item] = await collectItems(readFileSource(at('one.json')));
    expect(item?.ok && item.article).toMatchObject({
      id: 'one',
      title: 'One',
      published: '2031-03-11',
      origin: at('one.json'),
    });
  });

  it('reads a JSON array, one item per element', async () => {
    expect(summarize(await collectItems(readFileSource(at('many.json'))))).toEqual([
      `${at('many.json')}[0] -> a`,
      `${at('many.json')}[1] -> b`,
      `${at('many.json')}[2] -> !text is empty`,
    ]);
  });

  it('reports invalid JSON with the parser message', async () => {
    const [item] = await collectItems(readFileSource(at('broken.json')));
    expect(item?.ok).toBe(false);
    expect(!item?.ok && item?.error.reason).toMatch(/^invalid JSON: .+/);
  });

  it('reads JSONL line by line; bad lines are errors with their line number', async () => {
    const path = at('lines.jsonl');
    const items = summarize(await collectItems(readFileSource(path)));
    expect(items).toHaveLength(4);
    expect(items[0]).toBe(`${path}:1 -> l1`);
    expect(items[1]).toMatch(new RegExp(`^${path}:3 -> !invalid JSON: `));
    expect(items[2]).toBe(`${path}:4 -> !published: "soon" is not a date`);
    expect(items[3]).toBe(`${path}:5 -> l5`);
  });

  it('reports invalid UTF-8 in a whole file', async () => {
    const items = await collectItems(readFileSource(at('bad-utf8.txt')));
    expect(summarize(items)).toEqual([`${at('bad-utf8.txt')} -> !file is not valid UTF-8 text`]);
  });

  it('reports invalid UTF-8 in one JSONL line and keeps the others', async () => {
    const path = at('bad-utf8-line.ndjson');
    expect(summarize(await collectItems(readFileSource(path)))).toEqual([
      `${path}:1 -> u1`,
      `${path}:2 -> !line is not valid UTF-8 text`,
      `${path}:3 -> u3`,
    ]);
  });

  it('reads text files: base name as id, a heading-like first line as title', async () => {
    const [titled] = await collectItems(readFileSource(at('titled.txt')));
    expect(titled?.ok && titled.article).toMatchObject({
      id: 'titled',
      title: 'Meridian Compute opens a Lisbon lab',
      text: `${BODY}\n\nSecond paragraph.`,
    });
    const [untitled] = await collectItems(readFileSource(at('untitled.txt')));
    expect(untitled?.ok && untitled.article.title).toBeUndefined();
    expect(untitled?.ok && untitled.article.text).toBe(`top of page\n\n${BODY}`);
  });

  it('reads Markdown without its markup', async () => {
    const [item] = await collectItems(readFileSource(at('notes.md')));
    expect(item?.ok && item.article).toMatchObject({
      id: 'notes',
      title: 'Bluehaven raises a fund',
      text: 'Details\n\nBluehaven Capital backed Quillmate AI early.',
    });
  });

  it('reads an HTML file through readability', async () => {
    const path = join(FIXTURES, 'second-article.html');
    const [item] = await collectItems(readFileSource(path));
    expect(item?.ok && item.article).toMatchObject({
      id: 'second-article',
      title: 'Northwind Silicon unveils a low-power inference chip',
      source: 'The Circuit Ledger',
      origin: path,
    });
  });

  it.each([
    ['binary.txt', /text looks binary/],
    ['report.pdf', /unsupported file type "\.pdf"/],
    ['missing.json', /no such file or folder/],
  ])('rejects %s', async (name, reason) => {
    const items = await collectItems(readFileSource(at(name)));
    expect(items).toHaveLength(1);
    expect(!items[0]?.ok && items[0]?.error.reason).toMatch(reason);
  });
});

describe('readFolderSource', () => {
  it('reads supported files recursively, sorted, skipping hidden ones', async () => {
    const root = at('corpus');
    expect(summarize(await collectItems(readFolderSource(root)))).toEqual([
      `${join(root, 'a.txt')} -> a`,
      `${join(root, 'b.json')} -> folder-b`,
      `${join(root, 'nested/c.jsonl')}:1 -> folder-c1`,
      `${join(root, 'nested/c.jsonl')}:2 -> folder-c2`,
    ]);
  });
});

describe('readSources', () => {
  it('reads files, folders and stdin in order, and never throws on unknown paths', async () => {
    const stdin = Readable.from([
      Buffer.from(`${record('s1')}\nnot json\n`),
      Buffer.from(record('s2')),
    ]);
    const items = summarize(
      await collectItems(
        readSources([at('one.json'), at('nope'), '-', at('corpus/nested'), 'ftp://example.com/x'], {
          stdin,
        }),
      ),
    );
    expect(items).toEqual([
      `${at('one.json')} -> one`,
      `${at('nope')} -> !no such file or folder`,
      'stdin:1 -> s1',
      expect.stringMatching(/^stdin:2 -> !invalid JSON: /),
      'stdin:3 -> s2',
      `${join(at('corpus/nested'), 'c.jsonl')}:1 -> folder-c1`,
      `${join(at('corpus/nested'), 'c.jsonl')}:2 -> folder-c2`,
      'ftp://example.com/x -> !unsupported URL scheme (only http and https)',
    ]);
  });
});
