import { collectSubFields } from '@graphql-tools/utils';
import type { GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo } from 'graphql';
import type { EvidenceField } from '../graph/index.js';

/**
 * The stored field each `Evidence` field reads (`null`: none beyond `id`). Kept beside the SDL's
 * Evidence type: a field added there and not here falls back to reading every stored field.
 */
export const STORED_BY_FIELD: Record<string, EvidenceField | null> = {
  __typename: null,
  id: null,
  sentence: 'sentence',
  start: 'start',
  end: 'end',
  spanStart: 'spanStart',
  spanEnd: 'spanEnd',
  modality: 'modality',
  attribution: 'attribution',
  eventDate: 'eventDate',
  reported: 'reported',
  confidence: 'confidence',
  rule: 'rule',
  ruleVersion: 'ruleVersion',
  subjectName: 'subjectName',
  objectName: 'objectName',
  article: 'articleId',
  outlet: 'source',
};

/**
 * The stored evidence fields a field returning `Evidence` objects selects (through fragments
 * and aliases), sorted, or `undefined` (read them all) when a selected field is not known here.
 * A dashboard asking for sentences does not pay for decoding eighteen fields per sentence.
 */
export function selectedEvidenceFields(info: GraphQLResolveInfo): EvidenceField[] | undefined {
  // unwrapped by shape, not with graphql's instanceof helpers: under the test runner the schema
  // can come from graphql's CommonJS build and this module from its ESM build
  let type: GraphQLOutputType = info.returnType;
  while ('ofType' in type) type = type.ofType;
  if (!('getFields' in type) || 'getTypes' in type) return undefined;
  const { fields, patches } = collectSubFields(
    info.schema,
    info.fragments,
    // graphql 16 hands resolvers plain variable values; the utils read them as `coerced`
    { coerced: info.variableValues, sources: {} },
    type as GraphQLObjectType,
    [...info.fieldNodes],
  );
  const stored = new Set<EvidenceField>();
  for (const nodes of [fields, ...patches.map((p) => p.fields)].flatMap((m) => [...m.values()])) {
    const name = nodes[0]!.name.value;
    if (!(name in STORED_BY_FIELD)) return undefined;
    const field = STORED_BY_FIELD[name];
    if (field) stored.add(field);
  }
  return [...stored].sort();
}
