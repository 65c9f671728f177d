import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/split-sentences.js';

const here = '[extract/sentences] ';

const CASES: Array<[string, string, string[]]> = [
  ['two sentences', 'OpenAI said so. Meta did too.', ['OpenAI said so.', 'Meta did too.']],
  [
    'corporate abbreviation',
    'Microsoft Corp. MSFT rose. Shares fell.',
    ['Microsoft Corp. MSFT rose.', 'Shares fell.'],
  ],
  [
    'month abbreviation',
    'It takes effect on Nov. 16. The rules are new.',
    ['It takes effect on Nov. 16.', 'The rules are new.'],
  ],
  [
    'U.S. inside a sentence',
    'The U.S. Commerce Department acted. China objected.',
    ['The U.S. Commerce Department acted.', 'China objected.'],
  ],
  [
    'closing quote',
    '"We use GPT," Seth said. "It works."',
    ['"We use GPT," Seth said.', '"It works."'],
  ],
  [
    'lines stay apart',
    'Key Takeaways\n\n  • Claude 3 Opus leads\n  • GPT-4 trails',
    ['Key Takeaways', 'Claude 3 Opus leads', 'GPT-4 trails'],
  ],
  [
    'initials',
    'Authors George R. R. Martin and others sued. OpenAI replied.',
    ['Authors George R. R. Martin and others sued.', 'OpenAI replied.'],
  ],
  [
    'a name written with a small first letter opens a sentence',
    'Snap welcomed the probe. xAI declined to comment. iFlytek said nothing.',
    ['Snap welcomed the probe.', 'xAI declined to comment.', 'iFlytek said nothing.'],
  ],
  [
    'a plain small word does not',
    'It grew 5 p.c. faster than rivals.',
    ['It grew 5 p.c. faster than rivals.'],
  ],
];

describe('splitSentences', () => {
  it.each(CASES)(`${here}%s`, (_label, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual(expected.map((_, i) => i));
  });
});
