// Evidence of a fact, oldest first, read in index order: a fact reported thousands of times
// gives its first page without sorting all of its evidence.
CREATE INDEX evidence_fact_reported IF NOT EXISTS FOR (v:Evidence) ON (v.factId, v.reported);
