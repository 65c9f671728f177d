import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// "..., the company said": who "the company" is when it speaks, in sentences written for this
// test. The story's company, also when the description says where it is ("the Munich-based
// company"); a company named as the subject of what is reported, speaking of itself; the
// antecedent of a relative clause ("which the Hangzhou-based company said").
const CASES: FamilyCase[] = [
  [
    'a located description that speaks is the story’s company',
    'Helsing raised 600 million euros on Tuesday. Existing investors General Catalyst and Accel also took part, the Munich-based company said in a statement.',
    ['Helsing LOCATED_IN Munich asserted', 'Accel INVESTED_IN Helsing asserted'],
    ['Accel LOCATED_IN Munich'],
  ],
  [
    'the subject of what is reported speaks of itself',
    'CoreWeave opened a data centre near Oslo on Monday. CoreWeave said the site was full. Mistral AI will use the capacity to train its models, the Paris-based company said.',
    ['Mistral AI LOCATED_IN Paris asserted'],
    ['CoreWeave LOCATED_IN Paris'],
  ],
  [
    'a relative clause’s description is its antecedent',
    'Moonshot AI released Kimi K2 on Friday. The release comes after rival DeepSeek unveiled its R1 model, which the Hangzhou-based company said it trained cheaply.',
    ['DeepSeek LOCATED_IN Hangzhou asserted'],
    ['Moonshot AI LOCATED_IN Hangzhou'],
  ],
];

describe('speaker references', () => {
  itFindsEachCase('', CASES, lexicon);
});
