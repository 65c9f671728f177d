// Live feed: the server polls facts by r.updatedAt (set by every recompute), so each fact type
// gets a range index on it; without them every poll would scan all relationships.
CREATE INDEX fact_updated_parent_of IF NOT EXISTS FOR ()-[r:PARENT_OF]-() ON (r.updatedAt);
CREATE INDEX fact_updated_acquired IF NOT EXISTS FOR ()-[r:ACQUIRED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_invested_in IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() ON (r.updatedAt);
CREATE INDEX fact_updated_partnered_with IF NOT EXISTS FOR ()-[r:PARTNERED_WITH]-() ON (r.updatedAt);
CREATE INDEX fact_updated_developed IF NOT EXISTS FOR ()-[r:DEVELOPED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_used IF NOT EXISTS FOR ()-[r:USED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_suspended IF NOT EXISTS FOR ()-[r:SUSPENDED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_accused IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_copied IF NOT EXISTS FOR ()-[r:COPIED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_sued IF NOT EXISTS FOR ()-[r:SUED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() ON (r.updatedAt);
CREATE INDEX fact_updated_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.updatedAt);
CREATE INDEX fact_updated_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_employed_by IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.updatedAt);
CREATE INDEX fact_updated_restricted IF NOT EXISTS FOR ()-[r:RESTRICTED]-() ON (r.updatedAt);
CREATE INDEX fact_updated_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.updatedAt);
CREATE INDEX fact_updated_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.updatedAt);
