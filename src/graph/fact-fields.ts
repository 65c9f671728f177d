import { PREDICATES, type Predicate } from '../extract/types.js';
import { GraphStoreError } from './errors.js';
import type { StoredEntity, StoredFact } from './read-types.js';

/** Cypher map projection of a fact relationship `r` into a {@link StoredFact}. */
export const FACT_FIELDS = `r {.id, .predicate, .modality, .disputed, .firstReported, .lastReported, .eventDate,
  .eventDates, .sourceCount, .evidenceCount, .confidence, .assertedCount, .allegedCount, .deniedCount,
  .plannedCount, subjectId: startNode(r).id, objectId: endNode(r).id}`;

/** The properties of an entity node that make a {@link StoredEntity}. */
export const ENTITY_PROPS = '.id, .name, .type, .aliases, .lexiconId, .mentionCount, .degree';

/** Map projection body of an entity (`e ${ENTITY_FIELDS}`). */
export const ENTITY_FIELDS = `{${ENTITY_PROPS}}`;

/** A fact field a reader may leave out; the id, predicate and both ends always come. */
export type FactField = Exclude<keyof StoredFact, 'id' | 'predicate' | 'subjectId' | 'objectId'>;
/** A fact with only the fields its reader asked for. */
export type FactView = Pick<StoredFact, 'id' | 'predicate' | 'subjectId' | 'objectId'> &
  Partial<StoredFact>;
/** An entity field a reader may leave out; the id always comes. */
export type EntityField = Exclude<keyof StoredEntity, 'id'>;
/** An entity with only the fields its reader asked for. */
export type EntityView = Pick<StoredEntity, 'id'> & Partial<StoredEntity>;

const FACT_FIELD_NAMES: readonly FactField[] = [
  'modality',
  'disputed',
  'firstReported',
  'lastReported',
  'eventDate',
  'eventDates',
  'sourceCount',
  'evidenceCount',
  'confidence',
  'assertedCount',
  'allegedCount',
  'deniedCount',
  'plannedCount',
];
const ENTITY_FIELD_NAMES: readonly EntityField[] = [
  'name',
  'type',
  'aliases',
  'lexiconId',
  'mentionCount',
  'degree',
];

/**
 * `, .a, .b` for a map projection of `fields`: only names of the whitelist go into Cypher.
 * @throws GraphStoreError `INVALID` for any other.
 */
export function checked<F extends string>(
  fields: readonly F[],
  allowed: readonly F[],
  what: string,
) {
  const unknown = fields.find((f) => !allowed.includes(f));
  if (unknown) throw new GraphStoreError(`unknown ${what} field: ${unknown}`, { code: 'INVALID' });
  return [...new Set(fields)].map((f) => `, .${f}`).join('');
}

/** Projection of fact `r` with only `fields` (all without): fewer fields, less to decode. */
export const factProjection = (fields?: readonly FactField[]) =>
  fields
    ? `r {.id, .predicate${checked(fields, FACT_FIELD_NAMES, 'fact')}, subjectId: startNode(r).id, objectId: endNode(r).id}`
    : FACT_FIELDS;

/** Map projection body of an entity with only `fields` (all without). */
export const entityProjection = (fields?: readonly EntityField[]) =>
  fields ? `{.id${checked(fields, ENTITY_FIELD_NAMES, 'entity')}}` : ENTITY_FIELDS;

/**
 * The relationship-type alternation of a pattern (`PARENT_OF|ACQUIRED`), built only from the
 * fixed PREDICATES whitelist: the one thing in our Cypher that cannot be a parameter.
 * Without predicates, every fact type (never MENTIONS or IN).
 * @throws GraphStoreError `INVALID` for a name outside the whitelist.
 */
export function factTypes(predicates?: readonly string[] | null): string {
  const list = predicates && predicates.length > 0 ? predicates : PREDICATES;
  for (const p of list) {
    if (!PREDICATES.includes(p as Predicate))
      throw new GraphStoreError(`unknown predicate "${p}"`, { code: 'INVALID' });
  }
  return [...new Set(list)].join('|');
}
