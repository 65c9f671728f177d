import type { RelationRule } from './relation-rule.js';

/** Where or when a suit was filed, between the suit and its defendant: "a lawsuit in Oslo against". */
const COURT_ASIDE = String.raw`(?:,? (?:in|at|before)(?: (?:the|a))?(?: (?:[\w.'-]+|⟦[A-Za-z]\d+⟧)){1,6}?,?|,? (?:on|last|this|earlier this) (?:[A-Z][a-z]+|week|month|year)(?: \d{1,2})?,?)?`;
const SUE = String.raw`(?:sued|sues|sue|suing|is suing|countersued|countersues|countersuing|(?:filed|files|file|filing|have filed|has filed|had filed|lodged|lodges) (?:a |an )?(?:[\w-]+ ){0,3}?(?:lawsuits?|suits?|complaints?|cases?|claims?|countersuits?|(?:class |class-action |legal )actions?)${COURT_ASIDE} against|(?:brought|launched|launches|initiated) (?:a |an )?(?:[\w-]+ ){0,3}?(?:lawsuit|suit|case|action|legal challenge)${COURT_ASIDE} against|(?:took|takes|is taking|take|taking) legal action against)`;
const CRITICIZE = String.raw`(?:criticized|criticised|criticizes|criticises|criticizing|criticising|condemned|condemns|slammed|slams|blasted|blasts|lambasted|rebuked|denounced|warned against|(?:took|taken|takes|taking) aim at|(?:hit|hits|hitting|lashed|lashes|lashing) out at|(?:hit|hits|hitting|struck|strikes|fired|fires|firing|shot|shoots) back at|railed against|rails against|derided|derides|castigated|chided|scolded|(?:took|taken|takes|taking) (?:a |another )?(?:veiled |thinly veiled |thinly-veiled |pointed |public )?(?:swipe|jab|dig|shot|potshot)s? at)`;
const ALLEGATION = String.raw`(?:allegations?|alleged|claims?|copyright|breach|violat\w*|infring\w*|misus\w*|theft|steal\w*|copy\w*|fraud|defam\w*|antitrust|unfair|misappropriat\w*|trade secrets?|plagiari\w*)`;
/**
 * Words that describe a named party: "Bengaluru-based AI start-up Acme", "Chinese chatbot developer
 * Zeta" (a demonym is a slot only when its country is named too).
 */
const DESCRIBED = String.raw`(?:[A-Z][a-z]+ )?(?:{ADJ} |⟦[Ll]\d+⟧ ){0,4}?`;
/**
 * Before a subject: a name that ends a prepositional phrase ("the publisher of the Turin daily Acme")
 * or follows a relative clause's verb ("the unit that publishes Acme") is no verb's subject.
 */
// "a group of publishers including A and B sued": members named after "including" are subjects
/** A body's own people: "its employees", "staff", "the bank's engineers". */
const OWN_STAFF_NOUN = String.raw`(?:its |their |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ )?(?:employees|staff|workers|engineers|developers|staffers|personnel)`;
const NOT_OBJECT = String.raw`(?<!\b(?:of|for|to|from|with|at|in|on|(?<!\bled )by) |\bof (?:the )?(?:(?!(?:including|like|such|as) )[\w-]+ |⟦L\d+⟧ ){1,3}|\b(?:that|which|who) [a-z]+s )`;
/** Acts that take another's work: the work's owner is the one copied. */
const COPY_ACTS = String.raw`(?:copying|cloning|plagiari[sz]ing|stealing|scraping|distilling|reproducing|pirating|infringing|ripping off|training on|training (?:⟦[A-Za-z]\d+⟧'s |its |their )?(?:[\w-]+ ){0,2}?on|using (?:[\w-]+ ){0,2}?(?:their|its|⟦[A-Za-z]\d+⟧'s) (?:[\w-]+ ){0,2}?(?:journalism|articles|content|reporting|stories|books|works?|lyrics|songs|music|images|photos|characters|code|data)\b)`;
/** What an owner's work is called: "its models", "their articles". */
const WORK = String.raw`(?:journalism|articles|content|reporting|stories|books|works?|lyrics|songs|music|images|photos|characters|code|data|models?|outputs?|chatbots?|headnotes)\b`;
/** Taking the work of a pronoun owner: "distilling its models", "copying their articles". */
const OWN_WORK_TAKEN = String.raw`(?:copying|cloning|plagiari[sz]ing|stealing|scraping|distilling|reproducing|pirating|ripping off|training on|using|misusing|(?:using|harvesting|extracting) (?:the )?(?:outputs?|responses|answers) (?:of|from)) (?:[a-z-]+ ){0,3}?(?:⟦[a-z]\d+⟧'s|their|its) (?:[\w-]+ ){0,2}?${WORK}`;
const ACTS = String.raw`(?:copying|cloning|plagiarizing|plagiarising|stealing|infringing|infringing on|misusing|distilling|ripping off|scraping|reproducing|using|training on|training (?:⟦[A-Za-z]\d+⟧'s |its |their )?(?:[\w-]+ ){0,2}?on|violating)`;

/** Lawsuits, accusations, criticism, bans and rivalry. */
export const CONFLICT_RULES: RelationRule[] = [
  {
    id: 'verb.sue',
    predicate: 'SUED',
    pattern: String.raw`${NOT_OBJECT}{SL}{A}${SUE}(?! by\b) ${DESCRIBED}{OL}`,
    confidence: 0.9,
  },
  // "Getty Images is pursuing Stability AI through the courts", "publishers have taken Zeta to court"
  {
    id: 'verb.pursue-in-court',
    predicate: 'SUED',
    pattern: String.raw`${NOT_OBJECT}{SL}{A}(?:pursuing|pursues|pursued|is pursuing|taking|took|takes|taken|take|dragged|drags|hauled|hauls) (?:the )?{OL} (?:through the courts|to court|in court)`,
    confidence: 0.8,
  },
  // "Acme said it was considering legal action against Zeta": a suit weighed is a planned one
  {
    id: 'verb.weigh-legal-action',
    cue: /\b(?:legal action|lawsuit|suit|litigation|legal challenge) against\b/,
    predicate: 'SUED',
    pattern: String.raw`${NOT_OBJECT}{SL}{A}(?:(?:said|says) (?:that )?(?:it|they) (?:was|were|is|are|would|will|had been|has been) )?(?:considering|weighing|exploring|preparing|threatening|threatened|threatens|mulling|planning|plans|planned|contemplating) (?:possible |potential |a possible |a potential )?(?:legal action|a lawsuit|a suit|litigation|a legal challenge|legal proceedings) against (?:the )?{OL}`,
    modality: 'planned',
    confidence: 0.65,
  },
  // "Acme would challenge the regulator before an administrative court"
  {
    id: 'verb.challenge-in-court',
    cue: /\bcourt\b/,
    predicate: 'SUED',
    pattern: String.raw`${NOT_OBJECT}{SL}{A}(?:challenge|challenges|challenged|contest|contests|contested) (?:the )?{OL} (?:in|before) (?:an? |the )?(?:[\w-]+ ){0,2}?courts?\b`,
    confidence: 0.8,
  },
  {
    id: 'passive.sue',
    predicate: 'SUED',
    pattern: String.raw`{OL}{A}(?:(?:was|were|has been|have been|is being|are being|had been) sued by|(?:was|were|has been|have been|had been) (?:hit|slapped|served) with (?:a |an )?(?:[a-z-]+ ){0,3}?(?:lawsuit|suit|complaint) (?:by|from)) (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.9,
  },
  {
    id: 'noun.lawsuit-by',
    predicate: 'SUED',
    pattern: String.raw`(?:lawsuits?|suits?|cases?|complaints?|legal action) (?:(?:filed|brought|lodged) )?(?:faced by|against) {OL}(?: by (?:the )?|(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?(?:brought by|filed by|from) (?:[a-z-]+ ){0,2}?){SL}`,
    confidence: 0.8,
  },
  // "The lawsuit, brought by Acme in a federal court, claims that Zeta copied ...", "The suit, filed by
  // Acme and Beta, names Zeta and Gamma as defendants": the suit's plaintiffs and who it accuses
  {
    id: 'noun.suit-by-claims',
    cue: /\b(?:brought|filed|lodged) (?:on \w+ )?by\b/,
    predicate: 'SUED',
    pattern: String.raw`(?:[Tt]he|[Aa]) (?:[\w-]+ ){0,2}?(?:lawsuit|suit|complaint|case|claim), (?:brought|filed|lodged) (?:on [A-Z]\w+ )?by {SL}(?:,? (?:in|at|before|on|last|this) (?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,60})?, (?:claims|alleges|says|argues|accuses|contends|names)(?: that)? ${DESCRIBED}{OL}`,
    confidence: 0.75,
  },
  // "The lawsuit, filed on Wednesday at the Amsterdam District Court, was brought by Acme and Beta":
  // the suit the story is about, its plaintiffs named here, its defendant the story's company
  {
    id: 'noun.the-suit-brought-by',
    cue: /\b(?:brought|filed|lodged) (?:[^.;]{0,80} )?by\b/,
    predicate: 'SUED',
    pattern: String.raw`^(?:[^⟦⟧]{0,30}: )?[Tt]he (?:[\w-]+ ){0,2}?(?:lawsuit|suit|complaint|case),? (?:(?:which|that) )?(?:was |is |has been )?(?:filed|brought|lodged)(?:,? (?:on|in|at|before|last|this) (?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,60}?,?)?(?: (?:was|has been|is) (?:brought|filed|lodged))? by ${DESCRIBED}{SL}`,
    implicitObject: 'focus',
    object: ['Organization'],
    confidence: 0.55,
  },
  // "Zeta has been named as a defendant in a suit filed by Acme"
  {
    id: 'passive.named-defendant',
    cue: /\bdefendants?\b/,
    predicate: 'SUED',
    pattern: String.raw`{OL}{A}(?:(?:has|have|had) been |(?:was|were|is|are) )named (?:as )?(?:a |the |among the )?(?:co-)?defendants? in (?:a |the |an )(?:[\w-]+ ){0,3}?(?:lawsuit|suit|case|complaint) (?:filed|brought|lodged) by (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.8,
  },
  // "Acme settled a lawsuit brought by Zeta": the company that settles or fights it is sued
  {
    id: 'verb.suit-brought-by',
    cue: /\b(?:brought|filed|lodged) by\b/,
    predicate: 'SUED',
    pattern: String.raw`{O}{A}(?:settled|settles|settling|fought|fights|fighting|won|wins|lost|loses|dismissed|faces|faced|facing|is fighting|contested|contests) (?:a |an |the )?(?:[a-z-]+ ){0,3}?(?:lawsuits?|suits?|cases?|complaints?|legal action) (?:brought|filed|lodged) by (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.8,
  },
  {
    id: 'noun.lawsuit-from',
    predicate: 'SUED',
    // "The lawsuit, filed in Delaware, was brought by Acme against Zeta"
    pattern: String.raw`(?:lawsuits?|suits?|cases?|complaints?|legal action)(?:, (?:[^⟦⟧;,]|⟦L\d+⟧){1,40},)? (?:(?:was|were|has been|had been|is being) (?=brought|filed|lodged))?(?:brought |filed |lodged )?(?:by|from) (?:[a-z-]+ ){0,2}?(?:⟦O\d+⟧'s )?{SL}(?: against {OL})`,
    confidence: 0.8,
  },
  {
    id: 'noun.lawsuit-from-second',
    predicate: 'SUED',
    pattern: String.raw`(?:faced by|against) {O}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?(?:as well as|and) (?:[a-z-]+ ){0,2}?(?:lawsuits?|suits?|cases?|legal action) (?:brought |filed )?(?:by|from) (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.75,
  },
  // "Acme filed a lawsuit on Monday accusing Beta and Gamma of ...", "Beta countersued, accusing Acme":
  // a suit named without "against" whose target is the one accused
  {
    id: 'verb.sue-accusing',
    cue: /\b(?:accusing|alleging|charging)\b/,
    predicate: 'SUED',
    pattern: String.raw`${NOT_OBJECT}{SL}{A}(?:countersued|countersues|(?:filed|files|has filed|have filed|had filed|brought|lodged) (?:a |an |the |their |its )(?:[\w-]+ ){0,3}?(?:lawsuit|suit|complaint|case|countersuit|counter-suit))(?: (?:[\w-]+|⟦[Ll]\d+⟧)){0,5}?,? (?:accusing|alleging that|charging) (?:the )?${DESCRIBED}{OL}`,
    confidence: 0.8,
  },
  // "Acme, which ..., faces several lawsuits from families, including one brought by Jane Roe",
  // "Acme itself is fighting copyright suits from Beta and a string of authors", "a lawsuit filed
  // in January by the broadcasters A, B and C"
  {
    id: 'noun.faces-suits-from',
    cue: /\b(?:lawsuits?|suits?|cases?|complaints?|legal challenges?)\b/,
    predicate: 'SUED',
    pattern: String.raw`{O}(?:, (?:which|who) (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,90}?,)?{A}(?:faces|faced|facing|face|fights|fought|fighting|battles|battled|battling|is defending|contests|contesting) (?:[\w-]+ ){0,3}?(?:lawsuits?|suits?|cases?|complaints?|legal challenges?) (?:(?:brought|filed|lodged)(?: (?:in|on|last|this|earlier|late|early) [\w-]+){0,2} )?(?:from|by) (?:[\w-]+,? ){0,3}?(?:(?:including|such as) (?:one |those |a suit |a case )?(?:brought |filed )?(?:by |from )?(?:[\w-]+ ){0,3}?)?{SL}`,
    confidence: 0.75,
  },
  // "the lawsuits Acme coordinated last year against Beta and Gamma", "the suit Jane Roe filed against Zeta"
  {
    id: 'noun.suit-subject-filed',
    cue: /\bagainst\b/,
    predicate: 'SUED',
    pattern: String.raw`\b(?:lawsuits?|suits?|complaints?|cases?|legal challenges?) (?:that |which )?{SL} (?:had |has |have )?(?:filed|brought|lodged|coordinated|launched|initiated|files|brings) (?:[\w-]+ ){0,3}?against {OL}`,
    confidence: 0.75,
  },
  // "Five publishers, led by Acme, have sued Zeta": the leader of the plaintiffs sues
  {
    id: 'clause.led-by-sue',
    cue: /\bled by\b/,
    predicate: 'SUED',
    pattern: String.raw`\bled by {SL},{A}${SUE} ${DESCRIBED}{OL}`,
    confidence: 0.75,
  },
  // "The lawsuit, brought by writers including Jane Roe, accuses the company of theft"
  {
    id: 'noun.lawsuit-brought-accuses',
    cue: /\b(?:brought|filed|lodged) by\b/,
    predicate: 'SUED',
    pattern: String.raw`\b(?:[Tt]he|[Aa]n?) (?:[a-z-]+ )?(?:lawsuit|suit|complaint|case|action), (?:brought|filed|lodged) by (?:[a-z-]+ ){0,3}?{SL}, (?:accuses|accused|alleges|alleged|claims|claimed|says|said|charges|charged|argues|argued) (?:that )?(?:the )?{O}`,
    confidence: 0.75,
  },
  {
    id: 'noun.lawsuit-brought-accuses',
    cue: /\b(?:brought|filed|lodged) by\b/,
    predicate: 'ACCUSED',
    pattern: String.raw`\b(?:[Tt]he|[Aa]n?) (?:[a-z-]+ )?(?:lawsuit|suit|complaint|case|action), (?:brought|filed|lodged) by (?:[a-z-]+ ){0,3}?{SL}, (?:accuses|accused|alleges|alleged|charges|charged) (?:that )?(?:the )?{O}`,
    confidence: 0.75,
  },
  // "the regulator said on Monday that Acme had violated the law", "the Garante said Xuanji had
  // failed to explain ...", "said Zeta had obtained the chips through shell companies": a finding
  // against a party
  {
    id: 'verb.say-violated',
    cue: /\b(?:that|had|has|have)\b|["“]/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{S}{A}(?:said|says|told(?: the)?(?: {X})?|alleged|alleges|claimed|claims|found|finds|finding|ruled|rules|concluded|concluding|determined)(?: (?:[\w"“”-]+|⟦[a-z]\d+⟧)){0,6}?(?: that| (?:had |has )?(?:found|concluded|determined)|(?= (?:the )?⟦[Oo]\d+⟧(?: (?:engineers|staff|employees|researchers|executives|developers))?(?:, (?:a |an |the )(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,50},)? (?:(?:had|has|have) |["“])))(?: (?:⟦[a-z]\d+⟧|it|they) (?:had |has )?(?:seen|found) (?:[\w"“”-]+ ){0,3}?evidence that)? (?:the )?{O}(?: (?:engineers|staff|employees|researchers|executives|developers))?(?:, (?:a |an |the )(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,50},)?(?: had| has| have)?(?: been)?(?: ["“]?[a-z]+ly)? ["“]?(?:(?:[a-z]+ing|used|helped|obtained|sold|shipped|exported) (?:[^;.⟦⟧]|⟦[A-Za-z]\d+⟧){1,80}?\bin (?:breach|violation|contravention) of|trained (?:[\w-]+ ){0,3}?on (?:[\w-]+ ){0,3}?(?:outputs|responses|answers)|violated|breached|infringed|broken|broke|abused|misused|stolen|stole|distilled|copied|cloned|scraped|plagiari[sz]ed|illegally|unlawfully|improperly|fraudulently|failed to (?:explain|disclose|inform|tell|protect|obtain|comply|stop|prevent|report)|(?:sent|transferred|shared|passed) (?:[\w'’-]+ ){0,2}?data|obtained (?:[\w-]+ |⟦[A-Za-z]\d+⟧ ){0,5}?through|diverted|helped (?:to )?(?:divert|evade|route|smuggle)|evaded|smuggled|misled|used (?:[\w-]+ ){0,3}?(?:fraudulent|fake) accounts|used\b(?=[^.;]{0,60}\bto (?:train|build|develop|create|generate)\b))\b`,
    confidence: 0.7,
  },
  // "Chinese authorities accused Acme of ...": a government folds into its country (ONTOLOGY)
  {
    id: 'verb.authorities-accuse',
    cue: /\b(?:authorities|government|officials|regulators|prosecutors|lawmakers)\b/,
    predicate: 'ACCUSED',
    subject: ['Place'],
    pattern: String.raw`{S:L} (?:authorities|government|officials|regulators|prosecutors|lawmakers){A}(?:accused|accuses|accuse|blamed|blames|charged|charges) (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.75,
  },
  // "suing OpenAI and Microsoft over allegations of copyright infringement"
  {
    id: 'verb.sue-over',
    predicate: 'ACCUSED',
    // "sued A and B, saying the two companies copied": a claim of wrongdoing after the suit
    pattern: String.raw`${NOT_OBJECT}{SL}{A}${SUE} (?:[a-z-]+ ){0,2}?{OL}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:alleging|accusing|claiming|charging|contending|(?:over|for) (?:[a-z-]+ ){0,2}?${ALLEGATION}|(?:saying|arguing) (?:that )?(?:the )?(?:[a-z-]+ ){0,2}?⟦[A-Za-z]\d+⟧(?: and ⟦[A-Za-z]\d+⟧)? (?:had |have |has )?(?:illegally |unlawfully |improperly )?(?:copied|scraped|stole|infringed|violated|misused|breached|misappropriated|plagiari[sz]ed|used (?:[a-z-]+ ){0,2}?(?:their|its|our|⟦[A-Za-z]\d+⟧'s) (?:[a-z-]+ ){0,2}?(?:books|articles|works|content|journalism|lyrics|songs|images|photos|code|characters|stories)))\b`,
    modality: 'asserted',
    confidence: 0.75,
  },
  {
    id: 'verb.sue-over-copy',
    predicate: 'COPIED',
    pattern: String.raw`${NOT_OBJECT}(?<o>⟦[OoPp]\d+⟧(?:(?:,? and (?:the )?|, )⟦[OoPp]\d+⟧)*){A}${SUE} (?:[a-z-]+ ){0,2}?(?<s>⟦[OoPp]\d+⟧(?:(?:,? and |, (?:the |a |an )[^⟦⟧,]{1,30}(?:⟦[A-Za-z]\d+⟧)?, (?:and )?|, )⟦[OoPp]\d+⟧)*)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:(?:over|for|alleging) (?:allegations of |alleged )?(?:copyright infringement|infringement|copying|plagiarism|using)|(?:alleging|claiming|saying|arguing|contending) (?:that )?(?:the )?(?:[a-z-]+ ){0,2}?⟦[A-Za-z]\d+⟧(?: and ⟦[A-Za-z]\d+⟧)? (?:had |have |has )?(?:illegally |unlawfully )?(?:copied|scraped|reproduced|stole|plagiari[sz]ed|cloned|pirated|distilled)\b|(?:accusing|charging) (?:the )?(?:[a-z-]+ ){0,2}?⟦[A-Za-z]\d+⟧(?: and ⟦[A-Za-z]\d+⟧)? of (?:illegally |unlawfully |systematically )?${COPY_ACTS})`,
    modality: 'alleged',
    confidence: 0.65,
  },
  // "Anthropic cut off OpenAI's access, saying OpenAI engineers had violated its terms": the reason
  // given for a suspension accuses the party cut off
  {
    id: 'verb.suspend-saying',
    cue: /, (?:saying|arguing|claiming|alleging)\b/,
    predicate: 'ACCUSED',
    pattern: String.raw`{SL}{A}(?:cut off|cuts off|suspended|suspends|revoked|revokes|blocked|blocks|banned|bans|terminated|terminates|restricted|restricts)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?, (?:saying|arguing|claiming|alleging) (?:that )?(?:the )?(?:[a-z-]+ ){0,2}?{O}(?:'s)?(?: (?:engineers|staff|employees|developers|researchers|users))? (?:had |has |have )?(?:violated|breached|broken|broke|infringed|abused|misused|flouted)\b`,
    modality: 'asserted',
    confidence: 0.7,
  },
  // "accusing the companies of using their materials"; "alleging that the company has abandoned"
  {
    id: 'verb.accuse',
    predicate: 'ACCUSED',
    pattern: String.raw`{SL}{A}(?<!(?:was|were|been|being|be) )(?:accused|accuses|accuse|blamed|blames) (?!of\b)${DESCRIBED}{OL}`,
    confidence: 0.85,
  },
  // "Acme alleged that Zeta had trained its chatbot on paywalled stories", "Acme charged that Zeta
  // violated", "Acme complained to the European Commission that Zeta abuses its dominance": an
  // allegation is made against whoever the clause is about
  {
    id: 'verb.allege-that',
    cue: /\b(?:alleged|alleges|charged|charges|complained|complains) (?:[^.;]{0,60} )?that\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    // (the accuser opens its clause: "In a claim filed in the Supreme Court, Acme alleges")
    pattern: String.raw`(?<=^|, |; |\bbut |\band )${NOT_OBJECT}{SL}{A}(?:alleged|alleges|charged|charges|complained|complains)(?: (?:in|to|on|at|before) (?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,60}?)? that ${DESCRIBED}{OL}(?:'s?)? (?!(?:said|says|told|is|was|are|were)\b)`,
    confidence: 0.7,
  },
  // "Acme's complaint alleges that Zeta breached its contract", "Zeta faces allegations from Acme"
  {
    id: 'noun.own-complaint-alleges',
    cue: /\b(?:alleges|alleged|claims|accuses|accused)\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{S}'s? (?:[\w-]+ ){0,2}?(?:complaint|lawsuit|suit|filing|claim|letter|petition) (?:[^⟦⟧,;]{1,40} )?(?:alleges|alleged|claims|accuses|accused)(?: that)? ${DESCRIBED}{OL}`,
    confidence: 0.75,
  },
  {
    id: 'noun.faces-allegations-from',
    cue: /\ballegations?\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{OL}{A}(?:faces|faced|facing|face|rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes) (?:the )?(?:[\w-]+ ){0,2}?(?:allegations?|accusations?|claims?) (?:by|from|made by) (?:the )?(?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.75,
  },
  // "Anthropic made a similar accusation against Zeta", "has levelled allegations against Zeta"
  {
    id: 'noun.made-accusation-against',
    cue: /\b(?:accusations?|allegations?|charges?)\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{S}{A}(?:made|makes|make|making|levell?ed|levels|level|levell?ing|leveled|leveling|lodged|lodges|raised|raises|repeated|repeats|brought|brings) (?:a |an |the |its |their |his |her |similar |fresh |new |further |public |formal |serious |its own |the same )*(?:[a-z-]+ )?(?:accusations?|allegations?|charges?) (?:against|at) (?:the )?{OL}`,
    confidence: 0.75,
  },
  // "Zeta denied Acme's allegations": the allegation was made, whatever the answer
  {
    id: 'verb.deny-allegations-of',
    cue: /\b(?:allegations?|accusations?)\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{OL}{A}(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|rebutted|rebuts|called|calls|responded to|respond to|hit back at) (?:the )?{S}'s? (?:[\w-]+ ){0,2}?(?:allegations?|accusations?|claims?)\b`,
    confidence: 0.75,
  },
  // "Acme has been accused by Beta and Gamma of ...", "Zeta, a rival that has itself been accused of plagiarism by Beta"
  {
    id: 'passive.accuse',
    cue: /\baccused\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{OL}(?:,(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,40}? (?:that|which|who))?{A}(?:was|were|has been|have been|had been|is being|are being|being|been) (?:[a-z]+ )?accused (?:of (?:[^⟦⟧;,]){1,40}? )?by (?:the )?(?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.8,
  },
  // "the San Francisco company said it had traced a coordinated "distillation campaign" to Zeta"
  {
    id: 'verb.trace-to',
    cue: /\b(?:traced|attributed)\b/,
    predicate: 'ACCUSED',
    modality: 'asserted',
    pattern: String.raw`{S}{A}(?:said (?:that )?(?:⟦[a-z]\d+⟧|it|they) (?:had |has |have )?)?(?:traced|attributed) (?:a |an |the )?(?:[\w"“”-]+ ){0,4}?(?:campaign|attacks?|operations?|activity|scheme|abuse|efforts?|hacks?|intrusions?|thefts?)["“”]? to {OL}`,
    confidence: 0.7,
  },
  {
    id: 'verb.accusing',
    predicate: 'ACCUSED',
    pattern: String.raw`{BOS}(?:⟦[A-Za-z]\d+⟧'s )?${NOT_OBJECT}{SL}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?,? (?:accusing|blaming) (?:the )?${DESCRIBED}{OL}`,
    confidence: 0.75,
  },
  {
    id: 'verb.allege-that',
    predicate: 'ACCUSED',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?,? (?:alleging|charging) (?:that )?(?:the )?{OL}`,
    confidence: 0.65,
  },
  {
    id: 'verb.accuse-act',
    predicate: 'COPIED',
    pattern: String.raw`{BOS}(?<o>⟦[OoPp]\d+⟧(?:(?:,? and (?:the )?|, (?:the |a |an )[^⟦⟧,]{1,30}(?:⟦[A-Za-z]\d+⟧)?, (?:and )?(?:the )?|, )⟦[OoPp]\d+⟧)*)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:accused|accuses|accuse|accusing) (?:the )?${DESCRIBED}(?<s>⟦[OoPp]\d+⟧(?:(?:,? and |, )⟦[OoPp]\d+⟧)*) of (?:[a-z]+ ){0,2}?${ACTS}(?! {X})(?![^⟦⟧;,.]{0,40}(?:⟦[A-Za-z]\d+⟧'s )?⟦R\d+⟧)`,
    modality: 'alleged',
    confidence: 0.6,
  },
  // "accused Zeta of copying Acme's Orion", "accused Zeta, a Ljubljana-based start-up, of using its
  // model"; "of using its dominance" names no copied work
  {
    id: 'verb.accuse-act-object',
    cue: /\baccus/,
    predicate: 'COPIED',
    pattern: String.raw`{X}{A}(?:accused|accuses|accuse|accusing) (?:the )?${DESCRIBED}{SL}(?:, (?:a|an|the) (?:[^⟦⟧,;]|⟦(?:L|[a-z])\d+⟧){1,50},)? of (?:[a-z]+ ){0,2}?${ACTS}(?: [a-z]+){0,3}? {XP}*{OL}(?!'s? (?:[\w-]+ ){0,2}?(?:dominance|power|position|influence|leverage|monopoly|control|size|scale|clout|money|funds|resources|status|relationships?|ties|reach)\b)`,
    modality: 'alleged',
    confidence: 0.65,
  },

  // "Zeta denies distilling Acme's Orion": the copying the accused denies
  {
    id: 'verb.deny-copying',
    cue: /\bden(?:y|ies|ied|ying)\b/,
    predicate: 'COPIED',
    pattern: String.raw`{SL}{A}(?:denied|denies|deny|denying) (?:ever )?(?:having )?(?:copying|copied|cloning|cloned|plagiari[sz]ing|plagiari[sz]ed|stealing|stolen|distilling|distilled|scraping|scraped|reproducing|reproduced|ripping off) (?:[a-z]+ ){0,2}?{XP}*{OL}`,
    modality: 'denied',
    confidence: 0.65,
  },

  // "Zeta has been accused by Acme of reproducing its reporting": the accuser's work was copied
  {
    id: 'passive.accuse-act',
    cue: /\baccused by\b/,
    predicate: 'COPIED',
    modality: 'alleged',
    pattern: String.raw`{S}(?:,(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,40}? (?:that|which|who))?{A}(?:was|were|has been|have been|had been|is being|are being|being|been) (?:[a-z]+ )?accused by (?:the )?{OL} of (?:[a-z]+ ){0,2}?(?:copying|reproducing|plagiari[sz]ing|stealing|scraping|lifting|ripping off) (?:their|its|his|her) `,
    confidence: 0.65,
  },
  // "Zeta, a rival that has itself been accused of plagiarism by Acme"
  {
    id: 'passive.accused-of-by',
    cue: /\baccused of\b/,
    predicate: 'COPIED',
    modality: 'alleged',
    pattern: String.raw`{S}(?:,(?:[^⟦⟧,;]|⟦[A-Za-z]\d+⟧){1,40}? (?:that|which|who))?{A}(?:was|were|has been|have been|had been|is being|are being|being|been) (?:[a-z]+ )?accused of (?:plagiarism|copying|theft|stealing|scraping|copyright infringement|infringement) by (?:the )?{OL}`,
    confidence: 0.65,
  },
  // "accusing the company of copying their journalism": the owner of the copied work
  {
    id: 'verb.accuse-act-owner',
    cue: /\baccus/,
    predicate: 'COPIED',
    pattern: String.raw`(?:accused|accuses|accuse|accusing) (?:the )?{SL} of (?:[a-z]+ ){0,2}?(?:copying|cloning|plagiarizing|plagiarising|stealing|scraping|distilling|reproducing|misusing|using) (?:[a-z-]+ ){0,2}?(?<o>⟦[OoPp]\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:journalism|articles|content|reporting|stories|books|works|models?|outputs?|data|lyrics|code|songs|music|images|websites?|sites)\b`,
    modality: 'alleged',
    confidence: 0.65,
  },
  // "Acme accused Zeta of distilling its models", "the publishers accused Zeta of copying their
  // articles": a pronoun owner after an accusation is the accuser (the accused's own work is no theft)
  {
    id: 'verb.accuse-act-own-work',
    cue: /\baccus/,
    predicate: 'COPIED',
    modality: 'alleged',
    pattern: String.raw`${NOT_OBJECT}(?<o>⟦[OoPp]\d+⟧(?:(?:,? and (?:the )?|, )⟦[OoPp]\d+⟧)*){A}(?:accused|accuses|accuse|accusing) (?:the )?${DESCRIBED}(?<s>⟦[OoPp]\d+⟧(?:(?:,? and |, )⟦[OoPp]\d+⟧)*) of (?:illegally |unlawfully |improperly |secretly |systematically )?${OWN_WORK_TAKEN}`,
    confidence: 0.65,
  },
  // "Acme said it had seen evidence that Zeta had distilled its models": a claim that the accused
  // took the speaker's work
  {
    id: 'verb.say-took-own-work',
    predicate: 'COPIED',
    modality: 'alleged',
    pattern: String.raw`${NOT_OBJECT}(?<o>⟦[OoPp]\d+⟧){A}(?:said|says|alleged|alleges|claimed|claims|believes|believed|suspects|suspected)(?:(?: (?:[\w"“”-]+|⟦[a-z]\d+⟧)){0,8}? that)? (?:the )?(?:[a-z-]+ ){0,2}?(?<s>⟦[OoPp]\d+⟧) (?:had |has |have |may have |might have )?(?:illegally |improperly |unlawfully |secretly |inappropriately )?(?:distilled|copied|scraped|stole|stolen|plagiari[sz]ed|cloned|pirated|reproduced|(?:used|using) (?:the )?(?:outputs?|responses|answers) (?:of|from)) (?:[a-z-]+ ){0,3}?(?:⟦[a-z]\d+⟧'s|their|its) (?:[\w-]+ ){0,2}?${WORK}`,
    confidence: 0.6,
  },
  // "Acme has cut off dozens of developer accounts it says were linked to Zeta"
  {
    id: 'verb.suspend-accounts-linked',
    cue: /\b(?:(?:linked|tied|belonging|connected|traced|attributed) to|(?:used|operated|run|controlled) by)\b/,
    predicate: 'SUSPENDED',
    pattern: String.raw`{SL}{A}(?:suspended|suspends|banned|bans|blocked|blocks|cut off|cuts off|terminated|terminates|closed|closes|shut down|shuts down|disabled|disables|removed|removes|deactivated) (?:[\w-]+ ){0,5}?(?:accounts?|access|developers?|users?|customers?)\b(?:[^⟦⟧;]|⟦[a-z]\d+⟧){0,40}?\b(?:(?:linked|tied|belonging|connected|traced|attributed) to|(?<=accounts? )(?:used|operated|run|controlled) by) {OL}`,
    confidence: 0.75,
  },
  // "Acme's lawsuit against Zeta", "GEMA in its case against OpenAI"
  {
    id: 'noun.own-suit-against',
    cue: /\b(?:lawsuits?|suits?|case|complaint|legal action|legal challenge) against\b/,
    predicate: 'SUED',
    pattern: String.raw`{S}'s? (?:[a-z-]+ ){0,2}?(?:lawsuits?|suits?|case|complaint|legal action|legal challenge) against {OL}`,
    confidence: 0.75,
  },
  // "Perplexity, a smaller rival, ...", "Kettle Labs, a smaller rival based in Austin,", "Zeta, a
  // Bengaluru-based rival,": a rival with no one named is the story's company's
  {
    id: 'appositive.bare-rival',
    cue: /, (?:a|an|another) (?:[\w-]+ |⟦L\d+⟧-based ){0,2}?(?:rival|competitor|challenger)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`(?<!\b(?:of|to|with|from|by|for|and) ){S}, (?:a|an|another) (?:(?!(?:of|to|for|with)\b)[\w-]+ ){0,2}?(?:⟦L\d+⟧-based )?(?:rival|competitor|challenger)(?: (?:based|headquartered) in ⟦L\d+⟧(?:,? ⟦L\d+⟧)?)?(?=,|[.;]|$)`,
    implicitObject: 'salient',
    object: ['Organization'],
    subject: ['Organization'],
    confidence: 0.55,
  },
  // "Zeta's rival, Beta", "Acme's main rival, San Francisco-based Beta"
  {
    id: 'appositive.rival-of-named',
    cue: /\b(?:rival|competitor|challenger)s?,/,
    predicate: 'COMPETES_WITH',
    // "its rival, Amazon's AWS": the rival may be another's product
    pattern: String.raw`(?<o>⟦[OoRr]\d+⟧)'s? (?:[\w-]+ ){0,2}?(?:rival|competitor|challenger)s?, (?:(?!(?:and|or|but|while)\b)[\w-]+ |⟦[Ll]\d+⟧(?:-based)? ){0,3}?{XP}?{S}`,
    confidence: 0.75,
  },
  // "Nova matched Zeta's Orion on several benchmarks"
  {
    id: 'verb.benchmark-match',
    cue: /\b(?:matched|matches|equall?ed|equals|rivall?ed|edged out|edges out)\b/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`{S}{A}(?<!\b(?:and|or) )(?:matched|matches|equall?ed|equals|rivall?ed|edged out|edges out) {XP}?{OL}(?: [a-z-]+){0,4} on\b`,
    confidence: 0.7,
  },
  {
    id: 'relative.benchmark',
    cue: /\b(?:that|which)\b/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    // "Nova 3, a new model that it says matches Zeta's Orion on several benchmarks"
    pattern: String.raw`{S}, (?:a |an |the |its )?(?:[\w-]+ ){0,8}?(?:that|which)(?: (?:the )?⟦[a-z]\d+⟧ (?:says|said|claims|claimed))? (?:matches|matched|beats|beat|outperforms|outperformed|rivals|rivalled|rivaled|surpasses|surpassed|tops|topped|outscores|outscored) {XP}?{OL}`,
    confidence: 0.7,
  },
  // "released Nova last month, claiming it matched Zeta's Orion", "its Nova model ..., and the
  // company says it beats Orion": "it" after a claim is the model named before, not its maker
  {
    id: 'verb.claim-it-beats',
    cue: /\b(?:claim|say|said|boast|argu|add)\w* (?:that )?⟦[a-z]\d+⟧ (?:matche?[ds]?|beat|outperform|surpass|rival|top|outscore)/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`{S}(?:[^;⟦⟧]|⟦[a-zPL]\d+⟧){0,100}?\b(?:claiming|claimed|claims|saying|said|says|boasting|boasted|arguing|argued|adding|added)(?: that)? ⟦[a-z]\d+⟧ (?:matched|matches|beats|beat|outperforms|outperformed|surpasses|surpassed|rivals|rivalled|rivaled|tops|topped|outscores|outscored) {XP}?{OL}`,
    confidence: 0.65,
  },
  // "tests put Nova slightly behind Zeta's Orion"
  {
    id: 'verb.benchmark-rank',
    cue: /\b(?:behind|ahead of|above|below|level with)\b/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`\b(?:put|puts|putting|placed|places|ranked|ranks|ranking) {S} (?:[a-z]+ ){0,2}?(?:behind|ahead of|above|below|level with) {XP}?{O}`,
    confidence: 0.7,
  },
  // "put Nova slightly behind Zeta's Orion and well behind Beta's Vega": the second one too
  {
    id: 'verb.benchmark-rank-second',
    cue: /\b(?:behind|ahead of|above|below|level with)\b[^;]* and (?:[a-z]+ ){0,2}?(?:behind|ahead of|above|below|level with)\b/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`\b(?:put|puts|putting|placed|places|ranked|ranks|ranking) {S} (?:[a-z]+ ){0,2}?(?:behind|ahead of|above|below|level with) {XP}?⟦[A-Za-z]\d+⟧,? and (?:[a-z]+ ){0,2}?(?:behind|ahead of|above|below|level with) {XP}?{O}`,
    confidence: 0.65,
  },
  // "Nova comes within a few points of Orion"
  {
    id: 'verb.benchmark-within',
    cue: /\bwithin\b/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:comes?|came|coming|is|was|landed|lands|scored|scores) (?:[a-z-]+ ){0,3}?within (?:[a-z-]+ ){0,3}?(?:points?|percent|percentage points) of {XP}?{O}`,
    confidence: 0.7,
  },
  // "hit back at Anthropic chief executive Dario Amodei": the person, not the company before the title
  {
    id: 'verb.criticize',
    predicate: 'CRITICIZED',
    pattern: String.raw`{SL}{A}(?:criticized|criticised|criticizes|criticises|criticize|criticise|criticizing|criticising|condemned|condemns|slammed|slams|blasted|blasts|lambasted|rebuked|denounced|warned against|took aim at|takes aim at|taken aim at|taking aim at|hit out at|hits out at|hitting out at|lashed out at|lashes out at|(?:hit|hits|hitting|struck|strikes|fired|fires|firing|shot|shoots) back at|railed against|rails against|derided|derides|castigated|chided|scolded|attacked|attacks|mocked|mocks|ridiculed|ridicules|disparaged|disparages|decried|decries|excoriated|skewered|pilloried|berated|assailed|questioned|questions|pushed back (?:against|on)|pushes back (?:against|on)|(?:took|taken|takes|taking) (?:a |another )?(?:veiled |thinly veiled |thinly-veiled |pointed |public )?(?:swipe|jab|dig|shot|potshot)s? at)(?! by\b) (?:what (?:⟦[a-z]\d+⟧|he|she|they|it) (?:called|calls|described as|describes as|termed|terms) (?:as )?(?=⟦[Oo]\d+⟧'s? )|(?:⟦L\d+⟧(?:-based)? )?(?:(?!(?:what|how|who|which|why)\b)[a-z-]+ ){0,2}?(?:⟦[Oo]\d+⟧(?:'s)? (?:chief executive|CEO|founder|co-founder|chairman|chairwoman|chair|president|boss|head|chief) (?=⟦P))?){OL}`,
    confidence: 0.8,
  },
  // "Orisun's use of the archive drew criticism from Data Rights Africa"
  {
    id: 'noun.drew-criticism-from',
    cue: /\b(?:criticism|condemnation|backlash|rebuke|fire|complaints) from\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{O}(?:'s? (?:[\w-]+ ){0,4}?)?(?:has |have |had )?(?:drew|drawn|draws|drawing|faced|faces|facing|attracted|attracts|drew sharp|received|receives) (?:[\w-]+ ){0,2}?(?:criticism|condemnation|backlash|rebuke|fire|complaints) from (?:[\w-]+ ){0,3}?{SL}`,
    confidence: 0.7,
  },
  // "Elon Musk, who co-founded OpenAI and is now suing it": the second verb of a relative clause
  {
    id: 'relative.and-sue',
    predicate: 'SUED',
    pattern: String.raw`{S}, (?:who|which) (?!⟦|it |they )(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60}? and (?:is |has |was |had |have |are )?(?:now |also |since |later |recently |then )?${SUE}(?! by\b) (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.75,
  },
  {
    id: 'relative.and-criticize',
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}, (?:who|which) (?!⟦|it |they )(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60}? and (?:is |has |was |had |have |are )?(?:now |also |since |later |recently |then |publicly |repeatedly )?${CRITICIZE}(?! by\b) (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.7,
  },
  // "Jane Roe, who travelled to Beijing on Thursday at the invitation of Acme, has repeatedly criticized
  // Zeta": the verb after a relative clause is its subject's
  {
    id: 'relative.then-criticize',
    cue: /, (?:who|which)\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}, (?:who|which) (?!⟦|it |they )(?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,120}?, (?:has |had |have )?(?:also |long |repeatedly |publicly |previously |openly |since |now )?${CRITICIZE} (?:the )?(?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.7,
  },
  // "Jane Roe, the founder of Acme, who has criticised Zeta's approach": the person criticises
  {
    id: 'relative.who-criticize',
    cue: /, who\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{S:P}, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60}, who (?:has |had |have )?(?:also |long |repeatedly |publicly |previously |openly )?${CRITICIZE} (?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.7,
  },
  // "Acme said it had found accounts linked to Zeta and had banned those accounts"
  {
    id: 'verb.accounts-linked-then-banned',
    cue: /\baccounts (?:linked|tied|belonging|connected|traced) to\b/,
    predicate: 'SUSPENDED',
    pattern: String.raw`(?<!\b(?:by|of|to|from|with|in|at|for) ){S}{A}(?:[^⟦⟧;]|⟦[a-z]\d+⟧)*?\baccounts (?:linked|tied|belonging|connected|traced) to {OL}(?:[^⟦⟧;]){0,40}?\b(?:banned|suspended|blocked|cut off|closed|terminated|disabled|shut down|removed) (?:those|the|these|all of those|all the) accounts\b`,
    confidence: 0.7,
  },
  // "Acme removed the Zeta app from its store"; "Acme and Beta were told to remove Nova from their app stores"
  {
    id: 'verb.remove-from-store',
    cue: /\b(?:stores?|marketplaces?|apps?)\b/,
    predicate: 'SUSPENDED',
    pattern: String.raw`{SL}{A}(?<!\b(?:to|told|ordered|asked|required|directed) )(?:removed|removes|remove|pulled|pulls|delisted|delists|took down|takes down) (?:the )?(?:⟦O\d+⟧'s? |(?:[\w-]+ ){0,2}?app )?{O}(?: app| apps| chatbot| application)? from (?:its|their|⟦[a-z]\d+⟧'s|the) (?:(?:[\w-]+|⟦L\d+⟧) ){0,2}?(?:app ?stores?|stores?|marketplaces?|(?<=\bapps? [^;]{0,60})⟦R\d+⟧)(?:\b|(?<=⟧))`,
    confidence: 0.75,
  },
  {
    id: 'verb.told-to-remove',
    cue: /\bstores?\b/,
    predicate: 'SUSPENDED',
    modality: 'planned',
    pattern: String.raw`{SL}{A}(?:were|was|have been|has been|are|is) (?:told|ordered|asked|required|directed) to (?:remove|pull|delist|take down) (?:the )?(?:⟦O\d+⟧'s? )?{O}(?: app| apps| chatbot| application)? from (?:its|their|⟦[a-z]\d+⟧'s|the) (?:(?:[\w-]+|⟦L\d+⟧) ){0,2}?(?:app ?stores?|stores?|marketplaces?)\b`,
    confidence: 0.7,
  },
  // "OpenAI was criticised by Elon Musk\", "Acme has drawn criticism from Jane Roe"
  {
    id: 'passive.criticize',
    predicate: 'CRITICIZED',
    pattern: String.raw`{OL}{A}(?:was|were|has been|have been|is being|are being|had been|is|are) (?:[a-z]+ )?(?:criticized|criticised|condemned|slammed|blasted|lambasted|rebuked|denounced|attacked|mocked) by (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.8,
  },
  {
    id: 'noun.criticism-from',
    predicate: 'CRITICIZED',
    pattern: String.raw`{OL}{A}(?:has |have |had )?(?:drew|draws|drawn|drawing|faced|faces|facing|attracted|attracts|came under|comes under|coming under) (?:[a-z-]+ ){0,2}?(?:criticism|condemnation|fire|backlash|attacks?) from (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.7,
  },
  // "Jane Roe, who has been critical of Acme", "Zeta is sharply critical of Beta"
  {
    id: 'adjective.critical-of',
    cue: /\bcritical of\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`(?<!\b(?:at|of|for|from|with|by|to|in) ){S}(?:, who)?{A}(?:has been|have been|had been|is|are|was|were|been|remains|remained) (?:[a-z]+ )?critical of {OL}`,
    confidence: 0.7,
  },
  // "Zeta called Acme's accusations \"baseless\"", "dismissed Acme's claims as a smear"
  {
    id: 'verb.dismiss-claims',
    cue: /\b(?:accusations?|allegations?|claims?|charges)\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}{A}(?:called|calls|dismissed|dismisses|rejected|rejects|described|describes|branded|brands|labell?ed|labels) (?<o>⟦[OoPp]\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:accusations?|allegations?|claims?|charges)\b`,
    confidence: 0.65,
  },
  // "Gary Marcus, a longtime critic of OpenAI"
  {
    id: 'noun.critic-of',
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}(?:, |{A}(?:is|was|has been|had been|remains|became|has long been) )(?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:critic|detractor) of {OL}`,
    confidence: 0.7,
  },
  // "Acme has been the target of criticism from Zeta", "drew criticism from Zeta"
  {
    id: 'noun.criticism-from',
    cue: /\b(?:criticism|condemnation|attacks?|rebuke|scorn) (?:from|by)\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{O}{A}(?:(?:is|was|has been|had been|became) (?:the |a )?(?:target|subject|object) of|drew|draws|drawing|faced|faces|facing|came under|comes under|attracted|attracts) (?:(?:sharp|harsh|fierce|strong|growing|public|heavy|intense|withering|repeated) )*(?:criticism|condemnation|attacks?|rebuke|scorn|fire) (?:from|by) (?:[a-z-]+ ){0,2}?{SL}`,
    confidence: 0.7,
  },
  // "Jane Roe wrote that Acme's approach was "too expensive to scale"", "calling Acme's system "a
  // black box"": a quoted judgement on another, with a word of blame in the quote
  {
    id: 'verb.said-quoted-criticism',
    cue: /["“]/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}{A}(?:said|says|wrote|writes|argued|argues|warned|warns|added|complained|complains|posted|calling|called|calls|saying|describing|described|describes)(?: (?:on|in) [^⟦⟧,;"“”]{1,30})?,?(?: that)? (?:the )?{XP}?{O}(?:'s?)?(?: [a-z-]+){0,4}? ["“](?=[^"“”]{0,120}?\b(?:too|misguided|unacceptable|dangerous|reckless|irresponsible|risky|a risk|black box|struggles?|fail(?:s|ed|ing|ure)?|bad|badly|worse|worst|problems?|problematic|mistakes?|wrong|flawed|overhyped|hype|bubble|malpractice|harmful|unsafe|unfair|illegal|theft|stole|steal|cheat\w*|lies|lying|joke|nonsense|absurd|disappointing|disaster|terrible|poor|fraud|scam|predatory|exploit\w*|backdoor|misleading|deceptive|hypocritical|arrogant|greedy|broken)\b)`,
    confidence: 0.6,
  },
  // "Jane Roe called Acme's approach reckless": a judgement on a company's conduct
  {
    id: 'verb.called-reckless',
    cue: /\b(?:called|calls|calling|branded|brands|labelled|labeled)\b/,
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}{A}(?:called|calls|calling|branded|brands|labelled|labeled) {O}(?:'s? (?:[a-z-]+ ){0,2}?(?:approach|behaviou?r|conduct|practices|plans?|decision|policy|policies|models?|products?|strategy|tactics|move|deal|claims?))? (?:as )?(?:(?:a|an) )?(?:[a-z]+ )?(?:reckless|dangerous|irresponsible|unsafe|deceptive|misleading|unethical|illegal|unlawful|anti-competitive|anticompetitive|predatory|harmful|a threat|a danger|a scam|a fraud|hypocritical|absurd|outrageous|shameful|alarming)\b`,
    confidence: 0.65,
  },
  {
    id: 'verb.doubt',
    predicate: 'CRITICIZED',
    pattern: String.raw`{S}{A}(?:has |have )?(?:expressed|voiced|raised) (?:⟦[a-z]\d+⟧'s |his |her |their |its )?(?:belief|doubts|concerns?|skepticism|scepticism) that (?:[a-z-]+ ){0,4}?(?:like|such as|including)? ?{OL}`,
    confidence: 0.6,
  },

  // "OpenAI has suspended TikTok-parent ByteDance", "cut off ByteDance's access"
  {
    id: 'verb.suspend',
    predicate: 'SUSPENDED',
    // "Acme was cut off from Zeta's platform" is a passive (passive.suspend); "suspended the
    // Brazilian operations of Zeta", "the developer accounts of two start-ups, A and B"
    pattern: String.raw`{S}{A}(?<!\b(?:was|were|been|being|is|are|be|get|got|gets|getting) )(?:suspended|suspends|suspend|suspending|banned|bans|ban|banning|blocked|blocks|block|blocking|cut off|cuts off|cutting off|terminated|terminates|terminate|terminating|revoked|revokes|revoke|disabled|deactivated|kicked off|shut off|pulled the plug on|pulls the plug on|(?:cut|cuts|cutting|severed|severs|severing) (?:all )?ties with|(?:cut|cuts|cutting)(?= ⟦[Oo]\d+⟧'s? (?:[\w-]+ )?access\b)|(?:shut|shuts|shutting) down(?= (?:the )?⟦[Oo]\d+⟧'s? (?:[a-z-]+ )?accounts?\b))(?! by\b) (?:the )?(?:(?:[a-z-]+ |⟦[a-z]\d+⟧ ){0,2}?(?:[A-Z][a-z]+ )?(?:accounts?|operations|services|licen[cs]es?) (?:of|belonging to) (?:the )?(?:(?:[\w-]+ |⟦L\d+⟧ ){0,3}?(?:start-?ups|companies|firms|developers|customers),? )?(?:[a-z-]+ ){0,2}?|(?:[a-z-]+ ){0,2}?(?:⟦[A-Za-z]\d+⟧-[a-z]+ )?){OL}`,
    confidence: 0.85,
  },
  // "OpenAI has cut off API access for Zeta", "revoked developer access for Zeta"
  {
    id: 'verb.cut-access',
    predicate: 'SUSPENDED',
    pattern: String.raw`{S}{A}(?:cut off|cuts off|cutting off|shut off|revoked|revokes|suspended|suspends|blocked|blocks|ended|ends|halted|halts) (?:[\w-]+ ){0,2}?access (?:for|to) (?:the )?{OL}`,
    confidence: 0.8,
  },
  // "Apple removed Zeta's app from its App Store", "suspended its contract with Zeta", "dropped
  // Zeta as a supplier": a platform or a customer cutting a company off
  {
    id: 'verb.remove-from-store',
    cue: /\b(?:removed|removes|pulled|delisted)\b/,
    predicate: 'SUSPENDED',
    pattern: String.raw`{S}{A}(?:removed|removes|pulled|delisted) (?<o>⟦[OoRr]\d+⟧)(?:'s? (?:[a-z-]+ )?(?:app|apps|chatbot|service))? from (?:its |the |⟦[a-z]\d+⟧'s )?(?:⟦R\d+⟧|(?:[A-Z][a-z]+ )?(?:app stores?|stores?|App Store|platform|marketplace))`,
    confidence: 0.65,
  },
  {
    id: 'verb.suspend-contract',
    cue: /\b(?:suspended|suspends|terminated|terminates|cancelled|canceled|cancels|scrapped|scraps)\b/,
    predicate: 'SUSPENDED',
    // "Acme said it had suspended its contract with Zeta"
    pattern: String.raw`{S}{A}(?:(?:said|says) (?:that )?(?:it|they) (?:had |has |have |would |will |was |is )?)?(?:suspended|suspends|terminated|terminates|cancelled|canceled|cancels|scrapped|scraps) (?:its|their|a|the|⟦[a-z]\d+⟧'s) (?:[\w$.,-]+ ){0,3}?(?:contract|deal|agreement|relationship) with (?:the )?{O}`,
    confidence: 0.65,
  },
  {
    id: 'verb.drop-supplier',
    cue: /\b(?:dropped|drops|dumped|dumps) ⟦/,
    predicate: 'SUSPENDED',
    pattern: String.raw`{S}{A}(?:dropped|drops|dumped|dumps) {O} as (?:a |an |its |their )?(?:[a-z-]+ )?(?:supplier|vendor|partner|provider|customer|client)\b`,
    confidence: 0.65,
  },
  // "Acme was cut off from Zeta's platform", "Acme lost access to Zeta's models": the platform's
  // owner suspended the company
  {
    id: 'passive.suspend',
    cue: /\b(?:from|by|access to)\b/,
    predicate: 'SUSPENDED',
    pattern: String.raw`{OL}{A}(?:(?:was|were|has been|have been|had been|is being|got|gets|has|have|had) (?:been )?(?:suspended|banned|blocked|cut off|kicked off|locked out|shut out) (?:from (?:using |accessing )?|by )|(?:lost|loses|losing|has lost|had lost) (?:its |their )?access to )(?:the )?{S}(?!'s? ⟦)`,
    confidence: 0.8,
  },
  // "Samsung banned employees from using ChatGPT": a company cutting its staff off a tool
  {
    id: 'verb.ban-staff',
    predicate: 'SUSPENDED',
    pattern: String.raw`{S}{A}(?:banned|bans|ban|barred|bars|bar|prohibited|prohibits|prohibit|blocked|blocks|block|forbade|forbids|forbid|restricted|restricts|restrict) ${OWN_STAFF_NOUN} from (?:using|accessing) (?:[\w-]+ ){0,4}?(?:such as |like |including )?{XP}?{OL}`,
    confidence: 0.8,
  },
  // "Acme told its personnel not to use Zeta": a tool named, not a pronoun (which often finds the
  // wrong antecedent in such stories, with many tools named)
  {
    id: 'verb.tell-staff-not-to-use',
    cue: /\b(?:to stop using|not to use|to stop accessing|not to access|to avoid using)\b/,
    predicate: 'SUSPENDED',
    pattern: String.raw`{S}{A}(?:told|tells|ordered|orders|instructed|instructs|asked|asks|advised|advises) ${OWN_STAFF_NOUN} (?:to stop using|not to use|to stop accessing|not to access|to avoid using) (?:[\w-]+ ){0,4}?{XP}?(?<o>⟦[OR]\d+⟧)`,
    confidence: 0.75,
  },
  // "Acme restricted staff use of ChatGPT", "limited employee access to Copilot"
  {
    id: 'noun.staff-use',
    predicate: 'SUSPENDED',
    pattern: String.raw`{S}{A}(?:restricted|restricts|restrict|limited|limits|limit|curbed|curbs|banned|bans|ban|blocked|blocks) (?:its |their |⟦[a-z]\d+⟧'s )?(?:staff|employee|employees'|workers'|internal|workplace) (?:use|usage|access) (?:of|to) (?:[\w-]+ ){0,4}?(?:such as |like |including )?{XP}?{OL}`,
    confidence: 0.75,
  },
  {
    id: 'passive.suspend',
    predicate: 'SUSPENDED',
    pattern: String.raw`{O}'s? (?:[a-z]+ )?(?:account|accounts|access)(?: to [^⟦⟧]{0,30})? (?:has been|was|had been|have been|were|is|are|is being) (?:[a-z]+ )?(?:suspended|terminated|cut off|blocked|revoked|disabled|banned)`,
    implicitSubject: 'first',
    confidence: 0.7,
  },
  {
    id: 'passive.suspend-by',
    predicate: 'SUSPENDED',
    pattern: String.raw`{OL}{A}(?:has been|was|had been|have been|were|is|are) (?:[a-z]+ )?(?:suspended|banned|blocked|cut off) by {S}`,
    confidence: 0.85,
  },

  // "Microsoft is competing with Alphabet", "a rival to OpenAI", "ChatGPT rival Claude", "beats GPT-4"
  // "Anka would be benchmarked against GPT-4o and Llama 3", "a Rabat firm that bid against
  // Capgemini", "setting up a direct challenge to Wayve", "struggled to gain traction against ChatGPT"
  {
    id: 'verb.measured-against',
    cue: /\b(?:against|challenge to)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}(?:{A}|, (?:a|an|the) (?:[^⟦⟧;,]|⟦[a-zL]\d+⟧){0,40}?(?:that|which) )(?:(?:is|was|were|are|will be|would be|has been|had been|being) )?(?:(?:benchmarked|compared|tested|measured|pitted) (?:directly |head-to-head )?against|(?:bid|bids|bidding) (?:directly )?against|(?:struggled|struggles|struggling|managed|failed|fails) to (?:gain|win) (?:traction|ground|share|customers) against)(?: (?:the )?(?:[a-z-]+ ){0,2}?)? ?{XP}?{OL}`,
    confidence: 0.7,
  },
  // "a move that would put it in direct competition with Zeta", "the venture pits Acme against Zeta"
  {
    id: 'verb.put-in-competition',
    cue: /\b(?:competition|rivalry|against)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`\b(?:put|puts|putting|place|placed|places|placing|bring|brings|bringing|brought|pit|pits|pitting|pitted|set|sets|setting) {S} (?:(?:in|into) (?:more |closer |greater |increasingly |even more )?(?:direct |head-to-head |fierce |stiff |tighter |closer |open )?(?:competition|rivalry) with|(?:directly |squarely |head-to-head )?against) (?:[\w-]+ ){0,2}?{XP}?{OL}`,
    confidence: 0.7,
  },
  {
    id: 'noun.challenge-to',
    cue: /\bchallenge to\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[a-zL]\d+⟧)*?\b(?:setting up|sets up|set up|posing|poses|posed|pose|mounting|mounts|mounted|presenting|presents|presented) (?:a |an )?(?:direct |serious |major |new |fresh |bigger )?challenge to (?:[A-Z][a-z]+ |[a-z-]+ ){0,3}?{XP}?{OL}`,
    confidence: 0.7,
  },
  {
    id: 'verb.fight-for',
    cue: /\b(?:fought|fights|fight|fighting|battled|battles|battle|battling|vied|vies)\b/,
    predicate: 'COMPETES_WITH',
    // "Intercom has long fought Zendesk for the same support-desk customers"
    pattern: String.raw`{S}{A}(?:fought|fights|fight|fighting|battled|battles|battle|battling|vied with|vies with) {OL} for (?:the same |a share of |market share|(?:[a-z-]+ ){0,3}?(?:customers|clients|contracts|users|buyers|deals|business|orders|talent|market))`,
    confidence: 0.75,
  },
  {
    id: 'verb.compete',
    predicate: 'COMPETES_WITH',
    // "Acme, which uses Zeta chips, rivals Beta": a name inside a relative clause is not its subject;
    // "they compete for orders from Zeta": a name after "from" is no rival; "rivals including" is a noun;
    // "competes with Israeli start-up Zeta": a nationality the text names no country by
    pattern: String.raw`(?<!,\s(?:which|who|that)\b[^,;]*){S}'?s?{A}(?!rivals? (?:including|such as|like|include|includes|are|were)\b)(?:compete|competes|competed|competing|vie|vies|vying|rival|rivals|rivaled|rivalled|rivaling|challenge|challenges|challenged|challenging|takes on|took on|take on|taking on|(?:is|are|was|were) (?:also |now |still )?up against|goes up against|went up against|(?:battles|battled|battling|races|raced|racing)(?= (?:against|with) )|(?:chasing|chases|chased)(?= ⟦)|(?:races|raced|racing|race)(?= ⟦)|(?:keep|keeps|kept|keeping) pace with|(?:go|going) up against|squares off|squared off|(?:go|goes|went|going) head(?:-to-| to )head|undercut|undercuts|undercutting|(?:struggled|struggles|struggling|failed|fails|failing) to (?:gain traction|gain ground|make headway|compete)(?= against)) (?:(?:directly|head-on|better|fiercely|closely) )?(?:for (?:[A-Za-z-]+ |⟦[Ll]\d+⟧ ){1,4}?(?=with ))?(?:with |against )?(?:⟦L\d+⟧ (?=[a-z])|[A-Z][a-z]+ (?=[a-z]))?(?:(?!from )[a-z-]+ ){0,5}?(?:such as |like |including )?{XP}?{OL}(?! (?:in|before) (?:an? |the )?(?:[\w-]+ ){0,2}?courts?\b)`,
    confidence: 0.8,
  },
  {
    id: 'verb.compete-distant',
    predicate: 'COMPETES_WITH',
    // ("Orlev would help Cisco compete with Zeta": the company helped competes, not the helper)
    pattern: String.raw`{BOS}{S}(?!(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:help|helps|helped|helping|allow|allows|allowed|enable|enables|enabled|let|lets) ⟦[Oo]\d+⟧ (?:to )?(?:compete|vie)\b)(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:compete|competes|competing|competed|vie|vying) (?:directly |head-on |fiercely )?(?:with|against) (?:[a-z-]+,? |⟦[Ll]\d+⟧ ){0,4}?(?:such as |like |including )?{OL}`,
    confidence: 0.6,
  },
  // "... to develop products capable of competing with AI giants such as OpenAI": the article's company competes
  {
    id: 'verb.compete-implicit',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`^(?:[^⟦⟧]|⟦[Pp]\d+⟧)*\b(?:compete|competes|competing|competed|vie|vying) (?:directly |head-on |fiercely )?(?:with|against) (?:[a-z-]+,? ){0,4}?(?:such as |like |including )?{OL}`,
    implicitSubject: 'salient',
    subject: ['Organization'],
    confidence: 0.5,
  },
  // "Mistral, which has positioned itself as a European alternative to OpenAI", "Humain Chat, a
  // chatbot pitched as an answer to ChatGPT", "Nova was trained on Zeta TPUs and was pitched as
  // an alternative to Orion": the pitch after a relative clause, an appositive or a first verb
  {
    id: 'participle.pitched-as',
    cue: /\b(?:positioned|pitched|billed|touted|marketed|presented|cast|promoted|hailed|positions|pitches|bills|touts|markets|presents|casts|promotes)(?: itself| themselves)? as\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}(?!'s?\b)(?:(?: [a-z-]+)?,? (?:which|that|who) |(?: [a-z-]+)?, (?:a|an|the) (?:[^;⟦⟧,]|⟦[a-z]\d+⟧){0,60}? |(?:[^;⟦⟧,]|⟦[a-zOL]\d+⟧){0,80}? and )(?:(?:is|was|were|are|has been|have been|had been|being) (?:(?:also|widely|since|long) )*(?:positioned|pitched|billed|touted|marketed|presented|cast|promoted|hailed)|(?:(?:has|have|had) (?:(?:also|since|long) )*)?(?:positioned|pitched|billed|touted|marketed|presented|cast|promoted|hailed|positions|pitches|bills|touts|markets|presents|casts|promotes)(?= (?:itself|themselves) as)(?: itself| themselves)?|(?:positioned|pitched|billed|touted|marketed|presented|cast|promoted|hailed)(?= as)) as (?:a |an |the |yet another |another )?(?:[\w-]+ |⟦[Ll]\d+⟧ ){0,3}?(?:rival|competitor|challenger|alternative|answer|counterweight)s? (?:to|of|for) {XP}?{OL}`,
    confidence: 0.75,
  },
  {
    id: 'appositive.rival',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}(?: (?:chip|model|chatbot|app|tool|service|platform|GPU|processor|system|assistant))?,? (?:(?:has |have |is |was |had )?(?:been )?(?:widely )?(?:emerged|emerges|positioned|positions|pitched|pitches|billed|bills|touted|touts|marketed|markets|described|describes|seen|viewed|regarded|presented|presents|cast|casts)(?: abroad| globally| internationally| widely)? (?:itself |themselves |himself )?as |as |is |was |becomes |became )?(?:a |an |the |yet another |another |one )?(?:[\w-]+ |[a-z]+'s |["“”][^"“”⟦⟧]{1,20}["“”] |⟦[Ll]\d+⟧ ){0,3}?(?:(?:rival|competitor|challenger|alternative|answer|threat)s?(?: [a-z-]+){0,2}? (?:to|of)|match for) (?:the )?(?:⟦[A-Za-z]\d+⟧ (?:maker|creator|developer) |⟦[A-Za-z]\d+⟧-[a-z]+ )?{XP}?{OL}`,
    confidence: 0.85,
  },
  // "Google rolled out Bard in February as its answer to ChatGPT": the product launched "as" an answer
  {
    id: 'verb.launched-as-answer',
    cue: /\bas (?:\S+ ){1,2}(?:answer|response|rival|alternative|challenger) to\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`\b(?:launched|launches|launching|rolled out|rolls out|released|releases|unveiled|unveils|introduced|introduces|debuted|debuts|pitched|pitches) {S:R}(?: (?:[^⟦⟧;,]|⟦[Ll]\d+⟧){1,40}?)?,? as (?:⟦[a-z]\d+⟧'s|its|their|an|a) (?:[a-z-]+ )?(?:answer|response|rival|alternative|challenger) to {XP}?{OL}`,
    confidence: 0.8,
  },
  // "Mistral AI unveiled Le Chat, a chatbot app that it hopes will rival ChatGPT": the product
  {
    id: 'appositive.hoped-rival',
    cue: /\b(?:rival|challenge|compete|take on|beat|outperform|topple|dethrone)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S:R}, (?:a|an|the) (?:[^⟦⟧,;]|⟦L\d+⟧){0,50}?\b(?:that|which) (?:⟦[a-z]\d+⟧ (?:hopes|says|believes|claims|expects|thinks|bets) )?(?:will |could |can |would |might |may )?(?:rival|rivals|challenge|challenges|compete with|competes with|take on|takes on|beat|beats|outperform|outperforms|topple|dethrone)(?: (?:[a-z-]+ ){0,2}?)? {XP}?{OL}`,
    confidence: 0.75,
  },
  {
    id: 'appositive.answer',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}(?:,? [–—-]? ?| (?:is|was|has been) (?:[a-z]+ ){0,2}?as | (?:has |have |had )?(?:positioned|pitched|billed|cast|presented|marketed|styled|touted) (?:itself |themselves )?as | (?:is|was|has been|became|becomes|remains) (?:seen as |billed as |called )?)(?:the )?(?:⟦[A-Za-z]\d+⟧'s? )(?:answer|response|reply) to (?:⟦[A-Za-z]\d+⟧ (?:maker|creator|developer) )?{XP}?{OL}`,
    confidence: 0.8,
  },
  // "Acme faces growing competition at home from Beta and Gamma"
  {
    id: 'noun.competition-from',
    cue: /\bcompetition\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}{A}(?:faces|faced|facing|face|sees|saw|meets|met|is up against) (?:[\w-]+ ){0,3}?competition (?:(?:at home|abroad|in [\w-]+(?: [a-z-]+)?|in ⟦L\d+⟧) )?from (?:(?:[a-z-]+|⟦L\d+⟧) ){0,3}?(?:such as |like |including )?{XP}?{OL}`,
    confidence: 0.75,
  },
  // "Acme competes with Beta, which ..., and with Gamma's Nova": a second object after a relative clause
  {
    id: 'verb.compete-and-with',
    cue: /\b(?:and|as well as) (?:also )?with\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}{A}(?:compete|competes|competed|competing|vies|vying) (?:directly |head-on |fiercely )?with (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){3,140}?,? (?:and|as well as) (?:also )?with (?:(?:[a-z-]+|⟦L\d+⟧(?:-based)?) ){0,3}?(?:such as |like |including )?{XP}?{OL}`,
    confidence: 0.7,
  },
  // "Amazon is pitching its own Trainium processors as a cheaper alternative to Nvidia's chips"
  {
    id: 'verb.pitch-as-rival',
    cue: /\b(?:rival|competitor|challenger|alternative|answer)s? (?:to|of)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`\b(?:pitching|pitches|pitched|positioning|positions|positioned|marketing|markets|marketed|touting|touts|touted|billing|bills|billed|promoting|promotes|promoted|presenting|presents|presented) {XP}?(?:own )?{S}(?: [a-z-]+)? as (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:rival|competitor|challenger|alternative|answer)s? (?:to|of) {XP}?{OL}`,
    confidence: 0.75,
  },
  // "its R1 model, which the company says rivals Zeta's o1": the model rivals
  {
    id: 'relative.says-rivals',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}(?: [a-z]+){0,3}?,? (?:which|that) (?:the ⟦[a-z]\d+⟧ |⟦[A-Za-z]\d+⟧ |it |they )(?:says|said|claims|claimed|believes) (?:it )?(?:rivals|rivalled|rivaled|matches|matched|beats|outperforms|outperformed|surpasses|surpassed|competes with) {XP}?{OL}`,
    confidence: 0.75,
  },
  // "Apple, Samsung's biggest rival in phones", "Zeta is Acme's main competitor"
  {
    id: 'appositive.possessive-rival',
    cue: /\b(?:rivals?|competitors?|challenger|nemesis)\b/,
    predicate: 'COMPETES_WITH',
    // "Zeta is widely seen as Acme's main competitor", "Zeta is one of Acme's fiercest rivals"
    pattern: String.raw`{S}(?:, | (?:is|was|has become|had become|have become|became|becomes|remains|remained|is now|has emerged as|had emerged as|emerged as) (?:(?:widely |often |generally |now )?(?:seen|regarded|viewed|considered|described) as )?(?:one of |among )?)(?:the |a |an )?(?<o>⟦[OoRr]\d+⟧)'s? (?:[\w-]+ |⟦[Ll]\d+⟧ ){0,3}?(?:rival|rivals|competitor|competitors|challenger|nemesis)\b`,
    confidence: 0.8,
  },
  {
    id: 'compound.rival',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{O} (?:rival|competitor|challenger|alternative),? (?:dubbed |called |named )?["“']?{S}`,
    confidence: 0.85,
  },
  {
    id: 'compound.rival-noun',
    predicate: 'COMPETES_WITH',
    // ("will rival ChatGPT": the verb, not the noun)
    pattern: String.raw`\b(?<![-\w]|⟧ |\b(?:will|could|can|would|may|might|to|hopes|hope) )[Rr]ival (?:{ON} )?{O}(?!'| rival)`,
    implicitSubject: 'salient',
    subject: ['Organization'],
    confidence: 0.55,
  },
  // "talks to sell itself to Zeta, the London-based rival.": a rival in apposition, of no one named
  {
    id: 'appositive.bare-rival',
    cue: /\b(?:rival|competitor)(?:[.,;]|$)/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}, (?:the |a |an )(?:⟦L\d+⟧-based |[a-z-]+ ){0,2}?(?:rival|competitor)(?=[.,;]|$)`,
    implicitObject: 'salient',
    object: ['Organization'],
    confidence: 0.6,
  },
  // "the pressure on NatWest's rivals HSBC and Lloyds": the possessor's rivals
  {
    id: 'possessive.rivals',
    cue: /⟧'s? (?:[a-z-]+ ){0,2}?(?:rivals|competitors)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}'s? (?:[a-z-]+ ){0,2}?(?:rivals|competitors)(?: such as| like| including)?,? {OLX}`,
    confidence: 0.75,
  },
  {
    id: 'list.rivals',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`(?<!\b(?:says|said|claims|claimed|which|that|it|also|and|model|chip|product) |^|⟧'s? (?:[a-z-]+ ){0,2}|⟦[OoRrPp]\d+⟧ (?:(?:now|already|also|still|directly|closely) )?)\b(?:[Rr]ivals|[Cc]ompetitors|competing with rivals)(?: such as| like| including)? {OLX}`,
    implicitSubject: 'first',
    confidence: 0.65,
  },
  // "Rivals such as Beta and Gamma could benefit": a sentence opening on rivals means the story's company's
  {
    id: 'list.rivals-opening',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`^(?:Rivals|Competitors)(?: such as| like| including)? {OLX}`,
    implicitSubject: 'salient',
    subject: ['Organization'],
    confidence: 0.6,
  },
  {
    id: 'verb.beat',
    // "briefly topped Apple's App Store charts": a ranking in a store, not a rival
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}'?s?{A}(?<!\b(?:and|or) )(?:beat|beats|beating|overtook|overtakes|overtake|overtaken|overtaking|surpass|surpassed|surpasses|surpassing|outperform|outperformed|outperforms|outperforming|outscore|outscored|outscores|dethrone|dethroned|dethrones|dethroning|unseat|unseated|unseats|unseating|(?:losing|lost|loses|lose) (?:ground|(?:market )?share|customers|business|out) to|(?:steal|steals|stole|stealing|win|wins|won|winning|take|takes|took|taking|grab|grabs|grabbed|grabbing) (?:market share|share|customers|users|business) from|topped|tops|toppled|leapfrogged|caught up with|catch up with|catching up with|is positioned as (?:a )?(?:major )?leap over|was positioned as (?:a )?(?:major )?leap over|fell slightly behind|fell behind|lags behind|trails|trailed|edged out|edges out|outpaced|outpaces|outclassed|outclasses|scored higher than|scores higher than|ranked above|ranks above|ranked ahead of|ranks ahead of|finished ahead of|came in ahead of|(?:is|was|came|comes|landed) (?:just |slightly |well |far )?(?:ahead of|behind)|(?:is|was|are|were|performs|performed|performing|scores|scored|scoring) (?:roughly |about |nearly |broadly |largely )?(?:on par with|comparable to|competitive with)|(?:compares|compared|comparing|compare) (?:very )?favou?rably (?:with|to|against)|(?:stacks|stacked|stack) up (?:well )?against)(?![^.;,]{0,60}? (?:charts?|download rankings?)\b) (?:[a-z-]+,? ){0,6}?(?:such as |including |like )?{XP}?(?:(?:much |far |slightly |significantly )?(?:larger|bigger|smaller|newer|older|costlier|pricier|cheaper|more expensive|more powerful) )?{OL}(?!'s? (?:[a-z-]+ ){1,3}⟦R)`,
    confidence: 0.75,
  },
  // "the model came close to Beta's Nova", "outperformed Zeta's Orion and came within a few
  // points of Beta's Nova": a product measured against another (a company "matching" something
  // is mostly an offer or a price, so the subject must be a product)
  {
    id: 'verb.benchmark-close',
    cue: /\b(?:matched|matches|matching|came close to|comes close to|coming close to|(?:came|comes|coming) within)\b/,
    predicate: 'COMPETES_WITH',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:(?:outperformed|outperforms|beat|beats|surpassed|surpasses) (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){1,80}? and )?(?:matched|matches|matching|came close to|comes close to|coming close to|(?:came|comes|coming) within (?:[\w-]+ ){1,4}?of) (?:[a-z-]+,? ){0,3}?{XP}?{OL}`,
    confidence: 0.7,
  },
  // "Acme and Zeta are rivals", "Acme and Zeta have long been fierce competitors"
  {
    id: 'copula.pair-rivals',
    cue: /\b(?:rivals|competitors)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S} and (?:[a-z-]+ ){0,2}?{O}(?:,[^⟦⟧;,]{1,60},)? (?:are|were|remain|became|(?:have|had)(?: [a-z]+)? (?:been|become))(?: [a-z]+){0,3}? (?:rivals|competitors)\b`,
    confidence: 0.75,
  },
  // "Samsung and SK Hynix compete for orders from Nvidia", "Acme and Zeta have long vied for talent"
  // ("A and B are also competing" compete with the story's company, not with each other)
  {
    id: 'verb.pair-compete',
    cue: /\b(?:compet|vie|vying|vied|battl|jostl|locked in)/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`(?<!⟦[A-Za-z]\d+⟧, ){S} and {O}(?:,? (?:as they|which|that|who))?(?: (?:have|had|are|were|will|would|still|now|long|increasingly|directly|fiercely|both)){0,2} (?:compete|competed|competing|vie|vied|vying|battle|battled|battling|jostle|jostled|jostling|(?:are|were|remain|have been) locked in (?:a |an )?(?:[a-z-]+ )?(?:battle|war|race|fight|contest|rivalry|struggle))\b(?! (?:with|against)\b)`,
    confidence: 0.7,
  },
  {
    id: 'passive.beat',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{O}{A}(?:was|were|has been|had been) (?:toppled|overtaken|beaten|surpassed|outperformed|dethroned) by {XP}?{S}`,
    confidence: 0.75,
  },
  {
    id: 'noun.competition',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}[^⟦⟧;]{0,20}? in (?:(?:a|an) )?(?:(?:direct|head-to-head|fierce|bitter|intense|growing|costly|global) )*(?:competition|contest|battle|race|rivalry|fight|(?:price |talent )?war) with (?:[^⟦⟧;]{0,50}?)(?:such as |like |including )?{XP}?{OL}`,
    confidence: 0.75,
  },
  // "Qwen3 matched GPT-4o on coding tests": a model matching another (companies matching an offer
  // do not compete)
  {
    id: 'verb.matched',
    cue: /\b(?:matched|matches|rivalled|rivaled|rivals|equalled|equaled)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S:R}{A}(?:matched|matches|rivalled|rivaled|rivals|equalled|equaled) (?:[a-z-]+,? ){0,3}?{XP}?{OL:R}`,
    confidence: 0.7,
  },
  // "Acme is an OpenAI rival", "Acme became a Zeta competitor": a rival named by the one it rivals
  {
    id: 'verb.is-named-rival',
    cue: /⟧ (?:rival|competitor|challenger)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}{A}(?:is|was|are|were|became|becomes|remains|has become) (?:a |an |another |the )(?:[\w-]+ ){0,2}?{O}(?:-backed)? (?:rival|competitor|challenger)\b`,
    confidence: 0.75,
  },
  // "the firm picked Qwen over Baidu's Ernie": a choice between two is a comparison of rivals
  {
    id: 'verb.picked-over',
    cue: /\b(?:picked|chose|chosen|selected|preferred|prefers|favou?red|favou?rs)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`\b(?:picked|chose|chosen|selected|preferred|prefers|favoured|favored|favours|favors) {XP}?{S} over {XP}?{O}`,
    confidence: 0.65,
  },
  // "KDDI, Japan's second-largest carrier and a rival of SoftBank": a rival in a second appositive
  {
    id: 'appositive.and-rival-of',
    cue: /\band (?:a|an|the) (?:[\w-]+ ){0,2}?(?:rival|competitor|challenger)s? (?:of|to)\b/,
    predicate: 'COMPETES_WITH',
    pattern: String.raw`{S}, (?:[^;⟦⟧,]|⟦[A-Za-z]\d+⟧){1,60}? and (?:a|an|the) (?:[\w-]+ ){0,2}?(?:rival|competitor|challenger)s? (?:of|to) {XP}?{O}`,
    confidence: 0.7,
  },
  {
    id: 'verb.put-against',
    predicate: 'COMPETES_WITH',
    pattern: String.raw`\bput (?:{XP})?{S} up against {O}`,
    confidence: 0.8,
  },
];
