import { DESCRIBED_BY } from './cues.js';
import type { RelationRule } from './relation-rule.js';
import type { Predicate } from './types.js';

/**
 * A company's circle named as a group: "Acme, whose backers include A and B", "Acme's customers
 * include C", "OpenAI and its biggest backer, Microsoft". The same shapes serve every group; only
 * the group noun, the predicate and which side the company stands on change.
 */
interface Group {
  name: string;
  /** Plural nouns, for lists: "backers include A and B". */
  plural: string;
  /** Singular nouns, for one named member: "its biggest backer, Microsoft". */
  singular: string;
  predicate: Predicate;
  /** Where the company whose group it is stands in the relation. */
  owner: 'subject' | 'object';
  /** False where another table reads members named first ("Zeta, Acme's rival": rules-conflict.ts, with rival products). */
  memberFirst?: false;
}

const GROUPS: Group[] = [
  {
    name: 'backers',
    plural: 'backers|investors|shareholders|funders',
    singular: 'backer|investor|shareholder|funder',
    predicate: 'INVESTED_IN',
    owner: 'object',
  },
  {
    name: 'customers',
    plural: 'customers|clients',
    singular: 'customer|client',
    predicate: 'SUPPLIES',
    owner: 'subject',
  },
  {
    name: 'suppliers',
    // "Zeta, once OpenAI's exclusive cloud provider": a provider is a supplier
    plural: 'suppliers|vendors|providers',
    singular: 'supplier|vendor|provider',
    predicate: 'SUPPLIES',
    owner: 'object',
  },
  {
    name: 'rivals',
    plural: 'rivals|competitors',
    singular: 'rival|competitor',
    predicate: 'COMPETES_WITH',
    owner: 'subject',
    memberFirst: false,
  },
  {
    name: 'partners',
    plural: 'partners',
    singular: 'partner',
    predicate: 'PARTNERED_WITH',
    owner: 'subject',
  },
];

/** Words that introduce the members: "include", "such as", "are". */
const INTRODUCERS =
  '(?:already |also |now )?(?:include|includes|included|including|have included|are|were|such as|like|range from|ranging from)';

/** Up to three plain modifiers before the group noun: "biggest", "existing early-stage". */
const MODIFIERS = String.raw`(?:(?!and\b|or\b)[a-z][\w-]* ){0,3}?`;

/** Modifiers that are no preposition: "largest", "early", "U.S.", but not "access to new". */
const PLAIN_MODIFIERS = String.raw`(?:(?:(?!(?:and|or|to|of|for|with|in|on|at|from|by)\b)[a-z][\w-]*|⟦L\d+⟧) ){0,3}?`;

function groupRules(g: Group): RelationRule[] {
  const owner = g.owner === 'subject' ? '(?<s>⟦[Oo]\\d+⟧)' : '(?<o>⟦[Oo]\\d+⟧)';
  const members = g.owner === 'subject' ? '{OL}' : '{SL}';
  const member = g.owner === 'subject' ? '{O}' : '{S}';
  // "A, B and the state-backed fund C, a Gulf group,": members may be described
  const described = String.raw`(?<${g.owner === 'subject' ? 'o' : 's'}>⟦[OoPp]\d+⟧(?:(?:, (?:and )?|,? and )(?:(?:the |a |an )?(?:[\w-]+ |⟦[A-Za-z]\d+⟧-[a-z]+ ){1,4}?)??(?:⟦L\d+⟧'s )?⟦[OoPp]\d+⟧)*)(?:, (?:[^⟦⟧,]|⟦[A-Za-z]\d+⟧){1,40},)?`;
  const cue = new RegExp(`\\b(?:${g.plural}|${g.singular})\\b`);
  const rules: RelationRule[] = [
    // "Acme, whose backers include A, B and C", "Acme's customers include C and D"
    {
      id: `list.whose-${g.name}`,
      cue,
      predicate: g.predicate,
      pattern: `${owner}(?:'s?|,? whose) ${MODIFIERS}(?:${g.plural}),? (?:which |who )?${INTRODUCERS} ${DESCRIBED_BY}${members}`,
      confidence: 0.8,
    },
    // "Acme, which counts A and B among its investors", "The company lists C as a customer"
    {
      id: `list.counts-${g.name}`,
      cue,
      predicate: g.predicate,
      pattern: String.raw`(?<!\b(?:by|from|with|of|at|for|to|in|and) )${owner}(?:,? (?:which|who) (?:(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60}? and )?(?:also |now )?|, (?:a |an |the )(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,50}?(?:that|which) (?:also |now )?|(?<=^(?:[^⟦⟧]|⟦[Ll]\d+⟧){0,40}?⟦[Oo]\d+⟧) (?:[^⟦⟧;,]|⟦[a-z]\d+⟧|⟦[LR]\d+⟧){1,80}?,? and (?:also |now )?|{A})(?:counts|count|counted|lists|listed|names|named) (?:both )?${described} (?:among|as) (?:(?:one of )?(?:its|their|⟦[a-z]\d+⟧'s) |an? |the )${MODIFIERS}(?:${g.plural}|${g.singular})\b`,
      confidence: 0.75,
    },
    // "OpenAI and its biggest backer, Microsoft", "Acme's largest customer, Zeta,"
    {
      id: `appositive.its-${g.name.replace(/s$/, '')}`,
      cue,
      predicate: g.predicate,
      pattern: String.raw`${owner}(?:'s?| and (?:its|their|⟦[a-z]\d+⟧'s)) ${MODIFIERS}(?:${g.singular})(?:,? | (?:is|was|remains|remained|has been|had been) )${member}(?!'s? ⟦|-)`,
      confidence: 0.75,
    },
  ];
  if (g.memberFirst !== false)
    rules.push(
      // "Zeta, Acme's largest customer,", "Zeta, which had been its biggest backer", "Zeta remains
      // its largest customer": the member named first, the company's possessive after
      {
        id: `appositive.member-${g.name.replace(/s$/, '')}`,
        cue,
        predicate: g.predicate,
        pattern: String.raw`${members}(?:, (?:which|who) (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){1,80}?,)?(?:, (?:(?:once|formerly|long|now|still) )?(?:one of )?(?:the )?|(?:, (?:which |who )| )(?:(?:also|now|still|already|currently|long|once) )?(?:is|was|are|were|remains|remained|became|has been|had been|will be|would be|signed up as|signs up as|signed on as|joined as) (?:(?:also|now|still|already|currently) )?(?:(?:among|one of) )?(?:the )?)${owner}'s? ${PLAIN_MODIFIERS}(?:${g.singular}|${g.plural})\b(?!'s? |-)`,
        confidence: 0.7,
      },
    );
  return rules;
}

/** Group rules for every kind of company circle. */
export const GROUP_RULES: RelationRule[] = GROUPS.flatMap(groupRules);
