// Evidence by fact id alone is served by the composite indexes that start with factId
// (evidence_fact_reported, evidence_fact_source): this one only cost every new piece of evidence
// one more index entry to write.
DROP INDEX evidence_fact IF EXISTS;
