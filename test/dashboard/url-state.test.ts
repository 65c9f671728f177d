// Shareable links: the query string <-> view state, table-driven.
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, formatState, parseState } from '../../src/dashboard/client/url-state.js';

const here = '[dashboard/url-state] ';

describe('url state', () => {
  const rows: [string, string, Partial<typeof EMPTY_STATE>][] = [
    ['empty', '', {}],
    ['entity only', '?entity=org%3Abytedance', { entity: 'org:bytedance' }],
    [
      'filters',
      '?entity=openai&predicates=SUSPENDED%2CSUED&modalities=ALLEGED&from=2024-01-01&to=2024-12-31&asOf=2024-06-30&depth=2',
      {
        entity: 'openai',
        predicates: ['SUSPENDED', 'SUED'],
        modalities: ['ALLEGED'],
        from: '2024-01-01',
        to: '2024-12-31',
        asOf: '2024-06-30',
        depth: 2,
      },
    ],
    ['open fact', '?entity=openai&relation=r1', { entity: 'openai', relation: 'r1' }],
  ];
  for (const [label, search, expected] of rows) {
    it(`${here}${label}: parses and formats back`, () => {
      const state = parseState(search);
      expect(state).toEqual({ ...EMPTY_STATE, ...expected });
      expect(formatState(state)).toBe(search);
    });
  }

  it(`${here}drops malformed dates and out-of-range hops`, () => {
    expect(parseState('?asOf=yesterday&from=2024-13&depth=9')).toEqual(EMPTY_STATE);
  });
});
