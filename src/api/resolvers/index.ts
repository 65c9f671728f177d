import { articles } from './articles.js';
import { Claim } from './claim.js';
import { addAlias, deleteArticle, mergeEntities, splitEntity } from './curate.js';
import { entities } from './entities.js';
import { Entity } from './entity.js';
import { Direction, Modality } from './enums.js';
import { neighborhood, paths } from './graph.js';
import { ingestArticle, ingestArticles } from './ingest.js';
import { Query as BaseQuery } from './query.js';
import { Evidence, Relation } from './relation.js';
import { claims, relation, relations, timeline } from './relations.js';
import { stats } from './stats.js';
import { Subscription } from './subscription.js';

const Query = {
  ...BaseQuery,
  entities,
  relations,
  relation,
  neighborhood,
  paths,
  timeline,
  articles,
  claims,
  stats,
};

const Mutation = {
  ingestArticle,
  ingestArticles,
  deleteArticle,
  mergeEntities,
  splitEntity,
  addAlias,
};

export const resolvers = {
  Query,
  Mutation,
  Subscription,
  Entity,
  Relation,
  Evidence,
  Claim,
  Modality,
  Direction,
};
