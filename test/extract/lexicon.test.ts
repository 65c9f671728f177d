import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLexicon, parseLexicon } from '../../src/extract/index.js';
import { TEST_LEXICON } from './test-lexicon.js';

const here = '[extract/lexicon] ';

describe('parseLexicon', () => {
  it(`${here}indexes entries by id and by every surface form`, () => {
    expect(TEST_LEXICON.byId.get('meta')?.name).toBe('Meta Platforms');
    expect(TEST_LEXICON.bySurface.get('meta')?.[0]?.id).toBe('meta');
    expect(TEST_LEXICON.bySurface.get('chinese')?.[0]?.id).toBe('china');
  });

  const BAD: Array<[string, unknown, RegExp]> = [
    ['not an object', 'nope', /lexicon bad\.json: expected \{ "entries"/],
    [
      'missing name',
      { entries: [{ id: 'x', type: 'Person', aliases: [] }] },
      /bad\.json, entry #1 \(x\): name/,
    ],
    [
      'unknown type',
      { entries: [{ id: 'y', name: 'Y', type: 'Animal', aliases: [] }] },
      /entry #1 \(y\): type/,
    ],
    [
      'aliases not strings',
      { entries: [{ id: 'z', name: 'Z', type: 'Place', aliases: [3] }] },
      /entry #1 \(z\): aliases\.0/,
    ],
    [
      'duplicate id',
      {
        entries: [
          { id: 'd', name: 'D', type: 'Place' },
          { id: 'd', name: 'E', type: 'Place' },
        ],
      },
      /entry #2 \(d\): duplicate id "d"/,
    ],
  ];
  it.each(BAD)(`${here}rejects %s, naming the file and the entry`, (_label, data, message) => {
    expect(() => parseLexicon([{ name: 'bad.json', data }])).toThrow(message);
  });

  it(`${here}accepts unlabelled files and an absent aliases list`, () => {
    const lexicon = parseLexicon([
      { entries: [{ id: 'a', name: 'Acme Labs', type: 'Organization' }] },
    ]);
    expect(lexicon.entries[0]?.aliases).toEqual([]);
  });
});

describe('loadLexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aikg-lexicon-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${here}reads every JSON file of a folder (cues.json excepted)`, () => {
    writeFileSync(
      join(dir, 'orgs.json'),
      JSON.stringify({
        entries: [{ id: 'acme', name: 'Acme Labs', type: 'Organization', aliases: ['Acme'] }],
      }),
    );
    writeFileSync(join(dir, 'cues.json'), JSON.stringify({ words: ['x'] }));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    expect(loadLexicon(dir).entries.map((e) => e.id)).toEqual(['acme']);
  });

  it(`${here}names the file that does not parse`, () => {
    writeFileSync(join(dir, 'broken.json'), '{ "entries": [');
    expect(() => loadLexicon(dir)).toThrow(/broken\.json/);
  });

  it(`${here}names a missing folder`, () => {
    expect(() => loadLexicon(join(dir, 'absent'))).toThrow(/lexicon folder .*absent/);
  });

  it(`${here}loads the project lexicon by default`, () => {
    expect(loadLexicon().entries.length).toBeGreaterThan(0);
  });
});
