import type { Template } from './build-template.js';

/**
 * A sentence template read again with a coordinated verb phrase put right after its subject:
 * "⟦0⟧ runs its service on ⟦1⟧'s ⟦2⟧ but plans to test ⟦3⟧" is also read as
 * "⟦0⟧ plans to test ⟦3⟧", and "⟦0⟧ launched a programme in July, signing up ⟦1⟧" as "⟦0⟧ signing
 * up ⟦1⟧". Verb patterns allow only a few words between a subject and its verb,
 * so without this the second verb of a sentence has no subject.
 */
export interface ReducedTemplate extends Template {
  /** Offset in the sentence's own template of each offset of this one (length: text.length + 1). */
  origin: number[];
  /** Where the coordinated verb phrase starts in this text: cues are read from there on. */
  verbAt: number;
}

/**
 * The subject opening a sentence: "⟦0⟧", "On Tuesday, ⟦0⟧", "⟦0⟧'s flagship product, ⟦1⟧", with an
 * appositive after it.
 */
const SUBJECT =
  /^(?:[A-Z][^⟦⟧,;:"“”]{0,40}, )?(?:⟦[Oo]\d+⟧['’]s? (?:[a-z-]+ ){0,3}?(?:product|model|chatbot|app|chip|assistant|service|platform|tool|software|system|agent), ⟦[Rr]\d+⟧,(?= [a-z])|(?:[Tt]he |[Ii]ts )?⟦[OPRopr]\d+⟧(?!['’-]| ⟦| (?:and|or|&) )(?<aside>, (?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,80}?,(?= [a-z]))?)/;

/**
 * What may stand between the subject and the conjunction: no clause of its own (a relative, a
 * verb of saying, a subordinate), no quotation, no other subject with its verb ("chips
 * rented from" is a reduced relative).
 */
const OWN_CLAUSE =
  /\b(?:said|says|say|told|tells|that|which|who|whom|whose|where|when|while|whereas|after|before|because|if|although|though|unless|until|whether|as)\b|\bsince (?!\d)|[;:"“”?!()]|⟦[A-Za-z]\d+⟧(?:'s? [a-z]+)? (?:has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|[a-z]+ed|struck|made|built|sold|bought|led|ran|won|took)\b(?! (?:by|from|on|in|with|for|to|at|under|as|into)\b)/;

const ASIDE =
  /, (?:⟦[A-Za-z]\d+⟧|he|she|they) (?:said|says|added|acknowledged|noted|argued|conceded|admitted)(?=,|$)/g;

/**
 * The conjunction and the verb it opens, with no subject of its own; or a participle after a
 * comma ("..., signing up A and B"), whose subject is the sentence's too.
 */
const CONJUNCTION =
  /, (?=(?!(?:including|according|following|excluding|regarding|concerning|pending|beginning|starting|ranging|during|bringing|leaving|making)\b)[a-z]{3,}ing\b)|,? (?:and|but)(?: (?:has|have|had) since| (?:also|then|now|later|since|recently|already|still|eventually|subsequently|soon|quickly))? (?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|plans|planned|aims|aimed|expects|expected|hopes|hoped|intends|intended|agreed|wants|wanted|went on|[a-z]{3,}ed|runs|leads|heads|chairs|owns|holds|uses|sells|resells|makes|builds|develops|designs|supplies|provides|powers|serves|hosts|offers|licenses|distributes|integrates|deploys|adopts|invests|backs|funds|sponsors|competes|rivals|challenges|outperforms|beats|matches|surpasses|tops|trails|works|partners|employs|hires|appoints|names|joins|controls|operates|trains|relies|sues|accuses|criticizes|criticises|acquires|buys|signs|agrees)\b)/g;

/** A verb among the subject's first words: "⟦0⟧ currently runs", "⟦0⟧ built", "⟦0⟧ will". */
const STARTS_WITH_VERB =
  /^ (?:[a-z][\w-]* ){0,2}?(?:[a-z][\w-]*(?:ed|s|ould|ill|an|ay|ight|ust)|built|made|sold|bought|led|ran|won|took|struck|set|began|grew|became|got|gave|held|kept|left|lost|paid|put|sent|spent|drew|brought|sought|hit|cut|shut|split|let|met|did|quit)\b/;

/**
 * The template read with `text[cut, resume)` left out, a space put in its place when `space`
 * (the space stands at `cut`); the verb of the reading starts right after `cut`.
 */
function without(template: Template, cut: number, resume: number, space: boolean): ReducedTemplate {
  const { text } = template;
  // offsets count UTF-16 code units, as the template's own do
  const origin = Array.from({ length: cut }, (_, i) => i);
  if (space) origin.push(cut);
  for (let i = resume; i <= text.length; i++) origin.push(i);
  return {
    text: text.slice(0, cut) + (space ? ' ' : '') + text.slice(resume),
    slots: template.slots,
    offsets: origin.map((o) => template.offsets[o] ?? 0),
    origin,
    verbAt: cut + 1,
  };
}

/** Reduced readings of a template: one per coordinated verb phrase after its opening subject. */
export function reduceCoordination(template: Template): ReducedTemplate[] {
  const { text } = template;
  const subject = SUBJECT.exec(text);
  if (!subject) return [];
  const head = subject[0];
  const out: ReducedTemplate[] = [];
  // "⟦0⟧, which ⟦1⟧ founded after leaving ⟦2⟧, has raised ...": also read without the aside, so
  // that the verb's subject is the name the aside describes
  const aside = subject.groups?.aside;
  if (aside && STARTS_WITH_VERB.test(text.slice(head.length)))
    out.push(without(template, head.length - aside.length, head.length, false));
  const limit = out.length + 3;
  CONJUNCTION.lastIndex = head.length;
  for (let c = CONJUNCTION.exec(text); c && out.length < limit; c = CONJUNCTION.exec(text)) {
    // ", she acknowledged," is an aside, not a clause of the phrase
    const phrase = text.slice(head.length, c.index).replace(ASIDE, '');
    // the subject's own verb phrase first: "⟦0⟧ and ⟦1⟧ ..." or "⟦0⟧ chief executive ⟦1⟧ said" is none
    if (!STARTS_WITH_VERB.test(phrase)) return out;
    if (OWN_CLAUSE.test(phrase)) return out;
    // the subject, then the verb the conjunction opens
    out.push(without(template, head.length, c.index + c[0].length, true));
  }
  return out;
}
