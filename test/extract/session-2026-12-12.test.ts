import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.12: "its" before a product whose maker the lexicon knows, read as another
// company, means the maker when the article has named it by then.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    '"its" before a product, with the maker named in the same sentence',
    'Hanwa Telecom works with Anthropic on a Korean-tuned version of its Claude model.',
    ['Anthropic DEVELOPED Claude asserted'],
    ['Hanwa Telecom DEVELOPED Claude'],
  ],
  [
    '"its" before a product, with the maker named in an earlier sentence',
    'Meta opened a research lab in Paris last year. Qorvid AI, a Paris start-up, has built a legal assistant on top of its Llama models.',
    ['Meta Platforms DEVELOPED Llama asserted', 'Qorvid AI USED Llama asserted'],
    ['Qorvid AI DEVELOPED Llama'],
  ],
  [
    'a named possessor is never replaced by the maker',
    "Anthropic sued Qorvid AI last week. Qorvid AI's Claude model is a copy, the lawsuit says.",
    [],
    ['Qorvid AI DEVELOPED Claude', 'Anthropic DEVELOPED Claude'],
  ],
];

describe('rule set 2026.12.12', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
