import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../src/extract/resolve-event-date.js';
import { extract, relation } from './helpers.js';

const here = '[extract/event-date] ';

// [label, sentence, published, expected]
const CASES: Array<[string, string, string | null, string | undefined]> = [
  ['month in the past', 'The work was discontinued in April.', '2023-12-15', '2023-04'],
  [
    'month later than publication is last year',
    'It launched in December.',
    '2024-01-04',
    '2023-12',
  ],
  ['explicit day', 'It took effect on Oct. 23.', '2023-10-25', '2023-10-23'],
  ['explicit day with year', 'It was filed on March 26, 2024.', null, '2024-03-26'],
  ['last week', 'OpenAI acted last week.', '2023-12-15', '2023-12-04'],
  ['last month', 'Amazon said last month it would invest.', '2023-10-30', '2023-09'],
  ['weekday', 'Microsoft said on Monday it would invest.', '2023-01-25', '2023-01-23'],
  ['year', 'Microsoft invested in 2019.', '2023-01-23', '2019'],
  ['year without publication', 'Microsoft invested in 2019.', null, '2019'],
  ['relative date without publication', 'Microsoft invested last week.', null, undefined],
  ['no date', 'Microsoft invested heavily.', '2023-01-23', undefined],
];

describe('resolveEventDate', () => {
  it.each(CASES)(`${here}%s`, (_label, sentence, published, expected) => {
    expect(resolveEventDate({ sentence, at: 0, published })).toBe(expected);
  });

  it(`${here}relations keep the event date apart from the publication date`, () => {
    const x = extract('OpenAI suspended ByteDance last week.', '2023-12-15');
    const r = relation(x, 'OpenAI SUSPENDED ByteDance');
    expect(r?.eventDate).toBe('2023-12-04');
  });
});
