// Shapes of the GraphQL answers the dashboard asks for (a subset of schema/schema.graphql).

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface GraphNode extends EntityRef {
  degree: number;
  mentionCount: number;
}

export interface RelationSummary {
  id: string;
  predicate: string;
  modality: string;
  disputed: boolean;
  sourceCount: number;
  evidenceCount: number;
  confidence: number;
  firstReported: string | null;
  eventDate: string | null;
  modalityCounts: { denied: number; alleged: number };
  subject: EntityRef;
  object: EntityRef;
}

export interface Subgraph {
  center: EntityRef | null;
  nodes: GraphNode[];
  edges: RelationSummary[];
  truncated: boolean;
}

export interface EvidenceItem {
  id: string;
  sentence: string;
  start: number;
  end: number;
  spanStart: number | null;
  spanEnd: number | null;
  modality: string;
  attribution: string | null;
  eventDate: string | null;
  reported: string;
  article: { id: string; title: string | null; url: string | null; source: string | null };
}

export interface RelationDetail extends RelationSummary {
  evidence: EvidenceItem[];
}

export interface PathResult {
  length: number;
  nodes: EntityRef[];
  hops: RelationSummary[];
}

export interface OntologyTerm {
  name: string;
  description: string;
}

export interface Ontology {
  predicates: OntologyTerm[];
  modalities: OntologyTerm[];
}
