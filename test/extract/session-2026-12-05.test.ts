import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.05. The sentences were written by the team for this test; none comes from a
// publisher's article.
const CASES: FamilyCase[] = [
  [
    'a department of two portfolios joined by "and"',
    'The Department of Communications and Digital Technologies criticised Google on Monday.',
    ['Department of Communications and Digital Technologies CRITICIZED Google asserted'],
    ['Digital Technologies CRITICIZED Google', 'Communications CRITICIZED Google'],
  ],
  [
    'a ministry whose portfolios are listed with commas',
    "Kenya's Ministry of Science, Technology, Knowledge and Innovation criticised Safaricom.",
    [
      'Ministry of Science, Technology, Knowledge and Innovation CRITICIZED Safaricom asserted',
      'Ministry of Science, Technology, Knowledge and Innovation LOCATED_IN Kenya asserted',
    ],
    [],
  ],
  [
    'a list member introduced by what it is',
    'Larkspur Labs sells to insurers. Its customers include Allstate and the Dutch bank ING.',
    ['Larkspur Labs SUPPLIES Allstate asserted', 'Larkspur Labs SUPPLIES ING asserted'],
    [],
  ],
];

describe('rule set 2026.12.05', () => {
  itFindsEachCase('', CASES, lexicon);
});

describe('portfolio bodies', () => {
  it('keeps a list of companies after a ministry apart from its name', () => {
    const x = extractArticle(
      { id: 't', text: 'The Ministry of Finance, Google and Meta met on Tuesday.' },
      lexicon,
    );
    const names = x.entities.map((e) => e.name);
    expect(names).toContain('Ministry of Finance');
    expect(names.some((n) => n.includes('Finance,'))).toBe(false);
  });
});
