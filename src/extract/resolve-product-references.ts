import type { EntityMention } from './build-entities.js';
import type { CorefMention } from './resolve-coreference.js';
import type { Entity, Sentence } from './types.js';

/**
 * "The model", "the new chatbot", "the chip": a product named earlier, taken up by its kind.
 * Stories about a launch mostly speak of the product this way after naming it once ("Acme
 * released Nova-3 ... The model outperforms GPT-5"), so without it the product's own claims
 * (what it beats, what it runs on, who tests it) are lost.
 */
const PRODUCT_DESCRIPTION =
  /\b[Tt]he\s+((?:(?:new|newest|latest|updated|upgraded|open-source|open-weight|reasoning|flagship|multimodal|first|second|third|next-generation|[\w.]+-(?:parameter|billion-parameter))\s+){0,2})(model|chatbot|assistant|chip|processor|accelerator|app|agent)\b/g;

/** What a description's head may name, by the lexicon's product kind. */
const KINDS_OF_HEAD: Record<string, ReadonlySet<string>> = {
  model: new Set(['model']),
  chatbot: new Set(['model', 'app', 'service']),
  assistant: new Set(['model', 'app', 'service']),
  agent: new Set(['model', 'app', 'service']),
  app: new Set(['app', 'service']),
  chip: new Set(['chip']),
  processor: new Set(['chip']),
  accelerator: new Set(['chip']),
};

const KIND_OF_NOUN: Record<string, string> = {
  model: 'model',
  chip: 'chip',
  processor: 'chip',
  accelerator: 'chip',
  GPU: 'chip',
  app: 'app',
  chatbot: 'app',
  assistant: 'app',
};
const NOUN_AFTER =
  /^\s+(?:(?:AI|reasoning|language|coding|video|image|open-source|open-weight|inference|training)\s+)?(model|chip|processor|accelerator|GPU|app|chatbot|assistant)s?\b/;

/**
 * "Stellantis is deploying it", "said it would test it": the object of a verb of use is a thing,
 * not a company ("bought it" may be a company, and is left to coreference).
 */
const USED_IT =
  /\b(?:use|uses|used|using|deploy|deploys|deployed|deploying|test|tests|tested|testing|adopt|adopts|adopted|adopting|integrate|integrates|integrated|integrating|pilot|pilots|piloted|piloting|trial|trials|trialled|trialed|trialling|trialing|roll(?:s|ed|ing)? out|fine-tun(?:e|es|ed|ing)|run|runs|running)\s+(it)\b/g;

/** Sentences back that a description may reach: a launch story names its product near the top. */
const WINDOW = 3;

/**
 * Resolves singular product descriptions to the product they stand for: among the products
 * named in this sentence (before it) or the last few, one the lexicon does not know to be of
 * another kind, not another company's ("Meta's Llama") when there is a choice, the most named in
 * the article so far, the nearest on a tie. "The model of Zeta", "the model Nova" (a name
 * follows) and descriptions inside a name are left alone.
 */
export function resolveProductReferences({
  sentences,
  entities,
  mentions,
  kindOf = () => undefined,
}: {
  sentences: Sentence[];
  entities: Entity[];
  mentions: EntityMention[];
  /** Lexicon kind of a product ("model", "chip", "app"...), undefined for a name not known. */
  kindOf?: (entity: number) => string | undefined;
}): CorefMention[] {
  const products = mentions
    .filter((m) => entities[m.entity]?.type === 'Product')
    .sort((a, b) => a.start - b.start);
  if (products.length === 0) return [];
  // a name the lexicon lacks says its kind by the noun after it: "the Orion X1 chip"
  const kindNamed = new Map<number, string>();
  for (const m of products) {
    const s = sentences[m.sentence] as Sentence;
    const noun = NOUN_AFTER.exec(s.text.slice(m.end - s.start))?.[1];
    if (noun && !kindNamed.has(m.entity)) kindNamed.set(m.entity, KIND_OF_NOUN[noun] as string);
  }
  const kind = (entity: number) => kindOf(entity) ?? kindNamed.get(entity);
  const possessed = (m: EntityMention) => {
    const s = sentences[m.sentence] as Sentence;
    return /['’]s\s+(?:[\w-]+\s+)?$/.test(
      s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start),
    );
  };
  const named = (entity: number, start: number) =>
    products.filter((m) => m.entity === entity && m.end <= start).length;
  /** The product a reference at `start` takes up: see the function's comment. */
  const antecedent = (start: number, sentence: number, fits: (m: EntityMention) => boolean) => {
    const seen = products.filter(
      (m) => m.end <= start && m.sentence >= sentence - WINDOW && fits(m),
    );
    // "outperforms Meta's Llama 4": a product named with another company's possessive is
    // what the story compares with, not what it is about
    const own = seen.filter((m) => !possessed(m));
    const pool = own.length > 0 ? own : seen;
    if (pool.length === 0) return undefined;
    let best = pool[pool.length - 1] as EntityMention;
    for (const m of pool) if (named(m.entity, start) > named(best.entity, start)) best = m;
    return best;
  };
  const out: CorefMention[] = [];
  for (const sentence of sentences) {
    USED_IT.lastIndex = 0;
    for (let u = USED_IT.exec(sentence.text); u; u = USED_IT.exec(sentence.text)) {
      const end = sentence.start + u.index + u[0].length;
      const start = end - 2;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      const best = antecedent(start, sentence.index, () => true);
      if (best)
        out.push({
          entity: best.entity,
          start,
          end,
          sentence: sentence.index,
          text: 'it',
          kind: 'pronoun',
          possessive: false,
        });
    }
    PRODUCT_DESCRIPTION.lastIndex = 0;
    for (
      let d = PRODUCT_DESCRIPTION.exec(sentence.text);
      d;
      d = PRODUCT_DESCRIPTION.exec(sentence.text)
    ) {
      const start = sentence.start + d.index;
      const end = start + d[0].length;
      const after = sentence.text.slice(d.index + d[0].length);
      // "the model's maker" takes it up; "the model of Zeta", "the chip H20", "the
      // model-maker" and "the models" are other things
      if (/^(?:\s+of\b|-|s\b|\s+(?:\p{Lu}|\d))/u.test(after)) continue;
      // "the assistant run by Zeta", "the chatbot made by Zeta": a new one, defined on the spot
      if (
        /^\s+(?:run|made|built|developed|offered|operated|owned|created|launched|released|designed|sold|from|by)\b/.test(
          after,
        )
      )
        continue;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      const wanted = KINDS_OF_HEAD[d[2] as string] as ReadonlySet<string>;
      const best = antecedent(
        start,
        sentence.index,
        (m) => kind(m.entity) === undefined || wanted.has(kind(m.entity) as string),
      );
      if (!best) continue;
      const head = d[2] as string;
      out.push({
        entity: best.entity,
        start: end - head.length,
        end,
        sentence: sentence.index,
        text: head,
        kind: 'description',
        possessive: /^['’]s\b/.test(after),
      });
    }
  }
  return out;
}
