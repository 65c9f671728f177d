import type { Executor } from './executor.js';
import { ENTITY_FIELDS, FACT_FIELDS, factTypes } from './fact-fields.js';
import { RANK_MIN_FACTS, RANKINGS } from './fact-rankings.js';
import { type PageEvidence, pageEvidence, pageEvidenceParams } from './read-evidence.js';
import type { EvidenceView, FactFilter, Page, StoredEntity, StoredFact } from './read-types.js';

function directionPattern(direction: FactFilter['direction'], types: string): string {
  // Typed patterns: a well-covered entity has far more MENTIONS than facts, never walked here,
  // and counts of typed relationships without a property filter come from the degree store.
  // No DISTINCT: a fact never joins an entity to itself, so each is matched once.
  if (direction === 'OUT') return `(e)-[r:${types}]->()`;
  if (direction === 'IN') return `(e)<-[r:${types}]-()`;
  return `(e)-[r:${types}]-()`;
}

const RECENT = RANKINGS.recent.name;

/**
 * A page of an entity's facts with the entities at their other ends and, when asked, the first
 * evidence of each fact (for the loaders: what the page's fields need comes in its round trip).
 */
export type EntityFactsPage = Page<StoredFact> & {
  others: StoredEntity[];
  /** Per fact of `items`, when the page was read with `evidence`. */
  evidence?: EvidenceView[][];
};

/** A page as a statement returns it: facts, the other ends, evidence lists, the total. */
interface PageRows {
  facts: StoredFact[];
  others: StoredEntity[];
  evidence: EvidenceView[][];
  total: number;
}

/** The end of fact `r` that is not entity `e`. */
const OTHER_END = 'CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END';

/**
 * A page of an entity's facts, newest first, from its ranked list (a slice, whatever the
 * entity's size), or null when the list cannot answer it: missing, too short for the page,
 * or naming a relationship that is not that fact any more.
 */
async function pageFromRankList(
  executor: Executor,
  params: Record<string, unknown> & { id: string; offset: number; limit: number },
  evidence: PageEvidence | undefined,
): Promise<PageRows | null> {
  const rows = await executor.query<PageRows & { usable: boolean }>(
    `MATCH (e:Entity {id: $id})
     WITH e, e.${RECENT}Ids[$offset..$offset + $limit] AS ids, e.${RECENT}Eids[$offset..$offset + $limit] AS eids,
          e.${RECENT}Ids IS NOT NULL AND (e.${RECENT}Complete OR $offset + $limit <= size(e.${RECENT}Ids)) AS usable
     CALL (e, ids, eids, usable) {
       UNWIND CASE WHEN usable THEN range(0, size(ids) - 1) ELSE [] END AS i
       MATCH ()-[r]->() WHERE elementId(r) = eids[i] AND r.id = ids[i]
       ${pageEvidence(evidence)}
       WITH i, r, ${OTHER_END} AS other, evidence ORDER BY i
       RETURN collect(${FACT_FIELDS}) AS facts, collect(other ${ENTITY_FIELDS}) AS others,
              collect(evidence) AS evidence, count(r) AS found
     }
     RETURN usable AND found = size(ids) AS usable, facts, others, evidence,
            COUNT { (e)-[:${factTypes()}]-() } AS total`,
    params,
  );
  return rows[0]?.usable ? rows[0] : null;
}

/** A page of an entity's facts (as {@link pageFromRankList}) by sorting its matching facts. */
async function sortedPage(
  executor: Executor,
  pattern: string,
  where: string,
  params: Record<string, unknown>,
  evidence: PageEvidence | undefined,
): Promise<PageRows> {
  const [sorted] = await executor.query<PageRows>(
    `MATCH (e:Entity {id: $id})
     CALL (e) {
       MATCH ${pattern} ${where}
       WITH e, r ORDER BY r.sortDate DESC, r.id
       SKIP $offset LIMIT $limit
       ${pageEvidence(evidence)}
       WITH r, ${OTHER_END} AS other, evidence
       RETURN collect(${FACT_FIELDS}) AS facts, collect(other ${ENTITY_FIELDS}) AS others,
              collect(evidence) AS evidence
     }
     RETURN facts, others, evidence, COUNT { MATCH ${pattern} ${where} } AS total`,
    params,
  );
  return sorted ?? { facts: [], others: [], evidence: [], total: 0 };
}

/** Options of {@link getEntityFacts}. */
export interface EntityFactsOptions {
  filter?: FactFilter;
  offset?: number;
  first?: number;
  /** Read each fact's first evidence with the page. */
  evidence?: PageEvidence | undefined;
  /**
   * The entity's degree when the caller holds it: an entity under the ranked lists' floor has
   * none, and its page is read without first asking for the list.
   */
  degree?: number | undefined;
}

/**
 * One page of an entity's facts, newest event first, with the total count, in one statement.
 * Unfiltered pages near the head of a hub come from its ranked list; the rest sort the
 * entity's matching facts.
 */
export async function getEntityFacts(
  executor: Executor,
  entityId: string,
  { filter = {}, offset = 0, first = 20, evidence, degree }: EntityFactsOptions,
): Promise<EntityFactsPage> {
  const pattern = directionPattern(filter.direction, factTypes(filter.predicates));
  const where = filter.modalities?.length ? 'WHERE r.modality IN $modalities' : '';
  const params = {
    id: entityId,
    modalities: filter.modalities ?? null,
    offset,
    limit: first + 1,
    ...pageEvidenceParams(evidence, null),
  };
  const listed =
    !filter.predicates?.length &&
    !filter.modalities?.length &&
    (filter.direction ?? 'BOTH') === 'BOTH' &&
    (degree === undefined || degree >= RANK_MIN_FACTS);
  // Each statement is its own auto-commit read: the sorting fallback needs no snapshot shared
  // with the list it stands in for.
  const page =
    (listed ? await pageFromRankList(executor, params, evidence) : null) ??
    (await sortedPage(executor, pattern, where, params, evidence));
  return {
    items: page.facts.slice(0, first),
    others: page.others.slice(0, first),
    ...(evidence ? { evidence: page.evidence.slice(0, first) } : {}),
    totalCount: page.total,
    offset,
    hasNextPage: page.facts.length > first,
  };
}
