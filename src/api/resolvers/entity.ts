import type { GraphQLResolveInfo } from 'graphql';
import type { Modality, Predicate } from '../../extract/types.js';
import type { StoredEntity } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { primeEntities, primeEvidencePages } from '../loaders.js';
import { evidenceOfConnection } from '../selection.js';

interface RelationsArgs {
  first?: number | null;
  after?: string | null;
  predicates?: Predicate[] | null;
  modalities?: Modality[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
}

export const Entity = {
  relations: async (
    entity: StoredEntity,
    args: RelationsArgs,
    { store, loaders }: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const first = pageSize(args.first);
    const offset = decodeCursor(args.after);
    const evidence = evidenceOfConnection(info) ?? undefined;
    const page = await store.getEntityFacts(entity.id, {
      offset,
      first,
      filter: {
        predicates: args.predicates ?? undefined,
        modalities: args.modalities ?? undefined,
        direction: args.direction ?? 'BOTH',
      },
      evidence,
      degree: entity.degree,
    });
    // the other ends and the evidence asked for come with the page: no further query
    primeEntities(loaders, [entity, ...page.others]);
    if (evidence && page.evidence) primeEvidencePages(loaders, page.items, evidence, page.evidence);
    return toConnection(page);
  },
};
