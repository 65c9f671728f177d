// Facts by id: the write path finds a fact that already exists through this index instead of
// walking the relationships between its two entities (thousands between two hubs at scale).
CREATE INDEX fact_id_parent_of IF NOT EXISTS FOR ()-[r:PARENT_OF]-() ON (r.id);
CREATE INDEX fact_id_acquired IF NOT EXISTS FOR ()-[r:ACQUIRED]-() ON (r.id);
CREATE INDEX fact_id_invested_in IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() ON (r.id);
CREATE INDEX fact_id_partnered_with IF NOT EXISTS FOR ()-[r:PARTNERED_WITH]-() ON (r.id);
CREATE INDEX fact_id_developed IF NOT EXISTS FOR ()-[r:DEVELOPED]-() ON (r.id);
CREATE INDEX fact_id_used IF NOT EXISTS FOR ()-[r:USED]-() ON (r.id);
CREATE INDEX fact_id_suspended IF NOT EXISTS FOR ()-[r:SUSPENDED]-() ON (r.id);
CREATE INDEX fact_id_accused IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.id);
CREATE INDEX fact_id_copied IF NOT EXISTS FOR ()-[r:COPIED]-() ON (r.id);
CREATE INDEX fact_id_sued IF NOT EXISTS FOR ()-[r:SUED]-() ON (r.id);
CREATE INDEX fact_id_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.id);
CREATE INDEX fact_id_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() ON (r.id);
CREATE INDEX fact_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX fact_id_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.id);
CREATE INDEX fact_id_employed_by IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.id);
CREATE INDEX fact_id_restricted IF NOT EXISTS FOR ()-[r:RESTRICTED]-() ON (r.id);
CREATE INDEX fact_id_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.id);
CREATE INDEX fact_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
