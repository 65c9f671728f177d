// The public contract: every type, field, argument and enum value is described, and the
// printed schema is pinned so that any change shows up in review.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema.js';
import {
  ENTITY_STORED_BY_FIELD,
  EVIDENCE_STORED_BY_FIELD,
  FACT_STORED_BY_FIELD,
} from '../../src/api/selection.js';
import { EVIDENCE_FIELDS } from '../../src/graph/index.js';
import { SDL_PATH } from '../../src/paths.js';

// The schema is built by @graphql-tools, which Node loads with graphql's CommonJS build; vite
// would hand this file the ESM build, another realm. Use the one the schema was built with.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { isEnumType, isInputObjectType, isInterfaceType, isObjectType, printSchema } = graphql;
const schema = createSchema(SDL_PATH);

function undocumented(): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
    )
      continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : [])
          need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('schema', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undocumented()).toEqual([]);
  });

  it('knows which stored field each Evidence field reads (else evidence reads fall back to all)', () => {
    const evidence = schema.getType('Evidence');
    if (!isObjectType(evidence)) throw new Error('no Evidence type');
    expect(Object.keys(evidence.getFields()).sort()).toEqual(
      Object.keys(EVIDENCE_STORED_BY_FIELD)
        .filter((f) => f !== '__typename')
        .sort(),
    );
    for (const stored of Object.values(EVIDENCE_STORED_BY_FIELD).flat())
      expect(EVIDENCE_FIELDS).toContain(stored);
  });

  it.each([
    ['Relation', FACT_STORED_BY_FIELD],
    ['Entity', ENTITY_STORED_BY_FIELD],
  ] as const)('knows which stored fields each %s field reads', (name, map) => {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`no ${name} type`);
    expect(Object.keys(type.getFields()).sort()).toEqual(
      Object.keys(map)
        .filter((f) => f !== '__typename')
        .sort(),
    );
  });

  it('prints as pinned', async () => {
    await expect(printSchema(schema)).toMatchFileSnapshot('__snapshots__/schema.graphql.snap');
  });
});
