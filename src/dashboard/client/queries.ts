// The GraphQL documents the dashboard sends: all of its data comes through these.

const RELATION_FIELDS = /* GraphQL */ `
  id predicate modality disputed sourceCount evidenceCount confidence firstReported eventDate
  modalityCounts { denied alleged }
  subject { id name type }
  object { id name type }
`;

export const SEARCH_ENTITIES = /* GraphQL */ `
  query SearchEntities($search: String!) {
    entities(search: $search, first: 8) { edges { node { id name type degree } } }
  }
`;

export const ONTOLOGY = /* GraphQL */ `
  query Ontology { ontology { predicates { name description } modalities { name description } } }
`;

export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood(
    $entity: String!, $depth: Int, $predicates: [Predicate!], $modalities: [Modality!], $asOf: String
  ) {
    neighborhood(
      entity: $entity, depth: $depth, predicates: $predicates, modalities: $modalities, asOf: $asOf
      limit: 300
    ) {
      center { id name type }
      nodes { id name type degree mentionCount }
      edges { ${RELATION_FIELDS} }
      truncated
    }
  }
`;

export const RELATION_EVIDENCE = /* GraphQL */ `
  query RelationEvidence($id: ID!) {
    relation(id: $id) {
      ${RELATION_FIELDS}
      evidence {
        id sentence start end spanStart spanEnd modality attribution eventDate reported
        article { id title url source }
      }
    }
  }
`;

export const TIMELINE = /* GraphQL */ `
  query Timeline(
    $entity: String!, $from: String, $to: String, $predicates: [Predicate!], $asOf: String
  ) {
    timeline(entity: $entity, from: $from, to: $to, predicates: $predicates, asOf: $asOf, first: 100) {
      edges { node { ${RELATION_FIELDS} } }
      totalCount
    }
  }
`;

export const PATHS = /* GraphQL */ `
  query Paths($from: String!, $to: String!, $predicates: [Predicate!], $asOf: String) {
    paths(from: $from, to: $to, maxHops: 4, predicates: $predicates, asOf: $asOf, limit: 5) {
      length
      nodes { id name type }
      hops { ${RELATION_FIELDS} }
    }
  }
`;

export const RELATION_ADDED = /* GraphQL */ `
  subscription RelationAdded($filter: RelationFilter) {
    relationAdded(filter: $filter) { ${RELATION_FIELDS} }
  }
`;
