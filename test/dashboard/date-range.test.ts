// The graph's date-range filter over full and partial event dates.
import { describe, expect, it } from 'vitest';
import { isInDateRange } from '../../src/dashboard/client/filters.js';

const rows: [string, string | null, string | null, string | null, boolean][] = [
  ['no range keeps undated facts', null, null, null, true],
  ['a range drops undated facts', null, '2024-01-01', null, false],
  ['inside', '2024-03-05', '2024-01-01', '2024-12-31', true],
  ['before from', '2023-12-31', '2024-01-01', null, false],
  ['after to', '2025-01-01', null, '2024-12-31', false],
  ['a year overlapping from', '2024', '2024-06-01', null, true],
  ['a month overlapping to', '2024-06', null, '2024-06-10', true],
  ['a month before from', '2024-05', '2024-06-01', null, false],
];

describe('isInDateRange', () => {
  for (const [label, date, from, to, expected] of rows)
    it(`[dashboard/date-range] ${label}`, () =>
      expect(isInDateRange(date, from, to)).toBe(expected));
});
