import { DESCRIBED_BY } from './cues.js';
import type { RelationRule } from './relation-rule.js';

/** "won a $90 million contract", "secured the tender": a contract won; its giver or its work follows. */
const WON_CONTRACT = String.raw`(?:won|wins|win|secured|secures|landed|clinched) (?:a |an |the )?(?:[\w$.,-]+ ){0,4}?(?:contract|tender|order)s?`;

/** "signed a $2 billion", "has struck several new": the verb and modifiers before a deal noun. */
const SIGNED = String.raw`(?:signed|signs|struck|strikes|inked|inks|reached|has|have|had)(?: (?:a|an|its own|new|several|[\w$.,-]+ (?:billion|million)|multiyear|multi-year|long-term|separate|additional))*`;

/** Where organizations sit, and who supplies whom. */
export const PLACE_SUPPLY_RULES: RelationRule[] = [
  // "Beijing-based Zhipu AI", "the California-based chipmaker"
  {
    id: 'compound.based',
    predicate: 'LOCATED_IN',
    cue: /-(?:based|headquartered)\b/,
    // ("the San Francisco-based ChatGPT maker": the product before the maker's reference)
    // ("Rabat-based rival Zeta": a rival is a noun there, not the verb modifiers never are)
    pattern: String.raw`{OL:L}\.?-(?:based|headquartered) (?:{ADJ},? ){0,4}?(?:rival |competitor |challenger )?(?:⟦R\d+⟧ (?=⟦o\d+⟧))?{S}`,
    confidence: 0.9,
  },
  // "Oslo-based rivals Acme and Zeta": a plural kind before a list of names
  {
    id: 'compound.based-list',
    predicate: 'LOCATED_IN',
    cue: /-(?:based|headquartered) (?:[a-z-]+ ){0,2}?[a-z-]+s ⟦/,
    pattern: String.raw`{OL:L}\.?-(?:based|headquartered) (?:[a-z-]+ ){0,2}?(?:(?:{ON})s|companies|rivals|competitors|start-ups|startups|firms|labs|peers) {SL}`,
    confidence: 0.8,
  },
  // "Acme is one of a handful of AI companies in Norway"
  {
    id: 'verb.one-of-in-place',
    cue: /\b(?:one of|among)\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}{A}(?:is|was|remains|became|has become) (?:one of|among) (?:a handful of |the |a few |several |only )?(?:[\w-]+ ){0,3}?(?:(?:{ON})s|companies|start-ups|startups|firms|labs|players|unicorns) (?:in|from|based in) (?:the )?{O:L}(?!'s?\b|-)`,
    confidence: 0.7,
  },
  {
    id: 'appositive.based',
    predicate: 'LOCATED_IN',
    cue: /-(?:based|headquartered)\b/,
    // "ETH Zurich, Lausanne-based EPFL": a list, the place is the next name's
    pattern: String.raw`{S}(?:,| is| was) (?:a |an |the |the first |one of the )?(?:{ADJ},? ){0,3}?{OL:L}-(?:based|headquartered)(?! ⟦O\d+⟧)`,
    confidence: 0.85,
  },
  // "Headquartered in Oslo, Zorvex Labs employs ...": a fronted participle places the subject
  {
    id: 'verb.based-in-fronted',
    cue: /^(?:[Bb]ased|[Hh]eadquartered|[Ll]ocated) in /,
    predicate: 'LOCATED_IN',
    pattern: String.raw`^(?:[Bb]ased|[Hh]eadquartered|[Ll]ocated) in (?:the )?(?<o>⟦[Ll]\d+⟧(?:(?:, |,? and )⟦[Ll]\d+⟧)*), (?:the |a |an )?(?:(?!who |which |that )[\w-]+ ){0,3}?(?<!\b(?:of|at|for|from|with|by|in|on|to|and) ){S}(?!'s? ⟦)(?=,| (?:[a-z]+ )?(?:[a-z]+(?:s|ed)|has|had|is|was|will|would|can|could|plans|now|also)\b)`,
    confidence: 0.85,
  },
  {
    id: 'verb.based-in',
    predicate: 'LOCATED_IN',
    // "A and B, both based in Oslo": a list placed together
    pattern: String.raw`{SL}{A}(?:is |was |are |were |, )?(?:both |all )?(?:(?:a |an |the )(?:[\w-]+ ){0,6}?{ON} )?(?:(?:based|headquartered|located) in|(?:based|operates|operated|operating|works|working) out of) (?:the )?(?:[a-z-]+ |[A-Z][a-z]+(?:ian|an|ese|ish|ch|i) ){0,3}?(?:of )?(?<o>⟦[Ll]\d+⟧(?:(?:, | city of | in |,? and |'s )⟦[Ll]\d+⟧)*)`,
    confidence: 0.85,
  },
  {
    id: 'noun.headquarters',
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}(?:'s?|, whose) (?:[\w-]+ ){0,2}?(?:headquarters|HQ|head office|home base|(?<!\b(?:building|builds|build|built|constructing|expanding|expands|opening|opens|opened|developing|plans?|planned|new) (?:[\w-]+ |⟦[A-Za-z]\d+⟧(?:'s)? ){0,3})campus) (?:is |are |was )?(?:also |still )?(?:in|at) (?:the )?(?<o>⟦[Ll]\d+⟧(?:(?: city of |, | in |,? and )⟦[Ll]\d+⟧)*)`,
    confidence: 0.85,
  },
  // "DeepMind's London headquarters", "the group's Paris head office"
  {
    id: 'compound.place-office',
    cue: /⟧ (?:headquarters|head office|HQ|office|offices)\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}'s? (?:(?:new|former|main|global|sprawling|longtime) )?(?<o>⟦[Ll]\d+⟧) (?:headquarters|head office|HQ|office|offices)\b`,
    confidence: 0.8,
  },
  // "the three largest Japanese banks, MUFG, SMBC and Mizuho", "a group of Chinese start-ups that
  // also includes A and B": a list of companies named after their place and kind
  {
    id: 'compound.nationality-list',
    predicate: 'LOCATED_IN',
    // (only bare names: "Israeli operator Bezeq and the German insurer Allianz" has two places)
    pattern: String.raw`{O:L} (?:(?!(?:the|a|an|and|or|of|to|in|on|for|with|by|that|from|at|as|into|dollars|euros|yen|yuan|rupees|pounds|[a-z]+ed)\b)[\w-]+ ){0,2}?{ON}s?,? (?:(?:that |which )?(?:also )?(?:includes?|including|such as|like|led by|among them|namely) )?(?<s>⟦O\d+⟧(?:(?:, |,? and )⟦O\d+⟧)*)(?!'s? ⟦| (?:and|or) ⟦)`,
    confidence: 0.7,
  },
  // "Chinese tech giant Alibaba", "US media outlet TechWire", "the US firm"
  {
    id: 'compound.nationality',
    predicate: 'LOCATED_IN',
    pattern: String.raw`{O:L} (?:(?!(?:the|a|an|and|or|of|to|in|on|for|with|by|that|told|said|says|asked|[a-z]+ed) )[\w-]+ ){0,3}?{ON} {S}`,
    confidence: 0.8,
  },
  // "The Danish Novo Nordisk Foundation" (a demonym is a slot only when its place is named too)
  {
    id: 'compound.demonym-name',
    predicate: 'LOCATED_IN',
    pattern: String.raw`(?:^|\b[Tt]he ){O:L} (?<s>⟦O\d+⟧)(?!'|-| ⟦)`,
    confidence: 0.65,
  },
  // "making it the most valuable AI company in Europe", "the largest bank in Norway"
  {
    id: 'appositive.superlative-in',
    cue: /\b(?:most|largest|biggest|second-largest|third-largest|leading|oldest|best-funded|fastest-growing)\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`(?:\bmaking (?:it|⟦[a-z]\d+⟧) |\b(?:is|was|became|has become|remains|remained) )the (?:(?:most|second|third) )?(?:[a-z]+est|largest|biggest|leading|top|best-funded|fastest-growing|valuable|successful|popular|prominent|important) (?:[A-Za-z-]+ ){0,2}?(?<s>⟦o\d+⟧) in {O:L}`,
    confidence: 0.6,
  },
  // "in Karachi, where Zeta is building voice assistants"
  {
    id: 'relative.where-based',
    cue: /, where ⟦/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`\bin {O:L}, where {S} (?:is |are |was |were )?(?:building|developing|based|headquartered|employs|operates|runs|has (?:its|an|a) (?:[a-z]+ )?(?:office|headquarters|lab|base))\b`,
    confidence: 0.6,
  },
  {
    id: 'compound.nationality-ref',
    predicate: 'LOCATED_IN',
    pattern: String.raw`\b[Tt]he {O:L} (?:[\w-]+ ){0,2}?(?<s>⟦o\d+⟧)`,
    confidence: 0.7,
  },
  {
    id: 'appositive.nationality',
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}(?:, | (?:is|was|remains|became) )(?:a|an|the|another|its|their|⟦[a-z]\d+⟧'s) (?:[\w-]+ ){0,2}?{O:L} (?:[\w-]+ ){0,3}?(?:{ON}\b|⟦o\d+⟧)`,
    confidence: 0.8,
  },
  // "In Lagos, start-up Awarri is building", "In Germany, the consumer group Verbraucherzentrale
  // NRW went to court": a place set before a clause whose subject is introduced by what it is
  {
    id: 'fronted.place-introduces',
    cue: /^(?:And |But |Meanwhile, )?[Ii]n ⟦L\d+⟧, /,
    predicate: 'LOCATED_IN',
    pattern: String.raw`^(?:And |But |Meanwhile, )?[Ii]n (?<o>⟦L\d+⟧), (?:the )?(?:[a-z-]+ ){0,3}?(?:start-?up|company|firm|group|lab|developer|maker|operator|insurer|bank|publisher|broadcaster|carrier|retailer|university|institute|regulator|watchdog|authority|agency|ministry) {S}`,
    confidence: 0.65,
  },
  // "Italy's data protection authority, the Garante", "Indonesia's GoTo Group"
  {
    id: 'possessive.place',
    predicate: 'LOCATED_IN',
    pattern: String.raw`(?<!\b(?:of|in|across|outside|inside) (?:the )?)(?<o>⟦L\d+⟧)'s? (?:(?!(?:the|a|an|and|or|of|to|in|on|for|with|by|from|against|over|that|ban|bans|curbs|rules|law|laws|share|market|largest|biggest|top|leading|second-largest|first|only|sole|main|own|latest|newest|oldest|[a-z]+ed|[a-z]+ing) )[\w-]+ ){0,5}?(?:[\w-]+, (?:the )?)?{S}(?!'s? ⟦)(?! (?:[a-z-]+ )?(?:partners?|customers?|suppliers?|distributors?|resellers?|rivals?|competitors?|equivalents?|answer|licensees?)\b)`,
    confidence: 0.7,
  },
  // "Japan's largest carmaker said": a place's description of a company the article names, resolved
  // only to one known to be there (resolve-coreference.ts), superlatives included
  {
    id: 'possessive.place-description',
    predicate: 'LOCATED_IN',
    pattern: String.raw`(?<o>⟦L\d+⟧)'s? (?:(?!(?:the|a|an|and|or|of)\b)[\w-]+ ){0,4}?(?<s>⟦o\d+⟧)(?!'s? ⟦)`,
    confidence: 0.7,
  },
  // "Acme, which has offices in Paris and Tel Aviv", "Acme, which opened an AI research centre in Accra",
  // "Acme is planning to open an office in Tokyo"
  {
    id: 'verb.offices-in',
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S},? (?:which |that |and )?(?:(?:(?:is |are |was |were )?(?:planning|plans|planned|hopes|aims|intends|expects|set|about|preparing) to |will |would )?(?:open|opening)|has|have|had|operates|maintains|opened|opens|with|employs) (?:(?:a|an|its|their|⟦[a-z]\d+⟧'s) )?(?:(?:about|around|some|more than|nearly|over) )?(?:[\d,]+ )?(?:[A-Za-z]+ ){0,2}?(?:offices|office|headquarters|operations|base|bases|campuses|hubs|hub|(?:research|engineering|development|R&D) (?:centres?|centers?|labs?|hubs?|facilit(?:y|ies))|employees|staff|workers|engineers|researchers|data cent(?:re|er)s|factories|plants) in (?<o>⟦[Ll]\d+⟧(?:(?:,? and |, )⟦[Ll]\d+⟧)*)`,
    confidence: 0.75,
  },
  // "Acme moved its headquarters to Singapore": where it is now
  {
    id: 'verb.moved-headquarters',
    cue: /\b(?:moved|moves|relocated|relocates|shifted|shifts)\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}{A}(?:moved|moves|relocated|relocates|shifted|shifts) (?:its |their |⟦[a-z]\d+⟧'s )?(?:global |main )?(?:headquarters|head office|HQ|base|domicile) (?:from (?:the )?(?:[a-z-]+ )?⟦L\d+⟧ )?to (?:the )?(?:[a-z-]+ ){0,2}?(?:of )?{O:L}`,
    confidence: 0.75,
  },
  {
    id: 'list.nationality',
    predicate: 'LOCATED_IN',
    // "China's biggest technology companies, including ByteDance and Alibaba"
    pattern: String.raw`{O:L}(?:'s)? (?:[\w-]+ ){0,3}?(?:companies|firms|startups|start-ups|rivals|players|giants|labs|groups),? (?:like|such as|including) {SL}`,
    confidence: 0.75,
  },
  // "added 14 Chinese companies to its entity list, including the Hefei-based chip designer Acme":
  // members of a group named by nationality, after what was done to the group
  {
    id: 'list.nationality-after-verb',
    cue: /⟧ (?:companies|entities|firms|start-?ups|startups|chipmakers|groups|organi[sz]ations|institutions|suppliers|developers) (?:to|from|on) /,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{O:L} (?:companies|entities|firms|start-?ups|startups|chipmakers|groups|organi[sz]ations|institutions|suppliers|developers) (?:to|from|on) (?:⟦[a-z]\d+⟧'s |its |the |their |a )?(?:[\w-]+ ){0,3}?(?:list|blacklist|register|registry|markets?|exchanges?|platforms?|stores?),? (?:including|such as|among them) (?:the )?(?:⟦L\d+⟧(?:-based)? )?(?:[a-z-]+ ){0,3}?{SL}`,
    confidence: 0.7,
  },

  // "Zhipu AI, one of China's best-funded developers", "Acme, Japan's second-largest carrier"
  {
    id: 'appositive.place-possessive',
    // "Moonshot is one of China's so-called "AI tigers"": the copula and quoted nicknames too
    cue: /⟧(?:,| is| was| remains| became| has become)? (?:(?:one|two|three|four|five) of |among )?(?:the )?⟦L\d+⟧/,
    predicate: 'LOCATED_IN',
    // "makes Cohere one of Canada's most valuable companies"
    pattern: String.raw`{S}(?:, | (?:is|was|remains|became|has become) |(?<=\b(?:makes|made|making|make) ⟦[Oo]\d+⟧) (?=one of ))(?:(?:one|two|three|four|five) of |among )?(?:the )?{O:L}(?:'s?)? (?:[\w-]+ ){0,3}?["“]?(?:[\w-]+ ){0,2}?(?:(?:{ON})s?|tigers|dragons|champions|unicorns|start-?ups|startups|players|companies|firms|developers|operators|carriers?|makers|labs|groups|banks?|lenders?|insurers?|utilit(?:y|ies)|consultanc(?:y|ies)|conglomerates|ventures|suppliers|providers|manufacturers|retailers|publishers|outlets|newspapers)\b`,
    confidence: 0.75,
  },
  // "Zhipu AI and MiniMax, two of the Chinese start-ups known as ...": a pair or more in apposition
  {
    id: 'appositive.place-group',
    cue: /⟧, (?:two|three|four|five|both|all) of (?:the )?⟦L\d+⟧/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`(?<s>⟦O\d+⟧(?:(?:,? and |, )⟦O\d+⟧)+), (?:two|three|four|five|both|all) of (?:the )?{O:L}(?:'s?)? (?:[\w-]+ ){0,3}?["“]?(?:[\w-]+ ){0,2}?(?:{ON}|tigers|dragons|champions|unicorns|start-?ups|startups|players|companies|firms|developers|operators|carriers|makers|labs|groups|banks|lenders|insurers|ventures|suppliers|providers|manufacturers|retailers|publishers|outlets|newspapers)\b`,
    confidence: 0.7,
  },
  // "an analyst at Acme Capital in Boston", "a collaboration between EPFL in Lausanne and ..."
  {
    id: 'prep.at-in',
    cue: /\b(?:at|between) (?:the )?⟦O\d+⟧ in ⟦L/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`\b(?:at|between) (?:the )?{S} in {O:L}(?!'s?\b|-)`,
    confidence: 0.65,
  },
  // "... moved to California, where the company is based"
  {
    id: 'relative.where-based',
    cue: /\bwhere\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`(?<o>⟦L\d+⟧)(?:,| —) where (?:the )?{S} (?:is|are|was|were|has been|have been) (?:also )?(?:based|headquartered)\b`,
    confidence: 0.75,
  },
  // "Acme, which is registered in Beijing's Haidian district"
  {
    id: 'verb.registered-in',
    cue: /\b(?:registered|incorporated|domiciled) in\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}{A}(?:is|was|are|were|has been|is now) (?:[a-z]+ )?(?:registered|incorporated|domiciled) in (?:the )?(?<o>⟦L\d+⟧(?:'s ⟦L\d+⟧)?)`,
    confidence: 0.75,
  },
  // "Hefei Lingtu, a chip designer in the eastern city of Hefei"
  {
    id: 'appositive.in-city-of',
    cue: /\b(?:city|province|region|town) of\b/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}, (?:a|an|the) (?:[\w-]+ |⟦o\d+⟧ ){0,4}?(?:in|from|based in) the (?:[a-z]+ ){0,2}?(?:city|province|region|town) of {O:L}`,
    confidence: 0.75,
  },
  // "Clinique Bellerive, a private hospital group in Geneva", "Acme, a copper miner in the Atacama region"
  {
    id: 'appositive.org-in-place',
    cue: /⟧, (?:a|an) (?:[^⟦⟧;]|⟦o\d+⟧){0,60}?\b(?:in|from|based in) (?:the )?(?:[a-z]+ ){0,2}?⟦L/,
    predicate: 'LOCATED_IN',
    pattern: String.raw`{S}, (?:a|an) (?:[\w'-]+,? ){0,4}?(?:{ON}|⟦o\d+⟧|miners?|banks?|hospitals?|clinics?|telecoms?|airlines?|charit(?:y|ies)|nonprofits?|associations?|cooperatives?|co-operatives?|schools?|colleges?) (?:(?:registered|incorporated|headquartered|located) in|in|from|based in) (?:the )?(?:[a-z]+ ){0,2}?{O:L}(?!'s?\b|-)`,
    confidence: 0.7,
  },
  // "Its clients include shipping group Zeta", "Acme's customers include Beta and Gamma"
  {
    id: 'list.customers-include',
    cue: /\b(?:customers|clients) (?:include|included|including|such as)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}'s? (?:[a-z-]+ ){0,2}?(?:customers|clients) (?:include|included|including|such as) ${DESCRIBED_BY}{OL}`,
    confidence: 0.7,
  },
  // "Existing customers, including Acme and Zeta, will not be affected": the customers of the story's company
  {
    id: 'list.customers-implicit',
    // the sentence may open on the word: "Customers include Beta and Gamma."
    cue: /\b(?:[Cc]ustomers|[Cc]lients),? (?:include|included|including|such as)\b/,
    predicate: 'SUPPLIES',
    // "... chief executive Jane Roe said the quarter's new customers included Beta": said of one's own
    pattern: String.raw`(?:^(?:[^⟦⟧]){0,30}?\b|\b(?:said|says|added|noted) (?:that )?(?:the |its |their )?(?:[\w'’-]+ ){0,3}?)(?:[Ee]xisting |[Ee]nterprise |[Pp]aying |[Mm]ajor |[Ee]arly |[Nn]ew )?(?:[Cc]ustomers|[Cc]lients),? (?:include|included|including|such as) (?:[a-z-]+ ){0,2}?{OL}`,
    implicitSubject: 'salient',
    subject: ['Organization'],
    confidence: 0.55,
  },
  // "Acme has increasingly turned to domestic suppliers such as Zeta"
  {
    id: 'verb.turn-to-suppliers',
    cue: /\b(?:suppliers|providers|vendors|chipmakers)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:shifted|shifts|moved|moves|switched|switches|turned|turns|turning)(?: (?:[\w-]+|⟦[a-z]\d+⟧'s)){0,5} to (?:[a-z-]+ ){0,3}?(?:suppliers|providers|vendors|chipmakers),? (?:including|such as|like) {SL}`,
    confidence: 0.65,
  },
  // "Zeta's Ascend 910C, the most capable chip, is manufactured by Acme": the maker supplies the owner
  {
    id: 'passive.manufactured-for-owner',
    cue: /\b(?:manufactured|fabricated|produced|assembled|packaged) by\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦O\d+⟧)'s? (?:[a-z-]+ )?⟦[Rr]\d+⟧(?: [a-z-]+)?(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,80},)? (?:is|are|was|were|will be) (?:[a-z]+ )?(?:manufactured|fabricated|produced|assembled|packaged) by {S}`,
    confidence: 0.7,
  },
  // "Acme counts Zeta as its main cloud provider": the provider supplies the customer
  {
    id: 'verb.counts-as-provider',
    cue: /\bas (?:⟦[a-z]\d+⟧'s |its |their |a |the )/,
    predicate: 'SUPPLIES',
    // "its main cloud provider" may itself read as a description of the customer
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:counts|counted|names|named|lists|listed|chose|chosen|picked|selected|uses|used) {S} as (?:⟦[a-z]\d+⟧'s |its |their |a |the )(?:(?!(?:in|of|for|at|on|with|to) )[a-z-]+ ){0,2}?(?:provider\b|supplier\b|vendor\b|⟦o\d+⟧)`,
    confidence: 0.75,
  },
  // "Acme has signed a $14 billion agreement to provide computing capacity to Zeta"
  {
    id: 'verb.agree-to-supply',
    cue: /\b(?:supply|provide|deliver|sell|rent|lease)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:signed|signs|agreed|agrees|struck|strikes|inked|inks|reached|won|wins|secured|secures) (?:[^⟦⟧;]{0,60}?\b)?to (?:supply|provide|deliver|sell|rent|lease) (?:[a-z$\d.,-]+ |[A-Z]{2,5}s? ){0,6}?(?:to|for) {OL}`,
    confidence: 0.7,
  },
  // "Acme has signed a contract with Hanoi-based start-up Zeta to supply its app": the company the
  // contract is with supplies the one that signed it
  {
    id: 'noun.contract-with-to-supply',
    cue: /\bto (?:supply|provide|deliver|install|roll out|deploy)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:signed|signs|struck|strikes|inked|inks|agreed|agrees|reached|reaches|awarded|awards) (?:a |an )?(?:[\w$.,-]+ ){0,4}?(?:contract|deal|agreement) with (?:⟦L\d+⟧(?:-based)? )?(?:[\w-]+ ){0,3}?{S} to (?:supply|provide|deliver|install|roll out|deploy)\b`,
    confidence: 0.7,
  },

  // "Acme licensed 1.2 million clinical notes from Zeta Hospital", "trained on transcripts licensed
  // from Zeta": the licensor of data supplies the licensee, the company the sentence opens on
  {
    id: 'verb.data-licensed-from',
    cue: /\b(?:licen[cs]ed|licen[cs]es|licen[cs]e|licen[cs]ing) (?:[^⟦⟧;]{0,80}?)from\b|\b(?:licen[cs]ed|bought|sourced|obtained|acquired) from\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{BOS}(?<o>⟦[Oo]\d+⟧)(?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧){0,160}?\b(?:(?:licensed|licenced|licenses|licences|license|licence|licensing) (?:[\w$.,-]+ ){0,6}?(?:data|notes|records|images|imagery|texts?|articles|transcripts|recordings|content|archives?|datasets?|speech|audio|video|photos|books) from|(?:data|notes|records|images|imagery|texts?|articles|transcripts|recordings|content|archives?|datasets?|speech|audio|video|photos|books) (?:licensed|licenced|bought|sourced|obtained) from) (?:the )?(?:[a-z-]+ ){0,3}?{S}`,
    confidence: 0.65,
  },

  // "Nvidia sells chips to ByteDance", "providing OpenAI with supercomputers"
  {
    id: 'verb.supply',
    predicate: 'SUPPLIES',
    pattern: String.raw`{SL}{A}(?:supplies|supplied|supply|supplying|provides|provided|provide|providing|sells|sold|sell|selling|ships|shipped|ship|shipping|delivers|delivered|deliver|delivering|rents|rented|rent|renting|leases|leased|lease|leasing|licenses|licensed|licensing|licenced)(?! (?:deals?|agreements?|fees?|talks|arrangements?|contracts?)\b)(?! (?:itself|themselves|(?:its|their|a|the|his|her) (?:[\w-]+ ){0,2}?(?:stakes?|shares|holdings?|shareholdings?|interests?|equity))\b) (?:[a-z$\d.,-]+ |[A-Z]{2,5}s? |⟦[a-z]\d+⟧'s |⟦R\d+⟧ ){0,6}?(?:to|for) (?:(?:[A-Z][a-z]+ |⟦L\d+⟧ )?(?:[a-z-]+ ){0,4}?(?:including|such as|like) |the (?=⟦o))?{OL}`,
    confidence: 0.75,
  },
  // "SK Hynix supplies most of the memory that Nvidia uses": the customer in a relative clause
  {
    id: 'verb.supply-that-uses',
    cue: /\b(?:that|which) ⟦[Oo]\d+⟧ (?:uses|used|buys|bought|needs|needed|relies on|relied on|puts|put)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:supplies|supplied|supply|supplying|provides|provided|provide|providing|makes|made|manufactures|manufactured|produces|produced|sells|sold) (?:[a-z$\d.,-]+ |[A-Z]{2,5}s? ){1,6}?(?:that|which) {O} (?:uses|used|buys|bought|needs|needed|relies on|relied on|puts|put)\b`,
    confidence: 0.75,
  },
  // "Micron, which also supplies Nvidia", "Zeta supplies Acme and Beta": the customer as the
  // "It is backed by Zeta, which supplies most of the chips in its supercomputer", "Zeta ... supplies
  // the computing power behind its models": goods supplied with no customer named go to the
  // company the story is about
  {
    id: 'verb.supply-goods',
    cue: /\b(?:supplies|supplied|supply|supplying|provides|provided|providing)\b/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    implicitObject: 'salient',
    pattern: String.raw`{S}(?:,? (?:which|who)(?: (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧)*? and)?)?{A}(?:supplies|supplied|supply|supplying|provides|provided|providing) (?:most of |much of |all of |many of |some of |part of )?(?:the |its )?(?:[a-z-]+ ){0,2}?(?:chips|GPUs|processors|accelerators|computing power|compute|computing capacity|servers|cloud computing|cloud services)\b(?! (?:to|for) (?!(?:its|their|the) [a-z-]+\b)|,? (?:to|for) ⟦)(?:[^⟦⟧;]{0,40}?\b(?:its|their) (?:models|supercomputer|cluster|data cent(?:er|re)s?|chatbot|services))?`,
    confidence: 0.55,
  },
  // verb's own object ("supplies Acme's chips" names goods; "supplies Acme with" is provide-with)
  {
    id: 'verb.supply-direct',
    cue: /\bsuppl(?:y|ies|ied|ying) ⟦/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    pattern: String.raw`{S}(?:,? which|,? who)?{A}(?:supplies|supplied|supply|supplying) {OL}(?!'s?\b| with\b|-)`,
    confidence: 0.7,
  },
  // "Acme hosts its app on Zeta's cloud": the company whose cloud holds another's service supplies it
  {
    id: 'verb.hosts-on',
    cue: /\bhost(?:s|ed|ing)?\b/,
    predicate: 'SUPPLIES',
    // (the host's customer is the sentence's subject: "The company uses X and hosts its app on")
    pattern: String.raw`\b(?:hosts|hosted|host|hosting) (?:(?:its|their|the|⟦[a-z]\d+⟧'s) (?:[a-z-]+ ){0,2}?(?:app|apps|service|services|models?|platform|chatbot|website|data|workloads?|products?|software|systems?|assistant)|⟦[Rr]\d+⟧) (?:on|in) {S}'s? (?:[a-z-]+ )?(?:cloud|servers|data cent(?:re|er)s|infrastructure)\b`,
    implicitObject: 'first',
    confidence: 0.7,
  },
  // "Acme has been renting servers from Zeta", "trains its models on Zeta H100s rented from Beta":
  // the renter is a clause's subject, never an owner before its product
  {
    id: 'verb.rent-from',
    cue: /\b(?:rent|leas|sourc|buy|bought|procur|pay|paid)\w*\b[^;]*\bfrom\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<=^(?:[^⟦⟧]|⟦[Ll]\d+⟧){0,40}|\b(?:but|and|while|which|that|said|says) )(?<o>⟦[Oo]\d+⟧)(?!(?:'s)? ⟦R|(?:'s?)? (?:chips|GPUs|processors|accelerators|servers|hardware|systems)\b)(?:[^;⟦⟧]|⟦[a-zRPL]\d+⟧|⟦O\d+⟧(?:'s)? (?=⟦R)|⟦O\d+⟧-(?=[a-z])|⟦O\d+⟧(?=(?:'s?)? (?:[a-z-]+ )?(?:chips|GPUs|processors|accelerators|servers|hardware|systems)\b))*?(?:\b(?:rented|renting|rents|rent|leased|leasing|leases|lease|sourced|sourcing|sources|source|buys|bought|buying|buy|procured|procures|procuring)\b(?:[^⟦⟧;]|⟦[a-z]\d+⟧|⟦O\d+⟧-(?=[a-z])){0,40}?|\b(?:paying|paid|pays|pay)\b(?:[^⟦⟧;]|⟦[a-z]\d+⟧){0,40}?\bfor (?:[a-z-]+ ){0,2}?(?:capacity|compute|computing(?: power)?|servers|chips|GPUs|cloud services|data|storage|hosting) )\bfrom (?:[a-z-]+,? ){0,3}?(?:including |such as |like )?{SL}`,
    confidence: 0.6,
  },
  // "data stored on servers run by Zeta"; "chips made by Zeta" for the company named before
  {
    id: 'verb.servers-run-by',
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?!(?:'s)? ⟦R)(?:[^;⟦⟧]|⟦[a-zRL]\d+⟧|⟦O\d+⟧(?:'s)? (?=⟦R))*?\b(?:servers|data cent(?:er|re)s?|clusters|cloud infrastructure|GPUs|chips|processors|accelerators|capacity|computing power|supercomputers?) (?:run|operated|owned|hosted|provided|supplied|managed|rented|leased|sold) by (?:⟦O\d+⟧'s (?:[a-z-]+ ){0,2}?(?=⟦))?{S}`,
    confidence: 0.55,
  },
  // "Zeta, which manufactures the H20 for Acme"
  {
    id: 'verb.manufacture-for',
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:, (?:the |a |an )(?:[^⟦⟧,;]|⟦[Ll]\d+⟧){0,60}?(?:that|which) (?:also |now )?|(?:,? which|,? who)?{A})(?:manufactures|manufactured|manufacture|manufacturing|fabricates|fabricated|fabricate|fabricating|produces|produced|produce|producing|packages|packaged|packaging|assembles|assembled|assembling) (?:[a-z-]+ |⟦[Rr]\d+⟧ ){0,4}?for {O}`,
    confidence: 0.7,
  },
  // "TSMC, which manufactures most of Nvidia's processors": the maker of a company's hardware supplies it
  {
    id: 'verb.manufacture-owned',
    cue: /\b(?:manufactur|fabricat|produc|mak|assembl|packag)\w*\b/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    pattern: String.raw`{S}(?:, (?:the |a |an )(?:[^⟦⟧,;]|⟦[Ll]\d+⟧){0,60}?(?:that|which) (?:also |now )?|(?:,? which|,? who)?{A})(?:manufactures|manufactured|manufacture|manufacturing|fabricates|fabricated|fabricate|fabricating|produces|produced|produce|producing|makes|made|make|making|assembles|assembled|assembling|packages|packaged|packaging) (?:(?:the |its )?⟦R\d+⟧ (?:and|as well as) )?(?:(?:the )?(?:vast |overwhelming |great )?(?:most|many|all|some|much|part|half|majority|bulk|lion's share) of )?(?<o>⟦[Oo]\d+⟧)'s? (?:[\w-]+ ){0,3}?(?:chips|processors|GPUs|CPUs|accelerators|semiconductors|servers|phones|smartphones|devices|hardware|components|memory|modules|systems|⟦R\d+⟧)`,
    confidence: 0.7,
  },
  // "Acme outsources production of its chips to TSMC": the contractor supplies the company
  {
    id: 'verb.outsource-to',
    cue: /\b(?:outsourc|contract(?:s|ed)? out|subcontract)/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{O}{A}(?:outsources|outsourced|outsource|outsourcing|contracts out|contracted out|subcontracts|subcontracted) (?:the )?(?:(?:production|manufacturing|fabrication|assembly|packaging|making|building|design|training|hosting) (?:of )?)?(?:its |their |the |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ |⟦R\d+⟧ ){0,3}?to (?:the )?(?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.75,
  },
  // "Huawei's Ascend 910C, manufactured domestically by SMIC": the maker of the goods supplies their owner
  {
    id: 'passive.manufactured-by',
    cue: /\b(?:manufactured|fabricated|produced|made|assembled|packaged) (?:[a-z]+ )?by\b/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)'s? (?:[\w-]+ ){0,2}?(?:⟦R\d+⟧(?: [a-z-]+){0,2}?|(?:chips|processors|GPUs|accelerators|semiconductors|phones|smartphones|devices|hardware|components))(?:,? (?:which |that )?| )(?:(?:is|are|was|were|have been|has been|will be) )?(?:(?:domestically|locally|exclusively|entirely|largely|mostly|mainly|primarily|all|now|still) )?(?:manufactured|fabricated|produced|made|assembled|packaged) (?:(?:domestically|locally|exclusively|entirely|largely|mostly|mainly|primarily) )?by {S}`,
    confidence: 0.7,
  },
  // "TSMC, the maker of Nvidia's and Apple's most advanced processors"
  {
    id: 'appositive.maker-of-owned',
    cue: /\b(?:maker|manufacturer|producer|supplier|fabricator)s? of\b/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    pattern: String.raw`{S}, (?:(?:[^⟦⟧;,]|⟦[a-z]\d+⟧){0,60}?(?:,? and) )?(?:the |a |an )(?:[\w-]+ )?(?:maker|manufacturer|producer|supplier|fabricator)s? of (?:(?:most|many|all|some|much) of )?(?<o>⟦O\d+⟧(?:'s?,? (?:and )?⟦O\d+⟧)*)'s? (?:[\w-]+ ){0,3}?(?:chips|processors|GPUs|CPUs|accelerators|semiconductors|phones|smartphones|devices|hardware|components|memory|modules|servers)\b`,
    confidence: 0.7,
  },
  // "Acme has chosen Zeta as the main platform for its systems", "picked Zeta as its cloud provider"
  {
    id: 'verb.chose-supplier',
    cue: /\b(?:chose|chosen|choose|chooses|choosing|picked|picks|selected|selects|named|names|tapped|taps)\b/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    pattern: String.raw`{O}{A}(?:chose|chosen|choose|chooses|choosing|picked|picks|selected|selects|named|names|tapped|taps) {S} (?:as|to be) (?:⟦[a-z]\d+⟧'s|its|their|the|a|an) (?:(?:new|primary|preferred|main|exclusive|key|sole|lead|principal|core) )*(?:cloud |compute |computing |chip |chips |infrastructure |training |technology |software |AI )?(?:platform|supplier|vendor|provider|partner)\b`,
    confidence: 0.7,
  },
  // "PKO Bank hired Mazovia to build an AI assistant": a company hired for work supplies it
  {
    id: 'verb.hired-to-build',
    cue: /\b(?:hired|hires|hiring|hire|engaged|engages|commissioned|commissions|contracted|contracts)\b/,
    predicate: 'SUPPLIES',
    subject: ['Organization'],
    object: ['Organization'],
    pattern: String.raw`{O}{A}(?:hired|hires|hiring|hire|engaged|engages|commissioned|commissions|contracted|contracts) {S} to (?:help )?(?:build|develop|design|run|provide|supply|deploy|install|operate|implement|roll out|create|modernize|modernise|migrate|host|manage|integrate)\b`,
    confidence: 0.7,
  },
  // "Vandebron, another Praatpaal client": the company's supplier named in its appositive
  {
    id: 'appositive.compound-customer',
    cue: /⟧ (?:customer|client)\b/,
    predicate: 'SUPPLIES',
    object: ['Organization'],
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧), (?:another|a|an|one|the|also a|also an) (?:(?:[\w-]+|⟦L\d+⟧) )?{S} (?:customer|client)\b`,
    confidence: 0.7,
  },
  // "Kestrel Bank, a longtime customer of Zorvex Labs,", "Kestrel Bank is a client of Microsoft":
  // the company whose customer it is supplies it
  {
    id: 'appositive.customer-of',
    cue: /\b(?:customer|client)s? of\b/,
    predicate: 'SUPPLIES',
    subject: ['Organization'],
    object: ['Organization'],
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:,? (?:which|who))?(?:, |{A}(?:is|was|became|becomes|has been|had been|remains|remained) )(?:also )?(?:a|an|the|one|among the|one of the) (?:[\w-]+ ){0,2}?(?:customer|client)s? of {S}(?!'s? ⟦)`,
    confidence: 0.7,
  },
  // "Samsung, which makes memory chips for Nvidia", "builds server racks for cloud providers including A and B"
  {
    id: 'verb.make-for',
    cue: / for /,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:,? which|,? who)?{A}(?:makes|made|make|making|builds|built|build|building|designs|designed|design|designing|co-designs|co-designed|co-design|co-designing|co-develops|co-developed|co-developing|supplies|supplied) (?:[a-z-]+ |[\d.,]+[\w-]* |[A-Z]{2,5} |⟦[Rr]\d+⟧ ){0,3}?(?:chips|semiconductors|processors|GPUs|accelerators|servers|racks|hardware|components|memory|modules|systems|data|displays|batteries|cameras|equipment|infrastructure|data cent(?:er|re)s?|clusters?|supercomputers?|capacity|campus)(?: in (?:the )?⟦L\d+⟧)? for (?:(?:[a-z-]+ ){0,3}?(?:including|such as|like) )?{OL}`,
    confidence: 0.7,
  },
  // "Acme gets its chips from Zeta", "sources its servers from Zeta": the source supplies
  {
    id: 'verb.gets-from',
    cue: /\b(?:gets|got|get|getting|sources|sourced|sourcing|obtains|obtained|procures|procured|buys|bought|buying|purchases|purchased|orders|ordered|receives|received|receive|receiving)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{O}{A}(?:gets|got|get|getting|sources|sourced|sourcing|obtains|obtained|procures|procured|buys|bought|buying|purchases|purchased|orders|ordered|receives|received|receive|receiving) (?:(?:its|their|the|⟦[a-z]\d+⟧'s|most|all|some|much) (?:of )?(?:its |their |the |⟦[a-z]\d+⟧'s )?)?(?:[\w-]+ ){0,2}?(?:chips|GPUs|processors|accelerators|servers|hardware|memory|components|computing power|computing|capacity|cloud services|data|content|articles|images|footage|licensed data|training data) from {SL}`,
    confidence: 0.7,
  },
  // "TSMC makes Zeta's processors", "manufactures most of Zeta's chips": the maker supplies the owner
  {
    id: 'verb.makes-owners-goods',
    cue: /\b(?:makes|made|manufactures|manufactured|produces|produced|fabricates|fabricated|assembles|assembled)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:,? which|,? who)?{A}(?:makes|made|manufactures|manufactured|produces|produced|fabricates|fabricated|assembles|assembled) (?:(?:all|most|many|some|much) of )?(?<o>⟦[Oo]\d+⟧)'s (?:(?:[\w-]+ |⟦[Rr]\d+⟧ ){0,3}?(?:chips|processors|GPUs|accelerators|servers|hardware|components|memory|devices|phones|systems)\b|(?:[\w-]+ ){0,2}?⟦R\d+⟧)`,
    confidence: 0.7,
  },
  // "Zeta is the main supplier of HBM to Acme"
  {
    id: 'appositive.supplier-of-to',
    cue: /\b(?:supplier|provider|vendor|maker)s? of\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:, | (?:is|was|remains|became|has become) )(?:a |an |the |one of the )?(?:[\w-]+ ){0,2}?(?:supplier|provider|vendor)s? of (?:[\w-]+ |⟦[Rr]\d+⟧ ){1,4}?to {OL}`,
    confidence: 0.75,
  },
  // "SK Hynix is the main supplier of high-bandwidth memory for Nvidia's H100": the product's maker
  {
    id: 'appositive.supplier-for-product',
    cue: /\b(?:supplier|provider|vendor)s? of\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:, | (?:is|was|remains|became|has become) )(?:a |an |the |one of the )?(?:[\w-]+ ){0,2}?(?:supplier|provider|vendor)s? of (?:[\w-]+ ){1,4}?for (?<o>⟦[Oo]\d+⟧)'s? (?:[\w-]+ )?⟦[Rr]\d+⟧`,
    confidence: 0.7,
  },
  // "Acme will spend $1 billion on Zeta's cloud services", "pays Zeta for computing": the payee supplies
  {
    id: 'verb.spend-on-supplier',
    cue: /\b(?:spend|spends|spent|spending|pay|pays|paid|paying)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{O}{A}(?:spend|spends|spent|spending|pay|pays|paid|paying)(?: [\w$.,-]+){0,5}? (?:on|for) (?<s>⟦O\d+⟧)'s (?:[\w-]+ |⟦[Rr]\d+⟧ ){0,2}?(?:cloud|computing|chips|GPUs|servers|capacity|services|data cent(?:er|re)s?|infrastructure)\b`,
    confidence: 0.7,
  },
  // "Zeta won a contract to host Acme's models": the contract's winner supplies the owner
  {
    id: 'verb.won-contract-for',
    cue: /\b(?:contract|deal|agreement)s? to\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:won|wins|winning|secured|secures|landed|lands|signed|signs|inked|struck|clinched) (?:a |an |the )?(?:[\w$.,-]+ ){0,4}?(?:contract|deal|agreement)s? to (?:host|supply|provide|build|run|power|serve|train|deliver|manufacture|make) (?:[a-z-]+ ){0,2}?(?<o>⟦O\d+⟧)(?:'s\b| with\b)`,
    confidence: 0.7,
  },
  // "Acme awarded Zeta a $10 million contract", "awarded a contract to build it to a consortium led
  // by Zeta": the one awarded supplies the one awarding
  {
    id: 'verb.awarded-contract',
    cue: /\bawarded\b|\bawards?\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:awarded|awards|award|granted) (?:(?=⟦O\d+⟧ (?:a |an |the )?(?:[\w$.,-]+ ){0,4}?(?:contract|deal|tender|order)s?\b)|(?:a |an |the )?(?:[\w$.,-]+ ){0,4}?(?:contract|deal|tender|order)s? (?:[^⟦⟧;]|⟦[a-zL]\d+⟧){0,80}?\bto (?:a |the )?(?:[\w-]+ ){0,3}?(?:(?:consortium|group|team) (?:led by|of) )?)(?<s>⟦O\d+⟧)`,
    confidence: 0.7,
  },
  // "Zeta won a contract from Acme", "won a tender to build Acme's tax system": the winner supplies
  {
    id: 'verb.won-contract-from',
    cue: /\b(?:won|wins|win|secured|secures|landed|clinched)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}${WON_CONTRACT} from (?:the )?(?:[\w-]+ ){0,2}?{O}`,
    confidence: 0.65,
  },
  {
    id: 'verb.won-contract-for-owner',
    cue: /\b(?:won|wins|win|secured|secures|landed|clinched)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}${WON_CONTRACT} to (?:build|supply|provide|develop|run|design|deliver|install|operate|replace) (?:the |a )?(?:[a-z-]+ ){0,3}?(?<o>⟦[Oo]\d+⟧)'s?`,
    confidence: 0.6,
  },
  // "Acme chose Zeta for the staff tool", "picked Zeta to build its assistant": the chosen vendor supplies
  {
    id: 'verb.chose-vendor',
    cue: /\b(?:chose|chosen|choose|chooses|picked|picks|selected|selects|hired|hires|tapped|taps)\b/,
    predicate: 'SUPPLIES',
    subject: ['Organization'],
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?<!\b(?:but|and|while|whereas) )(?:chose|chosen|choose|chooses|picked|picks|selected|selects|hired|hires|tapped|taps) (?<s>⟦O\d+⟧)(?!'| ⟦) (?:for (?:the |its |their |a )(?:[a-z-]+ ){0,2}?(?:tool|system|project|assistant|platform|contract|work|software|rollout|chatbot|service|deployment)\b|to (?:build|supply|provide|develop|design|deliver|install|replace|integrate)\b|as (?:its|their|the) (?:[a-z-]+ )?(?:supplier|vendor|provider|contractor|integrator)\b)`,
    confidence: 0.6,
  },
  // "Acme will pay Zeta $1 billion a year for access to its cloud", "pay $1 billion a year for a
  // custom version of Zeta's model": who is paid for goods supplies them
  {
    id: 'verb.pay-for-access',
    cue: /\b(?:pay|pays|paid|paying)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:pay|pays|paid|paying) (?<s>⟦O\d+⟧) (?:[^⟦⟧;]){0,40}?\bfor (?:access to|use of|its|their|the|a|an) `,
    confidence: 0.6,
  },
  {
    id: 'verb.pay-for-product',
    cue: /\b(?:pay|pays|paid|paying)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:pay|pays|paid|paying) (?!⟦)(?:(?!licen)[^⟦⟧;]){0,40}?\bfor (?:a |an |the )?(?:(?!licen)[a-z-]+ ){0,3}?(?:version of |access to |use of )?(?<s>⟦O\d+⟧)'s? (?:[\w-]+ |⟦R\d+⟧ ){0,2}?(?:models?|chips?|cloud|software|technology|services|data|capacity|⟦R\d+⟧)`,
    confidence: 0.6,
  },
  // "Zeta will host Acme's models in its data centres": the host supplies
  {
    id: 'verb.host-others',
    cue: /\bhost(?:s|ed|ing)?\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:host|hosts|hosted|hosting) (?<o>⟦[Oo]\d+⟧)'s? (?:[\w-]+ ){0,2}?(?:models|workloads|servers|data|systems|chips|infrastructure|applications|apps|services|computing|equipment)\b`,
    confidence: 0.6,
  },
  // "Acme's model was trained on clinical notes licensed from Zeta": the licensor supplies
  {
    id: 'verb.trained-on-licensed',
    cue: /\blicen[cs]ed from\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:'s? (?:[\w-]+ |⟦R\d+⟧ ){0,3}?)?(?:[^⟦⟧;]|⟦[Rr]\d+⟧){0,60}?\b(?:trained|built|fine-tuned|developed|tuned) (?:[^⟦⟧;]){0,60}?\b(?:data|notes|content|text|texts|articles|archives?|images|photos|videos|recordings|books|transcripts|records|reporting|journalism|music|code|datasets?) (?:licen[cs]ed) from (?:the )?{SL}`,
    confidence: 0.6,
  },
  // "Acme is among the largest buyers of Zeta processors": the seller supplies
  {
    id: 'appositive.buyer-of',
    predicate: 'SUPPLIES',
    // "had become one of the first customers of a new computing service run by SoftBank Corp."
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:is|was|are|were|has been|had been|became|remains|had become|has become) (?:among |one of )?(?:the |a |an )?(?:[\w-]+ ){0,3}?(?:buyers?|customers?|clients?|purchasers?) of (?:(?:a |an |the )?(?:[\w-]+ ){0,4}?(?:service|platform|cloud|offering|product|system|network) (?:run|operated|offered|provided|built|sold) by )?(?:both )?{SL}`,
    confidence: 0.7,
  },
  // "Acme will give Zeta access to 4,000 Nvidia chips": the giver supplies
  {
    id: 'verb.give-access-to',
    cue: /\baccess to\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:give|gives|gave|giving|given|grant|grants|granted|granting|offer|offers|offered|offering|provide|provides|provided|providing) (?:(?:[\w-]+ |⟦L\d+⟧ ){0,3}?)?{OL} (?:with )?access to (?:(?:[^⟦⟧;]|⟦[Oo]\d+⟧){0,40}?)(?:chips|GPUs|processors|accelerators|servers|computing|compute|capacity|cloud|data|models?|⟦[Rr]\d+⟧)`,
    confidence: 0.7,
  },
  // "Acme signed up Zeta as its cloud provider": the company chosen supplies the chooser
  {
    id: 'verb.chose-as-provider',
    cue: /⟧ as /,
    predicate: 'SUPPLIES',
    // ("its cloud provider" is a reference in the template: "⟦o2⟧'s cloud ⟦o3⟧")
    pattern: String.raw`{O}{A}(?:signed up|signs up|signing up|picked|picks|chose|chooses|selected|selects|named|names|tapped|taps|hired|hires|added|adds|brought in|brings in|chosen|selected) {SL} as (?:its |their |a |an |the |one of its |⟦[a-z]\d+⟧'s )(?:[a-z-]+ ){0,3}?(?:(?:providers?|suppliers?|vendors?)\b|⟦o\d+⟧)`,
    confidence: 0.75,
  },
  // "Zeta will provide Acme with 18,000 chips" (an amount of goods), never "with $5 billion"
  {
    id: 'verb.provide-with',
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:'s? {X})?(?:,(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,80}?,)?(?:[^⟦⟧;]{0,60}?)\b(?:provides?|providing|provided|supply|supplies|supplying|supplied|equip|equips|equipping|equipped) (?:(?:[a-z][\w-]*|[A-Z]{2,5}|⟦L\d+⟧) ){0,3}?{OL} with (?![$€£]|US\$|USD|EUR|\d(?![\d,.]*(?: (?:[\w-]+|⟦[A-Za-z]\d+⟧)){0,2} (?:chips|GPUs|processors|servers|accelerators|units|racks|megawatts|gigawatts|MW|GW)\b))`,
    confidence: 0.7,
  },
  // "Amazon, which has invested in Anthropic and supplies it with chips": the relative's verb
  {
    id: 'relative.provide-with',
    cue: /\b(?:which|who)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}, (?:which|who) (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:also )?(?:provides|provided|supplies|supplied|equips|equipped) {OL} with (?![$€£]|US\$|USD|EUR)`,
    confidence: 0.65,
  },
  {
    id: 'passive.licensed-by',
    predicate: 'SUPPLIES',
    pattern: String.raw`{OL}{A}(?:is|was|are|were) licensed by {S}`,
    confidence: 0.8,
  },
  {
    id: 'verb.picked-supplier',
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:was |is |has been )?(?:picked|chosen|selected|named|tapped) as (?:the |a |an |its )?(?:[\w-]+ ){0,2}?(?:supplier|provider|vendor|manufacturer)`,
    implicitObject: 'first',
    confidence: 0.65,
  },
  {
    id: 'appositive.supplier',
    predicate: 'SUPPLIES',
    // "Zeta is the primary cloud provider for Acme": the description may read as a reference to the
    // supplier itself ("cloud ⟦o1⟧"), so a supply noun before it stands for the word
    pattern: String.raw`{S},? (?:is |was |a |an |the |its )*(?:[\w-]+ ){0,2}?(?:(?:supplier|provider|vendor) (?:to|of|for)|(?:cloud|compute|computing|chip|chips|infrastructure|hosting) ⟦o\d+⟧ (?:to|for)) {OL}`,
    confidence: 0.75,
  },
  {
    id: 'verb.make-provider',
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:making|made|makes|make|chose|chosen|picked|selected|named) {S} (?:⟦[a-z]\d+⟧'s|its|their) (?:primary |preferred |main |exclusive |key )?(?:cloud|compute|computing|chip|chips|infrastructure|training)`,
    confidence: 0.8,
  },
  {
    id: 'verb.will-be-provider',
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:'s? ⟦[Rr]\d+⟧)?(?: [a-z-]+){0,4} (?:will be|is|was|became|becomes|has been|remains) {O}'s? (?:exclusive |primary |preferred |main |major |sole |key )?(?:cloud |compute |computing |chip |data |infrastructure )?(?:provider|supplier|vendor)`,
    confidence: 0.75,
  },
  {
    id: 'verb.via-supplier',
    predicate: 'SUPPLIES',
    pattern: String.raw`{BOS}(?<o>⟦[Oo]\d+⟧)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:via|through) {S}'s? ⟦[Rr]\d+⟧`,
    confidence: 0.55,
  },
  {
    id: 'verb.access-supplier',
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:gains?|gained|gaining|has|have|had|got|gets|given|granted|getting) access to {S}'s? (?:[a-z-]+ ){0,2}?(?:cloud|compute|computing|chips?|infrastructure|data centers|data centres|servers|GPUs)`,
    confidence: 0.7,
  },
  {
    id: 'verb.use-supplier',
    predicate: 'SUPPLIES',
    // "Acme runs most of its workloads on Zeta's cloud", "Acme, whose models run on Zeta's cloud",
    // "Acme plans to use Zeta's driving software"
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:, whose (?:[\w-]+ ){1,2}?(?:largely |mostly |all |now )?(?=run)|{A})(?:use|uses|used|using|will use|rely on|relies on|relying on|(?:run|runs|ran|running)(?: (?:most|much|all|many|some|part) of)?(?: (?:its|their|⟦[a-z]\d+⟧'s))?(?: [a-z-]+){0,2}? on) {S}'s? (?:[a-z-]+ ){0,2}?(?:cloud|compute|computing|chips?|infrastructure|data centers|data centres|servers|GPUs|software)\b`,
    confidence: 0.7,
  },
  // "Acme signed capacity deals with Zeta and with Beta", "signed an agreement with Zeta for access
  // to GPUs": a deal for compute makes the counterparty its provider
  {
    id: 'noun.capacity-deal',
    cue: /\b(?:deals?|contracts?|agreements?)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}${SIGNED} (?:(?:capacity|compute|computing|cloud|hosting|supply|chip|GPU|server|data[- ]cent(?:er|re)) ){1,2}(?:deals?|contracts?|agreements?) with {SL}`,
    confidence: 0.65,
  },
  {
    id: 'noun.deal-for-compute',
    cue: /\b(?:deals?|contracts?|agreements?) with\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}${SIGNED} (?:deals?|contracts?|agreements?) with {SL} (?:for|to (?:rent|lease|buy|use|access)) (?:access to |use of )?(?:(?:[\w,.$-]+|⟦[A-Za-z]\d+⟧'s) ){0,10}?(?:capacity|compute|computing|chips|GPUs|TPUs|servers|processors|processing units|accelerators|cloud|data cent(?:er|re)s)\b`,
    confidence: 0.65,
  },
  // "Zeta has been adding capacity after winning large contracts from Acme and Beta"
  {
    id: 'verb.won-contracts-from',
    cue: /\b(?:contracts?|orders?) from\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[a-zPRL]\d+⟧)*?\b(?:won|wins|winning|secured|secures|securing|landed|lands|landing|received|receives|booked|books) (?:[\w$.,-]+ ){0,3}?(?:contracts?|orders?) from {OL}`,
    confidence: 0.6,
  },
  // "Zeta, which manufactures most of Acme's processors": the maker of a company's chips supplies it
  {
    id: 'verb.manufacture-owners-product',
    cue: /\b(?:manufactur|fabricat|produc|packag|assembl)/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:,? which|,? who)?{A}(?:manufactures|manufactured|manufacturing|fabricates|fabricated|fabricating|produces|produced|producing|packages|packaged|packaging|assembles|assembled|assembling) (?:[^⟦⟧;]{0,40}?|(?:⟦R\d+⟧ and )?(?:[a-z-]+ ){0,3}?of )(?<o>⟦O\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:chips|processors|GPUs|accelerators|semiconductors|parts|components|servers|devices|phones|hardware)\b`,
    confidence: 0.7,
  },
  // "Zeta added customers including Acme and Beta", "Acme became a Zeta customer"
  {
    id: 'verb.added-customers',
    cue: /\b(?:customers|clients)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}{A}(?:added|adds|adding|signed up|signs up|won|wins|landed|lands|counts) (?:new |more |major |big |several )?(?:customers|clients),? (?:including|such as|like) {OL}`,
    confidence: 0.65,
  },
  {
    id: 'compound.customer',
    cue: /⟧ (?:customer|client)\b/,
    predicate: 'SUPPLIES',
    // "Fennick Software, which became a Lumora customer in 2024"
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:,? (?:which|who))?{A}(?:is|was|became|becomes|has been|had been|remains|remained) (?:also )?(?:a|an|the) (?:[\w-]+ )?{S} (?:customer|client)\b`,
    confidence: 0.7,
  },
  // "Acme, which raised $14 million in April, counts Beta and the Gamma building society among its
  // customers"
  {
    id: 'verb.counts-among-customers',
    cue: /\b(?:among|as) (?:⟦[a-z]\d+⟧'s |its |their )(?:[a-z]+ )?(?:customers|clients)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`(?<!\b(?:by|from|of|with|to|in|at|for) ){S}{A}(?:counts|counted|count|lists|listed|list|names|named|includes|included) {OL}(?: [a-z][\w-]*){0,3} (?:among|as) (?:⟦[a-z]\d+⟧'s |its |their )(?:[a-z]+ )?(?:customers|clients)\b`,
    confidence: 0.7,
  },
  // "Google Cloud, which also granted the start-up $350,000 in computing credits": credits granted
  // are capacity supplied
  {
    id: 'verb.grant-credits',
    cue: /\bcredits\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{S}(?:,? which|,? who)?{A}(?:granted|grants|gave|gives|provided|provides|offered|offers|awarded|awards|extended) (?:the |a |an )?{O} (?:[\w$.,-]+ ){0,4}?(?:in |of |worth of )?(?:free )?(?:computing|cloud|compute|GPU|AI|research|hosting)(?: computing)? credits\b`,
    confidence: 0.7,
  },
  // "Much of Acme's computing power comes from Zeta": where capacity comes from is a supplier
  {
    id: 'noun.capacity-comes-from',
    cue: /\b(?:comes?|came|coming) (?:[a-z]+ly )?from\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{O}'s? (?:[a-z-]+ ){0,2}?(?:computing power|compute|computing capacity|cloud capacity|capacity|chips|GPUs|processors|servers|infrastructure|electricity|power|data|training data) (?:comes?|came|is coming|has come) (?:[a-z]+ly )?from {XP}?{SL}`,
    confidence: 0.7,
  },
];
