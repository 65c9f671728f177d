import { FOUNDER_ROLES, FUNCTION_CHIEFS, LEAD_ROLES, STAFF_ROLES } from './cues.js';
import type { RelationRule } from './relation-rule.js';
import type { Predicate } from './types.js';

const alt = (list: string[]) => {
  const forms = list.flatMap((r) => [
    r,
    r.replace(/\b\w/g, (c) => c.toUpperCase()),
    r.replace(/^\w/, (c) => c.toUpperCase()),
    r.toUpperCase(),
  ]);
  return [...new Set(forms)].sort((a, b) => b.length - a.length).join('|');
};
const ANY = alt([...LEAD_ROLES, ...STAFF_ROLES, ...FOUNDER_ROLES, 'backer', 'investor']);
const MOD = String.raw`(?:(?:[Ff]ormer|[Bb]oard|[Oo]utgoing|[Ii]ncoming|[Tt]hen|[Aa]cting|[Ii]nterim|[Cc]urrent|[Ll]ongtime|[Nn]ew|[Cc]o|[Ss]enior|[Vv]ice|[Dd]eputy|[Tt]he|[Ii]ts|[Tt]heir)[- ])*`;

/** A deputy's title, whatever it deputises: "deputy commissioner", "executive vice chair". */
const DEPUTY = String.raw`(?:(?:[Ff]ormer|[Ss]enior|[Ee]xecutive|[Ff]irst|[Tt]he|[Ii]ts|[Tt]heir)[- ]){0,2}(?:[Dd]eputy|[Vv]ice)[- ]`;

/** Role phrases that carry a role of the class, alone or joined: "president and co-founder". */
function rolePhrase(roles: string[]): string {
  const own = alt(roles);
  // "chief AI scientist"; but "chief executive" is a leader, never staff
  return String.raw`${MOD}(?:(?:${ANY}),? (?:and|&) ${MOD})?(?:[Cc]hief (?![Ee]xecutive))?(?:[A-Z]{2,4} )?(?:${own})(?:,? (?:and|&) ${MOD}(?:${ANY}))?`;
}

/** A function's director or manager: "sales director", "editorial director", "operations manager". */
const FUNCTION_HEAD = String.raw`(?:${[...FUNCTION_CHIEFS, 'sales', 'editorial', 'operations', 'engineering', 'communications', 'creative', 'regional', 'country', 'programme', 'program'].join('|')}) (?:director|manager|editor|head|lead)`;

/** "chief scientist", "chief communications officer": a "chief" that is staff, not the leader. */
const NOT_LEAD_CHIEF = String.raw`(?<!\b[Cc]hief)(?<!\bCHIEF)|(?<=[Cc]hief|CHIEF)(?! (?:[Ss]cientist|[Tt]echnolog|[Oo]perating|[Ff]inancial|[Pp]roduct|[Rr]esearch|[Ii]nformation|[Mm]arketing|[Ss]cience|[Ss]trategy|[Ll]egal|[Cc]ommercial|[Pp]eople|[Dd]igital|[Ss]ecurity|[Rr]evenue|[Dd]ata|AI|[A-Z]{2,4}\b|(?:(?![Ee]xecutive)[A-Za-z-]+ ){1,3}[Oo]fficer\b))`;

/** "and a former Google engineer": a staff noun after a name says where a person worked. */
/** A person's leaving: "Jane Roe's departure", "her resignation". */
const DEPARTURE = '(?:departure|exit|resignation|retirement|dismissal|firing|ouster)';
const STAFF_NOUN = String.raw`(?:engineers?|researchers?|scientists?|employees?|executives?|staffers?|veterans?|alumni)\b`;

function roleRules(predicate: Predicate, roles: string[], name: string): RelationRule[] {
  // "Acme's head of safety" is staff (see R below)
  const cueRoles = predicate === 'EMPLOYED_BY' ? [...roles, 'head of', 'deputy', 'vice'] : roles;
  const cue = new RegExp(`\\b(?:${cueRoles.map((r) => r.replace(/[-]/g, '\\-')).join('|')})`, 'i');
  // "chief executive of Acme" leads it; the "executive" in it is no staff title
  // "chief medical information officer": any chief officer but the executive one is staff
  const R =
    predicate === 'LEADS'
      ? // "Meta's AI chief": a function's chief is staff
        // "Acme's head of safety": the head of a function is staff (an EMPLOYED_BY reading below)
        // "the DPC's deputy commissioner", "executive vice chair": a deputy is staff
        `(?![A-Z]{2,4} [Cc]hief\\b)(?!${DEPUTY})${rolePhrase(roles)}(?:${NOT_LEAD_CHIEF})(?! of (?!the\\b)(?:[a-z]|[A-Z]{2,4}\\b))`
      : predicate === 'EMPLOYED_BY'
        ? // "an Anthropic sales director", "the group's editorial director": a function's head is staff;
          // an "executive chair" leads
          `(?:(?<![Cc]hief |CHIEF )${rolePhrase(roles)}(?! (?:chair|chairman|chairwoman|chairperson)\\b)|${DEPUTY}(?:${alt(LEAD_ROLES)})\\b|[Cc]hief (?![Ee]xecutive)(?:[\\w-]+ ){1,3}?[Oo]fficer|${FUNCTION_HEAD}|[Hh]ead of (?!the\\b)(?:(?:[a-z][\\w-]*|[A-Z]{2,4}) (?:and )?){0,2}?[a-z][\\w-]*)`
        : `(?<![Cc]hief |CHIEF )${rolePhrase(roles)}`;
  // "director of AI Research at ByteDance", "head of machine learning at Grab": a function's head
  // works at the company; only a role "of" the company itself leads it
  const OF_BODY =
    predicate === 'LEADS'
      ? String.raw`(?:(?: (?!of\b)[^⟦⟧,;]{0,40}?)? (?:of|at|for|from|on)| with) (?:the )?(?:(?!(?:at|for|in|with|on)\b)[\w-]+ |⟦[A-Za-z]\d+⟧(?:'s?|[\w-]*) ){0,4}?`
      : String.raw`(?:(?: [^⟦⟧,;]{0,40}?)? (?:of|at|for|from|on)| with) (?:the )?(?:[\w-]+ |⟦[A-Za-z]\d+⟧(?:'s?|[\w-]*) ){0,4}?`;
  const rules: RelationRule[] = [
    // "Microsoft CEO Satya Nadella", "OpenAI spokesperson Niko Felix", "Acme's open-source director, Jane Roe",
    // "its 28-year-old founder, Jane Roe"
    {
      id: `title.${name}`,
      predicate,
      // ("A Microsoft spokesperson in Tokyo, Aiko Tanabe, said")
      pattern: String.raw`{OL}(?:'s?)? (?:\d{2}-year-old )?${R}(?: (?:in|at) ⟦L\d+⟧(?=,))?(?:,\s*(?!(?:and|or) )|[:—–]?\s*)(?:(?:including|such as|like|[a-z]+) ){0,2}(?:[Ff]ormer (?:⟦O\d+⟧ )?(?:employees|executives|staffers|researchers) )?{SL:P}`,
      confidence: 0.9,
    },
    // "Andy Jassy, Amazon's chief executive officer", "Liang Wenfeng, DeepSeek's founder"
    {
      id: `appositive.${name}`,
      predicate,
      pattern: String.raw`{SL:P}, (?:who is |who was |who serves as |who served as |who previously served as |now |also |previously |formerly )?(?:the )?{O}'s? ${R}\b`,
      confidence: 0.9,
    },
    // "Jane Roe, a former Acme researcher", "Jane Roe, an ex-Acme engineer"
    {
      id: `appositive.${name}-noun`,
      predicate,
      // "Jane Roe and John Doe, both former Acme engineers"; "a former Acme cloud sales executive";
      // "the White House AI and crypto czar"
      pattern: String.raw`{SL:P}, (?:⟦[A-Za-z]\d+⟧'s (?:[\w-]+ ){1,4}?and )?(?:who is |who was |now |also |previously |formerly )?(?:a |an |the |another |both |all (?:three |four )?)(?:[Ff]ormer |[Ee]x-|[Ll]ongtime |[Ss]enior |[Ll]ead |[Pp]rincipal )?(?:[a-z][\w-]* )?{O} (?:[A-Z]{2,4} (?:and )?)?(?:[a-z][\w-]* ){0,2}?${R}\b`,
      confidence: 0.8,
    },
    // "Quanquan Gu, director of AI Research at ByteDance"
    {
      id: `appositive.${name}-of`,
      predicate,
      // "Jane Roe, a Lagos-based analyst at Zeta"
      // "A and B, two former data scientists at Zeta", "Jane Roe, Beta's co-founder and a former
      // researcher at Zeta", "Jane Roe, previously a researcher at Zeta"
      pattern: String.raw`{SL:P}, (?:⟦[A-Za-z]\d+⟧'s (?:[\w-]+ ){1,4}?and )?(?:previously |formerly |once |most recently )?(?:who is |who was |now |also |the |a |an |its |both |two |three |four |all )?(?:(?:⟦L\d+⟧-based|[\w-]+) ){0,2}?${R}(?:s(?= ))?${OF_BODY}{OL}(?!'s? ⟦O)(?!(?: [a-z-]+)? ${STAFF_NOUN})(?:(?=,|[.;]|$)|(?<!(?:,|\band|\bor|&) ⟦[Oo]\d+⟧))`,
      confidence: 0.85,
    },
    // "Zeta, where she is chief executive", "will join from Acme, where she is deputy CFO"
    {
      id: `relative.where-${name}`,
      predicate,
      pattern: String.raw`{O}, where {S:P} (?:is|was|has been|had been|serves as|served as|works as|worked as) (?:now |also |currently )?(?:the |a |an |its )?(?:[\w-]+ ){0,2}?${R}\b`,
      confidence: 0.8,
    },
    // "Sam Altman has returned as CEO of OpenAI"
    {
      id: `verb.as-${name}`,
      predicate,
      // "stepped down as Acme's chief executive": the company's possessive before the title
      pattern: String.raw`{S:P}{A}(?:as|became|becomes|become|named|appointed|is|was|will be|remains|remained|(?:succeeded|succeeds|succeed|replaced|replaces|replace) ⟦P\d+⟧ as) (?:(?:the |its |a |an )?${R} (?:of|at) (?:the )?(?:⟦L\d+⟧ )?(?:both )?|(?=⟦[Oo]\d+⟧'s? ${R}\b)){OL}(?='s? ${R}\b|(?!'s?\b))`,
      confidence: 0.85,
    },
    // "Jane Roe, a former diplomat, is Acme's chief operating officer"
    {
      id: `verb.is-${name}`,
      predicate,
      pattern: String.raw`{SL:P}{A}(?:is|was|became|becomes|remains|remained|has been|had been|will be|will become|would be|would become|is set to become|is to become) (?:now |also |currently )?(?:the |one of |among )?{O}'s? (?:(?:two|three|four|five|six|seven|\d+) )?${R}(?:s\b)?\b`,
      confidence: 0.8,
    },
    // "Acme appointed Jane Roe, the former head of Zeta, as its interim chief executive"
    {
      // "hired former Shopify executive Dana Okafor as its chief executive"
      id: `verb.appointed-${name}`,
      predicate,
      pattern: String.raw`{O}(?:'s (?:board|directors|shareholders))?{A}(?:appointed|appoints|named|names|hired|hires|tapped|taps|picked|picks|chose|chooses|promoted|promotes|elevated|installed|brought in) (?:(?:[Ff]ormer |[Ee]x-)(?:⟦[A-Za-z]\d+⟧ |[\w-]+ ){1,4}?)?{SL:P}(?:, (?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,60},)? (?:(?:as|to be|to) )?(?:⟦[a-z]\d+⟧'s |its |their |the |a |an )?(?:new |interim |acting |permanent |next |first )*${R}\b`,
      confidence: 0.8,
    },
    // "chairman and CEO of Chinese venture firm Innovation Works, Kai-Fu Lee"
    {
      id: `title.${name}-of`,
      predicate,
      pattern: String.raw`${R} (?:of|at) (?:the )?(?:[\w-]+ |⟦[A-Za-z]\d+⟧ ){0,4}?{O},? {SL:P}`,
      confidence: 0.85,
    },
    // "CEO Tim Cook": the organization is the one in focus
    {
      id: `title.${name}-bare`,
      predicate,
      // "Lingxi chief executive Chen Lu": a capitalised word before the title is a company the
      // lexicon lacks, not the story's
      // "agreed to hire chief executive and co-founder Varun Mohan": the hirer is not the company
      // the title is held at
      pattern: String.raw`(?<!\b(?:hire|hired|hires|hiring|rehire|rehired|rehires|rehiring|poach|poached|poaches|poaching|recruit|recruited|recruits|recruiting|lure|lured|lures|luring)(?:,? (?:[\w-]+|⟦[A-Za-z]\d+⟧)){0,8} )(?<!⟧(?:'s?)? )(?<![-\w]|[Cc]hief |[Vv]ice |[Ss]enior |[Ee]xecutive |[Gg]eneral |[Mm]anaging |[Dd]eputy |\b(?:${FUNCTION_CHIEFS.join('|')}) |(?<![.!?] |^)\b[A-Z][\w&.-]* )${R} {S:P}`,
      implicitObject: 'salient',
      confidence: 0.55,
    },
    // "A spokesperson, Jane Roe, said": a bare title in apposition before the name
    {
      id: `title.${name}-bare-comma`,
      predicate,
      pattern: String.raw`(?:^|[.;:"“]\s*|, )(?:[Aa]n?|[Tt]he) ${R}, {S:P},`,
      implicitObject: 'salient',
      confidence: 0.55,
    },
    // "Farouk, the chief executive, said", "Murati, who serves as chief executive": a title in
    // apposition with no company named is held at the company in focus
    {
      id: `appositive.${name}-bare`,
      predicate,
      pattern: String.raw`{S:P}, (?:who (?:is|serves as|remains|will remain|became) )?(?:the |its )?${R}(?=,| said\b| and\b|[.;]|$)`,
      implicitObject: 'salient',
      confidence: 0.55,
    },
  ];
  return rules
    .filter((r) => predicate === 'LEADS' || r.id !== `appositive.${name}-bare`)
    .map((r) => ({ ...r, cue }));
}

/** The rules of a title named with no company ("CEO Tim Cook", "A spokesperson, Jane Roe,"). */
const isBareTitle = (r: RelationRule) => /-bare(?:-comma)?$/.test(r.id);

/** Who leads, founded or works for an organization. */
export const PEOPLE_RULES: RelationRule[] = [
  ...roleRules('LEADS', LEAD_ROLES, 'lead').filter((r) => !isBareTitle(r)),
  // "CEO Robin Li": a company title alone points at the company in focus (not "Secretary X")
  ...roleRules(
    'LEADS',
    LEAD_ROLES.filter((r) => !/secretary|minister|governor|commissioner|director|leader/.test(r)),
    'lead',
  ).filter(isBareTitle),
  ...roleRules('EMPLOYED_BY', STAFF_ROLES, 'staff').filter((r) => !isBareTitle(r)),
  // "spokesperson Jane Roe said", "Chief Scientist Ilya Sutskever", "chief financial officer Tom
  // Roe will leave": staff titles strong enough alone
  ...roleRules(
    'EMPLOYED_BY',
    [
      'spokesperson',
      'spokesman',
      'spokeswoman',
      'chief scientist',
      'chief technology officer',
      'chief financial officer',
      'chief operating officer',
      'chief product officer',
      'chief marketing officer',
      'chief revenue officer',
    ],
    'staff',
  ).filter(isBareTitle),
  ...roleRules('FOUNDED', FOUNDER_ROLES, 'founder'),
  // "Jane Roe runs Acme", "Jane Roe heads the Acme lab"
  {
    id: 'verb.run',
    predicate: 'LEADS',
    // "now runs AMD's Silo AI unit": the unit, named after its parent, is what is run
    // "chairs the board of Acme": the board is the company's
    // "took the helm at Acme", "has led Acme since 2021", "also runs the hedge fund Zeta"
    pattern: String.raw`{S:P}{A}(?:runs|ran|running|heads|headed|heading|helms|helmed|chairs|chaired|leads|leading|led|(?:took|takes|take|taking) (?:over )?the helm (?:at|of)|(?:⟦P\d+⟧ )?at the helm of) (?:the (?:[a-z-]+ )?(?:fund|firm|company|group|lab|start-up|startup|business|bank|conglomerate|unit|division) |the |⟦O\d+⟧'s? (?:[a-z-]+ )?)?(?:board (?:of directors )?of (?:the )?)?{O}(?!'|-)`,
    confidence: 0.75,
  },
  // "Mustafa Suleyman went on to start Inflection AI and now heads Microsoft AI": a second verb
  {
    id: 'verb.and-run',
    cue: /\band (?:now |later |currently |also |since )?(?:runs|heads|helms|chairs|leads)\b/,
    predicate: 'LEADS',
    pattern: String.raw`{S:P}(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60},)? (?:(?!\b(?:said|says|told|that|who|which|whose)\b)[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,80}? and (?:now |later |currently |also |since )?(?:runs|heads|helms|chairs|leads) (?:the |⟦O\d+⟧'s? (?:[a-z-]+ )?)?{O}(?!'|-)`,
    confidence: 0.7,
  },
  // "NFDG, the venture fund Gross runs with Friedman": who runs a fund named in apposition
  {
    id: 'appositive.body-person-runs',
    cue: /⟧ (?:runs|ran|leads|led|heads|headed|manages|managed|co-runs)\b/,
    predicate: 'LEADS',
    pattern: String.raw`{O}, (?:the |a |an )(?:[\w-]+ ){0,3}?{ON} {S:P} (?:runs|ran|leads|led|heads|headed|manages|managed|co-runs)\b`,
    confidence: 0.7,
  },
  {
    id: 'appositive.body-person-runs-with',
    cue: /⟧ (?:runs|ran|leads|led|heads|headed|manages|managed|co-runs) with\b/,
    predicate: 'LEADS',
    pattern: String.raw`{O}, (?:the |a |an )(?:[\w-]+ ){0,3}?{ON} ⟦P\d+⟧ (?:runs|ran|leads|led|heads|headed|manages|managed|co-runs) with {SL:P}`,
    confidence: 0.7,
  },
  // "Jane Roe is the chief executive", "Roe, 41, serves as chief executive": the company in focus
  {
    id: 'verb.is-ceo',
    predicate: 'LEADS',
    pattern: String.raw`{S:P}(?:, \d+,)?(?:, who)?{A}(?:is|remains|remained|serves as|served as|was named|has been named|was appointed|became|will become|will serve as|took over as|takes over as|has taken over as|will take over as|stepped in as|steps in as|was promoted to|returned as|returns as) (?:the |its |a )?(?:new |interim |acting |current )?(?:co-|joint )?(?:chief executive(?: officer)?|CEO|chairman|chairwoman|chair)\b(?! (?:of|at|for)\b)`,
    implicitObject: 'salient',
    subject: ['Person'],
    confidence: 0.55,
  },
  // "Wilk is chief technology officer", "Bell, the chief technology officer, said": a senior staff
  // title with no company named is held at the company in focus
  {
    id: 'title.is-officer',
    cue: /\b(?:[Cc]hief|CTO|CFO|COO|[Pp]resident|[Gg]eneral [Cc]ounsel)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}(?:, \d+,)?(?:{A}(?:is|remains|remained|serves as|served as|was named|has been named|was appointed|became|will become|will serve as) |, )(?:the |its |a )?(?:new |interim |acting |current |former )?(?:chief (?!executive)(?:[\w-]+ ){1,3}?officer|chief scientist|chief technologist|CTO|CFO|COO|president|general counsel)\b(?! (?:of|at|for)\b|'s)`,
    implicitObject: 'salient',
    subject: ['Person'],
    confidence: 0.55,
  },
  // "Jane Roe, who heads Acme's policy team": heading a part of a company is working for it
  {
    id: 'relative.heads-unit',
    cue: /\b(?:heads|headed|leads|led|runs|ran|oversees|oversaw|manages|managed|directs|directed|helms|helmed)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}(?:,? (?:who |which )|{A})(?:heads|headed|leads|led|runs|ran|oversees|oversaw|manages|managed|directs|directed|helms|helmed) (?:the )?{O}'s? (?:[\w-]+ ){0,4}?(?:team|teams|unit|division|group|arm|lab|laboratory|department|business|operations|efforts?|research|program|programme|practice|office|policy|products?|strategy|sales|engineering|partnerships)\b`,
    confidence: 0.75,
  },
  // "Acme appointed Jane Roe to its board", "named Jane Roe to the board": board-level staff
  {
    id: 'verb.appointed-to-board',
    cue: /\bboard\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:appointed|appoints|named|names|elected|elects|added|adds|nominated|nominates|welcomed|welcomes) (?:[a-z-]+ ){0,3}?{SL:P} (?:to|as a member of|as a director on) (?:its |their |the |⟦[a-z]\d+⟧'s )(?:[a-z-]+ )?board\b`,
    confidence: 0.75,
  },
  // "Acme's AI group, run by senior vice-president Jane Roe": a unit's head works at the company
  {
    id: 'passive.unit-run-by',
    cue: /\b(?:run|led|headed|overseen) by\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)'s? (?:[\w-]+ ){0,3}?(?:group|unit|division|team|lab|arm|business|operations|research|efforts?), (?:which is |which was )?(?:run|led|headed|overseen) by (?:[a-z-]+ ){0,3}?{S:P}`,
    confidence: 0.7,
  },
  // "Jane Roe, who serves on the board of Acme", "remains on Acme's board", "left its board":
  // board members are board-level staff (ONTOLOGY)
  {
    id: 'verb.on-board',
    cue: /\bboard\b/,
    predicate: 'EMPLOYED_BY',
    // ("co-founded Acme alongside Jane Roe but left its board": a name after a preposition is no subject)
    pattern: String.raw`(?<!\b(?:alongside|with|by|from|of|to|for|and) ){SL:P}{A}(?:serves|served|serving|sits|sat|sitting|remains|remained|stays|stayed|left|leaves|leaving|quit|quits|(?:stepped|steps|stepping) down from|(?:resigned|resigns) from) (?:on )?(?:the )?(?:(?=⟦[Oo]\d+⟧'s? board\b)|board (?:of directors )?of (?:the )?)(?<o>⟦[Oo]\d+⟧)`,
    confidence: 0.75,
  },
  // "Jane Roe, who previously led AI efforts at Acme": leading a part of a company is working for it
  {
    id: 'relative.led-unit-at',
    cue: /\b(?:led|headed|ran|oversaw|managed|directed|leads|heads|runs|oversees|manages)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P},? (?:who )?(?:previously |formerly |once |now |also )?(?:led|headed|ran|oversaw|managed|directed|leads|heads|runs|oversees|manages) (?:the )?(?:[\w-]+ ){0,3}?(?:team|teams|unit|efforts?|division|group|lab|research|operations|business|work|projects?|infrastructure|engineering|product|policy|safety|sales|marketing|partnerships|strategy|development|training|communications) (?:at|of|for) (?:the )?{O}`,
    confidence: 0.7,
  },
  // "Jane Roe launched Acme in June with John Doe, who ..., and Ann Poe": the partners found it too
  {
    id: 'verb.found-with',
    cue: /\b(?:with|alongside)\b/,
    predicate: 'FOUNDED',
    // (the company named in a partner's relative clause founded nothing); "with his sister Jane Roe",
    // "launched a new company, Zeta, with Jane Roe"
    subject: ['Person'],
    pattern: String.raw`⟦[Pp]\d+⟧{A}(?:founded|co-founded|cofounded|launched|started|set up|created|established) (?:the )?(?:[a-z-]+ ){0,2}?(?:(?:company|start-up|startup|venture|firm|lab|business),? )?{O},?(?: in [\w ]{2,20}?)? (?:with|alongside|together with) (?:(?:⟦[a-z]\d+⟧'s|his|her|their) (?:longtime |former |fellow )?(?:sister|brother|wife|husband|partner|son|daughter|father|mother|friend|colleague|classmate)s? )?(?<s>⟦[Pp]\d+⟧(?:(?:, who [^⟦⟧,;]{1,40}(?:⟦[A-Za-z]\d+⟧)?[^⟦⟧,;]{0,10},)? and ⟦[Pp]\d+⟧)?)`,
    confidence: 0.75,
  },
  // "Acme rents its capacity from Zeta, according to a spokesperson, Jane Roe": the sentence's
  // company speaks through its spokesperson
  {
    id: 'noun.according-to-spokesperson',
    cue: /\baccording to (?:a|an|the|its|one) (?:company )?(?:spokesperson|spokesman|spokeswoman|representative)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`\baccording to (?:a|an|the|its|one) (?:company )?(?:spokesperson|spokesman|spokeswoman|representative),? {S:P}`,
    implicitObject: 'first',
    object: ['Organization'],
    confidence: 0.6,
  },
  // "Acme, the Toronto-based company she co-founded in 2019 with John Doe and Ann Poe": the
  // relative's subject and the partners after "with" founded the company in apposition
  {
    id: 'relative.company-founded',
    cue: /\b(?:co-founded|founded|cofounded)\b/,
    predicate: 'FOUNDED',
    pattern: String.raw`(?<o>⟦O\d+⟧), (?:the |a |an )(?:[^⟦⟧,;]|⟦[Lo]\d+⟧){0,40}? (?<s>⟦[Pp]\d+⟧) (?:had |has |have )?(?:co-founded|founded|cofounded)\b`,
    confidence: 0.75,
  },
  {
    id: 'relative.company-founded-with',
    cue: /\b(?:co-founded|founded|cofounded)\b/,
    predicate: 'FOUNDED',
    // "... he had co-founded with former OpenAI chief scientist Ilya Sutskever": a title may come first
    pattern: String.raw`(?<o>⟦O\d+⟧), (?:the |a |an )(?:[^⟦⟧,;]|⟦[Lo]\d+⟧){0,40}? ⟦[Pp]\d+⟧ (?:had |has |have )?(?:co-founded|founded|cofounded)(?: in [\w ]{2,20}?)? (?:with|alongside|together with) (?:(?:former|fellow|then-) ?(?:⟦O\d+⟧ )?(?:[a-z-]+ ){0,3}?)?{SL:P}`,
    confidence: 0.75,
  },
  // "Founded last year by former Zeta researchers Jane Roe and John Doe, the start-up ...",
  // "Founded in 2019 by Jane Roe, a former Zeta engineer, along with John Doe and Ann Poe as a
  // consultancy, Acme ...": every person of the fronted clause founded the main clause's subject
  // (names of companies in it are where they worked)
  {
    id: 'verb.founded-fronted',
    cue: /\b(?:[Ff]ounded|[Cc]o-founded|[Cc]ofounded|[Ss]tarted|[Ss]et up|[Ee]stablished) /,
    predicate: 'FOUNDED',
    pattern: String.raw`(?:^|[.;:]\s)(?:[A-Z][a-z]+ )?(?:[Ff]ounded|[Cc]o-founded|[Cc]ofounded|[Ss]tarted|[Ss]et up|[Ee]stablished) (?:in \d{4} |last year |this year |in [A-Z][a-z]+ (?:\d{4} )?|(?:two|three|four|five|six|\d+) years ago )?by (?<s>(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?⟦P\d+⟧(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?), (?:the |a |an )?(?:(?!who |which |that )[\w-]+ ){0,3}?(?<!\b(?:at|of|for|from|with|by|in|on|to|and|joined|left) ){O}(?! (?:[\w-]+ )?(?:researchers?|engineers?|scientists?|executives?|employees?|staffers?|partners?|officials?|veterans?|alumni|founders?|co-founders?)\b)(?=,| (?:[a-z]+ )?(?:[a-z]+(?:s|ed)|has|had|is|was|will|would|can|could|may|might|did|does|remains|grew|took|won|saw|began|became|made|went|sold|built|hit|got|now|also|then|later|quickly|today|last|this)\b)`,
    subject: ['Person'],
    confidence: 0.8,
  },
  // "Acme invested in Zeta last year and hired its chief executive, Jane Roe": the first
  // verb's subject hires
  {
    id: 'verb.and-hire',
    cue: /\band (?:(?:has|had|will|also|then|later) )*(?:hired|hire|hires|poached|recruited)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{BOS}(?<o>⟦O\d+⟧)(?:(?!\b(?:said|says|told|that|which|who)\b)[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,120}? and (?:(?:has|had|will|also|then|later) )*(?:hired|hire|hires|poached|recruited) (?:⟦[A-Za-z]\d+⟧'s |its |their )?(?:[a-z\d-]+,? ){0,4}?{SL:P}`,
    confidence: 0.65,
  },
  // "Jane Roe joined Acme from Zeta", "who joined Acme from Zeta in 2018": she worked at both
  {
    id: 'verb.joined-from',
    cue: /\b(?:joined|joins|rejoined|moved|came|arrived|was hired|was poached)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}(?:,? (?:who )|{A})(?:joined|joins|rejoined|moved to|came to|arrived at|was hired by|was poached by) (?:the )?⟦[OoPp]\d+⟧(?: (?:[\w-]+ ){0,3}?)? from (?:the )?{O}(?!'s? ⟦|-)`,
    confidence: 0.7,
  },
  // "Jane Roe, who spent a decade at Zeta", "she previously held senior roles at Zeta and Beta"
  {
    id: 'verb.spent-years-at',
    cue: /\b(?:spent|spending|held|holding|worked)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}(?:,? (?:who )|{A})(?:had |has |also |previously |earlier |once )*(?:spent (?:[\w-]+ ){1,3}?(?:as (?:an? |the )?(?:[\w-]+ ){1,3}?)?(?:at|with|in) |(?:held|holding) (?:[\w-]+ ){0,2}?(?:roles|positions|posts|jobs) (?:at|with) )(?:the )?{OL}(?!'s? ⟦|-| (?:University|College)\b)`,
    confidence: 0.7,
  },
  // "Jane Roe, the chief executive, and John Doe both spent years at Zeta": a list of people
  // (a relative clause, ", who spent", belongs to the last name only: the rule above)
  {
    id: 'verb.spent-years-at-both',
    cue: /\b(?:both|all) spent\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{SL:P}{A}(?:both|all) spent (?:[\w-]+ ){1,3}?(?:at|with|in) (?:the )?{OL}(?!'s? ⟦|-| (?:University|College)\b)`,
    confidence: 0.7,
  },
  // "Jane Roe, who left Zeta last year to start Acme": the company left for is the one founded
  {
    id: 'verb.left-to-found',
    cue: /\bto (?:start|found|co-found|launch|set up|create)\b/,
    predicate: 'FOUNDED',
    subject: ['Person'],
    pattern: String.raw`{S:P}(?:,? (?:who )|{A})(?:left|quit|departed|has left|had left) (?:the )?⟦[OoPp]\d+⟧(?: [\w-]+){0,3}? to (?:start|found|co-found|launch|set up|create) (?:the )?(?:[a-z-]+ ){0,2}?{O}`,
    confidence: 0.7,
  },
  // "Jane Roe, who spent six years at Zeta before founding Acme": the clause's subject founded it
  {
    id: 'verb.before-founding',
    cue: /\b(?:before|after|prior to|until) (?:co-?founding|founding|starting|launching|setting up)\b/,
    predicate: 'FOUNDED',
    subject: ['Person'],
    pattern: String.raw`{BOS}{S:P}(?:(?!\b(?:said|says|told|that)\b)[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,100}? (?:before|after|prior to|until) (?:co-?founding|founding|starting|launching|setting up) (?:the )?{O}`,
    confidence: 0.7,
  },
  // "Elon Musk's xAI", "Jane Roe's Acme": a company named by a person's possessive is most often
  // the one the person founded
  {
    id: 'possessive.person-company',
    cue: /⟧'s? ⟦O/,
    predicate: 'FOUNDED',
    subject: ['Person'],
    pattern: String.raw`(?<!\b(?:of|at|for|with|by|to|from) )(?<s>⟦P\d+⟧)'s? {O}(?!'s? |-| (?:and|or) ⟦)`,
    confidence: 0.55,
  },
  // "Zeta, the AI venture of Acme founder Jane Roe": the venture's founder
  {
    id: 'appositive.venture-of',
    cue: /\b(?:venture|start-up|startup|brainchild|company) of\b/,
    predicate: 'FOUNDED',
    subject: ['Person'],
    pattern: String.raw`{O}, (?:the |a |an )(?:[\w-]+ ){0,2}?(?:venture|start-up|startup|brainchild|company) of (?:(?:⟦O\d+⟧ )?(?:founder|co-founder|chief executive|CEO|billionaire|entrepreneur) )?(?<s>⟦P\d+⟧)`,
    confidence: 0.75,
  },
  // "the start-up he co-founded last year": the person the pronoun names founded it
  {
    id: 'relative.he-founded',
    cue: /\b(?:co-?founded|founded|started|set up|launched)\b/,
    predicate: 'FOUNDED',
    subject: ['Person'],
    // "Acme, which Jane Roe started in 2021": the relative alone
    pattern: String.raw`{O}, (?:(?:the |a |an )(?:[\w-]+ ){0,3}?(?:{ON}|lab|venture) (?:that |which )?|(?:which|that) )(?<s>⟦[Pp]\d+⟧) (?:had |has )?(?:co-?founded|founded|started|set up|launched)\b`,
    confidence: 0.75,
  },
  // "Sam Altman-led OpenAI"
  {
    id: 'compound.led',
    predicate: 'LEADS',
    pattern: String.raw`{SL:P}-led (?:{ADJ} ){0,3}?{O}`,
    confidence: 0.9,
  },
  {
    id: 'passive.led',
    predicate: 'LEADS',
    // "Helsing, co-founded and run by Torsten Reil": founded too (passive.found)
    // "Humain is wholly owned by the PIF and is chaired by ...": after an owner named by a passive
    pattern: String.raw`{O},? (?:which (?:is|was) (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧)*? and |(?:is|was) (?:wholly |partly |majority-|jointly |largely )?(?:owned|backed|controlled|funded) by (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧)*? and (?:is |was )?|which is |which was |now |is |was |will be |would be |has been |had been |is to be |(?:which |that )?(?:was |is )?(?:co-?)?founded (?:in \d{4} )?and (?:is |was |now |still )?)?(?:led|headed|run|chaired|co-chaired|helmed) by (?:its |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ ){0,2}?(?:(?:Crown Prince|Prince|Princess|Sheikh|Sheikha|Sir|Dame|Emir|Dr\.?|Mr\.?|Ms\.?|Mrs\.?) )?{S}`,
    confidence: 0.8,
  },
  // "G42, the Abu Dhabi group chaired by Sheikh Tahnoon", "Humain, a company owned by the PIF and
  // chaired by Crown Prince Mohammed bin Salman": an appositive names who leads
  {
    id: 'appositive.led-by',
    cue: /⟧, (?:the|a|an|⟦O\d+⟧'s) [^;]*\b(?:led|headed|run|chaired|co-chaired|helmed|controlled) by\b/,
    predicate: 'LEADS',
    // "Meta Superintelligence Labs, Meta's new unit led by Alexandr Wang", "the conglomerate
    // controlled by Mukesh Ambani"
    pattern: String.raw`{O}, (?:the |a |an |⟦O\d+⟧'s )(?:[\w-]+ |⟦[oL]\d+⟧(?:-based)? ){0,4}?(?:(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){0,60}? and )?(?:led|headed|run|chaired|co-chaired|helmed|controlled) by (?:its |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ ){0,3}?(?:(?:Crown Prince|Prince|Princess|Sheikh|Sheikha|Sir|Dame|Emir|Dr\.?|Mr\.?|Ms\.?|Mrs\.?) )?{S}`,
    subject: ['Person'],
    confidence: 0.75,
  },
  // "Priya Raman led work on reasoning models at Google DeepMind", "ran data science at Careem":
  // leading a team or a field inside a company is working there
  {
    id: 'verb.ran-work-at',
    cue: /\b(?:led|ran|headed|oversaw|managed|directed|built)\b[^;⟦⟧]{1,60}\bat ⟦/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}{A}(?:previously |formerly |once |had |has )?(?:led|ran|headed|oversaw|managed|directed|built) (?!the company\b|the firm\b|it\b)(?:[a-z][\w-]*,? ){1,6}?at (?:the )?{O}(?!'s? ⟦)`,
    confidence: 0.7,
  },
  // "said Keith Weiss, who covers software at Morgan Stanley": an analyst's beat at a firm
  {
    id: 'relative.covers-at',
    cue: /\bwho (?:covers|covered|follows|followed|tracks|tracked|analyses|analyzes|oversees|oversaw|manages|managed) /,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}, who (?:covers|covered|follows|followed|tracks|tracked|analyses|analyzes|oversees|oversaw|manages|managed) (?:[\w-]+,? ){1,5}?(?:at|for) (?:the )?{O}(?!'s? ⟦)`,
    confidence: 0.75,
  },
  // "Baidu's Robin Li": a known figure read as the leader (ONTOLOGY example)
  {
    id: 'possessive.person',
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{O}'s? (?<s>⟦P\d+⟧)`,
    confidence: 0.6,
  },
  {
    id: 'verb.found',
    predicate: 'FOUNDED',
    // "Kwame Mensah and I started Nkabom": an interviewee's partner founded it too
    pattern: String.raw`{SL}(?: and I(?= ))?{A}(?:founded|co-founded|cofounded|started|formed|established|set up|created|launched|went on to (?:start|found|co-found|set up|launch))(?! by\b)(?! (?:in \d{4} )?(?:with|alongside)\b) (?:(?:⟦[a-z]\d+⟧'s|his|her|their) own )?(?:[a-z-]+ ){0,3}?(?:(?:company|start-up|startup|venture|firm|lab|business)(?:,? | called | named | dubbed ))?,? ?{O}`,
    subject: ['Person'],
    confidence: 0.8,
  },
  // "Zeta was spun out of Tsinghua University in 2019": the university founded it (a company a
  // start-up was spun out of owned it: match-relations reads that as PARENT_OF)
  {
    id: 'passive.spun-out',
    cue: /\bspun (?:out|off)\b/,
    predicate: 'FOUNDED',
    subject: ['Organization'],
    pattern: String.raw`{O}(?:, (?:which|that) |,? (?:which |that )?(?:was |were |is |had been |has been )?| (?:was |were |is |had been |has been ))spun (?:out|off) (?:of|from) (?:the )?(?:[\w-]+ |⟦L\d+⟧ ){0,3}?{S}`,
    confidence: 0.8,
  },
  {
    id: 'passive.found',
    predicate: 'FOUNDED',
    pattern: String.raw`{O}(?:, (?:which|that) (?!(?:was |were |is |had been |has been )?(?:co-)?founded)(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60}?,)?,? (?:\(⟦[A-Za-z]\d+⟧\),? )?(?:which |that |(?:the |a |an )(?:[\w-]+ |⟦L\d+⟧-based ){0,5}?)?(?:was |is |were |had been |has been )?(?:(?:co-?)?founded|started|set up|established|spun (?:out|off) (?:of|from) (?:the )?(?:[\w-]+ ){0,2}?⟦[OoLl]\d+⟧) (?:in ⟦L\d+⟧,? )?(?:(?:in \d{4} |last year |this year |in [A-Z][a-z]+ (?:\d{4} )?|(?:more than |nearly |about |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|decades?) ago )?|and (?:is |was |now |still )?(?:led|run|headed|chaired) )by (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?{SL:P}`,
    confidence: 0.85,
  },
  // "founded in 2021 by Jane Roe, a former Zeta scientist, and software engineer John Doe": founders
  // named later in the list, after an appositive
  {
    id: 'passive.found-later',
    cue: /\bfounded\b/,
    predicate: 'FOUNDED',
    pattern: String.raw`{O}(?:, (?:which|that) (?!(?:was |were |is |had been |has been )?(?:co-)?founded)(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60}?,)?,? (?:\(⟦[A-Za-z]\d+⟧\),? )?(?:which |that |(?:the |a |an )(?:[\w-]+ |⟦L\d+⟧-based ){0,5}?)?(?:was |is |were |had been |has been )?(?:(?:co-?)?founded|started|set up|established|spun (?:out|off) (?:of|from) (?:the )?(?:[\w-]+ ){0,2}?⟦[OoLl]\d+⟧) (?:in ⟦L\d+⟧,? )?(?:(?:in \d{4} |last year |this year |in [A-Z][a-z]+ (?:\d{4} )?|(?:more than |nearly |about |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|decades?) ago )?|and (?:is |was |now |still )?(?:led|run|headed|chaired) )by (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,40}?⟦P\d+⟧(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,140}?,? and (?:by )?(?:(?![a-z]+ed\b|by\b|is\b|was\b|has\b|have\b|includ\w*|says?\b|said\b|told\b|investors?\b|backers?\b|shareholders?\b|rivals?\b|customers?\b|partners?\b)[a-z][\w-]* |(?:ex-|former )⟦O\d+⟧ ){0,3}?{SL:P}`,
    confidence: 0.75,
  },
  // "Lee Kai-fu's venture, 01.AI", "Elon Musk's AI venture, xAI"
  {
    id: 'possessive.venture',
    predicate: 'FOUNDED',
    pattern: String.raw`{S:P}'s? (?:[\w-]+ ){0,3}?(?:venture|start-up|startup|company|firm|lab|brainchild|outfit),? {O}`,
    confidence: 0.85,
  },
  {
    id: 'verb.join',
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{SL}{A}(?:was |were |has been |had been |is )?(?:hired|poached|recruited|employed) by {O}`,
    confidence: 0.8,
  },
  // "Noam Shazeer returned to Google", "rejoined Zeta last year": back at a company
  {
    id: 'verb.returned-to',
    cue: /\b(?:returned|returns|returning|rejoined|rejoins|rejoining)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{SL:P}{A}(?:returned to|returns to|returning to|rejoined|rejoins|rejoining) {O}(?!'s? ⟦|-)`,
    confidence: 0.7,
  },
  // "Acme has hired Jane Roe", "Acme poached two engineers, Jane Roe and John Doe"
  {
    id: 'verb.hire',
    predicate: 'EMPLOYED_BY',
    // "Google rehired its co-founders, A and B", "later hired Acme chief executive X" (the title
    // compound costs holdout a relation and gains blind4 two: read since rule set 2026.12.14)
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:hired|hires|hire|hiring|rehired|rehires|rehire|re-hired|poached|poaches|recruited|recruits|brought back|brings back|bring back|bringing back)(?! by\b) (?:(?:the (?:[a-z-]+ )?)?⟦[A-Za-z]\d+⟧'s |its |their |(?:the |former )?⟦O\d+⟧ (?=[a-z]))?(?:[a-z\d-]+,? ){0,4}?{SL:P}`,
    confidence: 0.75,
  },
  // "Jane Roe, a Tsinghua graduate who previously worked at Acme and Zeta"
  {
    id: 'verb.worked-at-distant',
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{BOS}{S:P}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:previously|formerly|once|earlier) (?:worked|working)(?: as (?:a |an )?(?:[\w-]+ ){0,2}?[\w-]+)? (?:at|for) (?:the )?{OL}`,
    confidence: 0.65,
  },
  // "Jane Roe, ..., founded the company in 1994 and will join Acme", "has left Zeta to join Acme"
  {
    id: 'verb.and-join',
    cue: /\b(?:join|joined|joins|rejoin|rejoined)\b/,
    predicate: 'EMPLOYED_BY',
    // ("He replaces Jane Roe, who left to join Zeta": the person the relative clause is about)
    pattern: String.raw`{S:P}(?:(?!\b(?:said|says|told|that)\b)[^;⟦⟧]|(?!⟦[Pp]\d+⟧, who\b)⟦[A-Za-z]\d+⟧){0,80}? (?:and|to) (?:will |would |has |had |is set to |plans to |is expected to )?(?:also )?(?:join|joined|joins|rejoin|rejoined) (?:the )?{O}(?!'s? ⟦| (?:as|in|on) (?:a |an )?(?:investor|backer|partner)s?\b)`,
    confidence: 0.65,
  },
  // "Acme chief executive Jane Roe, co-founder John Doe and about 40 researchers will join Zeta":
  // people listed with their titles, then a group, who join a company
  {
    id: 'verb.list-join',
    cue: /\b(?:join|joined|joining|joins)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<s>⟦P\d+⟧(?:(?:,|,? and) (?:[a-z][\w-]* ){0,3}?⟦P\d+⟧)*)(?:,? and (?:about |some |around |nearly |more than |roughly |up to )?(?:[\d,]+|dozens|hundreds|several|many|most|other|a (?:group|team|handful) of)(?: [\w-]+){0,6}?)? (?:will |would |are set to |are expected to |have |had |are |were )?(?:join|joined|joining) {O}(?!'s? ⟦| (?:as|in|on) (?:a |an )?(?:investor|backer|partner)s?\b)`,
    confidence: 0.7,
  },
  // "A and B joined Zeta in May after leaving Acme": the clause's subject worked where it left
  {
    id: 'verb.after-leaving',
    cue: /\b(?:after|before|since) (?:leaving|quitting|departing|exiting)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{SL:P}{A}(?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧){0,80}?\b(?:after|before|since) (?:leaving|quitting|departing|exiting) (?:the )?(?:[a-z-]+ )?{O}(?!'s? (?:board|stake)|-)`,
    confidence: 0.75,
  },
  // "Jane Roe left Acme in 2022": a past role is still a role (ONTOLOGY: no tense)
  {
    id: 'verb.left',
    cue: /\b(?:left|quit|departed|resigned|exited)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{SL:P}{A}(?:left|quit|departed|departed from|resigned from|exited) (?:the )?(?:[a-z-]+ )?{O}(?!'s? (?:board|stake)|-)`,
    confidence: 0.65,
  },
  // "Jane Roe founded Zeta after working as a data scientist at Acme", "Jane Roe, who co-founded
  // Zeta after working at Acme": the clause's person
  {
    id: 'verb.after-working-at',
    cue: /\bafter (?:working|serving|spending)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}(?:, who\b)?(?:(?!\b(?:said|says|told|who|that)\b)[^;⟦⟧]|⟦[OoRrLl]\d+⟧){0,80}? after (?:working|serving|spending (?:[\w-]+ ){1,3}?(?:working|researching|building)) (?:as (?:a |an |its |the )?(?:[a-z-]+ ){0,3}?)?(?:at|for|with) {O}`,
    confidence: 0.7,
  },
  {
    id: 'verb.work-for',
    predicate: 'EMPLOYED_BY',
    // "has been with Acme since 2019"
    // ("joined rival Anthropic"; "will join Acme's board": board-level staff are employed too;
    // "worked for six years at Acme's lab in Dhaka")
    pattern: String.raw`{SL}{A}(?:joined|joins|join|joining|(?:works|worked|working|work)(?: as (?:a |an )?(?:[a-z-]+ ){0,2}?[a-z-]+| on (?:[a-z-]+ ){0,2}?[a-z-]+)?(?: for (?:about |nearly |almost |more than |over )?(?:[a-z]+|\d+) (?:years|months|decades?))? (?:for|at)|(?:has|have|had) been with(?= (?:the )?⟦[Oo]\d+⟧ (?:since|for)\b)) (?:the )?(?:(?:rival|competitor|start-up|startup) )?{OL}`,
    confidence: 0.75,
  },
  // "Jane Roe, who previously ran engineering at Stripe-owned Paystack": a function run at a company
  // (years "spent building products at" a company were tried: a false relation on an untouched set)
  {
    id: 'relative.ran-function-at',
    cue: /\b(?:ran|managed|oversaw)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{S:P}, who (?:previously |formerly |once |had |has |also )*(?:ran|managed|oversaw) (?:the )?(?:[a-z-]+ ){1,3}?(?:at|for|with) (?:the )?(?:⟦[OL]\d+⟧-(?:owned|backed|based) )?{O}`,
    confidence: 0.75,
  },
  // "Jane Roe and John Doe, both formerly of Acme", "John Doe, who came from Acme"
  {
    id: 'appositive.formerly-of',
    cue: /\b(?:formerly|previously|once|came from|comes from|come from)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{SL:P}, (?:(?:both|all|each) )?(?:who (?:(?:both|all) )?(?:came|come|comes) from|(?:formerly|previously|once) (?:of|at|with)) (?:the )?{O}`,
    confidence: 0.7,
  },
  // "Zeta, Jane Roe's AI company": the founder's venture (ONTOLOGY: "X's venture")
  {
    id: 'appositive.person-venture',
    cue: /⟧'s? (?:[\w-]+ ){0,3}?(?:venture|start-up|startup|company|firm|lab|brainchild|outfit)\b/,
    predicate: 'FOUNDED',
    pattern: String.raw`{O}, (?<s>⟦P\d+⟧)'s? (?:[\w-]+ ){0,3}?(?:venture|start-up|startup|company|firm|lab|brainchild|outfit)\b`,
    confidence: 0.8,
  },
  // "said Jane Roe of Acme", "Nathan Lambert of the Allen Institute": a person named by the body they speak for
  {
    id: 'appositive.person-of',
    cue: /⟧ of (?:the )?⟦O/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<!\b(?:of|by|from|to|with|against|for) )(?<s>⟦P\d+⟧) of (?:the )?{O}(?!'s?\b|-)`,
    confidence: 0.6,
  },
  // "Jane Roe left to lead Acme's new consumer AI unit, Acme AI"; "who ran Zeta's research lab,
  // FAIR, for years": the unit named in the appositive is led
  {
    id: 'verb.lead-named-unit',
    cue: /\b(?:lead|leads|led|head|heads|headed|run|runs|ran)\b/,
    predicate: 'LEADS',
    subject: ['Person'],
    pattern: String.raw`(?<s>⟦P\d+⟧)(?:,? who|{A}(?:left |quit |departed )?(?:to |will |would )?)(?: (?:also |previously |once |later )?)?(?:lead|leads|led|head|heads|headed|run|runs|ran) ⟦O\d+⟧'s? (?:[\w-]+ ){0,4}?(?:unit|division|lab|laboratory|group|arm|team|business|venture|subsidiary),? (?<o>⟦O\d+⟧)(?!'s?\b|-)`,
    confidence: 0.65,
  },
  // "Helen Toner of Georgetown University's Center for Security": the possessed body employs
  {
    id: 'appositive.person-of-unit',
    cue: /⟧ of (?:the )?⟦O\d+⟧'s? ⟦O/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<!\b(?:of|by|from|to|with|against|for) )(?<s>⟦P\d+⟧) of (?:the )?⟦O\d+⟧'s? (?<o>⟦O\d+⟧)(?!'s?\b|-)`,
    confidence: 0.6,
  },
  // "Jane Roe, who was himself hired from Acme in a similar deal": the person worked there
  {
    id: 'relative.hired-from',
    cue: /\b(?:hired|poached|recruited|lured) (?:away )?from\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<s>⟦P\d+⟧),? (?:who|which) (?:was|were|had been|has been) (?:himself |herself |themselves |also |previously |recently )?(?:hired|poached|recruited|lured) (?:away )?from (?:the )?{O}`,
    confidence: 0.7,
  },
  // "Acme confirmed Jane Roe's departure", "Jane Roe's exit from Acme": the person worked there
  {
    id: 'noun.departure-confirmed',
    cue: new RegExp(`⟧'s? (?:${DEPARTURE}|appointment|hiring)\\b`),
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{O}{A}(?:confirmed|confirms|announced|announces|disclosed|discloses) (?<s>⟦P\d+⟧)'s? (?:${DEPARTURE}|appointment|hiring)\b`,
    confidence: 0.65,
  },
  {
    id: 'noun.departure-from',
    cue: new RegExp(`⟧'s? ${DEPARTURE} from\\b`),
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`(?<s>⟦P\d+⟧)'s? (?:abrupt |sudden |recent |planned )?${DEPARTURE} from (?:the )?{O}`,
    confidence: 0.65,
  },
  // "Jane Roe co-wrote the paper while an intern at Acme"
  {
    id: 'verb.while-staff-at',
    cue: /\b(?:while|when) (?:still )?(?:an?|a former) /,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`{BOS}{S:P}(?:[^⟦⟧;]){0,80}?\b(?:while|when) (?:still )?(?:an?|a former) (?:[a-z-]+ ){0,2}?(?:intern|researcher|engineer|scientist|employee|staffer|analyst|executive|student|manager|consultant) at (?:the )?{O}`,
    confidence: 0.65,
  },
  // "hired Jane Roe away from Acme", "to bring back John Doe from Zeta": the person worked there
  {
    id: 'verb.hire-from',
    cue: /\b(?:hire|hired|hires|hiring|poach\w*|recruit\w*|lure[sd]?|luring|bring back|brought back|bringing back)\b/,
    predicate: 'EMPLOYED_BY',
    pattern: String.raw`\b(?:hire|hired|hires|hiring|poach|poached|poaches|poaching|recruit|recruited|recruits|recruiting|lure|lured|lures|luring|bring back|brought back|bringing back) (?:[a-z-]+ ){0,2}?{SL:P},? (?:away )?from (?:the )?{O}`,
    confidence: 0.7,
  },
];
