import type { Entity, EntityType } from '../extract/types.js';

// "Nvidia Corp." and "Nvidia" are one company: legal suffixes say nothing about identity.
const LEGAL_SUFFIX =
  /\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|gmbh|ag|sa|holdings?)$/;

/**
 * The lookup key of a name: case-folded, accents and punctuation dropped, a trailing
 * possessive and legal suffix removed, whitespace folded. "Meta Platforms Inc.'s" -> "meta platforms".
 */
export function nameKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(LEGAL_SUFFIX, '');
  }
  return key;
}

const TYPE_PREFIX: Record<EntityType, string> = {
  Organization: 'org',
  Person: 'person',
  Product: 'product',
  Place: 'place',
};

/** The id a new entity gets: its lexicon id when known, else its type and name key. */
export function newEntityId(entity: Pick<Entity, 'name' | 'type' | 'lexiconId'>): string {
  if (entity.lexiconId) return entity.lexiconId;
  return `${TYPE_PREFIX[entity.type]}:${nameKey(entity.name).replace(/ /g, '-')}`;
}

/** Keys under which an extracted entity is looked up, most specific first. */
export function lookupKeys(entity: Pick<Entity, 'name' | 'aliases' | 'lexiconId'>): string[] {
  const keys = entity.lexiconId ? [`lex:${entity.lexiconId}`] : [];
  for (const surface of [entity.name, ...entity.aliases]) {
    const key = nameKey(surface);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
