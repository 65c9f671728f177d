import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/extract/index.js';
import { matchLexicon } from '../../src/extract/match-lexicon.js';
import { tokenize } from '../../src/extract/tokenize.js';

const here = '[extract/match-lexicon] ';

const LEXICON = parseLexicon([
  {
    entries: [
      { id: 'verge', name: 'The Verge', type: 'Organization' },
      { id: 'labs', name: 'Open Frontier Labs', type: 'Organization', aliases: ['OFL'] },
      { id: 'frontier', name: 'Frontier', type: 'Product' },
      { id: 'alphabet', name: 'Alphabet Inc', type: 'Organization' },
      { id: 'odos', name: 'ΟΔΟΣ Ένα', type: 'Organization' },
    ],
  },
]);

const found = (text: string) =>
  matchLexicon(text, tokenize(text), LEXICON).map((m) => `${m.entry.id}:${m.text}`);

describe('matchLexicon', () => {
  it(`${here}finds the longest form, word by word`, () => {
    expect(found('Open Frontier Labs said so, per the Verge.')).toEqual([
      'labs:Open Frontier Labs',
      'verge:the Verge',
    ]);
  });

  it(`${here}stops where no longer form goes on, and still finds what follows`, () => {
    expect(found('Open Frontier now ships Frontier.')).toEqual([
      'frontier:Frontier',
      'frontier:Frontier',
    ]);
    expect(found('The Frontier model')).toEqual(['frontier:Frontier']);
  });

  it(`${here}keeps a company's period and reads final sigma either way`, () => {
    expect(found('Alphabet Inc. rose. ΟΔΟΣ Ένα grew.')).toEqual([
      'alphabet:Alphabet Inc.',
      'odos:ΟΔΟΣ Ένα',
    ]);
    expect(found('ΟΔΟΣ ΈΝΑ')).toEqual(['odos:ΟΔΟΣ ΈΝΑ']);
  });
});
