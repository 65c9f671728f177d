import { describe, expect, it } from 'vitest';
import { extract, relation } from './helpers.js';

const here = '[extract/modality] ';

// [label, text, triple, modality]
const CASES: Array<[string, string, string, string]> = [
  [
    'plain fact',
    'Microsoft invested $10 billion in OpenAI.',
    'Microsoft INVESTED_IN OpenAI',
    'asserted',
  ],
  ['accused of', '01.AI was accused of copying Llama.', '01.AI COPIED Llama', 'alleged'],
  [
    'the accusation itself is asserted',
    'OpenAI accused ByteDance of copying GPT.',
    'OpenAI ACCUSED ByteDance',
    'asserted',
  ],
  ['reportedly', 'Apple reportedly acquired Mistral AI.', 'Apple ACQUIRED Mistral AI', 'alleged'],
  [
    'allegedly',
    'ByteDance allegedly used GPT to train its model.',
    'ByteDance USED GPT',
    'alleged',
  ],
  [
    'according to a third party',
    'Amazon invested $4 billion in Anthropic, according to The Verge.',
    'Amazon INVESTED_IN Anthropic',
    'alleged',
  ],
  [
    'according to a party',
    'Amazon invested $4 billion in Anthropic, according to Amazon.',
    'Amazon INVESTED_IN Anthropic',
    'asserted',
  ],
  [
    'sources say',
    'Sources say Google invested $2 billion in Anthropic.',
    'Google INVESTED_IN Anthropic',
    'alleged',
  ],
  [
    'denied',
    'Microsoft did not invest in Mistral AI this year.',
    'Microsoft INVESTED_IN Mistral AI',
    'denied',
  ],
  [
    'said it did not',
    'ByteDance said it has never used GPT for that product.',
    'ByteDance USED GPT',
    'denied',
  ],
  [
    'plans to',
    'Microsoft plans to use OpenAI models in Office.',
    'Microsoft USED OpenAI',
    'planned',
  ],
  ['will', 'Anthropic will use Azure for training.', 'Anthropic USED Azure', 'planned'],
  [
    'in talks',
    'Apple is in talks with Google about a deal.',
    'Apple PARTNERED_WITH Google',
    'planned',
  ],
  [
    'asserted elsewhere wins',
    'Google will invest in Anthropic. Google invested $300 million in Anthropic.',
    'Google INVESTED_IN Anthropic',
    'asserted',
  ],
  [
    'a description is not hearsay',
    'Beijing-based 01.AI reportedly raised money.',
    '01.AI LOCATED_IN Beijing',
    'asserted',
  ],
];

describe('modality', () => {
  it.each(CASES)(`${here}%s`, (_label, text, triple, modality) => {
    expect(relation(extract(text), triple)?.modality, text).toBe(modality);
  });
});

// [label, text, triple, attribution]
const ATTRIBUTED: Array<[string, string, string, string | undefined]> = [
  ['X said', 'OpenAI said it had suspended ByteDance.', 'OpenAI SUSPENDED ByteDance', 'OpenAI'],
  [
    'according to',
    'Amazon invested in Anthropic, according to The Verge.',
    'Amazon INVESTED_IN Anthropic',
    'The Verge',
  ],
  [
    'said X',
    '"We suspended ByteDance," said OpenAI spokesperson Niko Felix.',
    'Niko Felix EMPLOYED_BY OpenAI',
    'Niko Felix',
  ],
  ['no source', 'Microsoft invested in OpenAI.', 'Microsoft INVESTED_IN OpenAI', undefined],
];

describe('attribution', () => {
  it.each(ATTRIBUTED)(`${here}%s`, (_label, text, triple, who) => {
    expect(relation(extract(text), triple)?.attribution).toBe(who);
  });
});
