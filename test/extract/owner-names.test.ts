import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Products named with their maker's name, in sentences written for this test: platforms and
// apps keep the name whole ("Microsoft Azure"); chips, models and devices split into maker and
// code ("Nvidia H100"); either way the company whose name opens the product's made it.
const CASES: FamilyCase[] = [
  [
    "a platform named with its maker's name is the maker's",
    'Microsoft signed the deal in May. The Abu Dhabi company runs its applications on Microsoft Azure.',
    ['Microsoft DEVELOPED Azure asserted'],
    [],
  ],
  [
    'an unknown company and its product named after it',
    'Quillmark Labs said on Tuesday that 40 law firms now pay for Quillmark Draft, its contract tool.',
    ['Quillmark Labs DEVELOPED Quillmark Draft asserted'],
    [],
  ],
  [
    'a chip after its maker splits into maker and chip',
    'Nvidia said demand for the Nvidia H100 stayed strong.',
    ['Nvidia DEVELOPED H100 asserted'],
    [],
  ],
  [
    'a maker the text gives wins over the name',
    'Zorvat Systems has built the Acme Pilot software for carmaker Acme Motors. Acme said the tool cut costs.',
    ['Zorvat Systems DEVELOPED Acme Pilot asserted'],
    ['Acme Motors DEVELOPED Acme Pilot'],
  ],
];

describe('products named after their makers', () => {
  itFindsEachCase('', CASES, lexicon);

  it('keeps a platform named with its maker whole: one entity, no maker mention inside it', () => {
    const x = extractArticle(
      { id: 't', text: 'Lelapa AI moved its training jobs to Microsoft Azure last year.' },
      lexicon,
    );
    const azure = x.entities.find((e) => e.lexiconId === 'azure');
    expect(azure?.mentions.map((m) => m.text)).toEqual(['Microsoft Azure']);
    expect(x.entities.map((e) => e.name)).not.toContain('Microsoft');
  });
});
