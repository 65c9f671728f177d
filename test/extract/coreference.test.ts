import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

const here = '[extract/coreference] ';

const CASES: Array<[string, string, string]> = [
  [
    '"its" takes the subject',
    'Anthropic has released its new Claude model.',
    'Anthropic DEVELOPED Claude',
  ],
  [
    '"It" opens a sentence about the last subject',
    '01.AI raised money in July. It released Yi-34B last month.',
    '01.AI DEVELOPED Yi-34B',
  ],
  [
    '"the company" in a later sentence',
    'Baidu held an event. The company showed Ernie Bot to investors.',
    'Baidu DEVELOPED Ernie Bot',
  ],
  [
    '"the US firm" is the other company',
    "ByteDance said its use of OpenAI's technology followed the terms set by the US firm.",
    'OpenAI LOCATED_IN United States',
  ],
  [
    '"the Chinese start-up" with China named',
    'China backs AI. Investors praised 01.AI; the Chinese start-up released Yi-34B.',
    '01.AI LOCATED_IN China',
  ],
  [
    'an appositive description',
    'Anthropic, a San Francisco-based startup that recently secured $4 billion from Amazon, grew.',
    'Amazon INVESTED_IN Anthropic',
  ],
  [
    '"his" for a person',
    'Elon Musk left in 2018 and has formed his own AI company, xAI.',
    'Elon Musk FOUNDED xAI',
  ],
  [
    '"the companies" for a pair',
    'The New York Times is suing OpenAI and Microsoft, accusing the companies of copying its articles.',
    'The New York Times ACCUSED Microsoft',
  ],
];

describe('coreference', () => {
  it.each(CASES)(`${here}%s`, (_label, text, triple) => {
    expect(triples(extract(text))).toContain(triple);
  });

  it(`${here}relations found through a reference say so in their confidence`, () => {
    const x = extract('Baidu held an event. The company showed Ernie Bot to investors.');
    const r = x.relations.find((r) => r.predicate === 'DEVELOPED');
    expect(r?.confidence).toBeLessThan(0.8);
  });

  it(`${here}"it" as an object is not a company`, () => {
    expect(triples(extract("Baidu's Robin Li chose to criticise it as wasteful."))).not.toContain(
      'Robin Li CRITICIZED Baidu',
    );
  });
});
