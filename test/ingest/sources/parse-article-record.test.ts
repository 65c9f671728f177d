import { describe, expect, it } from 'vitest';
import {
  hashText,
  parseArticleRecord,
  type SourceItem,
} from '../../../src/ingest/sources/index.js';

const BODY =
  'Halvorsen Robotics agreed to buy Quillmate AI for $1.2 billion.\n\nThe deal is expected to close in the third quarter.';

function reasonOf(item: SourceItem): string {
  if (item.ok) throw new Error(`expected an error, got article ${item.article.id}`);
  return item.error.reason;
}

describe('parseArticleRecord', () => {
  it('accepts the gold format and ignores the annotations', () => {
    const item = parseArticleRecord(
      {
        id: 'halvorsen-buys-quillmate',
        title: '  Halvorsen buys\n Quillmate ',
        source: 'The Circuit Ledger',
        url: 'https://www.circuit-ledger.example/news/halvorsen?utm_source=rss#top',
        published: '2031-03-14',
        text: BODY,
        gold: { entities: [], relations: [] },
      },
      'corpus/halvorsen.json',
    );
    expect(item).toEqual({
      ok: true,
      article: {
        id: 'halvorsen-buys-quillmate',
        title: 'Halvorsen buys Quillmate',
        source: 'The Circuit Ledger',
        url: 'https://www.circuit-ledger.example/news/halvorsen?utm_source=rss#top',
        canonicalUrl: 'https://www.circuit-ledger.example/news/halvorsen',
        published: '2031-03-14',
        text: BODY,
        contentHash: hashText(BODY),
        origin: 'corpus/halvorsen.json',
      },
    });
  });

  it('accepts a minimal record, deriving the id from the text hash', () => {
    const item = parseArticleRecord({ text: `  ${BODY}\r\n` }, 'inline');
    expect(item).toEqual({
      ok: true,
      article: {
        id: `sha256:${hashText(BODY).slice(0, 16)}`,
        text: BODY,
        contentHash: hashText(BODY),
        origin: 'inline',
      },
    });
  });

  it('derives the id and source from the canonical URL when there is no id', () => {
    const a = parseArticleRecord(
      { text: BODY, url: 'https://www.Example.com/a/?utm_campaign=x' },
      'a',
    );
    const b = parseArticleRecord(
      { text: `${BODY} Updated.`, url: 'https://www.example.com/a#x' },
      'b',
    );
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.article.id).toMatch(/^url:[0-9a-f]{16}$/);
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.source).toBe('example.com');
  });

  it('accepts numeric ids, null published, and the seed spellings body/publishedAt', () => {
    const numeric = parseArticleRecord({ id: 42, text: BODY, published: null, url: null }, 'x');
    expect(numeric.ok && numeric.article.id).toBe('42');
    expect(numeric.ok && numeric.article.published).toBeUndefined();
    const seed = parseArticleRecord({ body: BODY, publishedAt: 'March 14, 2031' }, 'x');
    expect(seed.ok && seed.article.published).toBe('2031-03-14');
  });

  it('accepts non-English text', () => {
    const texts = [
      '字节跳动表示，其对OpenAI技术的使用符合服务条款。',
      'Компания «Яндекс» представила новую языковую модель.',
      'شركة ناشئة في دبي تجمع تمويلاً لتطوير نماذج الذكاء الاصطناعي',
      'Mistral AI a levé 600 millions d’euros auprès d’investisseurs européens.',
    ];
    for (const text of texts) {
      const item = parseArticleRecord({ text }, 'x');
      expect(item.ok && item.article.text, text).toBe(text);
    }
  });

  const bad: [label: string, value: unknown, reason: RegExp][] = [
    ['not an object', 'just a string', /expected an article object, got string/],
    ['an array', [{ text: BODY }], /got an array/],
    ['null', null, /got null/],
    ['missing text', { title: 'No body' }, /text: is missing/],
    ['text not a string', { text: 42 }, /text: must be a string/],
    ['title not a string', { text: BODY, title: ['a'] }, /title:/],
    ['empty text', { text: '' }, /text is empty/],
    ['whitespace-only text', { text: ' \n\u200B\t ' }, /text is empty/],
    ['text with no letters', { text: '12 345 — 67.89 %' }, /no letters/],
    ['NUL bytes', { text: `PK\u0003\u0004\u0000\u0000binary${BODY}` }, /binary/],
    [
      'mostly unprintable',
      { text: '\u0001\u0002\u0003\u0004\u0005ab\u0006\u0007\u0008'.repeat(50) },
      /binary/,
    ],
    ['replacement characters', { text: '\uFFFD\uFFFDa\uFFFD'.repeat(100) }, /binary/],
    [
      'published not a date',
      { text: BODY, published: 'last Tuesday' },
      /published: "last Tuesday" is not a date/,
    ],
    ['impossible date', { text: BODY, published: '2031-02-30' }, /is not a date/],
    ['url not http', { text: BODY, url: 'javascript:alert(1)' }, /url: .* is not an http\(s\) URL/],
    ['url not valid', { text: BODY, url: 'https://exa mple.com' }, /is not a valid URL/],
  ];
  it.each(bad)('rejects %s', (_label, value, reason) => {
    expect(reasonOf(parseArticleRecord(value, 'origin.json'))).toMatch(reason);
  });

  it('keeps the origin on errors', () => {
    expect(parseArticleRecord({ text: '' }, 'file.jsonl:7')).toEqual({
      ok: false,
      error: { origin: 'file.jsonl:7', reason: 'text is empty' },
    });
  });

  it('rejects a 10 MB text with its size, and respects maxBytes', () => {
    const huge = 'Model weights leaked again. '.repeat(400_000);
    const reason = reasonOf(parseArticleRecord({ text: huge }, 'big.json'));
    expect(reason).toContain(`${Buffer.byteLength(huge)} bytes`);
    expect(reason).toMatch(/10\.7 MB .* over the limit of 5\.0 MB \(5242880 bytes\)/);
    expect(reasonOf(parseArticleRecord({ text: BODY }, 'x', { maxBytes: 50 }))).toMatch(
      /over the limit/,
    );
    expect(parseArticleRecord({ text: huge }, 'x', { maxBytes: 20_000_000 }).ok).toBe(true);
  });
});
