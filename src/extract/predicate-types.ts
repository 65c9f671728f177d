import type { EntityType, Predicate } from './types.js';

const O: EntityType = 'Organization';
const P: EntityType = 'Person';
const R: EntityType = 'Product';
const L: EntityType = 'Place';

/** Subject and object types each predicate admits (ONTOLOGY, relation predicates). */
export const PREDICATE_TYPES: Record<Predicate, { subject: EntityType[]; object: EntityType[] }> = {
  PARENT_OF: { subject: [O], object: [O, R] },
  ACQUIRED: { subject: [O], object: [O, R] },
  INVESTED_IN: { subject: [O, P], object: [O] },
  PARTNERED_WITH: { subject: [O], object: [O] },
  DEVELOPED: { subject: [O, P], object: [R] },
  USED: { subject: [O, P], object: [R, O] },
  SUSPENDED: { subject: [O], object: [O, P, R] },
  ACCUSED: { subject: [O, P], object: [O, P] },
  COPIED: { subject: [O, P], object: [O, R] },
  SUED: { subject: [O, P], object: [O, P] },
  CRITICIZED: { subject: [O, P], object: [O, P, R] },
  COMPETES_WITH: { subject: [O, R], object: [O, R] },
  LEADS: { subject: [P], object: [O] },
  FOUNDED: { subject: [P, O], object: [O] },
  EMPLOYED_BY: { subject: [P], object: [O] },
  RESTRICTED: { subject: [O, L], object: [O, R, L] },
  SUPPLIES: { subject: [O], object: [O] },
  LOCATED_IN: { subject: [O], object: [L] },
};
