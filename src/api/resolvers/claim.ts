import type { StoredEvidence } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import type { ApiFact } from './relation.js';

const side =
  (modality: StoredEvidence['modality']) =>
  async (fact: ApiFact, _: unknown, { loaders }: ApiContext) =>
    (await loaders.evidence.load(fact.id)).filter((v) => v.modality === modality);

/** `Claim`: a contested fact; its node is the fact, each side its evidence of one modality. */
export const Claim = {
  relation: (fact: ApiFact) => fact,
  asserted: side('asserted'),
  alleged: side('alleged'),
  denied: side('denied'),
};
