import {
  NEIGHBORHOOD,
  ONTOLOGY,
  PATHS,
  RELATION_EVIDENCE,
  SEARCH_ENTITIES,
  TIMELINE,
} from './queries.js';
import type {
  EntityRef,
  GraphNode,
  Ontology,
  PathResult,
  RelationDetail,
  RelationSummary,
  Subgraph,
} from './types.js';

/** A GraphQL answer that carried errors: the first message, for the user. */
export class ApiError extends Error {
  override name = 'ApiError';
}

/** Filters the API understands; empty lists mean "all". */
export interface GraphFilters {
  predicates: string[];
  modalities: string[];
  asOf: string | null;
}

const orNull = <T>(list: T[]) => (list.length > 0 ? list : null);

/** The dashboard's only door to data: POSTs to the public GraphQL endpoint. */
export function createApi(endpoint: string) {
  async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json().catch(() => ({}))) as {
      data?: T;
      errors?: { message: string }[];
    };
    if (body.errors?.length) throw new ApiError(body.errors[0]?.message ?? 'request failed');
    if (!res.ok || !body.data) throw new ApiError(`the server answered ${res.status}`);
    return body.data;
  }

  return {
    async searchEntities(search: string): Promise<GraphNode[]> {
      const data = await request<{ entities: { edges: { node: GraphNode }[] } }>(SEARCH_ENTITIES, {
        search,
      });
      return data.entities.edges.map((e) => e.node);
    },
    async ontology(): Promise<Ontology> {
      return (await request<{ ontology: Ontology }>(ONTOLOGY)).ontology;
    },
    async neighborhood(entity: string, depth: number, f: GraphFilters): Promise<Subgraph> {
      const data = await request<{ neighborhood: Subgraph }>(NEIGHBORHOOD, {
        entity,
        depth,
        predicates: orNull(f.predicates),
        modalities: orNull(f.modalities),
        asOf: f.asOf,
      });
      return data.neighborhood;
    },
    async relation(id: string): Promise<RelationDetail | null> {
      return (await request<{ relation: RelationDetail | null }>(RELATION_EVIDENCE, { id }))
        .relation;
    },
    async timeline(
      entity: string,
      f: GraphFilters & { from: string | null; to: string | null },
    ): Promise<RelationSummary[]> {
      const data = await request<{ timeline: { edges: { node: RelationSummary }[] } }>(TIMELINE, {
        entity,
        from: f.from,
        to: f.to,
        predicates: orNull(f.predicates),
        asOf: f.asOf,
      });
      return data.timeline.edges.map((e) => e.node);
    },
    async paths(from: EntityRef, to: EntityRef, f: GraphFilters): Promise<PathResult[]> {
      const data = await request<{ paths: PathResult[] }>(PATHS, {
        from: from.id,
        to: to.id,
        predicates: orNull(f.predicates),
        asOf: f.asOf,
      });
      return data.paths;
    },
  };
}

export type Api = ReturnType<typeof createApi>;
