import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

const here = '[extract/object-pronoun-criticism] ';

/** Sentences written for these tests: object "it" after a relation verb, and criticism cues. */
const FOUND: Array<[string, string, string]> = [
  [
    'object "it" in a relative clause takes the company named before it',
    'Elon Musk, who co-founded OpenAI and is now suing it, spoke on Monday.',
    'Elon Musk SUED OpenAI',
  ],
  [
    'object "it" after a coordinated subject',
    'OpenAI released a chatbot, and Google sued it in December.',
    'Google SUED OpenAI',
  ],
  [
    'object "it" takes the previous sentence company, never the verb subject',
    'Anthropic trained a new model. Google backed it with $2 billion.',
    'Google INVESTED_IN Anthropic',
  ],
  [
    'passive criticism',
    'OpenAI was criticised by Elon Musk on Tuesday.',
    'Elon Musk CRITICIZED OpenAI',
  ],
  [
    'passive criticism, American spelling',
    'Google has been sharply criticized by Microsoft over the release.',
    'Microsoft CRITICIZED Google',
  ],
  [
    'criticism drawn from a named critic',
    'Google has drawn sharp criticism from Elon Musk over its chatbot.',
    'Elon Musk CRITICIZED Google',
  ],
  [
    'came under fire from',
    'Microsoft came under fire from Elon Musk this week.',
    'Elon Musk CRITICIZED Microsoft',
  ],
  [
    'a critic of',
    'Elon Musk, a longtime critic of OpenAI, spoke at the event.',
    'Elon Musk CRITICIZED OpenAI',
  ],
  [
    'second verb of a relative clause criticises',
    'Elon Musk, who co-founded OpenAI and has since slammed Google, spoke.',
    'Elon Musk CRITICIZED Google',
  ],
  [
    'active criticism still reads',
    'Elon Musk blasted Microsoft in a post on Monday.',
    'Elon Musk CRITICIZED Microsoft',
  ],
];

const NOT_FOUND: Array<[string, string, string]> = [
  [
    'the verb subject is never its own object',
    'Google trained a new model. Google backed it with $2 billion.',
    'Google INVESTED_IN Google',
  ],
  [
    'criticism of a non-entity gives nothing',
    'OpenAI was criticized by analysts for the plan.',
    'OpenAI CRITICIZED OpenAI',
  ],
  [
    'an object relative clause does not take the named subject',
    'Anthropic, which Google backed in 2023 and later sued Microsoft, grew.',
    'Anthropic SUED Microsoft',
  ],
  [
    'an infinitive "criticise it" stays unresolved',
    "Baidu's Robin Li chose to criticise it as wasteful.",
    'Robin Li CRITICIZED Baidu',
  ],
];

describe('object pronouns and criticism', () => {
  it.each(FOUND)(`${here}%s`, (_label, text, triple) => {
    expect(triples(extract(text))).toContain(triple);
  });
  it.each(NOT_FOUND)(`${here}not: %s`, (_label, text, triple) => {
    expect(triples(extract(text))).not.toContain(triple);
  });
});
