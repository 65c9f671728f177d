// Lookup keys used by ingestion (duplicate detection) and by the API (filters, ordering).
CREATE INDEX article_canonical_url IF NOT EXISTS FOR (a:Article) ON (a.canonicalUrl);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_source_key IF NOT EXISTS FOR (a:Article) ON (a.sourceKey);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount);
CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree);
CREATE INDEX evidence_fact IF NOT EXISTS FOR (v:Evidence) ON (v.factId);
CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId);
CREATE INDEX alias_entity IF NOT EXISTS FOR (k:Alias) ON (k.entityId);
CREATE INDEX evidence_subject_origin IF NOT EXISTS FOR (v:Evidence) ON (v.subjectOrigin);
CREATE INDEX evidence_object_origin IF NOT EXISTS FOR (v:Evidence) ON (v.objectOrigin);
CREATE INDEX curation_entity IF NOT EXISTS FOR (c:Curation) ON (c.entity);
