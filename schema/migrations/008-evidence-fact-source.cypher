// Whether a fact already has evidence from a source (syndicated copies share one source key):
// the incremental fact summary asks this per new piece of evidence, and must not scan all
// evidence of a fact reported thousands of times to answer.
CREATE INDEX evidence_fact_source IF NOT EXISTS FOR (v:Evidence) ON (v.factId, v.sourceKey);
