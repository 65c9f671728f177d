import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { resolveProductReferences } from '../../src/extract/resolve-product-references.js';
import { splitSentences } from '../../src/extract/split-sentences.js';
import type { Entity } from '../../src/extract/types.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// "The model", "the chatbot", "the chip": a product named earlier, taken up by its kind, in
// sentences written for this test. The product the story is about is preferred to the ones it is
// compared with ("Meta's Llama 4"); a description defined on the spot ("the assistant run by
// Zeta") is a new one; and a product taken up this way is never made by a later verb's subject.
const CASES: FamilyCase[] = [
  [
    'the model beats what it is compared with',
    "Acme AI released Nova-3 on Tuesday. The company said the model, a system with 400 billion parameters, outperforms Meta's Llama 4 Maverick on reasoning tests.",
    ['Nova-3 COMPETES_WITH Llama 4 Maverick asserted'],
    ['Acme AI COMPETES_WITH Llama 4 Maverick'],
  ],
  [
    'a compared product in between is not the referent',
    "Acme AI released Nova-3 on Tuesday, a rival to OpenAI's GPT-4o. In tests published by the company, the model outperformed Google's Gemma 3.",
    ['Nova-3 COMPETES_WITH Gemma 3 asserted'],
    ['GPT-4o COMPETES_WITH Gemma 3', 'Acme AI COMPETES_WITH Gemma 3'],
  ],
  [
    'the chip is a chip, not the model named last',
    "Zeta Semiconductor unveiled the Orion X1 chip in March. Acme AI launched the Nova-3 model in May. The chip outperforms Nvidia's H100.",
    ['Orion X1 COMPETES_WITH H100 asserted'],
    ['Nova-3 COMPETES_WITH H100'],
  ],
  [
    'a later verb does not make the product',
    'Acme AI launched the Nova app in May. Senator Jane Roe introduced a bill this month that would ban the app from federal devices.',
    ['Acme AI DEVELOPED Nova asserted'],
    ['Jane Roe DEVELOPED Nova'],
  ],
];

describe('product references', () => {
  itFindsEachCase('', CASES, lexicon);
});

describe('resolveProductReferences', () => {
  const text =
    'Acme AI launched the Nova app in May. Users compared the app with the app made by Zeta.';
  const sentences = splitSentences(text);
  const at = text.indexOf('Nova');
  const mention = { text: 'Nova', start: at, end: at + 4, sentence: 0 };
  const entities: Entity[] = [
    { key: 'Product:nova', name: 'Nova', type: 'Product', aliases: ['Nova'], mentions: [mention] },
  ];
  const refs = resolveProductReferences({
    sentences,
    entities,
    mentions: [{ ...mention, entity: 0 }],
  });

  it('takes up the product named earlier', () => {
    expect(refs.map((r) => [text.slice(r.start, r.end), r.entity, r.sentence])).toContainEqual([
      'app',
      0,
      1,
    ]);
  });
  it('leaves a description defined on the spot ("the app made by Zeta") alone', () => {
    const second = text.lastIndexOf('app');
    expect(refs.filter((r) => r.start === second)).toEqual([]);
    expect(refs).toHaveLength(1);
  });
});
