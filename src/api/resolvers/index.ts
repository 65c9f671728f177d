import { Entity } from './entity.js';
import { Direction, Modality } from './enums.js';
import { Query } from './query.js';
import { Evidence, Relation } from './relation.js';

export const resolvers = { Query, Entity, Relation, Evidence, Modality, Direction };
