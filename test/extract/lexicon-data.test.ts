import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type EntityType = 'Organization' | 'Person' | 'Product' | 'Place';

interface LexiconEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  kind?: string;
  country?: string;
  city?: string;
  demonyms?: string[];
  maker?: string;
  orgs?: string[];
}

const lexiconDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'lexicon');

const files: Record<string, EntityType> = {
  'organizations.json': 'Organization',
  'people.json': 'Person',
  'products.json': 'Product',
  'places.json': 'Place',
};

const kinds: Record<EntityType, string[]> = {
  Organization: [
    'lab',
    'bigtech',
    'startup',
    'chipmaker',
    'cloud',
    'investor',
    'regulator',
    'government',
    'court',
    'outlet',
    'university',
    'company',
    'union',
    'ngo',
  ],
  Person: ['executive', 'founder', 'researcher', 'official', 'investor', 'journalist'],
  Product: ['model', 'app', 'chip', 'platform', 'service', 'project'],
  Place: ['country', 'region', 'city', 'state'],
};

const allowedKeys: Record<EntityType, string[]> = {
  Organization: ['id', 'name', 'type', 'aliases', 'kind', 'country', 'city'],
  Person: ['id', 'name', 'type', 'aliases', 'kind', 'orgs'],
  Product: ['id', 'name', 'type', 'aliases', 'kind', 'maker'],
  Place: ['id', 'name', 'type', 'aliases', 'kind', 'country', 'demonyms'],
};

function load(file: string): LexiconEntry[] {
  const raw = JSON.parse(readFileSync(join(lexiconDir, file), 'utf8')) as { entries?: unknown };
  if (!Array.isArray(raw.entries)) throw new Error(`${file}: missing "entries" array`);
  return raw.entries as LexiconEntry[];
}

const byFile = Object.fromEntries(Object.keys(files).map((f) => [f, load(f)])) as Record<
  string,
  LexiconEntry[]
>;
const all = Object.values(byFile).flat();

describe('lexicon seed data', () => {
  it('has at least 300 entries in total', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every entry a well-formed id, name, type and aliases', () => {
    const problems: string[] = [];
    for (const [file, entries] of Object.entries(byFile)) {
      for (const e of entries) {
        const where = `${file}:${e.id ?? JSON.stringify(e)}`;
        if (typeof e.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
          problems.push(`${where}: id must be lowercase kebab-case`);
        }
        if (typeof e.name !== 'string' || e.name.trim() === '' || e.name !== e.name.trim()) {
          problems.push(`${where}: bad name`);
        }
        if (e.type !== files[file]) problems.push(`${where}: type ${e.type} in ${file}`);
        if (
          !Array.isArray(e.aliases) ||
          e.aliases.some((a) => typeof a !== 'string' || !a.trim())
        ) {
          problems.push(`${where}: aliases must be an array of non-empty strings`);
        }
        if (e.kind !== undefined && !kinds[e.type]?.includes(e.kind)) {
          problems.push(`${where}: unknown kind ${e.kind}`);
        }
        if (e.demonyms !== undefined && !Array.isArray(e.demonyms)) {
          problems.push(`${where}: demonyms must be an array`);
        }
        for (const key of Object.keys(e)) {
          if (!allowedKeys[e.type]?.includes(key)) problems.push(`${where}: unexpected key ${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps ids unique across all files', () => {
    const seen = new Map<string, number>();
    for (const e of all) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    const dupes = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(dupes).toEqual([]);
  });

  it('never gives the same surface form to two different entries', () => {
    const owners = new Map<string, Set<string>>();
    const add = (form: string, id: string) => {
      const key = form.toLowerCase();
      const set = owners.get(key) ?? new Set<string>();
      set.add(id);
      owners.set(key, set);
    };
    for (const e of all) {
      add(e.name, e.id);
      for (const a of e.aliases) add(a, e.id);
      for (const d of e.demonyms ?? []) add(d, e.id);
    }
    const collisions = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    if (collisions.length > 0) console.error(`surface-form collisions:\n${collisions.join('\n')}`);
    expect(collisions).toEqual([]);
  });

  it('resolves maker and country references', () => {
    const ids = new Map(all.map((e) => [e.id, e]));
    const placeNames = new Set(byFile['places.json']?.map((e) => e.name));
    const problems: string[] = [];
    for (const e of all) {
      if (e.maker !== undefined && ids.get(e.maker)?.type !== 'Organization') {
        problems.push(`${e.id}: maker ${e.maker} is not an organization id`);
      }
      for (const org of e.orgs ?? [])
        if (ids.get(org)?.type !== 'Organization')
          problems.push(`${e.id}: orgs ${org} is not an organization id`);
      if (e.country !== undefined && !placeNames.has(e.country)) {
        problems.push(`${e.id}: country ${e.country} is not a place name`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('places each headquarters city in the lexicon, in its organization’s country', () => {
    const cities = new Map(
      (byFile['places.json'] ?? []).filter((e) => e.kind === 'city').map((e) => [e.name, e]),
    );
    const problems: string[] = [];
    let count = 0;
    for (const e of byFile['organizations.json'] ?? []) {
      if (e.city === undefined) continue;
      count++;
      const city = cities.get(e.city);
      if (!city) problems.push(`${e.id}: city ${e.city} is no city of places.json`);
      // Hong Kong's companies are filed under Hong Kong, the city under China
      else if (e.country !== undefined && city.country !== e.country && city.name !== e.country)
        problems.push(`${e.id}: city ${e.city} lies in ${city.country}, not ${e.country}`);
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });
});
