// Hand-built extractions for store tests: the store's behaviour is tested apart from the rules.
import type {
  Entity,
  EntityType,
  Extraction,
  Modality,
  Predicate,
  Relation,
} from '../../src/extract/types.js';
import type { ArticleRecord } from '../../src/graph/index.js';

type EntitySpec = [name: string, type: EntityType, aliases?: string[], lexiconId?: string];
type RelationSpec = [subject: string, predicate: Predicate, object: string, modality?: Modality];

const keyOf = (name: string) => name.toLowerCase();

/** An article whose text is its sentences, with the given entities and relations (one sentence each). */
export function makeRecord({
  id,
  sentences,
  entities,
  relations = [],
  published = '2024-01-10',
  sourceKey = id,
  source = 'Test Wire',
}: {
  id: string;
  sentences: string[];
  entities: EntitySpec[];
  relations?: (RelationSpec & { 4?: number })[];
  published?: string;
  sourceKey?: string;
  source?: string;
}): ArticleRecord {
  const text = sentences.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    starts.push(at);
    at += s.length + 1;
  }
  const ents: Entity[] = entities.map(([name, type, aliases = [], lexiconId]) => ({
    key: keyOf(name),
    name,
    type,
    aliases: [name, ...aliases],
    lexiconId,
    mentions: [
      {
        text: name,
        start: Math.max(0, text.indexOf(name)),
        end: Math.max(0, text.indexOf(name)) + name.length,
        sentence: 0,
      },
    ],
  }));
  const rels: Relation[] = relations.map(
    ([subject, predicate, object, modality = 'asserted'], i) => {
      const index = Math.min(i, sentences.length - 1);
      const start = starts[index]!;
      return {
        subject,
        subjectKey: keyOf(subject),
        predicate,
        object,
        objectKey: keyOf(object),
        modality,
        evidence: {
          sentence: sentences[index]!,
          start,
          end: start + sentences[index]!.length,
          sentenceIndex: index,
        },
        confidence: 0.8,
        rule: 'test.rule',
        ruleVersion: 'test',
      };
    },
  );
  const extraction: Extraction = {
    id,
    ruleVersion: 'test',
    sentences: [],
    entities: ents,
    relations: rels,
    unexplained: [],
  };
  return {
    id,
    text,
    contentHash: `hash-${id}-${text.length}`,
    sourceKey,
    published,
    source,
    title: `Title ${id}`,
    extraction,
  };
}
