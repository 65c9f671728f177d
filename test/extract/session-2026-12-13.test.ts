import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.13: a product "developed by the state-backed programme X"; "Poro, the open
// model that Silo AI developed", an object relative after the product's description; "is already
// being piloted by", an adverb between the auxiliary and the passive; no rivalry between a company
// and what it makes ("Rival Zorvex Chat, made by Zorvex Labs"); "one of Norway's largest road
// hauliers", a plural kind of organization; and "a collaboration between EPFL in Lausanne and ...".
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a product developed by a programme',
    'Qorvid AI builds its tutors on SEA-LION, a language model family developed by the state-backed programme AI Singapore.',
    ['AI Singapore DEVELOPED SEA-LION asserted', 'Qorvid AI USED SEA-LION asserted'],
    [],
  ],
  [
    'an object relative after a product’s description',
    'The start-up pitches Kide as a rival to Poro, the open model that Silo AI developed with the University of Turku.',
    ['Silo AI DEVELOPED Poro asserted'],
    [],
  ],
  [
    'an adverb between the auxiliary and a passive of use',
    'Zorvex Labs released Nova-7B in May. The model is already being piloted by retailer Carrefour.',
    ['Zorvex Labs DEVELOPED Nova-7B asserted', 'Carrefour USED Nova-7B asserted'],
    [],
  ],
  [
    'no rivalry between a company and what it makes',
    'Rival Zorvex Chat, made by Oslo-based Zorvex Labs, was not affected.',
    ['Zorvex Labs DEVELOPED Zorvex Chat asserted', 'Zorvex Labs LOCATED_IN Oslo asserted'],
    ['Zorvex Chat COMPETES_WITH Zorvex Labs', 'Zorvex Labs COMPETES_WITH Zorvex Chat'],
  ],
  [
    'a plural kind of organization after a country’s possessive',
    "Kestrel Freight, one of Norway's largest road hauliers, signed the deal on Monday.",
    ['Kestrel Freight LOCATED_IN Norway asserted'],
    [],
  ],
  [
    'a place after a party to a collaboration',
    'The model came out of a collaboration between EPFL in Lausanne and ETH Zurich.',
    ['EPFL LOCATED_IN Lausanne asserted'],
    [],
  ],
];

describe('rule set 2026.12.13', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
