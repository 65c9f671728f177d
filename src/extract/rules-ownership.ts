import type { RelationRule } from './relation-rule.js';

/** Companies something is built with, unless they name a tool: "built with Zeta chips". */
const PARTNER_NOT_TOOL = String.raw`(?<o>⟦[Oo]\d+⟧(?:(?:,? and |, )⟦O\d+⟧)*)(?!'|-| (?:[A-Za-z-]+ )?(?:chips|GPUs|processors|hardware|servers|software|tools|models|technology|systems|engineers)\b)`;

/** Who owns, buys, funds and partners whom. */
/** "buy the Nvidia hardware", "acquire Zeta chips": a company's goods, not the company. */
const NOT_GOODS = String.raw`(?! (?:[\w-]+ )?(?:hardware|chips?|GPUs?|processors?|servers?|systems|products|software|equipment|computers?|accelerators?|devices|licen[cs]es?|capacity|shares|stakes?)\b)`;

/** "has a joint venture with", "set up a $1 billion joint venture with the": its partner follows. */
const FORMED_VENTURE_WITH = String.raw`(?:has|had|have|formed|forms|set up|sets up|created|creates|launched|launches|established|establishes) a (?:[\w$.,-]+ ){0,3}?joint venture with (?:the )?`;

/** What a publisher's titles are called: "the daily El Meridiano", "the business weekly Semana". */
const TITLE_KIND = String.raw`(?:(?:business |financial |news |sports |regional |national |evening |morning |Sunday )?(?:(?:daily|weekly|monthly) (?=newspaper|paper|magazine|tabloid))?(?:daily|weekly|monthly|newspaper|magazine|tabloid|broadsheet|paper|news site|website))`;

/**
 * One rule per pair of a three-member list ("A, B and C"): the pair's slots named `s` and `o`, the
 * third left unnamed (Node 20 allows no name twice in one pattern). `slot(group)` writes a member.
 */
function pairsOfThree(
  slot: (group: 's' | 'o' | undefined) => string,
  rule: (a: string, b: string, c: string, letter: string) => RelationRule,
): RelationRule[] {
  const pairs = [
    ['s', 'o', undefined],
    ['s', undefined, 'o'],
    [undefined, 's', 'o'],
  ] as const;
  return pairs.map(([a, b, c], i) => rule(slot(a), slot(b), slot(c), 'abc'[i] as string));
}

export const OWNERSHIP_RULES: RelationRule[] = [
  // "ByteDance, the parent company of TikTok", "OpenAI, the owner of ChatGPT"
  {
    id: 'appositive.parent',
    predicate: 'PARENT_OF',
    // "Casa Editorial, the Bogotá-based publisher of the daily El Meridiano and the business weekly Semana"
    // ("Acme, Colombia's largest newspaper publisher and the owner of El Tiempo": after a first
    // description)
    pattern: String.raw`{S},? (?:which is )?(?:(?:⟦L\d+⟧'s |the |a )(?:[\w-]+ ){1,4}?and )?(?:the |a |its )?(?:[\w-]+ |⟦L\d+⟧-based ){0,2}?(?:parent(?: company| firm)?|owner|holding company|publisher) of (?:[Tt]he )?(?:${TITLE_KIND} |(?:[a-z-]+ )?(?:app|platform|service|chatbot|brand|website|site|marketplace|game) )?(?<o>⟦[OoRr]\d+⟧(?:, (?:the )?(?:${TITLE_KIND} )?⟦[OoRr]\d+⟧)*(?: and (?:the )?(?:${TITLE_KIND} |⟦o\d+⟧ (?:daily|weekly|monthly) )?⟦[OoRr]\d+⟧)?)`,
    confidence: 0.9,
  },
  // "TikTok-parent ByteDance", "TikTok's parent ByteDance", "Microsoft-owned GitHub"
  {
    id: 'compound.parent',
    predicate: 'PARENT_OF',
    pattern: String.raw`(?<o>⟦[OoRr]\d+⟧)(?:-| ?'s? |\s)(?:parent|owner)(?: company| firm)?,? {S}`,
    confidence: 0.9,
  },
  {
    id: 'compound.owned',
    predicate: 'PARENT_OF',
    // ("AirTrunk, the Blackstone-owned operator, and NextDC": no gap crosses a comma)
    pattern: String.raw`{S}-(?:owned|controlled) (?:[^\s⟦⟧,;]+ ){0,2}?{O}`,
    confidence: 0.85,
  },
  // "has left the TikTok owner": the description stands for the company named just before it
  {
    id: 'compound.owner-description',
    cue: /\b[Tt]he ⟦[RrOo]\d+⟧(?:'s)? (?:owner|parent)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`\b[Tt]he (?<o>⟦[RO]\d+⟧)(?:'s)? (?:owner|parent)\b(?! (?:of\b|company ⟦|⟦))`,
    implicitSubject: 'previous',
    subject: ['Organization'],
    confidence: 0.6,
  },
  // "Google ..., and parent company Alphabet"
  {
    id: 'appositive.parent-company',
    predicate: 'PARENT_OF',
    pattern: String.raw`{BOS}(?<o>⟦[Oo]\d+⟧)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,100}?\b(?:its |and )?parent(?: company| firm)? {S}`,
    confidence: 0.6,
  },
  // "Kestrel AI is Zorvex Labs' cloud subsidiary": the copula puts the unit first
  {
    id: 'copula.possessive-unit',
    cue: /\b(?:subsidiary|unit|arm|division|affiliate)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{O}{A}(?:is|was|became|remains|has become) (?:now |also )?{S}{P} (?:[\w-]+ |⟦L\d+⟧ ){0,3}?(?:subsidiary|unit|arm|division|affiliate)\b`,
    confidence: 0.8,
  },
  // "the organization's for-profit arm, OpenAI Global", "Alibaba's cloud unit Alibaba Cloud"
  {
    id: 'possessive.unit',
    predicate: 'PARENT_OF',
    // a lab named in commas: "Meta's research lab, FAIR, ..." ("at Meta's lab, Moonshot is ..."
    // opens a clause)
    // "Mazovia's Czech subsidiary, Mazovia CZ": a nationality among the modifiers
    pattern: String.raw`{S}{P} (?:[\w-]+ |⟦L\d+⟧ ){0,3}?(?:(?:subsidiary|unit|arm|division|affiliate),? |(?:lab|laboratory)(?: |, (?=⟦[Oo]\d+⟧[,;)]))){O}`,
    confidence: 0.85,
  },
  {
    id: 'appositive.subsidiary',
    predicate: 'PARENT_OF',
    // "Acme LLP and the legal team of Zeta" names two clients, not a unit
    // "Kestrel, now part of Zeta,": only a name right after "part of" ("part of a consortium led by")
    pattern: String.raw`(?<o>⟦[OoRr]\d+⟧),? (?:(?:a |the |an )?(?:(?!and\b|or\b)[\w-]+ ){0,3}?(?:subsidiary|unit|division|arm|team) of (?:the )?(?:⟦[Ll]\d+⟧(?:-based|'s)? |[A-Z][a-z]+ )?(?:[a-z-]+ ){0,4}?|(?:which is |which has been )?(?:now |since \d{4} |already )part of |(?:became|becomes|has become|had become) (?:a )?part of ){S}`,
    confidence: 0.85,
  },
  {
    id: 'verb.subsidiary',
    predicate: 'PARENT_OF',
    // "is a subsidiary of Toronto-listed Andean Peak": where the parent is listed is its own
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:is|was|became|has been transformed into|has become) (?:a |the |an )?(?:[\w-]+ ){0,4}?subsidiary of [^⟦⟧]{0,60}?(?:⟦L\d+⟧-(?:listed|based|headquartered) )?{S}`,
    confidence: 0.7,
  },
  // "Amazon—whose Amazon Web Services", "Alphabet Inc.'s Google"
  {
    id: 'relative.whose',
    predicate: 'PARENT_OF',
    // "Acme, whose backers include Zeta": a company's circle is not what it owns (rules-groups.ts)
    pattern: String.raw`{S}\s?[—–,-]\s?whose (?!(?:[a-z-]+ ){0,3}?(?:backers|investors|shareholders|funders|customers|clients|suppliers|vendors|rivals|competitors|partners)\b){G:3}(?<o>⟦[OoRr]\d+⟧(?:(?:,| and|, and) ⟦[Rr]\d+⟧)*)`,
    confidence: 0.8,
  },
  // "Volcano Engine, ByteDance's cloud unit", "Annapurna Labs, the AWS chip-design team"
  {
    id: 'appositive.unit-of',
    predicate: 'PARENT_OF',
    // "Arm, SoftBank's majority-owned chip designer", "FAIR, Meta's research lab"
    // "Samsung Next, the South Korean electronics giant Samsung's venture arm"
    // (the words before the owner describe it, never open a clause: "Zeta, to run Acme's new unit")
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧), (?:the |a |an )?(?:(?:(?!(?:to|who|which|that|and|but|or|after|before|as|when|while|because|where|with|for|in|on|at|by|from) )[\w-]+ |⟦[Ll]\d+⟧ ){1,4}?(?=⟦[Oo]\d+⟧'s? ))?{S}(?:'s?)? (?:(?:[\w-]+ |⟦L\d+⟧-based ){0,3}?(?:subsidiary|unit|arm|division|affiliate|team|lab|laboratory|venture fund|venture capital fund|investment fund)\b|(?:majority|wholly|fully)[- ]owned\b)`,
    confidence: 0.8,
  },
  // "Centraal Beheer, part of the Achmea group": a company part of a group is its parent's
  {
    id: 'appositive.part-of-group',
    cue: /\bpart of\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:, (?:which is |now |also )?| (?:is|was|has been|became) (?:now |also )?)part of (?:the )?(?:[\w-]+ |⟦[Ll]\d+⟧ ){0,2}?{S}(?:'s)? (?:group|conglomerate|empire|family|stable|portfolio|holding)\b`,
    confidence: 0.75,
  },
  // "Silo AI, the Helsinki lab that chip designer AMD bought last year": an acquisition told in a
  // relative clause after the bought company
  {
    id: 'relative.that-bought',
    cue: /\b(?:that|which) (?:[a-z-]+ ){0,3}?⟦O\d+⟧ (?:bought|acquired|purchased|took over)\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`(?<o>⟦O\d+⟧), (?:the |a |an )(?:[^⟦⟧,;]|⟦[Llo]\d+⟧){1,50}?(?:that|which) (?:[a-z-]+ ){0,3}?{S} (?:bought|acquired|purchased|took over)\b`,
    confidence: 0.75,
  },
  // "Acme also owns the Daily Post", "Lazada is controlled by Acme"
  {
    id: 'verb.own',
    predicate: 'PARENT_OF',
    // "a wholly owned subsidiary of Acme": a participle before a noun describes, it does not own
    pattern: String.raw`{S}{A}(?:owns|owned|controls|controlled|acquired control of)(?! (?:[a-z]+ly )?by\b)(?! (?:[a-z-]+ )?(?:subsidiary|subsidiaries|unit|units|affiliate|affiliates|division|arm|company|companies|enterprise|firm|entity|entities|bank|banks|fund|group|outlet|outlets|media|broadcaster)\b) (?:the )?(?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.75,
  },
  // "Acme belongs to Zeta": the owner
  {
    id: 'verb.belongs-to',
    cue: /\bbelong(?:s|ed)? to\b/,
    predicate: 'PARENT_OF',
    object: ['Organization'],
    pattern: String.raw`{OL}{A}(?:belongs|belonged|belong) to (?:the )?(?:[a-z-]+ ){0,2}?{S}(?!'s? ⟦)`,
    confidence: 0.7,
  },
  // "The venture is 60% owned by Acme and 40% by Zeta": the second owner too
  {
    id: 'passive.own-second',
    cue: /\bowned by\b[^;]* and (?:the (?:remaining|other) )?(?:\d+(?:\.\d+)?(?:%| percent| per cent) )?by\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{O}{A}(?:is|are|was|were|will be|would be|has been) (?:\d+(?:\.\d+)?(?:%| percent| per cent) |jointly |equally )?owned by (?:the )?⟦O\d+⟧ and (?:the (?:remaining|other) )?(?:\d+(?:\.\d+)?(?:%| percent| per cent) )?by (?:the )?{S}`,
    confidence: 0.75,
  },
  // "Acme has a joint venture with Zeta called Beta": both own the venture
  {
    id: 'noun.joint-venture-called',
    cue: /\bjoint venture with ⟦O\d+⟧,? (?:called|named|dubbed|known as)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{S}{A}${FORMED_VENTURE_WITH}⟦O\d+⟧,? (?:called|named|dubbed|known as) {O}`,
    confidence: 0.75,
  },
  {
    id: 'noun.joint-venture-called-partner',
    cue: /\bjoint venture with ⟦O\d+⟧,? (?:called|named|dubbed|known as)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`⟦O\d+⟧{A}${FORMED_VENTURE_WITH}{S},? (?:called|named|dubbed|known as) {O}`,
    confidence: 0.75,
  },
  // "Acme deploys it across its group companies, including the carrier Zeta and Beta"
  {
    id: 'list.group-companies',
    cue: /(?:\bgroup|⟦o\d+⟧) (?:companies|firms|subsidiaries|units|businesses),? (?:including|such as|like)\b/,
    predicate: 'PARENT_OF',
    // the sentence's subject owns them: "its" is often read as the nearer possessor
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?(?:\bits |⟦[a-z]\d+⟧'s )(?:group|⟦o\d+⟧) (?:companies|firms|subsidiaries|units|businesses),? (?:including|such as|like) (?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.7,
  },
  // "Wartsila has approached Zeta about a possible acquisition": an approach is a plan to buy
  {
    id: 'verb.approached-about-acquisition',
    cue: /\bapproach/,
    predicate: 'ACQUIRED',
    modality: 'planned',
    pattern: String.raw`{S}{A}(?:approached|approaches|approach|approaching) (?:the )?{O} (?:about|over|regarding|with) (?:an? |the )?(?:possible |potential |prospective |friendly |formal |informal )?(?:acquisition|takeover|purchase|buyout|deal to buy|offer to buy|sale)\b`,
    confidence: 0.7,
  },
  // "Acme turned down a takeover offer from Zeta", "rejected a $2 billion bid from Zeta": an
  // acquisition refused
  {
    id: 'noun.bid-rejected',
    cue: /\b(?:turned down|rejected|rebuffed|spurned|declined)\b/,
    predicate: 'ACQUIRED',
    modality: 'denied',
    pattern: String.raw`{O}{A}(?:turned down|turns down|rejected|rejects|rebuffed|rebuffs|spurned|spurns|declined|declines) (?:an? |the )?(?:(?:[$€£][\d.,]+ ?(?:billion|million|bn|m)?|[\d.,]+ (?:billion|million)(?: [a-z]+)?|unsolicited|hostile|rival|higher|sweetened|all-cash|cash|earlier|initial|informal) )*(?:(?:takeover|acquisition|buyout|purchase) )?(?:offer|bid|approach|proposal) from (?:the )?{S}`,
    confidence: 0.65,
  },
  // "Acme has made AI central since buying legal-tech start-up Zeta"
  {
    id: 'verb.since-buying',
    cue: /\b(?:since|after|before) (?:buying|acquiring|purchasing|taking over)\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[a-z]\d+⟧)*?\b(?:since|after|before) (?:buying|acquiring|purchasing|taking over) (?:the )?(?:[\w-]+ ){0,3}?{O}(?!'s? |-| (?:chips|GPUs|shares|stakes?|servers|products)\b)`,
    confidence: 0.65,
  },
  // "Zeta is now part of Acme"
  {
    id: 'verb.is-part-of',
    cue: /\bpart of ⟦O/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{O}{A}(?:is|are|was|has been) (?:now |already |also )?(?:a )?part of (?:the )?{S}(?!'s?\b|-| ⟦)`,
    confidence: 0.65,
  },
  {
    id: 'passive.own',
    predicate: 'PARENT_OF',
    // "Slack, now owned by Salesforce": the participle after a comma, with its adverb
    pattern: String.raw`{OL}(?:{A}(?:is|are|was|were|has been|had been)|,(?: (?:now|since|later|then|also|itself|ultimately))?) (?:majority[- ]|wholly[- ]|partly[- ]|largely[- ]|\d+(?:\.\d+)?(?:%| percent| per cent)[- ])?(?:owned|controlled) (?:(?:jointly|equally|partly|largely|indirectly|directly|ultimately) )?by (?:⟦[Ll]\d+⟧'s )?(?:(?:the|a|an) (?:[a-z][\w-]* |⟦[Ll]\d+⟧ ){0,3}?)?{S}`,
    confidence: 0.8,
  },
  {
    id: 'possessive.parent',
    predicate: 'PARENT_OF',
    pattern: String.raw`(?<s>⟦O\d+⟧)'s? (?<o>⟦O\d+⟧)(?! (?:CEO|chief|founder|president))`,
    confidence: 0.6,
  },

  // "Nvidia acquires Run:ai", "agreed to buy"
  {
    id: 'verb.acquire',
    predicate: 'ACQUIRED',
    // "was acquired last year by Zeta": a passive, whatever stands before "by"
    pattern: String.raw`{S}{A}(?<!\b(?:was|were|is|are|be|been|being|get|got|gets) )(?:acquired|acquires|acquire|acquiring|took over|takes over|take over|snapped up|snaps up|absorbed)(?! by\b) (?:what (?:was|is|remained|remains) (?:left )?of |the (?:rest|remainder) of )?(?:[A-Z][a-z]+ (?=[a-z])|⟦L\d+⟧ (?=[a-z]))?(?:(?!stake|shares?|stakes)[a-z-]+ ){0,3}?(?:⟦O\d+⟧-(?:backed|owned|based|led) )?{OL}${NOT_GOODS}`,
  },
  // "Acme bought Zeta"; buying a product is using it, not acquiring it ("stop buying Zeta's chips")
  {
    id: 'verb.buy',
    predicate: 'ACQUIRED',
    object: ['Organization'],
    pattern: String.raw`{S}{A}(?:bought|buys|buy|buying|purchased|purchases|purchase)(?! by\b) (?:what (?:was|is|remained|remains) (?:left )?of |the (?:rest|remainder) of )?(?:[A-Z][a-z]+ (?=[a-z])|⟦L\d+⟧ (?=[a-z]))?(?:(?!stake|shares?|stakes|from\b)[a-z-]+ ){0,3}?{OL}(?!'s? )${NOT_GOODS}`,
  },
  // "Acme is close to a deal to buy Zeta": a takeover not yet agreed
  {
    id: 'noun.near-deal-to-buy',
    cue: /\b(?:deal|agreement)\b/,
    predicate: 'ACQUIRED',
    object: ['Organization'],
    pattern: String.raw`{S}{A}(?:close to|closing in on|nearing|near|negotiating) (?:a |an )?(?:[\w$.,-]+ ){0,3}?(?:deal|agreement) to (?:buy|acquire|take over|purchase) (?:the )?{OL}(?!'s? )`,
    confidence: 0.65,
  },
  {
    id: 'passive.acquire',
    predicate: 'ACQUIRED',
    // "Wiz agreed to be acquired by Google": an agreed sale is an acquisition (ONTOLOGY: agreed to buy)
    pattern: String.raw`{OL}{A}(?:was|were|has been|had been|is being|will be|would be|(?:agreed|agrees|agree|has agreed|had agreed) to be) (?:[a-z]+ ){0,2}?(?:acquired|bought|purchased|taken over|snapped up|scooped up)(?: (?:in|on|last|earlier|this|for) [^⟦⟧,;]{1,30}?)? by {S}`,
  },
  {
    id: 'noun.acquisition',
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{P} (?:[\w$.,-]+ ){0,3}?(?:acquisition|purchase|takeover|buyout) of (?:[A-Z][\w.]* (?=[a-z])|⟦[Ll]\d+⟧ )?(?:[a-z-]+ ){0,3}?{OL}`,
  },
  {
    id: 'noun.acquisition-by',
    predicate: 'ACQUIRED',
    pattern: String.raw`(?:acquisition|purchase|takeover|buyout) of {OL} by {S}`,
  },

  // "Microsoft invested $10 billion in OpenAI", "Google has agreed to invest up to $2 billion into Anthropic"
  {
    id: 'verb.invest',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:invest|invests|invested|investing|poured|pours|pouring|injected|injects|inject|injecting|committed|commits|commit|put|sank|plowed|ploughed)\b[^⟦⟧;]{0,80}?\b(?:in|into|to(?! (?:rent|buy|lease|build|develop|use|train|expand|purchase|hire|pay|deploy|run|secure|access|supply|provide)\b)) (?:the )?(?:[a-z-]+ |⟦L\d+⟧-based ){0,4}?{OL}`,
    confidence: 0.85,
  },
  {
    id: 'verb.back',
    predicate: 'INVESTED_IN',
    // "the state-backed fund Bpifrance", "sovereign wealth fund MGX": "fund" there is a noun
    pattern: String.raw`{SL}{A}(?<!\b(?:pushed|pushes|pushing|push|fought|fights|fighting|hit|hits|hitting|stepped|steps|scaled|scales|rolled|rolls|came|comes|went|got|gets|bounced|bounces|held|holds|pulled|pulls|cut|cuts|paid|pays|pay|paying|bought|buys|brought|brings|bring|bringing|won|wins|win|winning|get|getting|come|coming|give|gives|gave|giving|take|takes|took|taking|hold|holding|claw|clawed|clawing|lure|lured|luring) )(?:backed|backs|back(?! (?:at|on|from|down|off|away|out|into|to)\b)|funded|(?<!(?:-backed|-owned|-run|-based|wealth|hedge|venture|pension|investment|sovereign|index|equity|infrastructure|state|government|national|private|public|new|its|their|the|a|an|local|global|regional|growth|seed|impact|family|tech|corporate|strategic|domestic|foreign|mutual|climate|crossover) )(?:funds|fund)|financed|finances|bankrolled|bankrolls)(?! by\b) (?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Backed by Acme and Zeta, Beta plans to ...": the fronted participle's agents back the
  // sentence's subject
  {
    id: 'passive.back-fronted',
    cue: /^(?:[A-Z][\w-]+ )?(?:[Bb]acked|[Ff]unded|[Ff]inanced|[Bb]ankrolled) by /,
    predicate: 'INVESTED_IN',
    pattern: String.raw`^(?:[A-Z][\w-]+ )?(?:[Bb]acked|[Ff]unded|[Ff]inanced|[Bb]ankrolled) by (?:[a-z-]+ ){0,3}?{SL}, (?:the |a |an )?(?:(?!who |which |that )[\w-]+ ){0,3}?(?<!\b(?:of|at|for|from|with|by|in|on|to|and) ){O}(?!'s? ⟦)(?=,| (?:[a-z]+ )?(?:[a-z]+(?:s|ed)|has|had|is|was|will|would|can|could|plans|now|also)\b)`,
    confidence: 0.75,
  },
  {
    id: 'passive.back',
    predicate: 'INVESTED_IN',
    // "Moonshot, founded by X in 2023, is backed by A and B", "Acme's work is funded largely by
    // Chile's ministry", "backed by the Chinese quantitative hedge fund High-Flyer", "backed by
    // Krakow-based publisher X"
    pattern: String.raw`{OL}(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,80}?,(?= (?:is|was|are|were|has been|had been) ))?(?:'s (?:[a-z]+ ){1,4}?(?=(?:is|was|are|were|has been|had been) ))?,? (?:which (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧)*? and )?(?:which |that |and )?(?:is |was |are |were |has been |had been |being )?(?:[a-z]+ |⟦L\d+⟧ ){0,4}?(?:backed|funded|financed|bankrolled)(?: [a-z]+){0,5}? by (?:[a-z-]+ |(?:Chinese|American|Japanese|Korean|Indian|French|German|British|European|Saudi|Emirati|Qatari|Gulf|Singaporean|Canadian|Israeli|Swiss|Dutch|Swedish|Nordic) |⟦[Ll]\d+⟧(?:'s|-based)? ){0,5}?{SL}`,
    confidence: 0.85,
  },
  // "Nordlys was spun out of Statkraft in 2023, and Statkraft retains a 30% stake", "began as a
  // project at Grab, which spun it off and retains a minority stake": a stake kept in the subject
  {
    id: 'verb.and-retains-stake',
    cue: /\b(?:retains|retained|keeps|kept|holds|owns) (?:a |an )?(?:[\w.%-]+ )?stake\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{BOS}(?<o>⟦[Oo]\d+⟧)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?,? and {S} (?:still )?(?:retains|retained|keeps|kept|holds|owns) (?:a |an )?(?:[\w.%-]+ )?stake\b`,
    confidence: 0.65,
  },
  {
    id: 'relative.retains-stake',
    cue: /\b(?:retains|retained|keeps|kept|holds|owns) (?:a |an )?(?:[\w.%-]+ )?stake\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{BOS}(?<o>⟦[Oo]\d+⟧)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?{S}, which (?:[^;⟦⟧]|⟦[a-z]\d+⟧){0,50}?\band (?:still )?(?:retains|retained|keeps|kept|holds|owns) (?:a |an )?(?:[\w.%-]+ )?stake\b`,
    confidence: 0.65,
  },
  {
    id: 'compound.backed',
    predicate: 'INVESTED_IN',
    // backers listed plainly ("Microsoft- and Nvidia-backed", "Alibaba and Tencent-backed"); in
    // "Alibaba, Tencent and the Aramco-backed fund" only Aramco backs the fund
    pattern: String.raw`(?<s>⟦[OoPp]\d+⟧(?:(?:-?,? and |-?, )⟦[OoPp]\d+⟧)*)-(?:backed|funded|financed) (?:{ADJ} ){0,4}?{O}`,
    confidence: 0.9,
  },
  // "CoreWeave said ..., as the Nvidia-backed cloud provider kept growing": the described company is
  // the one named just before (else the one the story is about)
  {
    id: 'compound.backed-description',
    cue: /⟧-(?:backed|funded|financed) /,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b[Tt]he (?:[\w-]+ )?{SL}-(?:backed|funded|financed) (?:[\w-]+ ){0,3}?{ON}\b(?! ⟦|'s? ⟦)`,
    implicitObject: 'previous',
    object: ['Organization'],
    confidence: 0.6,
  },
  {
    id: 'noun.investment',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{S}{P} (?:[\w$.,-]+ ){0,6}?(?:investment|stake|investments|funding) in (?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Acme, which owns a 49% stake in Zeta", "Acme holds a minority stake in Zeta"
  {
    id: 'verb.hold-stake',
    predicate: 'INVESTED_IN',
    // "SoftBank, which owns a stake in Arm, ...": in a relative clause too
    pattern: String.raw`{SL}(?:,? (?:which|who) (?:also |already |now |still )?|{A})(?:owns|owned|holds|held|took|takes|has taken|has|had|built|amassed|bought|buys|acquired|acquires) (?:an? |the |its )?(?:[\w$.%,-]+ ){0,4}?(?:stake|stakes|shareholding|shares)(?: of [^⟦⟧;]{1,30}?)? in (?:the )?(?:[A-Z][a-z]+ (?=(?:[a-z-]+ )*⟦[a-z]))?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Zeta and the Beta Fund also hold stakes": stakes with no company named are in the one the
  // story named as raising
  {
    id: 'verb.hold-stakes-implicit',
    cue: /\b(?:stakes?|shares)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:also )?(?:hold|holds|held|own|owns|owned) (?:a |small |minority |smaller |minor )*(?:stakes?|shares)(?=[.;,]|$| too\b| as well\b)`,
    implicitObject: 'investee',
    confidence: 0.6,
  },
  // "SoftBank, which owns a controlling stake in Arm": control of a company makes its owner its parent
  {
    id: 'verb.owns-controlling-stake',
    cue: /\b(?:controlling|majority) (?:stake|interest|shareholding)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{SL}(?:,? (?:which|who) (?:also |already |now |still )?|{A})(?:owns|owned|holds|held|has|had|retains|retained|keeps|kept) (?:a |an |the |its )?(?:[\w$.%,-]+ )?(?:controlling|majority) (?:stake|interest|shareholding) in (?:the )?(?:[\w-]+ |⟦L\d+⟧ ){0,3}?{OL}`,
    confidence: 0.75,
  },
  // "Meta agreed to pay $14.3 billion for a 49% stake in Scale AI"
  {
    id: 'verb.pay-for-stake',
    cue: /\bstake in\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:paid|pays|pay|paying|spent|spends|spend|spending|offered|offers) (?:[\w$.,€£-]+ ){0,4}?for (?:a |an |its |the )?(?:[\w%.,-]+ ){0,3}?(?:stake|holding|shareholding) in (?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Databricks, which also drew money from A and B", "the start-up has attracted backing from Zeta"
  {
    id: 'verb.drew-money-from',
    cue: /\b(?:money|funding|investment|backing|capital|cash|financing) from\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{O}(?:,? (?:which|that) |{A})(?:also )?(?:drew|draws|drawn|attracted|attracts|has drawn|has attracted|have attracted|had attracted|won|wins|has won) (?:[\w$.,€£-]+ ){0,4}?(?:money|funding|investment|investments|backing|capital|cash|financing)(?: [a-z]+){0,2}? from (?:investors |backers )?(?:including |such as )?{SL}`,
    confidence: 0.75,
  },
  {
    id: 'noun.investor',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:is|was|are|were|became|becomes|has been|had been|has become|have become|remains) (?:already |also |now )?(?:an |a |the |one of the )?(?:[\w-]+ ){0,3}?(?:investor|investors|backer|backers|shareholder|shareholders|funder) (?:in|of) (?:the )?(?:[a-z-]+ ){0,3}?(?<o>⟦[Oo]\d+⟧(?:(?:,|,? and) in (?:⟦[A-Za-z]\d+⟧-(?:led|backed|owned|based) )?⟦[Oo]\d+⟧)*)`,
    confidence: 0.85,
  },
  // "Google, also an Anthropic investor, declined to comment"
  {
    id: 'appositive.compound-investor',
    cue: /⟧ (?:investor|backer|shareholder)s?\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{S}, (?:also |now |already |itself )?(?:an |a |the |one of the )?(?:[\w-]+ ){0,2}?(?<o>⟦O\d+⟧) (?:investor|backer|shareholder)s?\b`,
    confidence: 0.75,
  },
  // "Microsoft is also a G42 investor"
  {
    id: 'noun.compound-investor',
    cue: /⟧ (?:investor|investors|backer|backers|shareholder|shareholders)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:is|was|are|were|became|becomes|has been|had been|remains) (?:already |also |now |still )?(?:an |a |the |one of the )?(?:[\w-]+ ){0,2}?(?<o>⟦O\d+⟧) (?:investor|investors|backer|backers|shareholder|shareholders)\b`,
    confidence: 0.8,
  },
  // "G42, which is chaired by X, ... and has also invested in the company": a coordinated second verb
  {
    id: 'verb.and-invest',
    // "Acme hired Zeta's chief and took a stake in Beta", "and holds a minority stake in the database company Beta"
    cue: /\band (?:has |have |had )?(?:also |since |later |recently )?(?:invested|backed|funded|took|taken|holds|held|owns|bought|acquired)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*? and (?:has |have |had )?(?:also |since |later |recently )?(?:(?:invested|backed|funded)(?! by\b) (?:[^⟦⟧;]{0,40}? )?(?:in |into )?|(?:took|taken|holds|held|owns|bought|acquired) (?:a |an )(?:[\w$.%,-]+ ){0,3}?stakes? in )(?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.6,
  },
  {
    id: 'appositive.backer',
    predicate: 'INVESTED_IN',
    // the last name of an appositive is not the subject of what follows it
    pattern: String.raw`{S}{NA}, (?:a |an |the |one of the |its )?(?:[\w-]+ ){0,3}?(?:backer|investor|shareholder|funder)s? (?:of|in) (?:the )?(?:⟦[A-Za-z]\d+⟧ (?:creator|maker|developer|owner) )?(?:[a-z-]+ ){0,3}?{O}`,
    confidence: 0.85,
  },
  // "Acme's backers include Zeta", "Acme's largest shareholder, superannuation fund Zeta"
  {
    id: 'possessive.backers',
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)'s? (?:existing |other |new |early |major |biggest |largest )*(?:backers?|investors?|shareholders?|funders?),? (?:which |who )?(?:include |including |such as |like )?(?:[a-z-]+ ){0,3}?{SL}`,
    confidence: 0.85,
  },
  {
    // "raised €40 million from a group led by the NATO Innovation Fund"
    id: 'verb.raise-from',
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧){A}(?:secured|secures|raised|raises|received|receives|got|gets|landed|closed|attracted|took)\b[^⟦⟧;]{0,80}?\b(?:from|with contributions from|with investment from|backed by) (?:[a-z-]+,? ){0,5}?{SL}`,
    confidence: 0.8,
  },
  // "a Series A led by Zeta with local fund Beta and Gamma": the investors the lead is joined by
  {
    id: 'noun.round-led-with',
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:'s)?(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,100}?,)?[^⟦⟧;]{0,80}?(?:round|funding|financing|fundraising|investment|Series [A-H]\d?)[^⟦⟧;]{0,40}?(?:led|co-led) by (?:[\w-]+,? |⟦L\d+⟧-based ){0,6}?⟦[A-Za-z]\d+⟧(?:(?:,? and |, )⟦[A-Za-z]\d+⟧)* with (?:participation from |support from )?(?:the )?(?:[a-z-]+ ){0,3}?{SL}`,
    confidence: 0.75,
  },
  {
    id: 'noun.round-led',
    predicate: 'INVESTED_IN',
    // "a $65 million Series B led by Zeta", "from a group of investors led by Zeta"
    // "Sakana AI, the Tokyo lab founded by A and B, raised money in a round led by C": an appositive may stand between
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:'s)?(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,100}?,)?[^⟦⟧;]{0,80}?(?:round|funding|financing|fundraising|investment|Series [A-H]\d?|syndicate|consortium|group of investors)[^⟦⟧;]{0,40}?(?:led|co-led|managed) by (?:[\w-]+,? |⟦L\d+⟧-based ){0,6}?{SL}`,
    confidence: 0.8,
  },
  // "closing a seed round for her company, Acme, led by Zeta"
  {
    id: 'noun.round-for-company',
    cue: /\b(?:round|funding|financing|Series [A-H]\d?) for\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:round|funding|financing|Series [A-H]\d?) for (?:(?:her|his|its|their|the|⟦[a-z]\d+⟧'s) )?(?:[a-z-]+ ){0,2}?(?:company|start-up|startup|venture|lab|firm),? (?<o>⟦[Oo]\d+⟧),? (?:led|co-led) by (?:[\w-]+,? ){0,3}?{SL}`,
    confidence: 0.75,
  },
  // "Jane Roe, the Zeta partner who led the deal": the partner's firm invested in the story's company
  {
    id: 'noun.partner-who-led',
    cue: /\bwho (?:led|co-led) (?:the|this) (?:deal|round|investment|financing|raise)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<s>⟦O\d+⟧) (?:partner|general partner|managing partner|investor|managing director|principal) who (?:led|co-led) (?:the|this) (?:deal|round|investment|financing|raise)\b`,
    implicitObject: 'investee',
    confidence: 0.65,
  },
  // "Zeta made an early bet on Acme", "wrote the first cheque for Acme", "wrote Acme's first cheque"
  {
    id: 'verb.bet-on',
    cue: /\b(?:bets?|cheque|check)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:(?:made|makes|making|placed|places|placing) (?:an? |its |their )?(?:[a-z-]+ ){0,2}?bets? on|(?:wrote|writes|writing) (?:the |a |an |its |their )?(?:[a-z-]+ ){0,2}?(?:cheque|check) (?:for|to|into)) (?:the )?{O}(?!'s? ⟦)`,
    confidence: 0.7,
  },
  {
    id: 'verb.wrote-cheque-of',
    cue: /\b(?:cheque|check)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:wrote|writes|writing) {O}'s? (?:[a-z-]+ ){0,2}?(?:cheque|check)\b`,
    confidence: 0.7,
  },
  // "Acme's funding came from Zeta"
  {
    id: 'noun.funding-came-from',
    cue: /\bcame from\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:funding|financing|investment|backing|capital|money) (?:has )?(?:came|comes|come|has come) (?:mostly |largely |mainly |chiefly )?from (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.75,
  },
  // "The round, which valued Acme at $1 billion, was led by Zeta": the company valued is the one funded
  {
    id: 'noun.round-valued-led',
    cue: /\bvalu(?:ed|es|ing)\b[^;]*\bled by\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:round|funding|financing|investment|raise|Series [A-H]\d?),? (?:which|that) (?:valued|values|valuing) (?<o>⟦[Oo]\d+⟧) at [^⟦⟧;]{1,40}?,? (?:was |is |has been )?(?:led|co-led) by (?:[\w-]+,? |⟦L\d+⟧-based ){0,4}?{SL}`,
    confidence: 0.8,
  },
  // "Acme said the round was led by Zeta and included Beta": the members after the lead
  {
    id: 'noun.round-led-included',
    cue: /\bled by\b[^;]*\band (?:also )?(?:included|includes|drew in|attracted)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:'s)?[^⟦⟧;]{0,80}?(?:round|funding|financing|investment|Series [A-H]\d?)[^⟦⟧;]{0,40}?(?:led|co-led) by (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧){1,60}? and (?:also )?(?:included|includes|drew in|attracted) (?:[\w-]+ ){0,3}?{SL}`,
    confidence: 0.75,
  },
  // "Acme raised $18 million in a round led by Zeta with participation from Beta and Gamma"
  {
    id: 'noun.round-participation',
    cue: /\bwith (?:participation|investments?|contributions?|backing) (?:from|by)\b/,
    predicate: 'INVESTED_IN',
    // ("Acme led the round, with participation from Zeta": a round's leader did not raise it)
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?![^⟦⟧;]{0,20}?\b(?:led|co-led|leads|headed|joined|participated|backed|invested)\b)(?:'s)?[^⟦⟧;]{0,80}?(?:round|funding|financing|fundraising|Series [A-H]\d?)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,80}?\bwith (?:participation|investments?|contributions?|backing) (?:from|by) (?:[a-z-]+ ){0,3}?{SL}`,
    confidence: 0.75,
  },
  // "raised $30 million in a round that included Zeta", "a financing that also drew Zeta and Beta"
  {
    id: 'noun.round-included',
    cue: /\b(?:round|funding|financing|fundraising|Series [A-H])\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:'s)?(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,100}?,)?[^⟦⟧;]{0,80}?(?:round|funding|financing|fundraising|Series [A-H]\d?),? (?:that|which) (?:also )?(?:included|includes|drew|draws|featured|features|attracted|was joined by) (?:[\w-]+,? ){0,4}?{SL}`,
    confidence: 0.75,
  },
  // "a round that included Nvidia and the three largest Japanese banks, MUFG, SMBC and Mizuho"
  {
    id: 'noun.round-included-group',
    cue: /\b(?:round|funding|financing|fundraising|Series [A-H])\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?:'s)?(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,100}?,)?[^⟦⟧;]{0,80}?(?:round|funding|financing|fundraising|Series [A-H]\d?),? (?:that|which) (?:also )?(?:included|includes|drew|draws|featured|features|attracted|was joined by) (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧){0,60}?\b(?:the )?(?:[\w-]+ ){1,4}?(?:banks|lenders|investors|funds|firms|groups|companies|insurers|conglomerates), {SL}`,
    confidence: 0.75,
  },
  // "Acme, the start-up that has drawn backing from Zeta and Beta", "Acme has received funding from Zeta"
  {
    id: 'verb.backing-from',
    cue: /\b(?:backing|funding|investment|financing|investments) from\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{OL}(?:, (?:a |an |the )(?:[^⟦⟧,;]|⟦[Ll]\d+⟧){1,50}?(?:that|which) |,? (?:which|who) |(?:, (?:both|all) of which)? |{A})(?:also )?(?:has |have |had )?(?:also )?(?:drawn|drew|draws|received|receives|won|wins|secured|secures|attracted|attracts|got|gets|enjoys|enjoyed|landed|lined up) (?:[a-z-]+ ){0,2}?(?:backing|funding|investment|investments|financing) from (?:[a-z-]+ ){0,4}?{SL}`,
    confidence: 0.75,
  },
  {
    id: 'noun.round-by',
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)[^⟦⟧;]{0,80}?(?:round of (?:financing|funding)|funding round|financing round) (?:[a-z]+ ){0,3}?(?:by|from) (?:[\w-]+ ){0,3}?{SL}`,
    confidence: 0.75,
  },
  {
    id: 'compound.led-round',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}-led (?:[\w$.-]+ ){0,4}?(?:round|funding|financing|investment) (?:in|for|of|into) {O}`,
    confidence: 0.85,
  },
  // "SoftBank led a $40 billion funding round in OpenAI"
  {
    id: 'verb.led-round',
    predicate: 'INVESTED_IN',
    // ("is in talks to lead a round": the infinitive too, its modality read from the talks)
    pattern: String.raw`{SL}{A}(?:led|leads|co-led|co-lead|headed|anchored|(?<=\bto )lead)(?! by) (?:a |the |an |its )?(?:[\w$.,€£-]+ ){0,4}?(?:round|funding|financing|investment)(?: round)?(?: (?:of|worth|totaling|totalling) (?:more than |about |nearly |over |up to |roughly )?[\w$.,€£-]+(?: (?:million|billion|bn|mn))?)? (?:in|for|of|into) (?:the )?(?:[a-z-]+ |⟦[Ll]\d+⟧-based ){0,2}?{O}`,
    confidence: 0.85,
  },
  // "raised €180 million in a round led by Zeta, with participation from Beta and existing backer Gamma"
  {
    id: 'noun.participation-from',
    cue: /\bparticipation (?:from|by)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧)(?![^⟦⟧;]{0,20}?\b(?:led|co-led|leads|headed|joined|participated|backed|invested)\b)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:round|funding|financing|raise|raised|investment|Series [A-H]\d?)\b(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\bparticipation (?:from|by) (?:[a-z-]+ ){0,3}?{SL}`,
    confidence: 0.75,
  },
  // "the round included participation from Zeta", "after the investment from Zeta", "..., with
  // Zeta and Beta also participating": money from named backers to the company the story named as
  // raising ("participation from Nvidia's venture arm NVentures": from the arm, not its owner)
  {
    id: 'noun.investment-from',
    cue: /\b(?:participation|investments?) (?:from|by)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:participation|investments?) (?:from|by) (?:[a-z-]+ ){0,2}?(?:⟦O\d+⟧'s? (?:[a-z-]+ ){1,3}?(?=⟦O))?{SL}`,
    implicitObject: 'investee',
    confidence: 0.65,
  },
  {
    id: 'noun.with-participating',
    cue: /\b(?:participating|investing|taking part)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\bwith {SL} (?:also )?(?:participating|investing|joining in|taking part)\b`,
    implicitObject: 'investee',
    confidence: 0.65,
  },
  {
    id: 'list.investors',
    predicate: 'INVESTED_IN',
    // "Acme, whose backers include ...": the company is named, no round is needed (rules-groups.ts)
    pattern: String.raw`(?<!(?:whose|⟧'s?) (?:[a-z-]+ ){0,3})\b(?:[Oo]ther |[Ee]xisting |[Nn]ew )?(?:[Ii]nvestors|[Bb]ackers|[Pp]articipants)(?: in (?:the|this|its|that) (?:[\w$.-]+ ){0,3}?(?:round|financing|funding|raise))?,? (?:include|included|including|are|were)(?: also)? (?:[a-z-]+ ){0,3}?{SL}`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "The project is funded by a $60 million loan from Zeta": money lent or put in by a named backer
  {
    id: 'passive.funded-by-money-from',
    cue: /\b(?:funded|financed|paid for|bankrolled)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:is|was|are|were|will be|would be|being|been) (?:partly |largely |mainly |mostly |fully |jointly )?(?:funded|financed|paid for|bankrolled) (?:partly |largely |mainly |mostly |in part )?(?:by|with|through) (?:a |an )(?:[\w$€£.,-]+ ){0,4}?(?:loan|investment|grant|credit line|credit facility|financing|equity injection) (?:from|by) {SL}`,
    implicitObject: 'salient',
    confidence: 0.6,
  },
  // "raised $40 million alongside existing backer Zeta": a backer already in is a backer of the
  // company raising
  {
    id: 'noun.existing-backer',
    cue: /\b(?:existing|returning|earlier|early|previous) (?:backers?|investors?|shareholders?)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:alongside|with|from|by|joined by|including|and) (?:its |their |the )?(?:existing|returning|earlier|early|previous) (?:backers?|investors?|shareholders?) {SL}`,
    implicitObject: 'investee',
    confidence: 0.65,
  },
  // "Existing Zeta backers A and B will sell their stakes": the company before the noun is backed
  {
    id: 'compound.company-backers',
    cue: /⟧ (?:backers?|investors?|shareholders?) ⟦/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:[Ee]xisting|[Ee]arly|[Ee]arlier|[Ll]ongtime|[Ll]ong-time|[Oo]ther|[Pp]revious|[Ff]ellow) (?<o>⟦O\d+⟧) (?:backers?|investors?|shareholders?) {SL}`,
    confidence: 0.7,
  },
  // "the round also drew existing backers A and B, as well as C"; "attracted investors such as A"
  {
    id: 'verb.drew-backers',
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:drew|draws|drawn|attracted|attracts|brought in|brings in|featured|features|pulled in|lured)(?: in)? (?:[a-z-]+ ){0,2}?(?:backers|investors|shareholders|funders)(?:,? (?:such as|like|including))? {SL}`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "Acme has been among the most active investors ..., also backing A, B and C"
  {
    id: 'verb.also-backing',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?, (?:also |and |including )?(?:backing|funding|investing in|bankrolling) (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.65,
  },
  {
    id: 'verb.participate',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:also )?(?:participated|participates|took part|takes part|joined|joins|invested) in (?:the |this |its )?(?:[a-z-]+ |Series [A-H]\d? ){0,3}?(?:round|funding|financing|raise|fundraising)`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "a seed round led by Point Nine, with Amazon's Alexa Fund participating": the round's investee
  {
    id: 'verb.with-participating',
    cue: /\b(?:round|funding|financing|raise|fundraising|Series [A-H])\b[^;]*\bwith\b[^;]*\b(?:participating|taking part|joining)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\bwith (?:(?:existing|new|other) (?:backers?|investors?) )?(?:[A-Za-z-]+ ){0,4}?(?:⟦O\d+⟧'s? )?{SL} (?:also )?(?:participating|taking part|joining)\b`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "co-led by Acme, with Beta, Gamma and Delta among the other investors"
  {
    id: 'list.among-investors',
    cue: /\bamong (?:the )?(?:other |its |their |existing |new )?(?:investors|backers|participants)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\bwith {SL} among (?:the )?(?:other |its |their |existing |new )?(?:investors|backers|participants)\b`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "Khazanah Nasional, Malaysia's sovereign wealth fund, and Openspace also invested."
  {
    id: 'verb.also-invested',
    cue: /\balso (?:invested|participated|took part|joined in)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}also (?:invested|participated|took part|joined in)(?: again)?(?= ?[.,;]| in the (?:round|financing|funding)\b)`,
    implicitObject: 'investee',
    confidence: 0.65,
  },
  // "Acme and Zeta will jointly develop a model", "Acme and Zeta are building it together"
  {
    id: 'verb.pair-jointly',
    cue: /\b(?:jointly|together)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`(?<!\b(?:with|against|from|of|by) )(?<s>⟦[Oo]\d+⟧) and (?<o>⟦[Oo]\d+⟧)(?: (?:will|would|have|has|had|are|were|been|plan to|plans to|agreed to|also))* (?:jointly (?:[a-z]+)|(?:develop|developed|build|built|building|developing|work|worked|working|market|sell|offer|run|operate|fund)(?: [\w-]+){0,4}? together)\b`,
    confidence: 0.7,
  },
  // "Zeta led Acme's $50 million Series B", "Zeta co-led the round": leading a round is investing
  // in the company raising it (named as its possessor, else the one the story named as raising)
  {
    id: 'verb.led-round-possessor',
    cue: /\b(?:led|co-led|leads|co-leads|lead|co-lead|headed|anchored|spearheaded|joined|joins|join|participated|participates|participate|took part|takes part|take part)\b/,
    predicate: 'INVESTED_IN',
    // "returned to lead Acme's Series C", "joined Acme's funding round", "participated in Acme's Series A"
    pattern: String.raw`{SL}{A}(?:led|co-led|leads|co-leads|lead|co-lead|headed|anchored|spearheaded|joined|joins|join|(?:participated|participates|participate|took part|takes part|take part) in) (?:(?<o>⟦O\d+⟧)'s? |⟦o\d+⟧'s? |the |a |an |its |this )?(?:[\w$.,-]+ ){0,4}?(?:round|funding|financing|fundraising|raise|Series [A-H]\d?)\b(?! (?:in|for|into|of) )`,
    implicitObject: 'investee',
    confidence: 0.75,
  },
  // "Nvidia and AMD are also expected to invest", "with Alibaba also taking a minority stake": the
  // company money goes to is the one the story has just named as raising
  {
    id: 'verb.to-invest-round',
    cue: /\b(?:invest|participate|taking|take|took)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:(?:expected|set|planning|plans|plan|poised|likely|due|in talks|agreed|agrees) to (?:invest|participate|take part)\b(?![^.;⟦⟧]{0,60}\b(?:in|into)\b)|(?<=\bwith ⟦[A-Za-z]\d+⟧ (?:also )?)taking (?:a|an) (?:[\w-]+ ){0,2}?stake\b(?! in\b))`,
    implicitObject: 'investee',
    confidence: 0.65,
  },
  {
    id: 'verb.fundraising-managed',
    predicate: 'INVESTED_IN',
    // (not "Acme's funding round was led by Zeta": the round's company is named)
    pattern: String.raw`(?<!⟦[Oo]\d+⟧'s? (?:[\w$€£.,-]+ ){0,4}?)(?:fundraising|round|funding|financing|Series [A-H]\d?) (?:was |is |has been )?(?:led|co-led|managed) by (?:[\w-]+,? ){0,5}?{SL}`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  {
    id: 'verb.provide-money',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{S}{A}(?:provide[sd]?|providing|gave|give[sn]?|giving|handed) (?:[^⟦⟧;]{0,40}?{XP})?(?:[^⟦⟧;]{0,40}?){O},? with (?:an? )?(?:additional |further )?(?:US|USD |EUR |€|£)?[$€£\d](?![\d,.]*(?: [\w-]+){0,2} (?:chips|GPUs|processors|servers|accelerators|units|racks|megawatts|gigawatts|MW|GW)\b)`,
    confidence: 0.75,
  },
  {
    id: 'noun.backer-of',
    predicate: 'INVESTED_IN',
    pattern: String.raw`{S}{A}(?:is|was|became) (?:a |an |the )?(?:co-founder|cofounder|founder) and (?:early )?(?:backer|investor|funder) of {O}`,
    confidence: 0.85,
  },

  // "Acme bought the Zorb app for $19 billion": a price makes buying a product an acquisition
  {
    id: 'verb.buy-for-price',
    predicate: 'ACQUIRED',
    cue: /\bfor (?:about |roughly |around |some |nearly |more than |almost )?(?:US)?[$€£¥]/,
    pattern: String.raw`{S}{A}(?:bought|buys|purchased|acquired|acquires) (?<o>⟦R\d+⟧) for (?:about |roughly |around |some |nearly |more than |almost )?(?:US)?[$€£¥]`,
    confidence: 0.75,
  },
  // "Acme, which owns roughly 6 per cent of Zeta", "holds 49% of Zeta"
  {
    id: 'verb.own-percent',
    predicate: 'INVESTED_IN',
    cue: /(?:%|per ?cent|percent) (?:stake )?(?:of|in)\b/,
    pattern: String.raw`{SL}{A}(?:owns|owned|holds|held|controls|took|takes|bought|acquired) (?:a |an )?(?:roughly |about |around |nearly |almost |some |more than |less than |just under |just over |up to )?[\d.]+ ?(?:%|per ?cent|percent) (?:stake )?(?:of|in) (?:the )?{O}`,
    confidence: 0.8,
  },
  // "Zeta, in which Acme holds a stake of about 27%", "in which it has invested $13 billion"
  {
    id: 'relative.in-which',
    cue: /\bin which\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{O}(?:, (?:the |a |an )(?:[\w-]+ |⟦[A-Za-z]\d+⟧ ){0,4}?|,? )in which {S} (?:[a-z]+ ){0,2}?(?:holds|held|owns|owned|has|had|took|invested|has invested|had invested|bought)\b(?: (?:an? |its )?(?:[\w$.%,-]+ ){0,3}?(?:stake|shares?|billion|million|bn|\$))?`,
    confidence: 0.8,
  },
  // "Acme, Zeta's largest shareholder", "Beta, one of its biggest investors"
  {
    id: 'appositive.possessive-investor',
    cue: /\b(?:investors?|backers?|shareholders?|funders?)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{S}, (?:(?:one|two|three) of |among )?(?:the )?(?<o>⟦[Oo]\d+⟧)'s? (?:[\w-]+ ){0,2}?(?:investors?|backers?|shareholders?|funders?)\b`,
    confidence: 0.8,
  },
  // "Zeta, the Acme-backed start-up": the backer named inside an appositive
  {
    id: 'appositive.backed',
    cue: /⟧-(?:backed|funded|financed)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`(?<o>⟦[Oo]\d+⟧), (?:the |a |an )(?:[\w-]+ ){0,2}?{SL}-(?:backed|funded|financed)\b`,
    confidence: 0.85,
  },
  // "Existing investors A, B and C also took part": the list names the backers of the round
  {
    id: 'list.investors-took-part',
    cue: /\b(?:took part|participated|joined|chipped in|contributed|invested|returned|came back|re-?invested)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`\b(?:[Ee]xisting|[Oo]ther|[Nn]ew|[Ee]arlier|[Rr]eturning) (?:investors|backers|shareholders) {SL},? (?:also )?(?:took part|participated|joined|chipped in|contributed|invested|returned|came back|re-invested|reinvested)\b`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "NVentures and Salesforce Ventures joined as new investors": the round at hand
  {
    id: 'list.joined-as-investors',
    cue: /\b(?:joined|came in|signed on|invested) as\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{SL}{A}(?:joined|join|joins|came in|signed on|invested) as (?:new |first-time |strategic |minority )?(?:investors|backers|shareholders|investor|backer|shareholder)\b`,
    implicitObject: 'investee',
    confidence: 0.7,
  },
  // "Nvidia also participated." after a funding sentence: a bare participation joins the last round
  {
    id: 'verb.participated-bare',
    cue: /\b(?:participated|took part|chipped in)\.?$/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`^{SL}{A}(?:participated|took part|chipped in)(?: too| as well)?\.?$`,
    implicitObject: 'investee',
    confidence: 0.6,
  },
  // "Acme has walked away from talks to acquire Zeta", "was in discussions to buy Zeta": the
  // modality comes from the cues (talks: planned; walked away, never: denied)
  {
    id: 'noun.talks-to-acquire',
    cue: /\b(?:talks|discussions|negotiations) (?:to|about|over) /,
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{A}(?:[a-z-]+ ){0,3}?(?:talks|discussions|negotiations) (?:to|about|over) (?:(?:acquire|acquiring|buy|buying|purchase|purchasing|take over|taking over)|(?:an? |the |its )?(?:[\w$.-]+ ){0,2}?(?:acquisition|purchase|takeover) of) (?:[a-z-]+ |⟦[Ll]\d+⟧(?:-based)? ){0,3}?{OL}`,
    confidence: 0.7,
  },
  // "Acme completed the acquisition of Zeta", "announced its $2 billion purchase of Zeta"
  {
    id: 'verb.complete-acquisition',
    cue: /\b(?:acquisition|purchase|takeover|buyout) of\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{A}(?:completed|completes|closed|closes|finalized|finalised|finalizes|finalises|sealed|seals|announced|announces) (?:the |its |a |an |⟦[a-z]\d+⟧'s )?(?:[\w$.,-]+ ){0,3}?(?:acquisition|purchase|takeover|buyout) of (?:[A-Z][\w.]* (?=[a-z])|⟦[Ll]\d+⟧ )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Saab, the Swedish defence group that bought a stake in Zeta"
  {
    id: 'appositive.that-took-stake',
    cue: /\b(?:that|which) (?:[a-z]+ )?(?:bought|acquired|took|holds|owns|has)\b/,
    predicate: 'INVESTED_IN',
    pattern: String.raw`{S}, (?:the |a |an )(?:[^⟦⟧,;]|⟦[a-z]\d+⟧){1,50}?(?:that|which) (?:[a-z]+ )?(?:bought|acquired|took|holds|held|owns|owned|has|had) (?:a |an )?(?:[\w$.%,-]+ ){0,3}?(?:stake|stakes|shareholding)(?: of [^⟦⟧;]{1,30}?)? in {O}`,
    confidence: 0.8,
  },
  // "Nvidia has invested in dozens of AI start-ups, including Zeta and Beta"
  {
    id: 'verb.invest-including',
    cue: /\b(?:invested|invests|backed|backs|funded|funds|poured|pours|pumped|pumps|plowed|ploughed)\b[^;]*\b(?:including|such as|like|among them)\b/,
    predicate: 'INVESTED_IN',
    // "has poured money into dozens of start-ups, including A and B"
    pattern: String.raw`{SL}{A}(?:invested|invests|backed|backs|funded|funds|(?:poured|pours|pumped|pumps|plowed|ploughed) (?:[\w$.,-]+ ){1,4}?into) (?:in )?(?:[^⟦⟧;]{0,60}?)\b(?:companies|start-?ups|firms|labs|developers|businesses|ventures)\b(?:[^⟦⟧;]{0,40}?),? (?:including|such as|like|among them) {OL}`,
    confidence: 0.7,
  },
  // "Waymo, the Alphabet-owned leader", "Instagram, the photo-sharing app owned by Meta"
  {
    id: 'appositive.owned',
    cue: /\b(?:owned|controlled)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`(?<o>⟦[OoRr]\d+⟧), (?:the |a |an )(?:[\w-]+ ){0,3}?{S}-(?:owned|controlled)\b`,
    confidence: 0.8,
  },
  // "Dow Jones and the New York Post, both owned by News Corp": each member of the list
  {
    id: 'appositive.list-owned-by',
    cue: /\b(?:both|all|each) (?:\w+ )?(?:owned|controlled) by\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{OL}, (?:both|all(?: two| three| four| five)?|each) (?:(?:majority-|wholly |partly |jointly )?owned|controlled) by (?:the )?{S}`,
    confidence: 0.75,
  },
  // "Acme is weighing a bid for Zeta", "made a $2 billion offer for Zeta": an acquisition planned
  {
    id: 'noun.bid-for',
    cue: /\b(?:bid|offer) for\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{A}(?:weighing|weighs|considering|considers|mulling|mulls|exploring|explores|preparing|prepares|made|makes|making|launched|launches|submitted|submits|tabled|tables|placed|places|put in|puts in|announced|announces) (?:a |an |its )?(?:[\w$.,€£-]+ ){0,4}?(?:bid|offer|takeover bid|takeover offer|buyout offer) for (?:the )?(?:[a-z-]+ |⟦L\d+⟧(?:-based)? ){0,3}?{O}`,
    modality: 'planned',
    confidence: 0.7,
  },
  {
    id: 'appositive.owned-by',
    cue: /\b(?:owned|controlled) by\b/,
    predicate: 'PARENT_OF',
    // "Humain, a new AI company owned by the kingdom's Public Investment Fund"
    pattern: String.raw`(?<o>⟦[OoRr]\d+⟧), (?:the |a |an )(?:[\w-]+ |⟦[oL]\d+⟧ ){0,4}?(?:(?:majority-|wholly |partly |jointly )?owned|controlled) by (?:the |its )?(?:[a-z-]+(?:'s)? ){0,2}?{SL}`,
    confidence: 0.8,
  },
  // "Arm, the chip architecture company that SoftBank controls"
  {
    id: 'appositive.that-owns',
    cue: /\b(?:that|which) ⟦[A-Za-z]\d+⟧ (?:also )?(?:owns|controls)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`(?<o>⟦[OoRr]\d+⟧), (?:(?:the |a |an )(?:[^⟦⟧,;]|⟦[a-z]\d+⟧){1,40}?)?(?:that|which) {S} (?:also )?(?:owns|controls)\b`,
    confidence: 0.75,
  },

  // "Meta partnered with Microsoft", "a new partnership with French start-up Mistral AI"
  {
    id: 'verb.partner',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{SL}{A}(?:partnered|partners|partner|partnering|teamed up|teams up|team up|teaming up|teamed|teams|teaming|tied up|ties up|tie up|tying up|joined forces|joins forces|join forces|allied|collaborated|collaborates|collaborate|collaborating|working|worked|works|work|cooperating|cooperated) (?:[a-z]+ ){0,1}?with (?:[\w-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Microsoft and G42 are working with EcoCloud": the two work together as well (a plural verb:
  // in "Microsoft has backed Zeta and Google has partnered with Beta" no list is the subject)
  {
    id: 'verb.partner-together',
    cue: /⟧,? and (?:[\w-]+ |⟦L\d+⟧(?:'s|-based) ){0,2}?⟦O\d+⟧(?:,[^⟦⟧,]{1,40},)? (?:are|were|have|had|will|would)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{SL}(?:,[^⟦⟧,]{1,40},)? (?:are|were|have|had|will|would) (?:also |now |been |be |already |jointly )*(?:partnering|partnered|partner|teaming up|teamed up|team up|joining forces|joined forces|join forces|working|worked|work|collaborating|collaborated|collaborate|cooperating|cooperated|cooperate) (?:[a-z]+ )?with (?:[\w-]+ ){0,3}?{OL}`,
    membersPartner: 'subject',
    confidence: 0.75,
  },
  // "MGX is part of a consortium with BlackRock and Microsoft": members of one consortium
  {
    id: 'noun.consortium-with',
    cue: /\b(?:consortium|consortia|coalition|alliance|joint venture|group) (?:with|alongside|that includes|including)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{BOS}{S}(?:(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*? and)?{A}(?:is|was|are|were|became|has been|had been|remains|joined|joins|formed|forms|leads|led|heads|headed) (?:also )?(?:part of |a member of |members of )?(?:a |an |the )?(?:[\w$.,-]+ ){0,3}?(?:consortium|consortia|coalition|alliance|joint venture|group) (?:with|alongside|that includes|including) (?:[\w-]+ ){0,2}?{OL}`,
    membersPartner: 'object',
    confidence: 0.7,
  },
  // "a collaboration between EPFL in Lausanne, ETH Zurich and the Swiss National Supercomputing
  // Centre": three or more partners, each a partner of the others
  {
    id: 'noun.partnership-among',
    cue: /\b(?:between|among|involving)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`(?:partnership|collaboration|alliance|joint venture|consortium|joint project|joint effort|tie-up) (?:(?:announced|signed|struck|formed|agreed|unveiled) (?:[a-z]+ ){0,3}?)?(?:between|among|involving) (?:⟦[Ll]\d+⟧'s |the )?{S}(?: in ⟦L\d+⟧)?, (?:the )?{OL}`,
    membersPartner: 'object',
    confidence: 0.75,
  },
  // "G42 will build a computing cluster with OpenAI and Oracle": companies that build together
  // ("built it with Nvidia chips" names what it was built with)
  {
    id: 'verb.build-with',
    cue: /\b(?:with|alongside)\b/,
    predicate: 'PARTNERED_WITH',
    object: ['Organization'],
    pattern: String.raw`{SL}{A}(?:build|builds|built|building|develop|develops|developed|developing|co-develop|co-develops|co-developed|construct|constructs|constructed|constructing) (?:a |an |the |its |their )?(?:[\w$.,-]+ ){0,5}?(?:with|alongside|together with) {OL}(?!'s?\b|-| (?:chips|GPUs|processors|accelerators|technology|models?|software|hardware|tools|help|funding|money|support|servers|systems|data)\b)`,
    confidence: 0.65,
  },
  // "Cisco and SoftBank have also signed on as partners": partners of the story's company
  {
    id: 'verb.signed-on-as-partners',
    cue: /\b(?:signed on|joined|came on board|come on board) as\b/,
    predicate: 'PARTNERED_WITH',
    // (a later member alone is no subject: "Cisco and SoftBank" are not each other's partners)
    pattern: String.raw`(?<!⟧(?:,|,? and) ){SL}{A}(?:signed on|joined|came on board|come on board) as (?:new |strategic |technology |launch |founding )?(?:partners|partner)\b`,
    implicitObject: 'salient',
    object: ['Organization'],
    confidence: 0.6,
  },
  {
    id: 'noun.partnership-with',
    predicate: 'PARTNERED_WITH',
    // an appositive with a place or a person may stand between ("Acme, the Osaka-based drugmaker, signed");
    // "competes for contracts with rivals A and B" names rivals, not partners; "a contract with
    // Hanoi-based start-up Zeta" a partner with its place
    pattern: String.raw`{S}(?:{P}|(?!'s )(?:(?!,? and\b)(?:[^⟦⟧;]|⟦[LlP]\d+⟧)){0,90}?\b(?:announced|announces|announce|signed|signs|sign|struck|strikes|strike|inked|inks|ink|unveiled|unveil|formed|form|forged|forge|sealed|seal|entered into|enter into|extending|extended|extend|expanded|expand|has|have|had|reached|reach|agreed to|(?:is|are|was|were|became) (?:also )?(?:part|members?) of|(?:(?:is|are|was|were|remains|remained|stays|stayed) )?["“]?committed to))? (?:a |an |its |the |their |our |⟦[a-z]\d+⟧'s )?(?:[\w$.,-]+ ){0,4}?(?:partnerships?|collaborations?|alliances?|deals?|agreements?|arrangements?|contracts?|consortium|consortia|tie-ups?|pacts?|joint ventures?|memorand(?:um|a) of understanding|MoUs?|letters? of intent)(?: to [a-z]+(?: [a-z-]+){0,3}?)? with (?!(?:[\w-]+ ){0,3}?(?:rivals?|competitors?)\b)(?:⟦[Ll]\d+⟧(?:-based|-headquartered)? )?(?:[\w-]+ ){0,3}?(?:[\w-]+,? (?:including|such as|like) )?{OL}`,
    confidence: 0.8,
  },
  // "a collaboration between ETH Zurich, Lausanne-based EPFL and the CSCS": each pair of three
  ...pairsOfThree(
    (group) =>
      `(?:the )?(?:⟦[Ll]\\d+⟧(?:-based|'s) )?${group ? `(?<${group}>⟦O\\d+⟧)` : '⟦O\\d+⟧'}`,
    (a, b, c, letter) => ({
      id: `noun.partnership-between-three-${letter}`,
      cue: /\b(?:partnership|collaboration|alliance|joint venture|consortium) between\b/,
      predicate: 'PARTNERED_WITH',
      pattern: `(?:partnership|collaboration|alliance|joint venture|consortium) between ${a}, ${b},? and ${c}`,
      confidence: 0.8,
    }),
  ),
  // "Acme, Zeta and Beta launched a consortium to ...": each pair of three that formed one
  ...pairsOfThree(
    (group) => (group ? `(?<${group}>⟦O\\d+⟧)` : '⟦O\\d+⟧'),
    (a, b, c, letter) => ({
      id: `verb.three-formed-${letter}`,
      cue: /\b(?:partnership|collaboration|alliance|joint venture|consortium)\b/,
      predicate: 'PARTNERED_WITH',
      pattern: `(?<!\\b(?:by|from|of|to|in|for|with|between) )${a}, ${b},? and ${c}(?: (?:will|would|have|has|had|are|were|also|jointly|together|plan to|plans to|agreed to))* (?:formed|form|forming|launched|launch|launching|set up|setting up|created|create|creating|established|establish|signed|sign|announced|announce|struck)(?: [\\w$.,-]+){0,4}? (?:partnership|collaboration|alliance|joint venture|consortium)\\b`,
      confidence: 0.75,
    }),
  ),
  // "A, B and C named five sites for their joint data centre project": each pair of three
  ...pairsOfThree(
    (group) => (group ? `(?<${group}>⟦O\\d+⟧)` : '⟦O\\d+⟧'),
    (a, b, c, letter) => ({
      id: `noun.three-joint-project-${letter}`,
      cue: /\btheir (?:joint|shared|⟦R\d+⟧)\b/,
      predicate: 'PARTNERED_WITH',
      pattern: `(?<!\\b(?:by|from|of|to|in|for|with|between|including) )${a}, ${b},? and ${c}(?:[^⟦⟧;]){1,80}?\\btheir (?:joint |shared |⟦R\\d+⟧ )(?:[a-z-]+ ){0,2}?(?:project|venture|initiative|programme|program|company|bid|data cent(?:re|er))s?\\b`,
      confidence: 0.65,
    }),
  ),
  // "the joint venture owned by Acme and Zeta", "Acme and Zeta's joint venture": its owners are partners
  {
    id: 'noun.joint-venture-owners',
    cue: /\bjoint venture\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`\bjoint ventures? (?:(?:owned|formed|created|set up|run|backed|established) (?:jointly )?by|of) (?:⟦[Ll]\d+⟧'s )?{S} and (?:⟦[Ll]\d+⟧'s )?{O}`,
    confidence: 0.75,
  },
  {
    id: 'noun.pair-joint-venture',
    cue: /\bjoint venture\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`(?<!\b(?:by|from|of|to|in|for|with|between) ){S} and {O}'s? (?:[a-z-]+ )?joint ventures?\b`,
    confidence: 0.75,
  },
  // "Acme said Zeta had become a key partner"
  {
    id: 'verb.said-became-partner',
    cue: /\bbecome (?:a |an |its |their )?(?:[a-z]+ )?partner\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:said|says|added|noted) (?:that )?{O} (?:had|has|have|would|will) (?:become|be) (?:a |an |its |their )?(?:[a-z]+ )?partner\b`,
    confidence: 0.6,
  },
  {
    id: 'noun.partnership-between',
    predicate: 'PARTNERED_WITH',
    // "a partnership announced last year between Meta and Jio's parent, Reliance Industries"
    pattern: String.raw`(?:partnership|collaboration|alliance|deal|agreement|tie-up|pact|joint venture) (?:(?:announced|signed|struck|formed|agreed|unveiled) (?:[a-z]+ ){0,3}?)?(?:between|(?<=joint venture )of) (?:⟦[Ll]\d+⟧'s )?{S} and (?:⟦[Ll]\d+⟧'s )?(?:⟦O\d+⟧'s (?:parent|owner|parent company|holding company),? )?{O}`,
    confidence: 0.85,
  },
  // "Nvidia and Foxconn are collaborating to build ...": a pair that works together, with no third
  {
    id: 'verb.pair-collaborate',
    cue: /\b(?:collaborat|partner|team|work(?:ing|ed)? together|cooperat|co-operat|join)/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`(?<!\b(?:by|from|of|to|in|for|with|between) ){S} and {O}{A}(?:(?:are|were|have been|had been|will be|would be|will|would|plan to|plans to|agreed to|agree to) )?(?:collaborating|collaborate|collaborated|partnering|partnered|teaming up|team up|teamed up|working together|work together|worked together|cooperating|cooperate|cooperated|co-operating|joining forces|join forces|joined forces)\b(?! with\b)`,
    confidence: 0.75,
  },
  // "Under a licensing agreement with Reddit, Google gains access to its posts": a fronted deal
  {
    id: 'fronted.agreement-with',
    cue: /^\W*(?:Under|Through|Via|As part of|In) /,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`^\W*(?:Under|Through|Via|As part of|In) (?:a|an|the|its|their|⟦[a-z]\d+⟧'s) (?:[\w$.,-]+ ){0,3}?(?:agreement|deal|partnership|pact|arrangement|collaboration|tie-up|alliance) with {SL}, (?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.7,
  },
  {
    id: 'verb.pair-deal',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`(?<!\b(?:by|from|of|to|in|for|with|between) ){S} and {O}{A}(?:said|announced|have|had|signed|formed|are|struck|inked|set up|created|launched|established|ended|terminated|dissolved|scrapped)[^⟦⟧;]{0,40}?(?:partnership|collaboration|deal|alliance|agreement|joint venture|pact|tie-up|memorand(?:um|a) of understanding|MoU|letter of intent|(?<!\bas )partners\b)`,
    confidence: 0.75,
  },
  // "Telia will distribute Acme's models", "Zeta resells Acme's software": a distribution deal
  {
    id: 'verb.distribute',
    cue: /\b(?:distribut|resell|resold)/,
    predicate: 'PARTNERED_WITH',
    object: ['Organization'],
    pattern: String.raw`{S}{A}(?:distribute|distributes|distributed|distributing|resell|resells|resold|reselling) (?=⟦O\d+⟧'s? (?:[\w-]+ ){0,2}?(?:models?|software|products?|tools?|services?|apps?|chips?|technology|⟦R\d+⟧)|⟦O\d+⟧(?! ⟦|'))(?<o>⟦O\d+⟧)`,
    confidence: 0.65,
  },
  // "Microsoft and G42 said they would build a data centre": a joint undertaking of the pair
  {
    id: 'verb.pair-would-build',
    cue: /\b(?:they|the two|the companies|the pair) (?:would|will|plan to|planned to|are to|were to|intend to|agreed to)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`(?<!\b(?:by|from|of|to|in|for|with|between) ){S} and (?:the )?(?:⟦[Ll]\d+⟧(?:-based|'s) )?{O}{A}(?:said|say|says|announced|announce|agreed|agree)(?: [\w-]+){0,3}? (?:that )?(?:they|the two|the companies|the pair) (?:would|will|plan to|planned to|are to|were to|intend to|agreed to) (?:jointly )?(?:build|develop|create|launch|set up|form|open|invest|work|co-develop|deploy)\b`,
    modality: 'planned',
    confidence: 0.7,
  },
  // "Mazovia became a Microsoft partner", "ThinkOn, the operator that is also a compute partner of Cohere"
  ...(
    [
      ['copula.compound-partner', String.raw`{O} partner\b`],
      ['copula.partner-of', String.raw`partner (?:of|to) {O}`],
    ] as const
  ).map(([id, partner]) => ({
    id,
    cue: /\bpartner\b/,
    predicate: 'PARTNERED_WITH' as const,
    pattern: String.raw`{S}(?:, (?:the |a |an )(?:[^⟦⟧,;]|⟦[a-zL]\d+⟧){0,60}?(?:(?:that|which|who) (?:is|was|has been|became) |and (?=an? ))|{A}(?:is|was|became|becomes|has been|had been|remains) )(?:also |now |already |long )?(?:a|an|the) (?:(?:key|major|preferred|strategic|long-time|longtime|technology|cloud|compute|launch|official|premier|global) )*${partner}`,
    confidence: 0.7,
  })),
  {
    id: 'verb.in-talks',
    predicate: 'PARTNERED_WITH',
    // "is said to be in talks with": a hedge before the talks
    pattern: String.raw`{S}{A}(?:is |are |was |were )?(?:also |reportedly )?(?:(?:said|believed|understood|reported|thought) to be )?in (?:advanced |early )?talks with {OL}`,
    modality: 'planned',
    confidence: 0.7,
  },
  // "Perplexity launched a programme for publishers and signed up Le Monde and Der Spiegel": a
  // company signing others up to a programme is their partner
  {
    id: 'verb.sign-up',
    // only for a programme or partnership named before: "signed up Acme as a customer" is a sale
    cue: /\b(?:programmes?|programs?|partnerships?|schemes?|initiatives?|alliances?)\b.*\b(?:sign|signs|signed|signing) up\b/,
    predicate: 'PARTNERED_WITH',
    object: ['Organization'],
    pattern: String.raw`{S}{A}(?:signed|signs|sign|signing) up (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.65,
  },
  // "Broadcom co-designs Google's TPU": the other designer is a partner
  {
    id: 'verb.co-design',
    cue: /\bco-(?:design|develop|creat|build|built)/,
    predicate: 'PARTNERED_WITH',
    object: ['Organization'],
    pattern: String.raw`{S}{A}(?:co-designs|co-designed|co-designing|co-develops|co-developed|co-developing|co-creates|co-created|co-builds|co-built) (?<o>⟦O\d+⟧)'s? `,
    confidence: 0.65,
  },
  // "developed in collaboration with Zeta", "as part of a partnership with Zeta"
  {
    id: 'noun.in-partnership',
    predicate: 'PARTNERED_WITH',
    // ("Alphabet's autonomous-driving unit Waymo ...": the unit, not its parent)
    pattern: String.raw`{BOS}(?:⟦O\d+⟧'s? (?:[\w-]+ ){0,3}?(?:unit|subsidiary|division|arm|affiliate) )?{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:(?:in|under|through|as part of) (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}?(?:partnership|collaboration|alliance|tie-up)|(?:struck|strikes|signed|signs|inked|inks|sealed|seals|reached|forged) (?:a |an )(?:[\w$.,-]+ ){0,4}?(?:deal|partnership|agreement|pact|alliance|tie-up|collaboration|contract)) with (?:[\w-]+ ){0,2}?{OL}`,
    confidence: 0.6,
  },
  // "Acme has been a close collaborator with Zeta", "Acme and its partner Zeta"
  {
    id: 'noun.partner-of',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:is|was|are|were|has been|had been|became|remains) (?:a |an |the |its |one of )?(?:[\w-]+ ){0,2}?(?:partners?|collaborators?|allies|ally) (?:of|with|to) {OL}`,
    confidence: 0.75,
  },
  // "Amazon remains its primary training partner", "Zeta has become Acme's closest ally"
  {
    id: 'verb.is-possessive-partner',
    cue: /\b(?:partner|ally|collaborator)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:is|was|are|were|remains|remained|became|becomes|has become|has been|had been) (?:now |also |still )?{O}'s? (?:[\w-]+ ){0,3}?(?:partner|ally|collaborator)\b`,
    confidence: 0.75,
  },
  {
    id: 'appositive.its-partner',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S} and (?:its|their|⟦[a-z]\d+⟧'s) (?:[\w-]+ )?(?:partner|ally) {O}`,
    confidence: 0.8,
  },
  {
    id: 'verb.discussions',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:held|holds|holding|hold|opened|entered) (?:[a-z]+ ){0,1}?(?:talks|discussions|negotiations) with {OL}`,
    modality: 'planned',
    confidence: 0.65,
  },
  // "Apple has struggled to ship X and has held talks with A and B"
  {
    id: 'verb.and-talks',
    cue: /\b(?:talks|discussions|negotiations) with\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*? and (?:has |have |had |is |are |was )?(?:also |reportedly )?(?:held|holds|opened|entered|been in|in) (?:advanced |early |preliminary )?(?:talks|discussions|negotiations) with {OL}`,
    modality: 'planned',
    confidence: 0.6,
  },
  {
    id: 'verb.by-partnering',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`\b[Bb]y (?:partnering|teaming up|collaborating) with {O}, {S}`,
    confidence: 0.75,
  },
  {
    id: 'verb.partner-distant',
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:by partnering|partnering|teaming up) with {OL}`,
    confidence: 0.6,
  },
  // "SoftBank is a partner with OpenAI and Oracle in Stargate"
  {
    id: 'noun.partner-with',
    cue: /\b(?:partners?|co-investors?) (?:with|alongside)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:is|was|are|were|became|becomes|has been|remains) (?:also )?(?:a |an |the )?(?:[\w-]+ )?(?:partners?|co-investors?) (?:with|alongside) {OL}`,
    confidence: 0.75,
  },
  // "SoftBank has committed $30 billion to OpenAI ... and is a partner with OpenAI and Oracle"
  {
    id: 'noun.and-partner-with',
    cue: /\band (?:is|was|are|were|became|has been|remains) (?:also )?(?:a |an |the )?(?:[\w-]+ )?(?:partners?|co-investors?) (?:with|alongside)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\band (?:is|was|are|were|became|has been|remains) (?:also )?(?:a |an |the )?(?:[\w-]+ )?(?:partners?|co-investors?) (?:with|alongside) {OL}`,
    // "... and is a partner with OpenAI and Oracle in Stargate": they are partners too
    membersPartner: 'object',
    confidence: 0.65,
  },
  // "iXAfrica has signed Safaricom as the anchor tenant" (a company that "signed up" others is
  // as often selling to them as partnering: not read)
  {
    id: 'verb.signed-as',
    cue: /\bsign(?:ed|ing|s)?\b/,
    predicate: 'PARTNERED_WITH',
    object: ['Organization'],
    pattern: String.raw`{S}{A}(?:signed|signing|signs|sign) {OL} as (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?(?:partners?|tenants?|members?)\b`,
    confidence: 0.65,
  },
  // "Nvidia has described Indosat as one of its reference partners"
  {
    id: 'verb.describe-as-partner',
    cue: /\bpartners?\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:described|describes|describe|called|calls|call|named|names|counted|counts|listed|lists) {O} as (?:one of )?(?:its|their|⟦[a-z]\d+⟧'s|a|an) (?:[\w-]+ ){0,2}?partners?\b`,
    confidence: 0.7,
  },
  // "OpenAI has struck licensing deals with other publishers, including Axel Springer and the AP"
  {
    id: 'verb.deals-with-including',
    cue: /\b(?:deals|agreements|partnerships|pacts) with\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:struck|strikes|signed|signs|inked|inks|reached|reaches|made|makes|has|have|had|cut|cuts) (?:[\w-]+ ){0,3}?(?:deals|agreements|partnerships|pacts) with (?:[\w-]+ ){0,3}?(?:including|such as|like) {OL}`,
    confidence: 0.7,
  },
  // "Sahara Intelligence bid against Capgemini with Huawei as its technology partner"
  {
    id: 'prep.with-as-partner',
    cue: /\bas (?:its|their|a|an|⟦[a-z]\d+⟧'s) (?:[\w-]+ ){0,2}?partner\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\bwith {O} as (?:its|their|⟦[a-z]\d+⟧'s|a|an) (?:[\w-]+ ){0,2}?partner\b`,
    confidence: 0.65,
  },
  // "Acme, which is backed by Zeta, is building a fleet and has partnered with Beta": a coordinated second verb
  {
    id: 'verb.and-partner',
    // "Acme has invested in Zeta and works with the firm on a model"
    cue: /\band (?:has |have |had |is )?(?:also |since |recently |later |now )?(?:partnered|teamed up|joined forces|allied|works|worked|working|collaborates|collaborated|collaborating)\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*? and (?:has |have |had |is )?(?:also |since |recently |later |now )?(?:partnered|teamed up|joined forces|allied|works|worked|working|collaborates|collaborated|collaborating) (?:closely |directly )?with (?:[\w-]+ ){0,2}?{OL}`,
    confidence: 0.6,
  },
  // "Kuaishou's Kling unit", "Acme's Zeta subsidiary"
  {
    id: 'possessive.named-unit',
    cue: /⟧ (?:[\w-]+ )?(?:unit|subsidiary|division|arm|affiliate)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{S}'s? (?<o>⟦[OR]\d+⟧) (?:[\w-]+ )?(?:unit|subsidiary|division|arm|affiliate)\b`,
    confidence: 0.8,
  },
  // "rolled out to Acme affiliates including Zeta and Beta", "Acme's subsidiaries, such as Zeta"
  {
    id: 'list.subsidiaries',
    cue: /\b(?:affiliates|subsidiaries|units|group companies)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{S}(?:'s?)? (?:[\w-]+ )?(?:affiliates|subsidiaries|units|group companies),? (?:including|such as|like) (?:the )?(?:[a-z-]+ ){0,3}?{OL}`,
    confidence: 0.75,
  },
  // "Alphabet, Google's parent company", "Acme, the Zeta owner"
  {
    id: 'appositive.possessive-parent',
    cue: /⟧, (?:the )?⟦[A-Za-z]\d+⟧(?:'s?)? (?:[\w-]+ )?(?:parent|owner)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{S}, (?:the )?(?<o>⟦[OoRr]\d+⟧)(?:'s?)? (?:[\w-]+ )?(?:parent|owner)\b(?! of\b)`,
    confidence: 0.8,
  },
  // "Zeta Media, the Acme unit that publishes the Daily Post"
  {
    id: 'appositive.that-publishes',
    cue: /\b(?:that|which) (?:publishes|owns|operates|controls)\b/,
    predicate: 'PARENT_OF',
    pattern: String.raw`{S}, (?:the |a |an )(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,40}?(?:that|which) (?:publishes|owns|operates|controls) (?:the )?(?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.7,
  },
  // "Acme has signed a definitive agreement to acquire Zeta"
  {
    id: 'noun.agreement-to-acquire',
    cue: /\b(?:agreement|deal|pact) to (?:acquire|buy|purchase|take over)\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{A}(?:signed|signs|reached|reaches|struck|strikes|entered into|enters into|inked|inks|announced|announces) (?:a |an )(?:[\w$.,-]+ ){0,4}?(?:agreement|deal|pact) to (?:acquire|buy|purchase|take over) (?:(?!(?:from|of|for|with|to|in|on|at|through) )[a-z-]+ |⟦[Ll]\d+⟧(?:-based)? ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Nuance, the speech company Acme bought in 2022", "Zeta, which Acme acquired last year"
  {
    id: 'relative.which-acquired',
    cue: /\b(?:bought|acquired|purchased|took over|took control)\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`(?<o>⟦[OoR]\d+⟧), (?:(?:the |a |an )(?:[\w-]+ ){0,3}?(?:{ON}|app|lab|maker|developer) (?:that |which )?|(?:which|that) )(?<s>⟦[Oo]\d+⟧) (?:bought|acquired|purchased|took over|took control of)\b(?! (?:a |an )?(?:[\w-]+ )?stake)`,
    confidence: 0.75,
  },
  // "Zeta was in talks to sell itself to Acme": a company sold whole is its buyer's acquisition
  {
    id: 'verb.sell-itself-to',
    cue: /\bsell(?:s|ing)? itself to\b|\bsold itself to\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{O}{A}(?:(?:in )?(?:talks|discussions|negotiations|agreed|agrees|plans|planned|offered|offers|tried|sought|looking|looked|exploring|explored) (?:to|about) |(?:would|will|could|might) |to )?(?:sell|sells|selling|sold) itself to (?:the )?(?:[a-z-]+ ){0,2}?{S}`,
    confidence: 0.7,
  },
  // "Acme acquired a 51% stake in Zeta": more than half of a company is its acquisition
  {
    id: 'verb.majority-stake-percent',
    cue: /\b(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?(?:%| percent| per cent)/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{A}(?:(?:agreed|agrees|plans|planned|is set|was set) to )?(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying|took|takes|take|taking|purchased|purchases|purchase) (?:a |an |the )?(?:(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?(?:%| percent| per cent)) (?:stake|interest|holding|shareholding) in (?:the )?(?:[a-z-]+ ){0,3}?{O}`,
    confidence: 0.75,
  },
  // "Acme is in talks to buy a controlling stake in Zeta": control of a company is its acquisition
  {
    id: 'verb.controlling-stake',
    cue: /\b(?:controlling|majority) (?:stake|interest|shareholding)\b/,
    predicate: 'ACQUIRED',
    pattern: String.raw`{S}{A}(?:(?:in )?(?:talks|discussions|negotiations|agreed|agrees|plans|planned|deal|offer|bid) to )?(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take|takes|took|taking|purchase|purchased) (?:a |the )?(?:[\w$.%,-]+ )?(?:controlling|majority) (?:stake|interest|shareholding) in (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.75,
  },
  // "Acme will pay for a licence to Zeta's technology", "Acme licenses its Nova model to Zeta"
  {
    id: 'noun.licence-to',
    cue: /\blicen[cs]/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}[^⟦⟧;]{0,60}?\b(?:to licen[cs]e|licen[cs]es? (?:to|for)|licensing fees? (?:to|for)|licensing rights to) {O}'s? (?:[\w-]+ ){0,2}?(?:technology|technologies|models?|software|patents|intellectual property|IP|content|archives?|data|chips?|designs?|catalog(?:ue)?)\b`,
    confidence: 0.65,
  },
  {
    id: 'verb.license-to',
    cue: /\blicen[cs]/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:licenses|licensed|licensing|licences|licenced) (?:its |their |the |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ |⟦[Rr]\d+⟧ ){0,3}?to (?:the (?=⟦o))?{OL}`,
    confidence: 0.65,
  },
  // "Acme signed a multi-year agreement to license the archives of Zeta": a licensing deal
  {
    id: 'noun.agreement-to-license',
    cue: /\b(?:agreement|deal|contract|pact) to licen[cs]e\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:signed|signs|struck|strikes|reached|reaches|agreed|inked|announced) (?:a |an )(?:[\w$.,-]+ ){0,4}?(?:agreement|deal|contract|pact) to licen[cs]e (?:the |its |their )?(?:[a-z-]+ ){0,3}?(?:of|from) {OL}`,
    confidence: 0.7,
  },
  // "the site is being developed by Acme with Zeta and Beta", "Acme is building a fleet with Zeta":
  // a company, not a tool, that something is built with is a partner
  {
    id: 'verb.develop-with',
    // "Acme has been testing load planning with Zeta", "is operating robotaxis in Oslo with Zeta"
    cue: /\b(?:develop|build|built|design|co-develop|test|pilot|trial|operat)\w*\b[^;]*\bwith\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`{S}{A}(?:is |are |was |were |has been )?(?:developing|building|develops|builds|developed|built|co-developing|co-developed|designing|designed|testing|tested|tests|piloting|piloted|pilots|trialling|trialing|trialled|trialed|trials|operating|operates|operated)(?: (?:[^⟦⟧;]|⟦[a-zL]\d+⟧){0,50}?)? (?:jointly |together )?with (?:the )?${PARTNER_NOT_TOOL}`,
    confidence: 0.6,
  },
  {
    id: 'passive.develop-with',
    cue: /\b(?:developed|built|designed) by\b[^;]*\bwith\b/,
    predicate: 'PARTNERED_WITH',
    pattern: String.raw`\b(?:developed|built|designed|co-developed) by {S} (?:jointly |together )?with (?:the )?${PARTNER_NOT_TOOL}`,
    confidence: 0.6,
  },
];
