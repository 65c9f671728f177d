import { createHash } from 'node:crypto';
import type { Entity, Relation } from '../extract/types.js';
import type { ArticleRecord } from './article-record.js';
import type { FactRef } from './fact-id.js';

/**
 * The properties of the rows an article writes, built in one place so that the batched write
 * path and the one-statement-per-row benchmark baseline store exactly the same records.
 */

/** The properties of an Article node (besides its id and ingestion times). */
export function articleProperties(r: ArticleRecord) {
  return {
    text: r.text,
    contentHash: r.contentHash,
    sourceKey: r.sourceKey,
    url: r.url ?? null,
    canonicalUrl: r.canonicalUrl ?? null,
    title: r.title ?? null,
    source: r.source ?? null,
    published: r.published ?? null,
    simhash: r.simhash ?? null,
    band0: r.bands?.[0] ?? null,
    band1: r.bands?.[1] ?? null,
    band2: r.bands?.[2] ?? null,
    band3: r.bands?.[3] ?? null,
    ruleVersion: r.extraction.ruleVersion,
    entityCount: r.extraction.entities.length,
    relationCount: r.extraction.relations.length,
  };
}

/** The properties of a MENTIONS relationship: where in the article the entity is named. */
export function mentionSpans(e: Entity) {
  return {
    name: e.name,
    surfaces: [...new Set(e.mentions.map((m) => m.text))],
    starts: e.mentions.map((m) => m.start),
    ends: e.mentions.map((m) => m.end),
    sentences: e.mentions.map((m) => m.sentence),
  };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

/**
 * The properties of an Evidence node: one per (article, fact, sentence offset, rule), so the
 * same relation found twice by one rule is one piece of evidence.
 */
export function evidenceRow(r: ArticleRecord, rel: Relation, fact: FactRef, now: string) {
  const ev = rel.evidence;
  return {
    id: sha(`${r.id}|${fact.id}|${ev.start}|${rel.rule}`),
    factId: fact.id,
    articleId: r.id,
    subjectId: fact.subjectId,
    objectId: fact.objectId,
    predicate: fact.predicate,
    subjectName: rel.subject,
    objectName: rel.object,
    sentence: ev.sentence,
    start: ev.start,
    end: ev.end,
    sentenceIndex: ev.sentenceIndex,
    spanStart: ev.spanStart ?? null,
    spanEnd: ev.spanEnd ?? null,
    modality: rel.modality,
    attribution: rel.attribution ?? null,
    eventDate: rel.eventDate ?? null,
    confidence: rel.confidence,
    rule: rel.rule,
    ruleVersion: rel.ruleVersion,
    reported: r.published ?? now.slice(0, 10),
    sourceKey: r.sourceKey,
    source: r.source ?? null,
  };
}
