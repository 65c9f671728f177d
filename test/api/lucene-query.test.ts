import { describe, expect, it } from 'vitest';
import { escapeLucene, toFuzzyQuery } from '../../src/graph/index.js';

describe('full-text queries from user text', () => {
  it.each([
    ['plain word', 'openai', '(openai^3 OR openai* OR openai~2)'],
    ['short word', 'ai', '(ai^3 OR ai*)'],
    ['mid word', 'Meta', '(meta^3 OR meta* OR meta~1)'],
    ['punctuation splits', 'GPT-4', '(gpt^3 OR gpt* OR gpt~1) (4^3 OR 4*)'],
    [
      'operators are words',
      'a AND b OR c',
      '(a^3 OR a*) (and^3 OR and* OR and~1) (b^3 OR b*) (or^3 OR or*) (c^3 OR c*)',
    ],
    ['syntax is dropped', '"~*?:\\/()[]{}^!', ''],
    ['accents folded', 'Zürich', '(zurich^3 OR zurich* OR zurich~2)'],
  ])('[lucene] %s', (_, input, expected) => {
    expect(toFuzzyQuery(input)).toBe(expected);
  });

  it('caps the number of terms', () => {
    expect(toFuzzyQuery('a b c d e f g h i j').split(') (')).toHaveLength(8);
  });

  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
