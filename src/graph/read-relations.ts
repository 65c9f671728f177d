import { type Modality, type Predicate, SYMMETRIC_PREDICATES } from '../extract/types.js';
import type { Executor } from './executor.js';
import { ENTITY_FIELDS, FACT_FIELDS, factTypes } from './fact-fields.js';
import { parseFactId } from './fact-id.js';
import { type PageEvidence, pageEvidence, pageEvidenceParams } from './read-evidence.js';
import type { EvidenceView, Page, StoredEntity, StoredFact } from './read-types.js';

/** Orderings of facts; each ends with the fact id, so pages are stable. */
export const RELATION_ORDERS = {
  EVENT_DATE_DESC: 'r.sortDate DESC, r.id',
  EVENT_DATE_ASC: 'r.sortDate ASC, r.id',
  SOURCES_DESC: 'r.sourceCount DESC, r.confidence DESC, r.id',
  CONFIDENCE_DESC: 'r.confidence DESC, r.sourceCount DESC, r.id',
} as const;
export type RelationOrder = keyof typeof RELATION_ORDERS;

/** Which facts to read. Entities are given by id; dates are `YYYY-MM-DD` strings. */
export interface RelationQuery {
  subjectId?: string | null | undefined;
  objectId?: string | null | undefined;
  eitherId?: string | null | undefined;
  predicates?: readonly Predicate[] | null | undefined;
  modalities?: readonly Modality[] | null | undefined;
  /** On the fact's earliest event date. */
  eventFrom?: string | null | undefined;
  eventTo?: string | null | undefined;
  /** On the fact's first report. */
  reportedFrom?: string | null | undefined;
  reportedTo?: string | null | undefined;
  /** On the timeline date: the event date, else the first report. */
  sortFrom?: string | null | undefined;
  sortTo?: string | null | undefined;
  /** Some evidence from this outlet (case ignored). */
  outlet?: string | null | undefined;
  minSources?: number | null | undefined;
  minConfidence?: number | null | undefined;
  /** Only facts already reported on that day. */
  asOf?: string | null | undefined;
  /** Only facts some evidence alleges or denies. */
  contested?: boolean | null | undefined;
}

const WHERE = `($subjectId IS NULL OR startNode(r).id = $subjectId OR (r.predicate IN $symmetric AND endNode(r).id = $subjectId))
  AND ($objectId IS NULL OR endNode(r).id = $objectId OR (r.predicate IN $symmetric AND startNode(r).id = $objectId))
  AND ($eitherId IS NULL OR startNode(r).id = $eitherId OR endNode(r).id = $eitherId)
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($eventFrom IS NULL OR r.eventDate >= $eventFrom) AND ($eventTo IS NULL OR r.eventDate <= $eventTo)
  AND ($reportedFrom IS NULL OR r.firstReported >= $reportedFrom)
  AND ($reportedTo IS NULL OR r.firstReported <= $reportedTo)
  AND ($sortFrom IS NULL OR r.sortDate >= $sortFrom) AND ($sortTo IS NULL OR r.sortDate <= $sortTo)
  AND ($asOf IS NULL OR r.firstReported <= $asOf)
  AND ($minSources IS NULL OR r.sourceCount >= $minSources)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($contested IS NULL OR r.allegedCount > 0 OR r.deniedCount > 0)
  AND ($outlet IS NULL OR EXISTS {
    // reported is never null: its predicate lets the (factId, reported) index serve the lookup
    MATCH (v:Evidence {factId: r.id}) WHERE v.reported IS NOT NULL AND toLower(v.source) = toLower($outlet)
  })`;

/** The MATCH of a relation query: anchored on a known entity when there is one (index seek). */
export function relationMatch(q: RelationQuery): string {
  const types = factTypes(q.predicates);
  const anchor = q.subjectId
    ? '$subjectId'
    : q.objectId
      ? '$objectId'
      : q.eitherId
        ? '$eitherId'
        : null;
  return anchor
    ? `MATCH (:Entity {id: ${anchor}})-[r:${types}]-(:Entity) WHERE ${WHERE}`
    : `MATCH (:Entity)-[r:${types}]->(:Entity) WHERE ${WHERE}`;
}

/** Parameters of {@link relationMatch}: every filter is a parameter, absent ones null. */
export function relationParams(q: RelationQuery): Record<string, unknown> {
  return {
    subjectId: q.subjectId ?? null,
    objectId: q.objectId ?? null,
    eitherId: q.eitherId ?? null,
    symmetric: [...SYMMETRIC_PREDICATES],
    modalities: q.modalities?.length ? q.modalities : null,
    eventFrom: q.eventFrom ?? null,
    eventTo: q.eventTo ?? null,
    reportedFrom: q.reportedFrom ?? null,
    reportedTo: q.reportedTo ?? null,
    sortFrom: q.sortFrom ?? null,
    sortTo: q.sortTo ?? null,
    asOf: q.asOf ?? null,
    minSources: q.minSources ?? null,
    minConfidence: q.minConfidence ?? null,
    outlet: q.outlet ?? null,
    contested: q.contested ? true : null,
  };
}

/**
 * A page of facts with the entities at their ends and, when asked, the first evidence of each
 * (for the loaders: what the page's fields need comes in its round trip).
 */
export type RelationsPage = Page<StoredFact> & {
  ends: StoredEntity[];
  /** Per fact of `items`, when the page was read with `evidence`. */
  evidence?: EvidenceView[][];
};

/**
 * One page of facts matching a filter, in a stable order, with the total count, the entities
 * at their ends and, with `evidence`, each fact's first evidence (as of the query's day): one
 * statement whatever the page size.
 */
export async function findRelations(
  executor: Executor,
  {
    query,
    orderBy = 'EVENT_DATE_DESC',
    offset = 0,
    first = 20,
    evidence,
  }: {
    query: RelationQuery;
    orderBy?: RelationOrder;
    offset?: number;
    first?: number;
    evidence?: PageEvidence | undefined;
  },
): Promise<RelationsPage> {
  const match = relationMatch(query);
  const [page] = await executor.query<{
    facts: StoredFact[];
    ends: StoredEntity[][];
    evidence: EvidenceView[][];
    total: number;
  }>(
    `CALL () {
       ${match}
       WITH r ORDER BY ${RELATION_ORDERS[orderBy]} SKIP toInteger($offset) LIMIT toInteger($limit)
       ${pageEvidence(evidence)}
       WITH r, evidence, startNode(r) AS s, endNode(r) AS o
       RETURN collect(${FACT_FIELDS}) AS facts, collect(evidence) AS evidence,
              collect([s ${ENTITY_FIELDS}, o ${ENTITY_FIELDS}]) AS ends
     }
     CALL () { ${match} RETURN count(r) AS total }
     RETURN facts, ends, evidence, total`,
    {
      ...relationParams(query),
      offset,
      limit: first + 1,
      ...pageEvidenceParams(evidence, query.asOf),
    },
  );
  const facts = page?.facts ?? [];
  return {
    items: facts.slice(0, first),
    ends: (page?.ends ?? []).slice(0, first).flat(),
    ...(evidence ? { evidence: (page?.evidence ?? []).slice(0, first) } : {}),
    totalCount: page?.total ?? 0,
    offset,
    hasNextPage: facts.length > first,
  };
}

/** Facts by id, in the order asked (null where unknown): one round trip for any number. */
export async function getFactsById(
  executor: Executor,
  ids: readonly string[],
): Promise<(StoredFact | null)[]> {
  const refs = ids.flatMap((id) => parseFactId(id) ?? []);
  const rows = await executor.query<{ fact: StoredFact }>(
    `UNWIND $refs AS f
     MATCH (:Entity {id: f.subjectId})-[r]->(:Entity {id: f.objectId})
     WHERE type(r) = f.predicate AND r.id = f.id
     RETURN ${FACT_FIELDS} AS fact`,
    { refs },
  );
  const byId = new Map(rows.map((r) => [r.fact.id, r.fact]));
  return ids.map((id) => byId.get(id) ?? null);
}
