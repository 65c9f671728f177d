import { describe, expect, it } from 'vitest';
import { hashText, normalizeDate, normalizeText } from '../../../src/ingest/sources/index.js';

describe('normalizeText', () => {
  const cases: [label: string, raw: string, expected: string][] = [
    ['plain text unchanged', 'OpenAI hired Ada.', 'OpenAI hired Ada.'],
    ['trims', '  \n\tHello world \n ', 'Hello world'],
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['3+ newlines become one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['blank lines with spaces collapse', 'a\n  \n \t \n\nb', 'a\n\nb'],
    ['runs of spaces and tabs fold', 'a  \t  b\t\tc', 'a b c'],
    ['spaces around newlines go', 'a   \n   b', 'a\nb'],
    ['no-break and ideographic spaces fold', 'a\u00A0\u00A0b\u3000c', 'a b c'],
    ['named and numeric entities', 'AT&amp;T &ldquo;hi&rdquo; &#233;&#x27;', "AT&T “hi” é'"],
    ['ampersand without entity kept', 'R&D and Q&A', 'R&D and Q&A'],
    ['entity without semicolon kept', '?a=1&para=2', '?a=1&para=2'],
    ['NFC composes', 'Cafe\u0301', 'Café'],
    [
      'zero-width space, BOM, word joiner, soft hyphen removed',
      '\uFEFFzero\u200Bwidth\u2060join\u00ADed',
      'zerowidthjoined',
    ],
    ['control characters removed', 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f', 'abcdef'],
    ['tabs inside lines fold, newlines kept', 'a\tb\nc', 'a b\nc'],
    ['paragraph separator', 'a\u2029b', 'a\n\nb'],
    [
      'non-Latin scripts untouched',
      '深度求索发布了新模型。\n\nЯндекс',
      '深度求索发布了新模型。\n\nЯндекс',
    ],
    ['empty stays empty', ' \n\t ', ''],
  ];
  it.each(cases)('%s', (_label, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [, raw] of cases) {
      const once = normalizeText(raw);
      expect(normalizeText(once)).toBe(once);
    }
  });
});

describe('hashText', () => {
  it('is the sha256 hex of the UTF-8 text', () => {
    expect(hashText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('normalizeDate', () => {
  const cases: [input: string, expected: string | undefined][] = [
    ['2024-01-05', '2024-01-05'],
    ['2024-1-5', '2024-01-05'],
    ['2024/01/05', '2024-01-05'],
    ['2024-01-05T23:30:00-05:00', '2024-01-05'],
    ['2024-01-05 08:00', '2024-01-05'],
    ['Fri, 05 Jan 2024 09:00:00 GMT', '2024-01-05'],
    ['5 January 2024', '2024-01-05'],
    ['January 5, 2024', '2024-01-05'],
    ['Sept. 30, 2023', '2023-09-30'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2024-13-01', undefined],
    ['yesterday', undefined],
    ['05/01/2024', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
