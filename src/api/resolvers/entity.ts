import type { Modality, Predicate } from '../../extract/types.js';
import type { StoredEntity } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { primeEntities } from '../loaders.js';

interface RelationsArgs {
  first?: number | null;
  after?: string | null;
  predicates?: Predicate[] | null;
  modalities?: Modality[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
}

export const Entity = {
  relations: async (entity: StoredEntity, args: RelationsArgs, { store, loaders }: ApiContext) => {
    const first = pageSize(args.first);
    const offset = decodeCursor(args.after);
    const page = await store.getEntityFacts(entity.id, {
      offset,
      first,
      filter: {
        predicates: args.predicates ?? undefined,
        modalities: args.modalities ?? undefined,
        direction: args.direction ?? 'BOTH',
      },
    });
    // the other ends come with the page: subject and object cost no further query
    primeEntities(loaders, [entity, ...page.others]);
    return toConnection(page);
  },
};
