import type { Template } from './build-template.js';
import type { EntityInfo, RawRelation } from './match-relations.js';
import { slotType } from './match-relations.js';

/**
 * Export controls and national bans: "restrictions on chip exports to China", "banned the H800",
 * "told A and B to stop buying Zeta's chips".
 */
const CUE =
  /\b(?:restrict\w*|ban|bans|banned|banning|block(?:s|ed|ing)?|sanction\w*|export controls?|export rules|[Ee]ntity [Ll]ist|blacklist\w*|curbs?|curbed|prohibit\w*|barred|barring|bars|(?:need|needs|needed|require|requires|required|requiring) (?:an? )?(?:special |export )?licen[cs]es?|cut (?:off )?⟦L\d+⟧ access|controls on|fined|fines|fining|(?:suspended|halted|blocked) (?:new |further )?(?:downloads|sales)|stop (?:shipping|shipments|selling|buying|using|testing|purchasing|ordering)|cancel (?:orders|purchases)|avoid (?:buying|using|purchasing)|cease shipments|no longer be sold|limits on|(?:remove|delete|uninstall)\w* (?:[^⟦⟧;]|⟦[OoRr]\d+⟧){1,60}? from (?:official|government|state|work|civil servants') (?:phones|devices|laptops|computers|systems)|prevent\w* (?:[\w-]+ ){0,4}?from (?:shipping|selling|exporting|being))\b/g;
const GOVERNMENT =
  /\b(?:Department|Administration|administration|Ministry|Commission|Government|government|Bureau|Agency|Authority|Congress|Senate|Council|White House|Treasury|Parliament|Inspectorate|Directorate|Regulator|Ombudsman|(?:Data|Consumer|Competition) Protection)\b/;

/** A government body or regulator by lexicon kind or by name: "Personal Information Protection Commission". */
export function isPublicBody(info: EntityInfo): boolean {
  return (
    info.type === 'Organization' &&
    (info.kind === 'government' || info.kind === 'regulator' || GOVERNMENT.test(info.name))
  );
}
/** "notified Nvidia", "banned Huawei", "Nvidia — which had been ordered to cease shipments". */
const ORG_TARGETS = [
  // ("Zeta, spun out of Beta University, was added": the subject past its aside, not a name in it)
  /(?<!\b(?:of|from|by|at|with|for|in|to) )⟦[Oo](\d+)⟧(?:, (?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,80},)?(?:[^⟦⟧]|⟦[Ll]\d+⟧){0,60}?(?:was|were|has been|have been|is being) (?:[a-z]+ )?(?:added|placed|put) (?:to|on) (?:the|its|a) /g,
  /(?:notified|ordered|orders|order|ordering|banned|blocked|sanctioned|restricted|added|placed|put|blacklisted|barred|told|fined|penali[sz]ed) ⟦[Oo](\d+)⟧(?!'s? ⟦)/g,
  // "fined Nairobi-based start-up Acme", "has banned the Chinese chatbot maker Zeta": described
  /(?:banned|sanctioned|blacklisted|barred|fined|penali[sz]ed) (?:the )?(?:⟦[Ll]\d+⟧(?:-based)? )?(?:(?!(?:the|an?|that|who|which|and|or|to|for|from|in|on|of|with|as|at|by|its|their|his|her|is|are|was|were|be|been)\b)[a-z-]+ ){1,3}⟦[Oo](\d+)⟧(?!'s? ⟦|-| ⟦[Rr])/g,
  // "Zeta, which has been on the Commerce Department's entity list since 2019"
  /(?<!\b(?:of|from|by|at|with|for|in|to) )⟦[Oo](\d+)⟧(?:[^⟦⟧]|⟦[Ll]\d+⟧){0,60}?\b(?:been|is|was|are|were|being|remains|remained) on (?:the|its|a) (?:[^⟦⟧]|⟦[OoLl]\d+⟧){0,40}?[Ee]ntity [Ll]ist/g,
  /\b(?:by|against|on) ⟦[Oo](\d+)⟧/g,
  /⟦[Oo](\d+)⟧[^⟦⟧]{0,40}?(?:ordered|told|forced|required) to (?:stop|cease|halt)/g,
  // "Acme was fined 1.2 billion euros"
  /⟦[Oo](\d+)⟧(?:,[^⟦⟧,]{1,40},)? (?:was|were|has been|have been|had been) (?:[a-z]+ )?(?:fined|penali[sz]ed|sanctioned|blacklisted|banned)\b/g,
  // "barred agencies from using Acme's services", "downloads of the company's app"
  /\b(?:from|against) (?:using|buying|accessing|downloading|purchasing|installing|doing business with) (?:the )?(?:[a-z-]+ ){0,2}?⟦[Oo](\d+)⟧(?! (?:[\w-]+ )?(?:GPUs?|chips?|processors|accelerators|cards|models|⟦))/g,
  // (not the maker of products named: "barred sales of Nvidia's H100")
  /\b(?:downloads|sales|use|access) of (?:the )?(?:[a-z-]+ ){0,2}?⟦[Oo](\d+)⟧(?!'s? (?:[a-z-]+ )?⟦[Rr])/g,
  // "ordered civil servants to remove Acme's chatbot app from official phones"
  /\b(?:remove|delete|uninstall)\w* ⟦[Oo](\d+)⟧'s? (?:[a-z-]+ ){0,2}?(?:apps?|chatbots?|services?|software|tools?)\b/g,
];
/**
 * "following similar moves by Italy, Australia and Taiwan", "..., and Taiwan and Australia have
 * banned the app": other bodies that took the same measure against the same target.
 */
const SIMILAR_ACTORS =
  /\b(?:similar|comparable|the same) (?:moves|steps|bans|measures|restrictions|actions|decisions|orders) (?:by|from|in) ((?:⟦[LOlo]\d+⟧(?:, |,? and )?)+)|[,;] (?:and|while) ((?:⟦[LOlo]\d+⟧(?:, |,? and )?)+) (?:have |has |had )?(?:also |since |then |later )?(?:banned|blocked|barred|restricted|suspended) (?:the |its )(?:app|apps|chatbot|service|services)\b/;
/**
 * "added 14 Chinese entities to its entity list, including Acme and the chipmaker Zeta", "the
 * Hefei-based chip designer Beta": members may be described, with their place.
 */
const LISTED_TARGETS =
  /\b(?:including|such as|among them|notably) (?:the )?(?:⟦L\d+⟧(?:-based)? )?(?:[a-z-]+ ){0,3}?⟦[Oo]\d+⟧(?!'s? ⟦)(?:(?:,? and |, )(?:the )?(?:⟦L\d+⟧(?:-based)? )?(?:[a-z-]+ ){0,3}?⟦[Oo]\d+⟧(?!'s? ⟦))*/g;
/** "told domestic firms, including A and B, to stop buying": the companies ordered, listed before the cue. */
const ORDERED_LIST =
  /\b(?:told|ordered|urged|asked|instructed|directed|forced|required) (?:[^⟦⟧;]|⟦[Ll]\d+⟧){0,60}?\b(?:including|such as|among them) ((?:⟦[Oo]\d+⟧(?!'s? ⟦)(?:,? and |, )?)+),? to (?:stop|cease|avoid|cancel|halt|suspend|remove)\b/g;
/** A list of names right before the cue: "Taiwan and Australia have banned". */
const JOINT_ACTORS = /⟦[LOlo]\d+⟧(?:(?:, |,? and )⟦[LOlo]\d+⟧)+(?= (?:[a-z]+ ){0,3}$)/;
/** A company as the subject right before the cue: "Apple has blocked", "the company quickly banned". */
const COMPANY_ACTS =
  /⟦[Oo]\d+⟧(?: (?:has|have|had|also|recently|quickly|temporarily|then|later|previously|already|will|would|itself))* $/;
/** Cues that name a measure rather than impose one. */
const MENTIONED_MEASURE =
  /^(?:restrictions?|sanctions?|curbs?|ban|bans|export controls?|export rules|controls on|limits on|[Ee]ntity [Ll]ist|blacklist)$/;
/** Where the cue's clause ends: a participle or a conjunction that opens another. */
const CLAUSE_END =
  /,\s(?:citing|saying|arguing|claiming|noting|warning|because|as|amid|while|whereas|which|who)\b[\s\S]*$/;
/** A fine punishes a company: the products and places named around it are not restricted. */
const FINE = /^(?:fined|fines|fining)$/;
const PLACE_TARGET =
  /\b(?:to|into|on|from|against|in|at|bound for|destined for|headed for) (?:the )?(⟦[Ll](\d+)⟧)(?!-|, ⟦[Ll]\d+⟧-)/g;

/**
 * "China's internet regulator has told ...": a country's body named by its kind is the article's
 * public body of that country (the Cyberspace Administration of China, named elsewhere), if any.
 */
function bodyOfPlace(template: Template, info: EntityInfo[], place: number): number | undefined {
  const country = info[place];
  if (country?.type !== 'Place') return undefined;
  const tag = slotTag(template, place);
  if (!tag) return undefined;
  const after = template.text.slice(template.text.indexOf(tag) + tag.length);
  if (!BODY_OF_PLACE.test(after)) return undefined;
  const bodies = info
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => isPublicBody(e) && e.country === country.name);
  return bodies.length === 1 ? bodies[0]?.i : undefined;
}
const BODY_OF_PLACE =
  /^'s? (?:[a-z-]+ ){0,3}?(?:regulator|watchdog|authority|agency|ministry|commission|administration)\b/;

/** The template's tag of an entity's first slot, "⟦L3⟧" (never "3⟧", which "⟦O13⟧" holds too). */
function slotTag(template: Template, entity: number): string | undefined {
  const slot = template.slots.findIndex((s) => s.entity === entity);
  if (slot < 0) return undefined;
  return new RegExp(`⟦[A-Za-z]${slot}⟧`).exec(template.text)?.[0];
}

function isAgent(info: EntityInfo): boolean {
  // countries and states act; cities do not
  if (info.type === 'Place')
    return info.kind === undefined || /^(?:country|state|region)$/.test(info.kind);
  if (info.type !== 'Organization') return false;
  return info.kind === 'government' || info.kind === 'regulator' || GOVERNMENT.test(info.name);
}

/**
 * RESTRICTED relations of one sentence: the government that acts (named before the cue, or the
 * last one the article named) restricts the products, the companies it orders, and the country
 * the goods go to. Returns the agent to carry into later sentences.
 */
export function findRestrictions({
  template,
  index,
  info,
  agent,
}: {
  template: Template;
  index: number;
  info: EntityInfo[];
  agent: number | undefined;
}): { relations: RawRelation[]; agent: number | undefined } {
  const text = template.text;
  CUE.lastIndex = 0;
  const cue = CUE.exec(text);
  const slotEntity = (slot: number) => template.slots[slot]?.entity;
  const agentsBefore = (limit: number) =>
    template.slots
      .map((s, i) => ({ s, i }))
      .filter(
        ({ s, i }) =>
          template.offsets[text.indexOf(`${i}⟧`)] !== undefined &&
          s.start < limit &&
          isAgent(info[s.entity] as EntityInfo) &&
          !/^-(?:based|headquartered)\b/.test(text.slice(text.indexOf(`${i}⟧`) + `${i}⟧`.length)) &&
          // "Chinese AI unicorn Zhipu": a nationality before a company's name does not act
          !(
            s.type === 'Place' &&
            /^(?:-based|-headquartered)?(?: (?!government|administration|authorities|officials|regulators?\b|export|controls?\b|rules\b|restrictions\b|sanctions\b|curbs\b|bans?\b|[a-z]+ed\b)[\w-]+){0,3} ⟦O/.test(
              text.slice(text.indexOf(`${i}⟧`) + `${i}⟧`.length),
            )
          ),
      );
  if (!cue) {
    const named = template.slots.filter(
      (s) =>
        isAgent(info[s.entity] as EntityInfo) &&
        (info[s.entity] as EntityInfo).type === 'Organization',
    );
    return { relations: [], agent: named[0]?.entity ?? agent };
  }
  const cueAt = template.offsets[cue.index] ?? 0;
  const local = agentsBefore(cueAt);
  const govOrg = local.find(({ s }) => (info[s.entity] as EntityInfo).type === 'Organization');
  // "was added to the entity list by the Commerce Department"
  const byAgent =
    /\b(?<!(?:moves|steps|bans|measures|restrictions|actions|decisions|orders) )(?:by|licen[cs]e from) (?:the )?(?:⟦L\d+⟧'s (?:[a-z-]+ ){0,3}?)?⟦[OoLl](\d+)⟧(?!'s? ⟦)/.exec(
      text.slice(cue.index),
    );
  const byEntity = byAgent ? slotEntity(Number(byAgent[1])) : undefined;
  const passiveAgent =
    byEntity !== undefined && isAgent(info[byEntity] as EntityInfo) ? byEntity : undefined;
  // "Apple blocked its employees from using ChatGPT": a company that imposes the measure itself is
  // no government's agent (a ban on its own staff or customers is a suspension, read elsewhere)
  if (
    local.length === 0 &&
    passiveAgent === undefined &&
    COMPANY_ACTS.test(text.slice(0, cue.index))
  )
    return { relations: [], agent };
  // "the Chinese market after earlier U.S. rules barred": the country nearest the cue acts
  const named = govOrg?.s.entity ?? passiveAgent ?? local[local.length - 1]?.s.entity ?? agent;
  if (named === undefined) return { relations: [], agent };
  const actor = bodyOfPlace(template, info, named) ?? named;
  // "The restrictions are likely to benefit Huawei, whose chips compete with the H20": a measure
  // only mentioned, with no body named in the sentence, imposes nothing on what it names
  if (local.length === 0 && passiveAgent === undefined && MENTIONED_MEASURE.test(cue[0]))
    return { relations: [], agent };
  const targets = new Set<number>();
  const fine = FINE.test(cue[0]);
  // products after the cue, or just before it ("the RTX 4090 was banned")
  template.slots.forEach((s, i) => {
    if (!fine && slotType(template, i) === 'Product' && (s.start >= cueAt || cueAt - s.end <= 25))
      targets.add(s.entity);
  });
  const after = text.slice(cue.index);
  // "..., citing the risk that data could be handed to Beijing": a place past the clause is none
  const clause = after.replace(CLAUSE_END, '');
  for (const m of fine ? [] : clause.matchAll(PLACE_TARGET)) {
    const e = slotEntity(Number(m[2]));
    if (e !== undefined) targets.add(e);
  }
  const orgSlots = [
    ...ORG_TARGETS.flatMap((re) => [...text.matchAll(re)].map((m) => Number(m[1]))),
    ...[...after.matchAll(LISTED_TARGETS), ...text.matchAll(ORDERED_LIST)].flatMap((m) =>
      [...m[0].matchAll(/⟦[Oo](\d+)⟧(?!'s? ⟦)/g)].map((x) => Number(x[1])),
    ),
  ];
  for (const slot of orgSlots) {
    const e = slotEntity(slot);
    // "a letter reviewed by Bloomberg News": a news outlet reports, it is not restricted
    if (e !== undefined && !isAgent(info[e] as EntityInfo) && info[e]?.kind !== 'outlet')
      targets.add(e);
  }
  targets.delete(actor);
  // "the Garante ordered Acme to block its service in Italy": a body's own country is where it
  // acts, not what it restricts
  const home = (info[actor] as EntityInfo).country;
  for (const t of targets)
    if (home && (info[t] as EntityInfo).type === 'Place' && (info[t] as EntityInfo).name === home)
      targets.delete(t);
  // "Taiwan and Australia have banned the app": every member of a list of bodies acts
  const joint = JOINT_ACTORS.exec(text.slice(0, cue.index));
  const actors = new Set([actor]);
  const actorTag = slotTag(template, actor);
  const similarMatch = SIMILAR_ACTORS.exec(text);
  const similar = similarMatch?.[1] ?? similarMatch?.[2];
  for (const list of [joint && actorTag && joint[0].includes(actorTag) ? joint[0] : '', similar])
    for (const m of list?.matchAll(/⟦[A-Za-z](\d+)⟧/g) ?? []) {
      const e = slotEntity(Number(m[1]));
      if (e !== undefined && isAgent(info[e] as EntityInfo)) actors.add(e);
    }
  const relations: RawRelation[] = [...actors].flatMap((subject) =>
    [...targets]
      .filter((object) => object !== subject)
      .map((object) => ({
        subject,
        object,
        predicate: 'RESTRICTED' as const,
        rule: 'cue.restriction',
        confidence: local.length > 0 ? 0.7 : 0.55,
        sentence: index,
        spanStart: template.offsets[0] ?? 0,
        spanEnd: template.offsets[text.length] ?? 0,
        // cues are read around the restriction word, not across the whole sentence
        templateStart: Math.max(0, cue.index - 40),
        templateEnd: Math.min(text.length, cue.index + cue[0].length),
        viaCoref: false,
      })),
  );
  // "Italy's Garante ordered Acme to block its chatbot, and South Korea suspended new downloads
  // of the company's app": a second clause with a body of its own and a cue of its own
  const rest = secondClause(text, cue.index + cue[0].length);
  if (rest !== undefined) {
    const more = findRestrictions({
      template: { ...template, text: text.slice(rest), offsets: template.offsets.slice(rest) },
      index,
      info,
      agent: undefined,
    }).relations.filter((r) => r.subject !== actor);
    relations.push(
      ...more.map((r) => ({
        ...r,
        templateStart: r.templateStart + rest,
        templateEnd: r.templateEnd + rest,
      })),
    );
  }
  return { relations, agent: actor };
}

/** Where a clause opened by a name after the first cue starts, when it has a cue of its own. */
function secondClause(text: string, from: number): number | undefined {
  CLAUSE_OPENER.lastIndex = from;
  const m = CLAUSE_OPENER.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  CUE.lastIndex = 0;
  return CUE.test(text.slice(at)) ? at : undefined;
}

/** ", and South Korea suspended": a clause boundary before a body's name and its verb (not
 * ", while Chinese companies were": a nationality before a noun). */
const CLAUSE_OPENER =
  /(?:,? and|;|, while|, but) (?=(?:the )?⟦[LlOo]\d+⟧ (?:(?:has|have|had|also|then|later|itself) )*[a-z]+ed\b)/g;
