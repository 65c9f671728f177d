import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/api/export/to-csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'OpenAI', 'OpenAI'],
    ['comma', 'a, b', '"a, b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['carriage return', 'a\rb', '"a\rb"'],
    ['formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['plus', '+1 555', "'+1 555"],
    ['at', '@user', "'@user"],
    ['negative number', -1.5, '-1.5'],
    ['boolean', true, 'true'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['unicode', 'Zhipu AI 智谱', 'Zhipu AI 智谱'],
  ])('[csv] %s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('joins rows with CRLF after the header', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x, y'],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,"x, y"\r\n,z\r\n');
  });
});
