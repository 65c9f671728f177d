import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  requiredSubstringLists,
  requiredSubstrings,
} from '../../src/extract/required-substrings.js';
import { buildScreen } from '../../src/extract/rule-screen.js';

const here = '[extract/rule-screen] ';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('requiredSubstrings', () => {
  it.each([
    // the slot letters are required too, but the words around the verb make a sharper test
    [/⟦O\d+⟧ (?:owns|owned) ⟦O\d+⟧/, ['⟧ owns ⟦O', '⟧ owned ⟦O']],
    // "owns" holds "own": one test covers both
    [/\b(?:own|owns)\b/, ['own']],
    [/(?:the )?parent of ⟦/, ['parent of ⟦']],
    [/[Oo]wner\.com/, ['Owner.com', 'owner.com']],
    // what a lookaround asks for is outside the match, or not in the text at all
    [/(?<=backed )by (?!the)⟦/, ['by ⟦']],
    [/(?:acquired|bought)\s+by/, ['bought', 'acquired']],
  ])(`${here}%s requires one of %j`, (regex, expected) => {
    expect(requiredSubstrings(regex)).toEqual(expected);
  });

  it.each([
    /a|/, // matches the empty string
    /(?:acquired)?\s*/,
    /\d+\w*/,
    /owned/i, // the case of the text is free
    /\u2019s/, // an escape with a payload is not read, rather than misread as "u2019s"
    /(a)b\1/,
  ])(`${here}%s requires nothing it can name`, (regex) => {
    expect(requiredSubstrings(regex)).toBeUndefined();
  });
});

describe('requiredSubstringLists', () => {
  it(`${here}names every stretch a match must hold, the slot openings among them`, () => {
    expect(requiredSubstringLists(/⟦[Oo]\d+⟧ (?:owns|owned) ⟦P\d+⟧/)).toEqual([
      ['⟦O', '⟦o'],
      ['⟧ owns ⟦P', '⟧ owned ⟦P'],
      ['⟧'],
    ]);
  });

  it(`${here}names nothing for a pattern it cannot read`, () => {
    expect(requiredSubstringLists(/owned/i)).toEqual([]);
  });
});

describe('buildScreen', () => {
  const screen = buildScreen([/⟦O\d+⟧ (?:owns|owned) ⟦O\d+⟧/, /\d+/, /sued ⟦/]);

  it(`${here}turns away only the patterns whose required strings are missing`, () => {
    expect([...screen('⟦O0⟧ owned ⟦O1⟧')]).toEqual([1, 1, 0]);
    expect([...screen('⟦O0⟧ sued ⟦O1⟧')]).toEqual([0, 1, 1]);
    expect([...screen('')]).toEqual([0, 1, 0]);
  });

  it(`${here}turns away a pattern whose slot kinds the text lacks`, () => {
    const bySlots = buildScreen([/⟦[Oo]\d+⟧ sued ⟦P\d+⟧/, /sued ⟦/]);
    expect([...bySlots('⟦O0⟧ sued ⟦O1⟧')]).toEqual([0, 1]);
    expect([...bySlots('⟦o0⟧ sued ⟦P1⟧')]).toEqual([1, 1]);
  });
});

/** Article texts of the team's evaluation sets (never the holdout) and the seed article. */
function articleTexts(): string[] {
  const texts = [readFileSync(join(ROOT, 'seeds', 'seed-article.txt'), 'utf8')];
  for (const set of ['synthetic2', 'blind']) {
    const dir = join(ROOT, 'test', 'eval', set);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    for (const file of files.sort())
      texts.push(JSON.parse(readFileSync(join(dir, file), 'utf8')).text);
  }
  return texts;
}

describe('the relation rules with and without the screen', () => {
  it(`${here}extract exactly the same`, { timeout: 60_000 }, async () => {
    const extractAll = async () => {
      const { extractArticle, loadLexicon } = await import('../../src/extract/index.js');
      const lexicon = loadLexicon();
      return articleTexts().map((text, i) =>
        extractArticle({ id: String(i), text, published: '2024-06-01' }, lexicon),
      );
    };
    const screened = await extractAll();
    vi.resetModules();
    // a screen that knows nothing runs every pattern on every sentence
    vi.doMock('../../src/extract/required-substrings.js', () => ({
      requiredSubstrings: () => undefined,
      requiredSubstringLists: () => [],
      sharpestOf: () => undefined,
    }));
    const unscreened = await extractAll();
    vi.doUnmock('../../src/extract/required-substrings.js');
    expect(screened.some((x) => x.relations.length > 0)).toBe(true);
    expect(screened).toEqual(unscreened);
  });
});
