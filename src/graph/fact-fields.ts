import { PREDICATES, type Predicate } from '../extract/types.js';
import { GraphStoreError } from './errors.js';

/** Cypher map projection of a fact relationship `r` into a {@link StoredFact}. */
export const FACT_FIELDS = `r {.id, .predicate, .modality, .disputed, .firstReported, .lastReported, .eventDate,
  .eventDates, .sourceCount, .evidenceCount, .confidence, .assertedCount, .allegedCount, .deniedCount,
  .plannedCount, subjectId: startNode(r).id, objectId: endNode(r).id}`;

/** The properties of an entity node that make a {@link StoredEntity}. */
export const ENTITY_PROPS = '.id, .name, .type, .aliases, .lexiconId, .mentionCount, .degree';

/** Map projection body of an entity (`e ${ENTITY_FIELDS}`). */
export const ENTITY_FIELDS = `{${ENTITY_PROPS}}`;

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
