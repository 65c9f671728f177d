import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.08: access to another's models (who holds it uses them, whose they are),
// base models that are fine-tuned, products built on another's technology, makers of a
// company's hardware, customers counted in a second clause or named "one of" a supplier's
// largest, a provider as a supplier, a largest customer named after "is".
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    "a company whose access to another's models was cut: it used them, and they are the cutter's",
    'Google has cut off Baidu\'s access to its Gemini models.',
    ['Baidu USED Gemini asserted', 'Google DEVELOPED Gemini asserted'],
    ['Baidu DEVELOPED Gemini'],
  ],
  [
    'access given to a company',
    'The agreement gives Cohere access to Oracle\'s cloud.',
    ['Cohere USED Oracle asserted'],
    [],
  ],
  [
    'access to new customers is no use of a company named after it',
    "The deal will widen the start-up's access to new customers as Microsoft sells its tools.",
    [],
    ['Microsoft USED Microsoft'],
  ],
  [
    'a base model that a company fine-tunes',
    'Cohere fine-tunes its agents on Llama 3 for banks in Canada.',
    ['Cohere USED Llama 3 asserted'],
    [],
  ],
  [
    'a product built on technology from two companies',
    'Snap, whose My AI chatbot is built on technology from OpenAI and Google, declined to comment.',
    ['Snap USED OpenAI asserted', 'Snap USED Google asserted'],
    [],
  ],
  [
    "the maker of a company's chips, named in a relative clause",
    "TSMC, which manufactures the H20 and most of Nvidia's other processors, reported higher profits.",
    ['TSMC SUPPLIES Nvidia asserted'],
    [],
  ],
  [
    "the maker of a company's chip, named after it",
    "Huawei's Ascend 910B, manufactured by SMIC, is in short supply.",
    ['SMIC SUPPLIES Huawei asserted'],
    [],
  ],
  [
    'customers counted in a second clause of the supplier',
    'Mistral AI sells its models to governments, and counts BNP Paribas and Stellantis among its customers.',
    ['Mistral AI SUPPLIES BNP Paribas asserted', 'Mistral AI SUPPLIES Stellantis asserted'],
    [],
  ],
  [
    "a customer named one of a supplier's largest",
    "Google, one of Scale AI's largest customers, is moving its work elsewhere.",
    ['Scale AI SUPPLIES Google asserted'],
    [],
  ],
  [
    "a supplier named as a company's former provider",
    "Microsoft, once OpenAI's exclusive cloud provider, gave up that status.",
    ['Microsoft SUPPLIES OpenAI asserted'],
    [],
  ],
  [
    'a largest customer named after "is"',
    "Cohere's largest customer is Oracle, which resells its models.",
    ['Cohere SUPPLIES Oracle asserted'],
    [],
  ],
];

describe('rule set 2026.12.08', () => {
  itFindsEachCase('finds', CASES, lexicon);
});
