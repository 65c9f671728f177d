import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../../src/ingest/sources/index.js';

describe('canonicalizeUrl', () => {
  const cases: [label: string, input: string, expected: string][] = [
    ['already canonical', 'https://example.com/a/b', 'https://example.com/a/b'],
    ['lowercases the host', 'https://News.Example.COM/Story', 'https://news.example.com/Story'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['drops the trailing slash', 'https://example.com/a/b/', 'https://example.com/a/b'],
    ['drops the root slash', 'https://example.com/', 'https://example.com'],
    [
      'drops utm_*',
      'https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z',
      'https://example.com/a',
    ],
    [
      'drops click ids',
      'https://example.com/a?fbclid=1&gclid=2&msclkid=3',
      'https://example.com/a',
    ],
    ['drops ref', 'https://example.com/a?ref=homepage', 'https://example.com/a'],
    [
      'keeps meaningful query in order',
      'https://example.com/a?p=2&id=7&utm_source=x',
      'https://example.com/a?p=2&id=7',
    ],
    ['drops default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['keeps other ports', 'http://127.0.0.1:8080/a/', 'http://127.0.0.1:8080/a'],
    ['drops credentials', 'https://user:pw@example.com/a', 'https://example.com/a'],
    ['trims whitespace', '  https://example.com/a  ', 'https://example.com/a'],
    ['keeps percent-encoding', 'https://example.com/caf%C3%A9', 'https://example.com/caf%C3%A9'],
  ];
  it.each(cases)('%s', (_label, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('throws on a relative URL', () => {
    expect(() => canonicalizeUrl('/a/b')).toThrow(TypeError);
  });
});
