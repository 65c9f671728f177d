import { compilePattern } from './compile-pattern.js';
import { PREDICATE_TYPES } from './predicate-types.js';
import type { RelationRule } from './relation-rule.js';
import { CONFLICT_RULES } from './rules-conflict.js';
import { GROUP_RULES } from './rules-groups.js';
import { OWNERSHIP_RULES } from './rules-ownership.js';
import { PEOPLE_RULES } from './rules-people.js';
import { PLACE_SUPPLY_RULES } from './rules-place-supply.js';
import { PRODUCT_RULES } from './rules-products.js';
import type { EntityType } from './types.js';

/** A rule with its pattern compiled and its types settled. */
export interface CompiledRule extends RelationRule {
  regex: RegExp;
  subjectTypes: readonly EntityType[];
  /** Slots a sentence needs before the rule is worth trying. */
  minSlots: number;
  /** A slot the template must hold for the rule to match: a person for "{S:P}" rules, a place for "{OL:L}". */
  needs?: RegExp | undefined;
  objectTypes: readonly EntityType[];
}

/** Every pattern rule, compiled once when the module loads. */
export const RELATION_RULES: readonly CompiledRule[] = [
  ...OWNERSHIP_RULES,
  ...PRODUCT_RULES,
  ...PEOPLE_RULES,
  ...CONFLICT_RULES,
  ...PLACE_SUPPLY_RULES,
  ...GROUP_RULES,
].map((rule) => {
  const types = PREDICATE_TYPES[rule.predicate];
  const subjectTypes = rule.subject ?? types.subject;
  const objectTypes = rule.object ?? types.object;
  const implicit = Boolean(rule.implicitSubject || rule.implicitObject);
  const only = (spec: string, types: readonly EntityType[], letter: string) =>
    rule.pattern.includes(`:${letter}}`) ||
    (types.length === 1 && types[0] === spec && !rule.pattern.includes('(?<'));
  const needs = only('Person', subjectTypes, 'P')
    ? /⟦[Pp]/
    : only('Place', objectTypes, 'L') || only('Place', subjectTypes, 'L')
      ? /⟦[Ll]/
      : undefined;
  return {
    ...rule,
    needs,
    minSlots: implicit ? 1 : 2,
    subjectTypes,
    objectTypes,
    regex: compilePattern(rule.pattern, { subject: subjectTypes, object: objectTypes }),
  };
});
