import type { EntityMention } from './build-entities.js';
import { buildEntities } from './build-entities.js';
import { buildRelations } from './build-relations.js';
import type { Template } from './build-template.js';
import { buildTemplate } from './build-template.js';
import { OUTLET_NAME_ENDS } from './cues.js';
import { findCandidates } from './find-candidates.js';
import type { Lexicon } from './lexicon.js';
import { matchLexicon } from './match-lexicon.js';
import type { EntityInfo } from './match-relations.js';
import { matchRelations } from './match-relations.js';
import { refineMatches } from './refine-matches.js';
import type { CorefMention } from './resolve-coreference.js';
import { resolveCoreference } from './resolve-coreference.js';
import { resolveProductReferences } from './resolve-product-references.js';
import { RULE_VERSION } from './rule-version.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';
import type { ArticleInput, Extraction } from './types.js';

/**
 * Extracts entities and relations from one article: pure, deterministic, no I/O.
 * Empty or unreadable text yields an empty extraction, never an error.
 * @example
 * const lexicon = loadLexicon();
 * extractArticle({ id: 'a1', text: 'Sam Altman-led OpenAI suspended ByteDance.' }, lexicon).relations
 * // [{ subject: 'Sam Altman', predicate: 'LEADS', object: 'OpenAI', ... }, ...]
 */
export function extractArticle(input: ArticleInput, lexicon: Lexicon): Extraction {
  const text = typeof input.text === 'string' ? input.text : '';
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const matches = refineMatches(text, matchLexicon(text, tokens, lexicon), lexicon);
  const candidates = findCandidates({ text, sentences, tokens, matches });
  const { entities, mentions } = buildEntities({ text, sentences, matches, candidates, lexicon });
  // looked up once per entity: coreference asks about every mention many times over
  const entryOf = entities.map((e) => lexicon.byId.get(e.lexiconId ?? ''));
  const kindOf = (i: number) => entryOf[i]?.kind;
  // an outlet the lexicon lacks is known by its name's last word ("Kestrel Media"); decided once
  // per entity, since coreference asks about every mention
  const outlet = entities.map(
    (e, i) =>
      entryOf[i]?.kind === 'outlet' ||
      (entryOf[i] === undefined &&
        e.type === 'Organization' &&
        OUTLET_NAME_ENDS.has(e.name.split(' ').pop() ?? '')),
  );
  const indexOfLexiconId = new Map(entities.map((e, i) => [e.lexiconId, i]));
  // the organizations the lexicon ties each person to, those the article names
  const orgsOf = entryOf.map((entry) =>
    (entry?.orgs ?? []).flatMap((id) => {
      const org = indexOfLexiconId.get(id);
      return org === undefined ? [] : [org];
    }),
  );
  const coref = [
    ...resolveCoreference({
      text,
      sentences,
      entities,
      mentions,
      isOutlet: (i) => outlet[i] === true,
      countryOf: (i) => entryOf[i]?.country,
      cityOf: (i) => entryOf[i]?.city,
      orgsOf: (i) => orgsOf[i] ?? [],
      kindOf,
      makerOf: (i) => (entryOf[i]?.maker ? indexOfLexiconId.get(entryOf[i]?.maker) : undefined),
    }),
    ...resolveProductReferences({ sentences, entities, mentions, kindOf }),
  ];
  const bySentence = new Map<number, Array<EntityMention | CorefMention>>();
  for (const m of [...mentions, ...coref]) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const typeOf = (entity: number) => entities[entity]?.type ?? 'Organization';
  const templates: Template[] = sentences.map((sentence) =>
    buildTemplate({ sentence, mentions: bySentence.get(sentence.index) ?? [], typeOf }),
  );
  const info: EntityInfo[] = entities.map((e, i) => {
    const entry = e.lexiconId ? entryOf[i] : undefined;
    return {
      type: e.type,
      name: e.name,
      kind: entry?.kind,
      maker: entry?.maker ? (indexOfLexiconId.get(entry.maker) ?? -1) : undefined,
      country: entry?.country,
      orgs: orgsOf[i],
    };
  });
  const references = new Map<number, number>();
  for (const m of coref) references.set(m.entity, (references.get(m.entity) ?? 0) + 1);
  const readable = sentences
    .filter((s) => (templates[s.index]?.slots.length ?? 0) > 0)
    .map((s) => s.index);
  const raw = matchRelations({
    sentences,
    templates,
    info,
    candidates: readable,
    // "it" and "the company" count: the company a story is about is often named only once
    salience: entities.map((e, i) => e.mentions.length + (references.get(i) ?? 0)),
  });
  const relations = buildRelations({
    raw,
    entities,
    sentences,
    templates,
    published: input.published,
    ruleVersion: RULE_VERSION,
    kindOf,
    knownMaker: (i) => {
      const maker = info[i]?.maker;
      return maker === undefined || maker < 0 ? undefined : maker;
    },
  });
  const explained = new Set(raw.map((r) => r.sentence));
  const unexplained = sentences
    .filter((s) => !explained.has(s.index))
    .filter(
      (s) =>
        new Set((bySentence.get(s.index) ?? []).filter((m) => !('kind' in m)).map((m) => m.entity))
          .size >= 2,
    )
    .map((s) => s.index);
  return { id: input.id, ruleVersion: RULE_VERSION, sentences, entities, relations, unexplained };
}
