import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';

interface EntityArgs {
  id?: string | null;
  name?: string | null;
}

interface ArticleArgs {
  id?: string | null;
  url?: string | null;
}

/** Lists the values of a schema enum with their SDL descriptions: the SDL is the ontology's one text. */
function enumTerms(info: GraphQLResolveInfo, name: string) {
  const type = info.schema.getType(name);
  if (!type || !('getValues' in type)) return [];
  return type.getValues().map((v) => ({ name: v.name, description: v.description ?? '' }));
}

export const Query = {
  entity: async (_: unknown, { id, name }: EntityArgs, { store, loaders }: ApiContext) => {
    if (id) return loaders.entity.load(id);
    if (name?.trim()) return store.findEntity(name);
    throw badInput('entity needs an id or a name');
  },
  article: async (_: unknown, { id, url }: ArticleArgs, { loaders }: ApiContext) => {
    const key = id ?? url;
    if (!key) throw badInput('article needs an id or a url');
    return loaders.article.load(key);
  },
  ontology: (_: unknown, __: unknown, ___: ApiContext, info: GraphQLResolveInfo) => ({
    entityTypes: enumTerms(info, 'EntityType'),
    predicates: enumTerms(info, 'Predicate'),
    modalities: enumTerms(info, 'Modality'),
  }),
  counts: (_: unknown, __: unknown, { store }: ApiContext) => store.counts(),
};
