// What a request asks of evidence, facts and entities, read from its selection set, so that
// the store reads only the fields wanted and a page brings its evidence in the same round trip.
import { collectSubFields, getArgumentValues } from '@graphql-tools/utils';
import type { FieldNode, GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo } from 'graphql';
import type { EntityField, EvidenceField, FactField, PageEvidence } from '../graph/index.js';
import { pageSize } from './cursor.js';

/**
 * The stored fields each `Evidence` field reads (`id` and `factId` always come). Kept beside the
 * SDL's Evidence type: a field added there and not here falls back to reading every field.
 */
export const EVIDENCE_STORED_BY_FIELD: Record<string, readonly EvidenceField[]> = {
  __typename: [],
  id: [],
  sentence: ['sentence'],
  start: ['start'],
  end: ['end'],
  spanStart: ['spanStart'],
  spanEnd: ['spanEnd'],
  modality: ['modality'],
  attribution: ['attribution'],
  eventDate: ['eventDate'],
  reported: ['reported'],
  confidence: ['confidence'],
  rule: ['rule'],
  ruleVersion: ['ruleVersion'],
  subjectName: ['subjectName'],
  objectName: ['objectName'],
  article: ['articleId'],
  outlet: ['source'],
};

const EVIDENCE_PAGE = { fallback: 10, max: 500 };

/** Page size of a relation's `evidence(first:)`. */
export const evidencePageSize = (first: number | null | undefined) =>
  pageSize(first, EVIDENCE_PAGE);

/**
 * The object type under a field's list and non-null wrappers. Unwrapped by shape, not with
 * graphql's instanceof helpers: under the test runner the schema can come from graphql's
 * CommonJS build and this module from its ESM build.
 */
function objectTypeOf(type: GraphQLOutputType): GraphQLObjectType | undefined {
  let named = type;
  while ('ofType' in named) named = named.ofType;
  return 'getFields' in named && !('getTypes' in named) ? (named as GraphQLObjectType) : undefined;
}

/** The fields selected under `nodes` (fragments, @skip/@include, @defer), by response key. */
function selectedUnder(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): FieldNode[][] {
  const { fields, patches } = collectSubFields(
    info.schema,
    info.fragments,
    // graphql 16 hands resolvers plain variable values; the utils read them as `coerced`
    { coerced: info.variableValues, sources: {} },
    type,
    [...nodes],
  );
  return [fields, ...patches.map((p) => p.fields)].flatMap((m) => [...m.values()]);
}

/**
 * The stored evidence fields a field returning `Evidence` objects selects (through fragments
 * and aliases), sorted, or `undefined` (read them all) when a selected field is not known here.
 * A dashboard asking for sentences does not pay for decoding eighteen fields per sentence.
 */
export function selectedEvidenceFields(info: GraphQLResolveInfo): EvidenceField[] | undefined {
  const type = objectTypeOf(info.returnType);
  return type && storedOf(info, type, [info.fieldNodes], EVIDENCE_STORED_BY_FIELD);
}

/** The field nodes named `name` under `nodes` of `type`, whatever their aliases. */
function childNodes(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  name: string,
): FieldNode[] {
  return selectedUnder(info, type, nodes)
    .flat()
    .filter((n) => n.name.value === name);
}

/**
 * What a relation connection's selection asks of each relation's evidence (`edges { node {
 * evidence(first:) { ... } } }`), when every evidence selection in it asks the same page and
 * fields; null when it asks none or several. The resolver of the connection then reads that
 * evidence with the page, and the `evidence` resolvers find it in the loader.
 */
export function evidenceOfConnection(info: GraphQLResolveInfo): PageEvidence | null {
  const connection = objectTypeOf(info.returnType);
  const edgesField = connection?.getFields().edges;
  const edge = edgesField && objectTypeOf(edgesField.type);
  const nodeField = edge?.getFields().node;
  const relation = nodeField && objectTypeOf(nodeField.type);
  const evidenceField = relation?.getFields().evidence;
  const evidenceType = evidenceField && objectTypeOf(evidenceField.type);
  if (!connection || !edge || !relation || !evidenceField || !evidenceType) return null;
  const edges = childNodes(info, connection, info.fieldNodes, 'edges');
  const nodes = childNodes(info, edge, edges, 'node');
  const groups = selectedUnder(info, relation, nodes).filter(([n]) => n!.name.value === 'evidence');
  const asked = groups.map((group) => {
    const { first } = getArgumentValues(evidenceField, group[0]!, info.variableValues);
    return {
      // a page size out of bounds is left for the evidence field to report where it was asked
      limit: Number.isInteger(first) && first >= 0 && first <= EVIDENCE_PAGE.max ? first : null,
      fields: storedOf(info, evidenceType, [group], EVIDENCE_STORED_BY_FIELD),
    };
  });
  const key = (p: (typeof asked)[number]) => `${p.limit}|${p.fields ?? '*'}`;
  const [one] = asked;
  if (!one || one.limit === null || asked.some((p) => key(p) !== key(one))) return null;
  return { limit: one.limit, fields: one.fields };
}

/** The stored fact fields each `Relation` field reads (id, predicate and ends always come). */
export const FACT_STORED_BY_FIELD: Record<string, readonly FactField[]> = {
  __typename: [],
  id: [],
  predicate: [],
  subject: [],
  object: [],
  evidence: [],
  modality: ['modality'],
  disputed: ['disputed'],
  modalityCounts: ['assertedCount', 'allegedCount', 'deniedCount', 'plannedCount'],
  firstReported: ['firstReported'],
  lastReported: ['lastReported'],
  eventDate: ['eventDate'],
  eventDates: ['eventDates'],
  sourceCount: ['sourceCount'],
  evidenceCount: ['evidenceCount'],
  confidence: ['confidence'],
};

/** The stored entity fields each `Entity` field reads (the id always comes). */
export const ENTITY_STORED_BY_FIELD: Record<string, readonly EntityField[]> = {
  __typename: [],
  id: [],
  name: ['name'],
  type: ['type'],
  aliases: ['aliases'],
  mentionCount: ['mentionCount'],
  degree: ['degree'],
  // its page skips the ranked list of an entity under the lists' floor
  relations: ['degree'],
};

/** The stored fields `groups` of field nodes read, sorted; undefined when one is not mapped. */
function storedOf<F extends string>(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  groups: readonly (readonly FieldNode[])[],
  map: Record<string, readonly F[]>,
): F[] | undefined {
  const stored = new Set<F>();
  for (const group of groups) {
    for (const [node] of selectedUnder(info, type, group)) {
      const fields = map[node!.name.value];
      if (!fields) return undefined;
      for (const f of fields) stored.add(f);
    }
  }
  return [...stored].sort();
}

/**
 * The stored fields a `Subgraph` selection reads of its facts (`edges`) and of its entities
 * (`nodes`, `center`, and the edges' `subject` and `object`); undefined for "all of them".
 */
export function subgraphFields(info: GraphQLResolveInfo): {
  fact: FactField[] | undefined;
  entity: EntityField[] | undefined;
} {
  const subgraph = objectTypeOf(info.returnType);
  const edgesField = subgraph?.getFields().edges;
  const relation = edgesField && objectTypeOf(edgesField.type);
  const nodesField = subgraph?.getFields().nodes;
  const entity = nodesField && objectTypeOf(nodesField.type);
  if (!subgraph || !relation || !entity) return { fact: undefined, entity: undefined };
  const edges = childNodes(info, subgraph, info.fieldNodes, 'edges');
  const entityGroups = [
    childNodes(info, subgraph, info.fieldNodes, 'nodes'),
    childNodes(info, subgraph, info.fieldNodes, 'center'),
    childNodes(info, relation, edges, 'subject'),
    childNodes(info, relation, edges, 'object'),
  ].filter((group) => group.length > 0);
  return {
    fact: storedOf(info, relation, edges.length > 0 ? [edges] : [], FACT_STORED_BY_FIELD),
    entity: storedOf(info, entity, entityGroups, ENTITY_STORED_BY_FIELD),
  };
}
