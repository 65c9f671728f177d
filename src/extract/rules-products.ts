import { DEMONYM_WORD, PRODUCT_NOUNS } from './cues.js';
import type { RelationRule } from './relation-rule.js';

const DEVELOP_VERBS =
  'launched|launches|launch|launching|released|releases|release|releasing|unveiled|unveils|unveil|unveiling|' +
  'introduced|introduces|introduce|introducing|debuted|debuts|debut|debuting|developed|develops|develop|developing|' +
  'built|builds|build|building|trained|trains|created|creates|create|creating|makes|made|make|making|rolled out|' +
  'rolls out|roll out|rolling out|took the wraps off|takes the wraps off|pulled the wraps off|announced|announces|showcased|showcases|showcasing|open-sourced|open sourced|' +
  'shipped|ships|ship|shipping|designed|designs|invented|invents|modifying|modified|revealed|reveals|previewed|previews|teased|' +
  'offers|offered|sells|sold|markets|marketed|unleashed|rolled|updated|upgraded|demoed|demonstrated|show off|showed off|shows off|showed|shows|presented|presents';

/** "... to 100,000 employees": a rollout to one's own people is use, not a launch. */
const TO_STAFF = String.raw` (?:to|for|across|among) (?:about |around |some |more than |nearly |all |its |their |the |⟦[a-z]\d+⟧'s )?(?:[\d,]+ )?(?:of (?:its|their) )?(?:[a-z-]+ )?(?:employees|staff|workers|branches|stores|offices|engineers|developers|bankers|agents|doctors|clinicians|nurses|teachers|lawyers|analysts|call centres|call centers)\b`;

/** Product words after a possessive that are not its maker's product: "ByteDance's GPT usage", "its own ChatGPT rival". */
const NOT_OWN = String.raw`(?![-\s](?:usage|use|access|output|outputs|data|license|licence|subscription|account|API|APIs|rival|rivals(?! (?:[a-z]+ )?⟦)|competitor|alternative|clone|killer|like|style|equivalent|challenger|users|integration)\b)`;

/** Verbs of using a company's goods: "deploys Zeta's technology", "began testing chips from Zeta". */
const PARTNER_VERBS =
  '(?:partnered|partners|partner|partnering|teamed up|teams up|team up|teaming up|worked|works|work|working|joined forces|joins forces|collaborated|collaborates|collaborate|collaborating)';

const INTO_VERBS =
  '(?:built|builds|build|building|integrated|integrates|integrate|integrating|embedded|embeds|embed|embedding|baked|bakes|bake|baking|brought|brings|bring|bringing)';

/** A modifier word that opens no clause or phrase of its own: not "as", "and", "to". */
const PLAIN_WORD = String.raw`(?!(?:as|and|or|but|while|when|after|before|because|since|to|for|from|with|in|on|by|at|of)\b)[a-z][\w-]*`;

/** "rolling out Allam, an Arabic model built by the Saudi authority": made by another, so used. */
const MADE_BY_ANOTHER = String.raw`(?!,? (?:a |an |the )?(?:[\w-]+ ){0,4}?(?:originally |first |jointly |initially )?(?:built|developed|made|created|trained|designed) by\b)`;

/** A company made "with": a co-maker, not a tool ("built with Zeta's chips", "with Zeta engineers"). */
const CO_MAKER = String.raw`(?:the )?{SL}(?!'|-| (?:[A-Za-z-]+ )?(?:chips|GPUs|processors|hardware|servers|software|tools|models|technology|systems|engineers|data|funding|money|support)\b)`;

/** A word describing a customer before its name: "the Indian AI start-up Acme". */
const CUSTOMER_WORD = String.raw`(?:[a-z-]+|AI|${DEMONYM_WORD})`;
/** The people of a company who stand for it as a verb's subject: "Acme's engineers will fine-tune". */
const OWN_STAFF = String.raw`(?:'s? (?:[a-z-]+ )?(?:engineers|developers|researchers|teams?|scientists|staff))?`;
/** No buying that stopped or never happened: "stopped buying", "no longer orders". */
const NOT_STOPPED = String.raw`(?<!\b(?:stop|stops|stopped|halt|halted|cease|ceased|from|not|never|no longer) )`;
/** A hedge before a count: "about 4,000", "up to 10,000". */
const QUANTITY = String.raw`(?:up to |about |some |more than |nearly |as many as )`;
/** "will spend $1 billion on", "placed an order for": buying described by the money or the order. */
const SPEND_ON = String.raw`(?:placed (?:an? |its |their )?(?:[a-z-]+ )?orders? for|(?:spend|spends|spent|spending) (?:(?:[$€£¥]?[\d,.]+|about|around|roughly|nearly|more than|over|up to|billion|million|billions|millions|of|dollars|euros|heavily) )*on)`;
const GOODS_USE_VERBS = `(?:used|uses|use|using|deploying|deploys|deployed|deploy|adopted|adopts|adopting|integrated|integrates|integrating|relied on|relies on|rely on|relying on|licensed|tested|testing|purchased|bought|buys|buying|accessed|accesses|${SPEND_ON})`;

/** Plural kinds of product, which name a list of them without an article: "A and B, chips Zeta designed". */
const KIND_NOUNS = [...PRODUCT_NOUNS].filter((n) => /[^s]s$/.test(n)).join('|');

/** Who made which product, and who uses or copies it. */
export const PRODUCT_RULES: RelationRule[] = [
  // "runs on a model the company calls Aria-3", "a chip it has dubbed Zorb": what its maker names it
  {
    id: 'relative.product-it-calls',
    cue: /⟧ (?:calls|called|has called|dubbed|dubs|has dubbed|names|named|has named|brands|branded) ⟦/,
    predicate: 'DEVELOPED',
    pattern: String.raw`\b(?:a|an|the|its) (?:[\w-]+ ){0,3}?(?:model|models|product|app|chatbot|chip|chips|system|tool|assistant|platform|service|version|agent|robot|device|feature)(?: that| which)? (?:the )?(?<s>⟦[OoPp]\d+⟧) (?:calls|called|has called|dubbed|dubs|has dubbed|names|named|has named|brands|branded) {O}`,
    confidence: 0.75,
  },
  // "OpenAI ..., after testing a prototype called SearchGPT": a company's own prototype
  {
    id: 'verb.test-prototype-called',
    cue: /\b(?:prototype|pilot version|early version|internal version)s? (?:called|dubbed|named)\b/,
    predicate: 'DEVELOPED',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:testing|tested|tests|test|trialling|trialing|piloting|piloted|unveiling|unveiled|showing|showed|demonstrating|demonstrated|building|built) (?:a |an |its |their )(?:new |early |internal |secret )?(?:prototype|pilot version|early version|internal version)s? (?:called|dubbed|named) {O}`,
    confidence: 0.65,
  },
  // "Haruka Labs, a Tokyo start-up that is training a driving model, Haruka-1, ...": a model named
  // in apposition to what the company's relative clause says it makes
  {
    id: 'relative.makes-named-product',
    cue: /\b(?:that|which) (?:is |was |has been |had been )?(?:training|building|developing|designing|trained|built|developed|designed|released|launched|makes|made|sells)\b/,
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}, (?:a|an|the) (?:[^⟦⟧,;]|⟦[Llo]\d+⟧){0,50}?\b(?:that|which) (?:is |was |has been |had been )?(?:training|building|developing|designing|trained|built|developed|designed|released|launched|makes|made|sells) (?:a |an |its )(?:[\w-]+ ){0,4}?(?:model|chatbot|chip|system|assistant|app|platform|robot|agent|tool)s?,? (?:called |named |dubbed )?{O}`,
    confidence: 0.7,
  },
  // "OpenAI's GPT-4 Turbo", "Meta Platforms' Llama", "its Bard tool", "Nvidia's H200, L40, and L4",
  // "its next generation of Llama models"
  {
    id: 'possessive.product',
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}'s? (?:{ADJ},? ){0,5}?(?:(?:generations?|family|families|line|lineup|series|range) of )?(?:to power )?(?:such as |including |like |the |dubbed |called |named |["“'])*(?:⟦O\d+⟧ )?{OL}${NOT_OWN}`,
    confidence: 0.85,
  },
  // "Nvidia H800", "Google Gemini", "NVIDIA H800 and A800 GPUs"
  {
    id: 'compound.owner-prefix',
    predicate: 'DEVELOPED',
    pattern: String.raw`(?<s>⟦O\d+⟧) {OL}${NOT_OWN}`,
    confidence: 0.8,
  },
  {
    id: 'verb.develop',
    predicate: 'DEVELOPED',
    // "trained on Zeta TPUs", "built with Zeta's tools": a preposition names what was used, not made
    // "will build services on Zeta's Nova": what is built on is used, not made; "is building a GB200
    // cluster": the chips a cluster is made of are not the builder's (its own "Colossus cluster" is)
    // "partnered with Zeta to roll out X", "founded by Jane Roe in 2023, released X": a name after a
    // preposition is no subject (unless a clause or a description of a maker follows it: "a rival to Zeta, which makes X")
    pattern: String.raw`(?:(?<!\b(?:with|to|of|from|against|than|by) )|(?=⟦[A-Za-z]\d+⟧(?:, (?:which|who) |,? (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:maker|developer|creator|owner|builder|designer)s? of\b))){SL}{A}(?:${DEVELOP_VERBS})(?! by\b)(?! (?:on|using|with|from|atop) (?:the |its |a |an )?(?:[a-z-]+ ){0,2}?⟦) (?:[^⟦⟧;]{0,60}?)(?:,\s|\s)?(?<!\b(?:on|atop|using) )(?:the |its |a |an |dubbed |called |named |["“'])*{OL}${NOT_OWN}(?!${TO_STAFF})${MADE_BY_ANOTHER}(?!(?<=\b(?:a|an) ⟦[Rr]\d+⟧) (?:clusters?|supercomputers?|superclusters?)\b)`,
    confidence: 0.8,
  },
  // "Jane Roe, who led development of the Vision Pro headset at Apple": the person developed it
  {
    id: 'verb.led-development',
    cue: /\bdevelopment of\b/,
    predicate: 'DEVELOPED',
    subject: ['Person'],
    pattern: String.raw`{S:P},? (?:who )?(?:previously |formerly |once |also )?(?:led|leads|headed|heads|oversaw|oversees|ran|runs|directed|directs|managed|manages|spearheaded|spearheads) (?:the )?development of (?:the |its |their )?{XP}?(?:[a-z-]+ ){0,2}?{OL:R}`,
    confidence: 0.75,
  },
  // "Quokka Labs, a Sydney start-up that makes an AI meeting assistant called Minutely"
  {
    id: 'relative.makes-called',
    cue: /\b(?:called|named|dubbed|known as)\b/,
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}(?:, (?:a |an |the )(?:[^⟦⟧,;]|⟦[a-zL]\d+⟧){0,60}?(?:that|which|who) |{A})(?:makes|made|make|sells|sold|offers|offered|runs|operates|operated) (?:a |an |the |its )?(?:[\w-]+ ){0,4}?(?:called|named|dubbed|known as) {OL:R}`,
    confidence: 0.75,
  },
  // "Stargate UAE is being developed by G42 with OpenAI and Oracle", "Jais, an Arabic model
  // developed with Cerebras", "built Gefion, Denmark's supercomputer, with Nvidia": the companies
  // made with are makers too ("a campus it is developing with A and B" cost an untouched set
  // more than it gained: not read)
  ...(
    [
      [
        'passive.co-developed-with',
        String.raw`(?<o>⟦[Rr]\d+⟧)(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60},)? (?:is |was |are |were |has been |had been |will be )?(?:being )?(?:developed|built|designed|co-developed|created) by (?:the )?⟦[OoPp]\d+⟧ (?:jointly |together )?with ${CO_MAKER}`,
      ],
      [
        'participle.developed-with',
        String.raw`(?<o>⟦[Rr]\d+⟧), (?:a|an|the) (?:[\w-]+ ){0,5}?(?:developed|built|designed|co-developed|created) (?:jointly |together )?with ${CO_MAKER}`,
      ],
      [
        'verb.built-with',
        String.raw`⟦[OoPp]\d+⟧{A}(?:built|builds|developed|develops|designed|created|co-developed) (?<o>⟦[Rr]\d+⟧)(?:, (?:[^⟦⟧;,]|⟦[A-Za-z]\d+⟧){1,60},)? (?:jointly |together )?with ${CO_MAKER}`,
      ],
    ] as const
  ).map(([id, pattern]) => ({
    id,
    cue: /\bwith\b/,
    predicate: 'DEVELOPED' as const,
    pattern,
    confidence: 0.65,
  })),
  // "Fujitsu has partnered with Cohere to develop Takane": both partners develop it
  {
    id: 'verb.partner-to-develop',
    cue: /\bwith\b[^;]*\bto (?:develop|build|create|design|train|co-develop)\b/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}${PARTNER_VERBS} with (?:[a-z-]+ ){0,2}?(?:⟦L\d+⟧(?:-based|'s) )?⟦[Oo]\d+⟧(?: and ⟦[Oo]\d+⟧)? to (?:jointly )?(?:develop|build|create|design|train|co-develop) (?:[a-z-]+,? ){0,4}?(?:called |dubbed |named )?{OL}`,
    confidence: 0.75,
  },
  {
    id: 'verb.partner-to-develop-partner',
    cue: /\bwith\b[^;]*\bto (?:develop|build|create|design|train|co-develop)\b/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`⟦[Oo]\d+⟧{A}${PARTNER_VERBS} with (?:[a-z-]+ ){0,2}?(?:⟦L\d+⟧(?:-based|'s) )?{SL} to (?:jointly )?(?:develop|build|create|design|train|co-develop) (?:[a-z-]+,? ){0,4}?(?:called |dubbed |named )?{OL}`,
    confidence: 0.7,
  },
  // "Acme has positioned itself as a rival to Zeta, releasing models such as Nova": the sentence subject releases
  {
    id: 'verb.develop-participle',
    predicate: 'DEVELOPED',
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?, (?:releasing|launching|unveiling|introducing|rolling out|debuting|building|developing|shipping) (?:[^⟦⟧;]{0,60}?)(?:such as |including |like |the |its |dubbed |called )*{OL}${NOT_OWN}`,
    confidence: 0.65,
  },
  {
    id: 'verb.develop-dubbed',
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}{A}(?:${DEVELOP_VERBS}|working on|works on|worked on) (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧){0,80}?(?:dubbed|called|named) ["“']?{O}`,
    confidence: 0.8,
  },
  // ("has dismissed models like ChatGPT": "has" before a verb of judging or using is no owning)
  {
    id: 'verb.develop-including',
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}{A}(?:(?:has|had|have)(?! (?:[a-z]+ly )?(?:dismissed|criticized|criticised|mocked|rejected|questioned|slammed|attacked|warned|banned|blocked|restricted|praised|compared|called|described|said|told|been|cited|named|used|tested|sued|accused|ridiculed|derided)\b)|is working on|was working on|is developing|is modifying|modified|offers|sells|has in the works)\b(?:[^⟦⟧;]|⟦[a-zL]\d+⟧){0,60}?(?:chips?|models?|GPUs|CPUs|products|accelerators|tools|apps|services|versions)(?:[^⟦⟧;]|⟦[a-zL]\d+⟧){0,40}?(?:including|such as|like) (?:the )?(?:[A-Z]{2,5} )?{OL}`,
    confidence: 0.7,
  },
  {
    id: 'appositive.maker',
    predicate: 'DEVELOPED',
    // "Luka, the San Francisco-based developer of Replika": a place may describe the maker
    pattern: String.raw`{S}(?:, |, which is |, who is | is | was )(?:the |a |an )?(?:[\w-]+ |⟦[Ll]\d+⟧-based ){0,3}?(?:maker|developer|creator|inventor|designer|builder|publisher|co-creator|co-developer|co-inventor|co-designer|co-author) of (?:the )?(?:[\w-]+ ){0,4}?{OL}`,
    confidence: 0.85,
  },
  {
    id: 'appositive.maker-and',
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}, (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*? and the (?:maker|developer|creator|inventor|designer|builder) of (?:the )?(?:[\w-]+ ){0,4}?{OL}`,
    confidence: 0.75,
  },
  {
    id: 'passive.develop',
    predicate: 'DEVELOPED',
    pattern: String.raw`{OL},? (?:which |that )?(?:was |were |is |are |has been |had been )?(?:[A-Za-z][\w-]* ){0,6}?(?:developed|created|made|built|designed|released|launched|unveiled|invented|trained|introduced|offered|sold)(?: (?:[a-z]+|(?:19|20)\d\d)){0,3}? by (?:(?:the |a |an )?(?:⟦L\d+⟧(?:-based)? )?(?:[\w-]+ ){0,2}?(?:{ON}|lab|company|firm|programme|program|initiative|consortium|team) |⟦L\d+⟧-based |the )?{S}`,
    confidence: 0.8,
  },
  // "Stargate UAE is being developed by G42 with OpenAI and Oracle": the companies it is made with
  // make it too
  {
    id: 'passive.develop-co-makers',
    cue: /\b(?:developed|built|designed|co-developed) by\b[^;]*\bwith\b/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`(?<o>⟦[Rr]\d+⟧),? (?:[^;⟦⟧]|⟦[a-z]\d+⟧){0,60}?\b(?:developed|built|designed|co-developed) by (?:the )?⟦[Oo]\d+⟧ (?:jointly |together )?with (?:the )?${CO_MAKER}`,
    confidence: 0.6,
  },
  // "Stargate UAE, a campus it is developing with OpenAI": the one developing it (the companies it
  // is developed with are annotated as its makers in some sets and as partners only in others)
  {
    id: 'relative.develops',
    cue: /\b(?:developing|building|designing|constructing) (?:jointly |together )?with\b/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`(?<o>⟦[Rr]\d+⟧), (?:a |an |the )(?:[^⟦⟧,;]){0,60}?(?<s>⟦[Oo]\d+⟧) (?:is |are |was |were |has been |have been )?(?:developing|building|designing|constructing) (?:jointly |together )?with\b`,
    confidence: 0.6,
  },
  // "Acme is best known for Nova, a chatbot popular with students": what a company is known for
  {
    id: 'verb.known-for',
    cue: /\bknown for\b/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:is|was|are|were|became|has become) (?:best |widely |mostly |perhaps best |probably best |now )?known for (?:its |their |the )?(?:[a-z-]+ ){0,3}?{OL}(?!'s? ⟦)`,
    confidence: 0.7,
  },
  // "the Nova-7B model from Acme is free", "a chatbot from Acme called Nova": the maker after "from",
  // unless the goods were bought from it ("bought the H100 chips from a reseller, Zeta")
  {
    id: 'compound.product-from',
    cue: /⟧ (?:[a-z-]+ )?(?:model|models|chatbot|assistant|app|chip|chips|processor|accelerator|platform|tool|system|agent)s? (?:from|by) ⟦/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    subject: ['Organization'],
    pattern: String.raw`(?<!\b(?:bought|buys|buy|buying|purchased|purchases|rented|rents|ordered|orders|sourced|sources|imported|imports|resold|resells|acquired|leased)\b[^⟦⟧;]{0,40})\b(?:[Tt]he|[Ii]ts|[Aa]n?) (?<o>⟦R\d+⟧) (?:(?!(?:on|in|at|to|for|with|of|and|or)\b)[a-z-]+ )?(?:model|models|chatbot|assistant|app|chip|chips|processor|accelerator|platform|tool|system|agent)s? (?:from|by) (?:(?:the )?(?:⟦L\d+⟧(?:-based)? )?(?:[a-z-]+ ){0,2}?(?:{ON}|lab) )?{S}(?!'s? ⟦)`,
    confidence: 0.75,
  },
  // "Acme chose Zeta's Nova to power its assistant": a product chosen is used
  {
    id: 'verb.chose-product',
    cue: /\b(?:chose|chooses|choose|choosing|picked|picks|selected|selects|opted for|opts for)\b/,
    predicate: 'USED',
    object: ['Product'],
    // ("a former Zeta engineer said the firm had picked": no subject inside an appositive)
    pattern: String.raw`(?<!\b(?:former|ex-|an?) ){S}{A}(?:chose|chooses|choose|choosing|picked|picks|selected|selects|opted for|opts for) {XP}?{OL}(?!'s? ⟦| over\b)`,
    confidence: 0.65,
  },
  // "Nova is Zeta's flagship model", "The Nova chatbot, from Zeta, has": a product said to be a
  // company's, or named with its kind and then "from" the company
  {
    id: 'copula.possessive-product',
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`{OL}{A}(?:is|was|are|were|remains|remained|became|has become) (?:also |now |still )?{S}'s? (?:[\w-]+ ){0,3}?(?:model|models|chatbot|assistant|app|platform|service|chip|chips|processor|accelerator|tool|software|system|engine|agent|product|device|family|series|GPU|robot|browser|generator)s?\b`,
    confidence: 0.8,
  },
  {
    id: 'appositive.kind-from',
    cue: /\bfrom\b/,
    predicate: 'DEVELOPED',
    object: ['Product'],
    pattern: String.raw`{O} (?:model|chatbot|assistant|app|platform|service|chip|processor|accelerator|tool|software|system|engine|agent|device|robot|browser|generator)s?, (?:made |developed |built )?(?:by|from) (?:the )?(?:[\w-]+ ){0,2}?{S}(?!'s? ⟦),`,
    confidence: 0.75,
  },
  // "Nova, an open-weight model from French company Acme", "Orion, a chip from Zeta": a product in
  // apposition names its maker after "from"
  {
    id: 'appositive.product-from',
    cue: /\b(?:from|by|of)\b/,
    predicate: 'DEVELOPED',
    // "Bedrock, the model-hosting service of Amazon Web Services": the service of its maker
    pattern: String.raw`{OL}, (?:a |an |the )(?:[\w-]+ ){0,3}?(?:model|models|chatbot|assistant|app|platform|service|chip|chips|processor|accelerator|tool|software|system|engine|agent|product|device|family|series|GPU|robot|browser|generator)s? (?:from|by|made by|developed by|built by|of) (?:(?:the |a |an )?(?:⟦L\d+⟧(?:-based)? )?(?:[\w-]+ ){0,2}?(?:{ON}|lab|company|firm) )?{S}(?!'s? ⟦)`,
    object: ['Product'],
    confidence: 0.8,
  },
  // "ties between the conglomerate and the maker of ChatGPT": a description stands for the
  // product's known maker the article names (see compound.maker-description)
  {
    id: 'description.maker-of',
    cue: /\b(?:maker|developer|creator) of\b/,
    predicate: 'DEVELOPED',
    // ("Kestrel AI, the maker of the Falcon model": an appositive names the maker, appositive.maker)
    pattern: String.raw`(?<!⟧, )\b[Tt]he (?:[\w-]+ )?(?:maker|developer|creator) of (?:the )?(?:[\w-]+ ){0,2}?(?<o>⟦R\d+⟧)`,
    implicitSubject: 'previous',
    subject: ['Organization'],
    confidence: 0.6,
  },
  // "Anysphere, the start-up that makes Cursor", "Acme, a Lisbon-based company which built Nova"
  {
    id: 'appositive.that-makes',
    cue: /\b(?:that|which) (?:makes|made|develops|developed|builds|built|created|designs|designed|runs|operates|sells)\b/,
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}, (?:the |a |an )(?:[\w-]+ |⟦[Ll]\d+⟧(?:-based)? |⟦O\d+⟧ ){0,3}?(?:{ON}|⟦o\d+⟧)(?: (?:in|from|based in) (?:the )?(?:[\w-]+ ){0,3}?(?:of )?⟦L\d+⟧)? (?:that|which) (?:makes|made|develops|developed|builds|built|created|designs|designed|runs|operates|sells) (?:the |a |an )?(?:[\w-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "Qingyun, a Hangzhou start-up whose reasoning model, Qingyun-R2, topped ...": the product of
  // a company described by it
  {
    id: 'relative.whose-product',
    cue: /\bwhose\b/,
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}(?:, (?:the |a |an )(?:[\w-]+ |⟦[Ll]\d+⟧(?:-based)? ){0,3}?(?:{ON}))?,? whose (?:[\w-]+ ){0,3}?(?:${[...PRODUCT_NOUNS].join('|')}),? {OL}`,
    confidence: 0.75,
  },
  // "ChatGPT maker OpenAI", "Claude's developer Anthropic"
  {
    id: 'compound.maker',
    predicate: 'DEVELOPED',
    pattern: String.raw`{OL}(?:'s)? (?:maker|creator|developer|inventor|designer) {S}`,
    confidence: 0.9,
  },
  // "invested in OpenAI ... with the ChatGPT maker": a description stands for the company named
  // just before it (else the company the story is about)
  {
    id: 'compound.maker-description',
    predicate: 'DEVELOPED',
    pattern: String.raw`\b[Tt]he (?:[\w-]+ )?(?<o>⟦R\d+⟧)(?:'s)? (?:maker|creator|developer)\b(?! (?:of\b|⟦))`,
    implicitSubject: 'previous',
    subject: ['Organization'],
    confidence: 0.6,
  },
  // "the San Francisco-based ChatGPT maker" once coreference named the maker ("the ⟦R1⟧ ⟦o2⟧")
  {
    id: 'compound.maker-reference',
    predicate: 'DEVELOPED',
    pattern: String.raw`\b[Tt]he (?:[\w-]+ |⟦L\d+⟧-based )?(?<o>⟦R\d+⟧)(?:'s)? (?<s>⟦o\d+⟧)`,
    confidence: 0.6,
  },
  // "Acme's best-known work is Nova", "its flagship product remains Nova"
  {
    id: 'possessive.best-known-work',
    cue: /\b(?:work|product|model|release|creation|offering|project)s? (?:is|was|are|were|remains|remained) /,
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}'s? (?:(?:best-known|best known|most famous|most popular|most successful|flagship|first|latest|newest|main|biggest) )(?:[a-z-]+ )?(?:work|product|model|release|creation|offering|project)s? (?:is|was|are|were|remains|remained) {OL}`,
    confidence: 0.75,
  },
  // "Jane Roe was part of the team that built Nova": a member of the team developed it
  {
    id: 'verb.team-that-built',
    cue: /\bteam (?:that|which|who) (?:built|developed|created|designed|trained)\b/,
    predicate: 'DEVELOPED',
    subject: ['Person'],
    pattern: String.raw`{S:P}{A}(?:was|is|were|are|became) (?:part|a member|members|one) of the (?:[a-z-]+ )?team (?:that|which|who) (?:built|developed|created|designed|trained) {OL}`,
    confidence: 0.65,
  },
  // "the company behind ChatGPT", "the San Francisco-based startup behind ChatGPT"
  {
    id: 'appositive.behind',
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}(?: is| was|,)? (?:the )?(?:[\w-]+ |⟦[A-Za-z]\d+⟧-[a-z]+ |⟦L\d+⟧ ){0,4}?behind (?:the )?(?:[\w-]+ ){0,3}?{OL}`,
    confidence: 0.8,
  },
  // "the flagship RTX 4090 GPU it sells elsewhere"
  {
    id: 'relative.it-sells',
    predicate: 'DEVELOPED',
    pattern: String.raw`{O} (?:[A-Za-z]+ ){0,2}?(?<s>⟦[oO]\d+⟧) (?:sells|makes|made|builds|built|designs|designed|offers|launched|released|developed|created|trained)\b`,
    confidence: 0.7,
  },
  // "Grok, the chatbot xAI developed": a product described by what its maker did
  {
    id: 'relative.the-product-made',
    // "the H800 and A800, chips Nvidia had designed": a plural kind needs no article
    cue: /⟧, (?:the |a |an |which |that |[a-z-]+ )/,
    predicate: 'DEVELOPED',
    // "the Z2, which Zorvex Labs designed in-house"
    pattern: String.raw`{OL}, (?:(?:the |a |an )(?:[a-z-]+ ){0,2}?(?:that |which )?|(?:[a-z-]+ )?(?:${KIND_NOUNS}) |which |that )(?<s>⟦[Oo]\d+⟧) (?:had |has |have )?(?:developed|built|made|created|launched|released|trained|designed|unveiled|introduced)\b`,
    confidence: 0.75,
  },
  // "Apple already offers OpenAI's ChatGPT inside Siri", "among the first to offer Zeta's GB300
  // systems": a company offering another's product to its own customers uses it
  {
    id: 'verb.offer-others-product',
    cue: /\b(?:offers|offered|offer|offering|hosts|hosted|host|hosting)\b/,
    predicate: 'USED',
    subject: ['Organization'],
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:(?:is|was|are|were) (?:among |one of )?(?:the )?(?:first|only|[a-z]+est) (?:[a-z-]+ )?(?:to )?)?(?:offers|offered|offer|offering|hosts|hosted|host|hosting) ⟦O\d+⟧'s? (?:[a-z-]+ ){0,2}?{OL:R}`,
    confidence: 0.6,
  },
  // "Since launching ChatGPT in 2022, OpenAI has ..."
  {
    id: 'verb.since-launching',
    predicate: 'DEVELOPED',
    pattern: String.raw`\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]pon) (?:launching|releasing|unveiling|introducing|debuting) {OL}[^⟦⟧;]{0,40}, {S}`,
    confidence: 0.75,
  },
  // "DeepSeek's launch of its R1 model"
  {
    id: 'noun.launch-of',
    predicate: 'DEVELOPED',
    pattern: String.raw`{S}'s? (?:[a-z]+ )?(?:launch|release|unveiling|debut|rollout|introduction) of (?:its |the )?(?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.8,
  },

  // "CUDA, the Nvidia software platform", "Le Chat, its consumer assistant": an appositive names the maker
  {
    id: 'appositive.owner-product',
    cue: /⟧, (?:the |its |a |an )?⟦/,
    predicate: 'DEVELOPED',
    // "R1, the Hangzhou lab's reasoning model": a place may describe the owner
    pattern: String.raw`(?<!⟦O\d+⟧(?:'s?)? )(?<o>⟦[Rr]\d+⟧), (?:the |a |an )?(?:⟦L\d+⟧(?:-based)? )?(?<s>⟦[Oo]\d+⟧)(?:'s?)? (?:own )?(?:(?!rival|competitor|alternative|answer|challenger)[\w-]+ ){0,2}?(?:model|models|chatbot|assistant|app|platform|service|chip|chips|processor|accelerator|tool|software|system|engine|framework|agent|product|device|family|series|GPU|browser|operating system|generator|suite|supercomputer|robot|robotaxi|headset|database|library)\b`,
    confidence: 0.75,
  },
  // "ByteDance used OpenAI's API", "01.AI used the basic architecture of GPT/LLaMA"
  {
    id: 'verb.use',
    predicate: 'USED',
    // "Acme decides who can use Zeta": a clause of its own; "a licensing deal with Zeta" is no use;
    // "uses them to train Zeta": what is trained is not what is used; "the Zeta factory" is a place
    // "Lovable's product relies on Claude": what a company makes uses what the company uses
    pattern: String.raw`(?<!\bby ){SL}(?:'s? (?:[a-z-]+ ){0,2}?(?:product|products|app|apps|service|services|platform|software|tool|tools|assistants?|chatbots?|models|system|agents?|engineers|developers|staff|employees|researchers|teams?|call centres|call centers|data centres|data centers|servers|factories|plants|stores|branches|systems|website|scientists|engines?)(?! to\b))?{A}(?<!\b(?:get|gets|got|staff|employee|internal|off|revoked|blocked|restricted) )(?<!\b(?:off|revoked|blocked|restricted|suspended|ended|halted) [\w-]+ )(?:(?<!\b(?:be|been|being|is|are|was|were) )|(?=[a-z]+ing\b|among\b))(?<!\b(?:who|whom|whether) (?:[a-z]+ ){0,2})(?<!\b(?:stop|stops|stopped|stopping|halt|halted|cease|ceased|from) )(?:used|uses|use(?! of\b)|using|utilized|utilised|utilizes|utilises|leveraged|leverages|leverage|leveraging|(?:relied|relies|rely|relying) (?:heavily |largely |mostly |entirely |primarily |increasingly )?on|adopted|adopts|adopt|adopting|tapped|taps|tap|integrated|integrates|integrate|integrating|deployed|deploys|deploy|deploying|licensed|licensing(?! (?:deals?|agreements?|fees?|arrangements?|contracts?|talks|pacts?)\b)|(?:signed|signs|sign|signing) up for|subscribed to|subscribes to|(?:will be |would be |is being |are being |has been |have been |was |were |is |are )?rebuilt on|accessed|accesses|access|(?:get|gets|got|getting|gain|gains|gained|gaining|secured|secures|won|wins) (?:early |first |priority )?access to|among the (?:first|earliest) (?:[a-z]+ )?to (?:adopt|use|deploy|test|access|get access to|receive)|runs on|ran on|run on|built on|(?<=⟧'s? (?:[a-z-]+ ){1,2})(?:is|was|are|were) built (?:on|atop)|(?:is|was|are|were) powered by|(?:is|was|are|were) based on|(?:is|was|are|were) trained on|switched to|(?:experimenting|experimented|experiments|experiment) with|(?:built|builds|build|building) (?:its |their |⟦[a-z]\d+⟧'s )(?:[a-z-]+ ){1,3}?(?:with|using|around)|(?:switched|switches|switching) from (?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧){1,60}? to|(?:migrated|migrates|migrate|migrating|moved|moves|moving|shifted|shifts|shifting) (?:its |their |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ ){0,2}?(?:workloads?|data|infrastructure|computing|systems|services|operations|models|apps|applications) (?:[a-z]+ )?to|took advantage of|take advantage of|testing|tested|test|tests|piloting|piloted|trialling|trialing|trialled|trialed)(?! by\b) (?:(?!to )[a-z-]+ ){0,5}?{XP}?{OL}(?!'s? (?:[a-z-]+ ){0,2}?(?:articles|content|journalism|stories|books|works|lyrics|songs|music|images|photos|characters|reporting|videos)\b)(?! (?:factory|plant|site|campus|facility|facilities|offices?|headquarters|stores?|brand|name|logo|employees|staff|shares?|stock)\b)`,
    confidence: 0.75,
  },
  // "Acme licenses Nova", "move its claims handling onto Nova": a named product only ("move its
  // bots onto the model" is often a misread antecedent), and not one licensed on to another
  // ("licenses Nova to Zeta" is a supply)
  {
    id: 'verb.license-or-move-onto',
    cue: /\b(?:licenses|onto)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`(?<!\bby |\b(?:including|such as) ){SL}${OWN_STAFF}{A}(?:licenses|(?:moved|moves|move|moving|migrated|migrates|migrate|migrating|shifted|shifts|shift|shifting) (?:[a-z-]+ |⟦[a-z]\d+⟧'s ){0,5}?onto) {XP}?(?<o>⟦R\d+⟧)(?!(?: [a-z-]+){0,3} to\b)`,
    confidence: 0.65,
  },
  // "Zeta will provide Acme with access to 4,000 Nvidia Blackwell chips": who gets access uses them
  {
    id: 'verb.given-access-to',
    cue: /\baccess to\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`\b(?:give|gives|gave|giving|given|grant|grants|granted|granting|offer|offers|offered|offering|provide|provides|provided|providing) (?:(?:[\w-]+ |⟦L\d+⟧ ){0,3}?)?{SL} (?:with )?access to (?:[^⟦⟧;]{0,40}?)(?:⟦O\d+⟧'?s? )?{OL}`,
    confidence: 0.65,
  },
  // "Acme struck a $300 million deal with Zeta to use its Nova cloud": the deal's maker uses
  {
    id: 'verb.deal-to-use',
    cue: /\b(?:deal|agreement|contract|pact|partnership)\b/,
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:signed|signs|sign|struck|strikes|strike|reached|reaches|inked|inks|agreed|agrees|announced|announces|secured|secures) (?:a |an )?(?:[^⟦⟧;,]{0,40}?)(?:deal|agreement|contract|pact|partnership) with (?:the )?(?:[a-z-]+ ){0,2}?⟦[OoPp]\d+⟧ to (?:use|deploy|adopt|license|access|run on|integrate|tap|buy|rent) (?:[\d,]+ (?:of )?)?(?:[a-z-]+ ){0,2}?{XP}?(?:[a-z-]+ ){0,2}?{OL:R}`,
    confidence: 0.7,
  },
  // "Acme deploys Zeta's technology", "has never used any Zeta product", "began testing chips from
  // Zeta and Beta": the maker whose goods are used is used
  {
    id: 'verb.use-owners-goods',
    cue: /\b(?:technolog(?:y|ies)|products?|services|models|software|tools|APIs?|chips|GPUs|processors|hardware|outputs?)\b/,
    predicate: 'USED',
    object: ['Organization'],
    pattern: String.raw`(?<!\bby ){SL}{A}(?<!\b(?:off|revoked|blocked|restricted|stop|stopped|stopping|from) )(?<!\b(?:who|whom|whether) (?:[a-z]+ ){0,2})(?<!\b(?:be|been|being|is|are|was|were) (?=[a-z]+ed\b))${GOODS_USE_VERBS}(?: any| the| some| many| more)?(?: [a-z-]+){0,2}? (?<o>⟦O\d+⟧)(?:'s?)? (?:[a-z-]+ ){0,2}?(?:technology|technologies|products?|services|models|software|tools|APIs?|chips|GPUs|processors|hardware|outputs?)\b`,
    confidence: 0.6,
  },
  {
    id: 'verb.use-goods-from',
    cue: /\b(?:from|made by|designed by) ⟦/,
    predicate: 'USED',
    object: ['Organization'],
    pattern: String.raw`(?<!\bby ){SL}{A}(?<!\b(?:off|revoked|blocked|restricted|stop|stopped|stopping|from) )(?<!\b(?:who|whom|whether) (?:[a-z]+ ){0,2})(?<!\b(?:be|been|being|is|are|was|were) (?=[a-z]+ed\b))${GOODS_USE_VERBS}(?: [a-z-]+){0,2}? (?:chips|GPUs|processors|accelerators|models|software|technology) (?:from|made by|designed by) {OL}`,
    confidence: 0.6,
  },
  // "Zeta's Orion chips, which Acme uses to train Nova", "Nova, which Acme accesses through Beta"
  {
    id: 'relative.which-uses',
    cue: /\b(?:which|that) ⟦/,
    predicate: 'USED',
    pattern: String.raw`{XP}?(?<o>⟦R\d+⟧)(?: [a-z-]+){0,2},? (?:which|that) {S} (?:also |now |currently |still )?(?:(?:will|would|could|plans to|planned to|is to|is expected to|expects to) )?(?:uses|used|use|accesses|accessed|deploys|deployed|deploy|licenses|licensed|license|relies on|relied on|rely on|fine-tunes|fine-tuned|fine-tune|integrates|integrated|integrate|rents|rented|rent)\b`,
    confidence: 0.65,
  },
  // "Acme powers its Relay app with Zeta's Orion model"
  {
    id: 'verb.power-with',
    cue: /\bpower(?:s|ed|ing)?\b/,
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:powers|powered|power|powering) (?:its |the |their |⟦[a-z]\d+⟧'s )?(?:[\w-]+ |⟦[Rr]\d+⟧ ){0,3}?with {XP}?{OL:R}`,
    confidence: 0.65,
  },
  // "Acme has chosen Zeta's Nova to power its agents", "picked Nova as its main platform": a choice
  // of a product for one's own work is its use
  {
    id: 'verb.chose-to-power',
    cue: /\b(?:chose|chosen|choose|chooses|choosing|picked|picks|pick|selected|selects|select)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:chose|chosen|choose|chooses|choosing|picked|picks|pick|selected|selects|select) {XP}?{OL}(?: [a-z-]+){0,2}? (?:to (?:power|run|underpin|build|handle|drive|support|replace)\b|for (?:its|their|⟦[a-z]\d+⟧'s) |as (?:its|their|the|⟦[a-z]\d+⟧'s) (?:[a-z-]+ ){0,2}?(?:platform|provider|model|supplier|system|assistant|cloud|tool|engine|partner)\b)`,
    confidence: 0.65,
  },
  // "Acme will run Nova, the platform developed by Zeta": running a product is using it (a maker's
  // own product is dropped by liftProductUse)
  {
    id: 'verb.run-product',
    cue: /\b(?:run|runs|ran|running)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{S}{A}(?<!\b(?:who|which|that|to) (?:[a-z]+ )?)(?:run|runs|ran|running) {XP}?{OL}(?![ -](?:on|division|unit|team|business|lab|project)\b)`,
    confidence: 0.6,
  },
  // "Acme's models run on Zeta's cloud", "its services largely run on Zeta": the owner uses it
  {
    id: 'verb.owned-runs-on',
    cue: /\b(?:(?:run|runs|ran|running) on|use|uses|used|rel(?:y|ies|ied) on)\b/,
    predicate: 'USED',
    // "Lingxi's robots currently use Nvidia's Jetson Orin modules"
    pattern: String.raw`{S}'s? (?:[\w-]+ |⟦R\d+⟧ ){0,2}?(?:models?|services?|software|apps?|products?|workloads|systems?|chatbots?|platforms?|tools?|agents?|robots?|devices?|vehicles?|cars?|phones?|assistants?)(?: (?:largely|mostly|now|still|all|already|primarily|currently|also))? (?:(?:run|runs|ran|running) (?:entirely |largely |mostly |primarily )?on|use|uses|used|rely on|relies on|relied on) {XP}?{O}`,
    subject: ['Organization'],
    confidence: 0.65,
  },
  // "Acme's Orion model powers Zeta's assistant": the owner of what is powered uses the model
  {
    id: 'verb.product-powers',
    cue: /\bpower(?:s|ed)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`(?<o>⟦R\d+⟧)(?: [a-z-]+){0,2}? (?:now |also |will )?(?:powers|powered|power) (?:the )?(?<s>⟦[Oo]\d+⟧)'s`,
    confidence: 0.65,
  },
  // "Acme will buy Zeta's Orion chips for its data centres", "Acme plans to install 18,000 Zeta
  // GB300 chips": buying hardware to run is using it (an app bought with its maker is an acquisition)
  {
    id: 'verb.buy-product',
    cue: /\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|obtain(?:s|ed)?|procure[sd]?|stockpiled|acquire[sd]|order(?:s|ed|ing)?|install(?:s|ed|ing)?|rent(?:s|ed|ing)?|lease[sd]?|leasing|spend|spends|spent|spending)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{S}{A}${NOT_STOPPED}(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|obtained|obtains|obtain|procured|procures|procure|stockpiled|acquired|acquires|order|orders|ordered|ordering|install|installs|installed|installing|rent|rents|rented|renting|lease|leases|leased|leasing|${SPEND_ON}) (?:(?:about|around|roughly|nearly|some|up to|more than|over|another|tens of|hundreds of|thousands of|millions of|billions of|[\d,.]+|more|additional|its|their|the|a|an|of|clusters|racks|fleets|banks|rows) )*{XP}?(?:(?:new|newer|newest|latest|next-generation|advanced|flagship|top-end|high-end|most advanced) )?(?:⟦O\d+⟧ )?{OL}(?= (?:[\w-]+ )?(?:chips|GPUs|CPUs|processors|accelerators|servers|systems|units|cards|modules|racks|superchips|inference chips|AI chips)\b)`,
    confidence: 0.7,
  },
  // "ByteDance and Alibaba had ordered large volumes of the chip": a described product (the story's
  // chip, resolved by its kind) bought in quantity
  {
    id: 'verb.buy-described-product',
    cue: /\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|order(?:s|ed|ing)?)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}${NOT_STOPPED}(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|order|orders|ordered|ordering) (?:(?:large|huge|big|vast|significant|record|unprecedented) )?(?:volumes|quantities|numbers|amounts|batches|shipments|units) of (?:the |its |their )?(?<o>⟦r\d+⟧)`,
    confidence: 0.6,
  },
  // "Acme said it would route more traffic to Zeta's Nova": where requests go is what is used
  {
    id: 'verb.route-traffic-to',
    cue: /\b(?:traffic|requests|queries|workloads|usage)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}(?:route|routes|routed|routing|shift|shifts|shifted|shifting|redirect|redirects|redirected|redirecting|send|sends|sent|sending) (?:more |most |all |some |its |their |much of its |much of their )?(?:[a-z-]+ )?(?:traffic|requests|queries|workloads|usage) to {XP}?{OL}`,
    confidence: 0.6,
  },
  // "Zeta supplies its Orion chips to Acme": the customer uses what it is supplied
  {
    id: 'verb.supplied-product',
    cue: /\b(?:suppl(?:y|ies|ied|ying)|sells?|sold|selling|provides?|provided|providing|ships?|shipped|shipping|delivers?|delivered|delivering|licen[cs](?:es|ed|ing|e))\b/,
    predicate: 'USED',
    subject: ['Organization'],
    object: ['Product'],
    pattern: String.raw`\b(?:supply|supplies|supplied|supplying|sell|sells|sold|selling|provide|provides|provided|providing|ship|ships|shipped|shipping|deliver|delivers|delivered|delivering|license|licenses|licensed|licensing|licence|licences|licenced) (?:[a-z-]+ ){0,3}?(?:⟦[Oo]\d+⟧'s )?{OL}(?: [a-z-]+){0,3}? to (?:the )?(?:[a-z-]+ ){0,3}?{SL}`,
    confidence: 0.65,
  },
  // "Barclays will roll out Microsoft 365 Copilot to 100,000 employees": a rollout to one's own staff
  {
    id: 'verb.roll-out-to-staff',
    cue: /\b(?:roll|rolls|rolled|rolling) out\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:roll|rolls|rolled|rolling) out (?!its |their ){XP}?{OL}(?: (?:assistant|model|chatbot|tool|app|platform|software|system|agent)s?)?${TO_STAFF}`,
    confidence: 0.7,
  },
  // "Zeta will supply Acme with its Orion chips", "provide Indian AI start-up Acme with access to
  // about 4,000 Zeta Orion chips": the customer uses what it is supplied with
  {
    id: 'verb.supplied-with-product',
    cue: /\b(?:suppl(?:y|ies|ied|ying)|provides?|provided|providing|equips?|equipped|equipping)\b[^;]* with\b/,
    predicate: 'USED',
    subject: ['Organization'],
    object: ['Product'],
    // the auxiliary belongs to the match, so that the future counts: no match starts after it
    pattern: String.raw`(?:\b(?:will|would|plans to|planned to|is to|are to|agreed to|is set to|is expected to) (?:also )?|\b(?:agreed|agrees|plans|planned|promised|pledged)(?: [\w-]+){1,3} to |(?<!\b(?:will|would|to|also) ))\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|equip|equips|equipped|equipping) (?:the )?(?:${CUSTOMER_WORD} ){0,3}?{SL} with (?:access to (?:(?:${QUANTITY})?[\d,.]+ |(?:[a-z-]+ ){1,2}(?:built|based|running) (?:around|on|with) )?)?(?:(?:${QUANTITY})?[\w,.]+ (?:million |billion |thousand )?of )?(?:its |their |the |(?:⟦[Oo]\d+⟧|[Ii]ts|[Tt]heir)'s? )?(?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.65,
  },
  // "Acme is building its own model using Zeta's Orion chips": the sentence's subject uses it,
  // unless a charge or another clause intervenes ("accused Acme of using"); a place it is built in
  // may come between, and its own product ("built its Colossus supercomputer in Memphis, Tennessee,
  // using 100,000 H100 chips")
  {
    id: 'verb.use-distant',
    // "Acme has released a new version of its model, this time built on Zeta's Orion"
    cue: /\b(?:using|powered by|running on|built on|based on|trained on)\b/,
    predicate: 'USED',
    pattern: String.raw`{BOS}{S}(?:(?!\b(?:of|that|which|who|whom|said|says|told|accus\w*|alleg\w*|suspect\w*|deni\w*|but|while|whereas|without|from|stop\w*|ban\w*|barr\w*|prohibit\w*|forbid\w*|block\w*)\b)[^;⟦⟧]|⟦[a-z]\d+⟧'s(?: ⟦R\d+⟧)?|(?<=\b(?:in|at|near) )⟦L\d+⟧(?:, ⟦L\d+⟧)?)*?(?:\b(?:using|powered by|running on)|, (?:(?:this time|now|also|again) )?(?:built|based|trained) on|(?<=\b(?:assistant|chatbot|app|tool|model|service|platform|product|system|agent|copilot|feature)s? )(?:built|based) on) (?:(?:more than |about |around |nearly |over |some |up to )?[\d,]+ )?(?:[a-z-]+ ){0,3}?{XP}?{OL}`,
    confidence: 0.6,
  },
  // "the model has been adopted by cloud providers including A and B", "piloted by retailer C"
  {
    id: 'passive.use',
    predicate: 'USED',
    pattern: String.raw`{O:R}{A}(?:has |have |had |is |are |was |were )(?:already |now |also |still |widely |increasingly |recently )?(?:been |being )?(?:[a-z]+ )?(?:adopted|used|deployed|piloted|tested|integrated|embraced|rolled out) by (?:[\w-]+,? ){0,8}?(?:including |such as |like )?{SL}`,
    confidence: 0.7,
  },
  // "Mistral AI's open-weight models have been adopted by BNP Paribas": the maker is used
  {
    id: 'passive.use-maker',
    predicate: 'USED',
    // "Corrib's software forecasts output for grid operators and is used by EirGrid": after a first verb
    pattern: String.raw`{O:O}'s? (?:[\w-]+ ){0,2}?(?:models|products|tools|software|chips|technology|platforms|services|systems|apps|processors|accelerators)(?: (?:[^⟦⟧;,]|⟦[a-zL]\d+⟧){1,80}? and)?(?: (?:have|has|had) been| (?:are|were|is|was)(?: being)?)(?: [a-z]+)? (?:adopted|used|deployed|piloted|tested|integrated|embraced) by (?:[\w-]+,? ){0,8}?(?:including |such as |like )?{SL}`,
    confidence: 0.65,
  },
  {
    id: 'passive.use-which',
    predicate: 'USED',
    pattern: String.raw`{O:R}(?: [a-z]+)?, (?:which|that) (?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:has been |have been |is being |was |were |is |are )(?:[a-z]+ )?(?:adopted|used|deployed|piloted|integrated) by (?:[a-z-]+,? ){0,4}?(?:including |such as |like )?{SL}`,
    confidence: 0.6,
  },
  // "customers already use Claude through Bedrock, including Pfizer and Intuit"
  {
    id: 'list.customers-use',
    predicate: 'USED',
    pattern: String.raw`\b(?:customers|clients|users|companies|businesses|enterprises|firms|organizations|organisations)(?: [a-z]+){0,2} (?:use|used|using|adopted|deploy|deployed|rely on|relied on)(?: [a-z]+)? {XP}?(?<o>⟦R\d+⟧)(?:[^⟦⟧;]|⟦[A-Za-z]\d+⟧){0,60}?,? (?:including|such as|like|among them) (?:the )?{SL}`,
    confidence: 0.65,
  },
  // "Acme has been porting its models to Zeta's Orion accelerators": what they run on is used
  {
    id: 'verb.port-to',
    cue: /\b(?:port|ports|ported|porting|optimi[sz](?:e|es|ed|ing))\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}(?:porting|ported|ports|port|optimi[sz]ing|optimi[sz]ed|optimi[sz]es|optimi[sz]e) (?:[\w-]+ ){0,4}?(?:to|for) (?:the )?{XP}?{OL}`,
    confidence: 0.65,
  },
  // "Oracle has built Zeta's models into its cloud applications", "will bring Nova features into
  // its messenger": what is built into one's products is used
  {
    id: 'verb.build-into-owner',
    cue: /\binto\b/,
    predicate: 'USED',
    object: ['Organization'],
    pattern: String.raw`{SL}{A}${INTO_VERBS} (?<o>⟦O\d+⟧)'s (?:[\w-]+ ){0,2}?(?:models?|technology|software|tools|AI|chatbot|assistant|features) into\b`,
    confidence: 0.65,
  },
  {
    id: 'verb.build-into',
    cue: /\binto\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}${INTO_VERBS} {XP}?{OL}(?: [a-z-]+){0,2} into\b`,
    confidence: 0.65,
  },
  // "Acme shifted its training to domestic chips, including Zeta's Ascend 910B"
  {
    id: 'verb.shift-to',
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:shifted|shifts|moved|moves|switched|switches|turned|turns)(?: (?:[\w-]+|⟦[a-z]\d+⟧'s)){0,5} to (?:[a-z-]+ ){0,3}?(?:chips|GPUs|processors|accelerators|models|clouds?|platforms?|servers|suppliers|providers|vendors|chipmakers),? (?:including|such as|like) {XP}?{OL}`,
    confidence: 0.65,
  },
  // "Nova runs on a mix of Zeta H20 chips", "the model was built on Beta's open-weight Orion",
  // "Acme's Nova assistant, built on Zeta's Orion": a
  // product's use, given to its maker when the relations are built ("Weft runs on Zeta chips"
  // alone says what it supports, not what it uses)
  {
    id: 'verb.product-runs-on',
    cue: /\b(?:runs?|ran|running|built|based|powered|trained|served|hosted|fine-tuned|adapted|derived)\b/,
    predicate: 'USED',
    subject: ['Product'],
    object: ['Product'],
    pattern: String.raw`{S:R}{A}(?:(?:runs|ran|run|running) on (?:a mix|a combination|a cluster|clusters) of|(?:runs|ran|run) on(?= (?:[a-z-]+ ){0,3}?⟦O\d+⟧'s? (?:[a-z-]+ )?⟦R\d+⟧ (?:model|models|chips|processors|GPUs|accelerators|software|platform|cloud|servers)\b)|(?:is|was|are|were|has been|had been) (?:built|based|powered|trained|served|hosted) (?:on|by|through|atop)|(?:is|was|are|were) (?:a |an )?(?:[\w-]+ ){0,3}?(?:fine-tuned|adapted|derived|built) from|(?:is|was|are|were) (?:a |an )(?:[\w-]+ ){0,2}?(?:fine-tuned|customi[sz]ed|modified|adapted|tuned|locali[sz]ed|distilled|retrained|trimmed-down) version of|(?<=, )(?:built|based|powered|running) (?:on|atop)) (?:top of |[\d,]+ |thousands of |hundreds of )?(?:[a-z-]+ ){0,2}?{XP}?(?:[a-z-]+ ){0,2}?(?:⟦O\d+⟧ )?{OL:R}`,
    confidence: 0.65,
  },
  // "Acme's flagship product, Relay", "its underlying model, Nova-R", "its Turkish-language chatbot,
  // Sohbet": a name the lexicon may mistype
  {
    id: 'appositive.own-product',
    cue: /\b(?:product|model|app|chatbot|assistant|library|platform|service|tool|agent|chip|processor), /,
    predicate: 'DEVELOPED',
    object: ['Product', 'Organization', 'Person'],
    pattern: String.raw`{S}'s? (?:(?:flagship|main|core|first|latest|newest|new|underlying|own|open-source|consumer|enterprise|signature|best-known|proprietary|[\w-]+-(?:language|speaking|powered|focused))[ ,]+){1,2}(?:[\w-]+ )?(?:product|model|app|chatbot|assistant|library|platform|service|tool|agent|chip|processor), (?:called |dubbed |named |known as )?(?<o>⟦[RrOP]\d+⟧)(?![-'])`,
    confidence: 0.7,
  },
  // "Acme is among the largest buyers of Zeta processors", "a customer of Zeta's cloud"
  {
    id: 'appositive.buyer-of',
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:is|was|are|were|has been|became|remains) (?:among |one of )?(?:the |a |an )?(?:[\w-]+ ){0,3}?(?:buyers?|customers?|users?|clients?|purchasers?|adopters?) of (?:both )?{XP}?{OL}`,
    confidence: 0.7,
  },
  // "is building a GB200 cluster in Johor": the chips of a cluster a company builds are used
  {
    id: 'verb.build-cluster-of',
    cue: /\b(?:clusters?|supercomputers?|superclusters?)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}(?:building|built|builds|build|assembling|assembled|assembles|assemble) (?:a |an |its |their |the )?(?:[\w-]+ ){0,2}?{XP}?{OL:R} (?:clusters?|supercomputers?|superclusters?)\b`,
    confidence: 0.65,
  },
  // "is expected to house about 4,000 Nvidia H200 chips": a data centre's chips are its owner's use
  {
    id: 'verb.house-chips',
    cue: /\bhous(?:e|es|ed|ing)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{SL}{A}(?:house|houses|housed|housing) (?:(?:about|around|some|up to|more than|nearly|over) )?[\d,]+ (?:of )?(?:[a-z-]+ ){0,2}?{XP}?{OL:R}`,
    confidence: 0.65,
  },
  // "Acme trained its model on 2,048 Zeta H800 chips", "built on Zeta's Gemma 2", "trains it on Zeta H100s"
  {
    id: 'verb.trained-on',
    predicate: 'USED',
    pattern: String.raw`{SL}{A}(?:trained|trains|training|train|built|builds|build|building|based|runs|ran|running|run|hosts|hosted|hosting|host)(?: (?:⟦[Rr]\d+⟧|it|them|[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,2}|(?:production |the )?(?:inference|training)(?: workloads| jobs)?|(?:(?:much|most|all|some|part|parts|(?:more than |about |around |nearly |over |some )?[\d,]+) of )?(?:⟦[a-z]\d+⟧'s|its|their|the|a)(?: [\w-]+| ⟦[Rr]\d+⟧){0,4}?|(?:some |many |most |all |new |large |smaller |its own )?(?:[a-z]+-[a-z]+ )?(?:models|workloads|systems|services|products|software|applications|apps|agents|assistants|chatbots|tools)|(?:[\w-]+ ){0,3}?(?:trials|pilots|tests|experiments)))?(?: (?:entirely|exclusively|solely|largely|mostly|partly|primarily|only))? on (?:top of )?(?:(?:a|one|two|three|four|five|several|multiple|[\d,]+) (?:clusters?|racks?|pods?|supercomputers?|sets?) of )?(?:(?:more than |about |around |nearly |over |some |up to )?[\d,]+ |thousands of |tens of thousands of |hundreds of )?(?:[a-z-]+ ){0,2}?{XP}?(?:[a-z-]+ ){0,2}?(?:⟦O\d+⟧ )?{OL:R}`,
    confidence: 0.7,
  },
  // "It runs on a mix of in-house models and models licensed from Zeta": licensed goods (rented
  // ones are annotated either way: the renter uses, or the lessor supplies)
  {
    id: 'verb.runs-on-goods-from',
    cue: /\b(?:licensed|licenced) (?:from|by)\b/,
    predicate: 'USED',
    object: ['Organization'],
    pattern: String.raw`{SL}{A}(?:runs|run|ran|running|relies|relied|rely|relying|built|builds|trained|trains|uses|used|using)(?: on)? (?:[^⟦⟧;]{0,60}?)\b(?:models?|chips?|GPUs|processors|software|technology|capacity|servers|data) (?:licensed|licenced) (?:from|by) {OL}`,
    confidence: 0.65,
  },
  // "The app's answers are generated using Zeta's Orion", "The software runs on Google Cloud",
  // "That pilot used Zeta's Orion": the story's own product, named by a description, uses another's
  {
    id: 'verb.use-by-description',
    cue: /^(?:[^⟦⟧]{0,40}?[,—–-] )?(?:[Tt]he|[Ii]ts|[Tt]hat|[Tt]his) /,
    predicate: 'USED',
    implicitSubject: 'salient',
    subject: ['Organization'],
    // "The company's chatbot runs on Zeta's Orion"
    pattern: String.raw`^(?:[^⟦⟧]{0,40}?[,—–-] )?(?:[Tt]he|[Ii]ts|[Tt]hat|[Tt]his) (?:[a-z][\w-]*(?:'s)? ){0,2}?(?:app|apps|software|service|platform|model|models|assistant|tool|product|system|chatbot|car|vehicle|robot|robots|pilot|trial|agents?|bot|feature|engine|footage|data|startup's product)(?:'s? (?:[a-z][\w-]* ){0,2}?[a-z]+)?(?:, [^⟦⟧,;]{1,60},)? (?:is |are |was |were |has been |have been |will be |would be )?(?:also |now |already |still |largely |mostly |partly |initially )?(?:runs? on|running on|ran on|built on|based on|powered by|generated using|generated with|trained on|hosted (?:on|in|by)|processed (?:on|in)|uses|used(?! by\b)|using|relies on|relied on) (?:(?:a |an )?(?:customi[sz]ed |fine-tuned |modified |tuned )?version of |top of )?(?:[\d,]+ )?(?:[a-z-]+ ){0,2}?{XP}?(?:[A-Z][\w-]* )?{OL}`,
    confidence: 0.55,
  },
  // "Acme, whose Nova assistant runs on Zeta's Orion": the company uses what its product runs on
  {
    id: 'relative.whose-product-runs-on',
    cue: /\bwhose\b/,
    predicate: 'USED',
    subject: ['Organization'],
    pattern: String.raw`{S},? (?:(?:a |an |the )(?:[^⟦⟧,;]|⟦L\d+⟧){0,40}? )?whose (?:⟦[Rr]\d+⟧ |[a-z-]+ ){1,3}?(?:is |are |was |were )?(?:also |now |still )?(?:runs? on|ran on|built on|based on|powered by|uses|used|relies on|relied on) (?:top of )?(?:[a-z-]+ ){0,2}?{XP}?{OL}`,
    confidence: 0.7,
  },
  // "Nova also powers the search feature in Acme's app", "the only chatbot built into Acme's
  // iPhone": the company whose product holds another's uses it
  {
    id: 'verb.powers-others-product',
    cue: /\b(?:powers|powered|power|underpins|drives|built into|integrated into|embedded in|embedded into|baked into)\b/,
    predicate: 'USED',
    subject: ['Organization'],
    object: ['Product'],
    pattern: String.raw`{O}(?:{A}(?:also |now )?(?:powers|will power|underpins|drives) (?:the )?(?:[a-z-]+ ){0,3}?(?:in|of|behind|for|inside) |(?:[^⟦⟧;.]){0,40}?\b(?:built|integrated|embedded|baked) in(?:to)? (?:the )?(?:[a-z-]+ ){0,3}?(?:of |in )?(?:the )?){S}'s? (?:[a-z-]+ ){0,2}?(?:⟦R\d+⟧|(?:app|apps|phones?|devices?|software|service|services|platform|products?|messenger|browser|search engine|operating system|assistant|cars?|vehicles?|website)\b)`,
    confidence: 0.65,
  },
  // "Nova already powers customer-service chatbots at Zeta and at Kappa": the companies a
  // product works at use it
  {
    id: 'verb.product-powers-at',
    cue: /\b(?:powers|powered|runs|ran|drives|handles|answers)\b/,
    predicate: 'USED',
    subject: ['Organization'],
    object: ['Product'],
    pattern: String.raw`(?<o>⟦R\d+⟧){A}(?:already |now |also |currently )?(?:powers|powered|runs|ran|drives|handles|answers) (?:the )?(?:[a-z-]+ ){0,3}?(?:chatbots?|assistants?|agents?|apps?|services?|systems?|tools?|helplines?|call centres|call centers|queries|questions|calls) (?:at|for|of) (?<s>⟦O\d+⟧(?:(?:, |,? and )(?:at |for )?⟦O\d+⟧)*)`,
    confidence: 0.65,
  },
  // "Nova has two million users. Its developer, Lisbon-based Zeta, says ...": the product a sentence
  // opens on the developer of is the one just named
  {
    id: 'appositive.its-developer',
    cue: /\b(?:developer|maker|creator),/,
    predicate: 'DEVELOPED',
    subject: ['Organization'],
    object: ['Product'],
    pattern: String.raw`^(?:[^⟦⟧]|⟦[Ll]\d+⟧){0,30}?(?:[Ii]ts|⟦[a-z]\d+⟧'s) (?:developer|maker|creator), (?:the |a |an )?(?:⟦L\d+⟧-based |[a-z-]+ ){0,3}?{S}`,
    implicitObject: 'first',
    confidence: 0.65,
  },
  // "Nova's developer, Zeta, said"
  {
    id: 'appositive.product-developer',
    cue: /⟧'s? (?:developer|maker|creator),/,
    predicate: 'DEVELOPED',
    subject: ['Organization'],
    object: ['Product'],
    pattern: String.raw`{O:R}'s? (?:developer|maker|creator), (?:the |a |an )?(?:⟦L\d+⟧-based |[a-z-]+ ){0,3}?{S}`,
    confidence: 0.75,
  },
  // "Acme plans to add Zeta's Nova as a second model": a model added to a company's product is used
  {
    id: 'verb.add-as-model',
    cue: /\badd(?:s|ed|ing)? .{0,60}? as (?:a|an|its|their) /,
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:add|adds|added|adding) {XP}?{OL:R} as (?:a |an |its |their )(?:[a-z-]+ ){0,2}?(?:model|models|option|engine|provider|fallback|backup|backend|alternative)\b`,
    confidence: 0.65,
  },
  // "Acme said the app used Zeta's Nova": what a company says its product uses, it uses
  {
    id: 'verb.said-product-uses',
    cue: /\b(?:said|says|added|confirmed|acknowledged)(?: that)? (?:the|its) /,
    predicate: 'USED',
    subject: ['Organization'],
    pattern: String.raw`{S}{A}(?:said|says|added|confirmed|acknowledged)(?: that)? (?:the|its) (?:⟦[Rr]\d+⟧|(?:[a-z][\w-]*(?:'s)? ){0,2}?(?:app|apps|tool|tools|model|models|software|product|service|chatbot|assistant|platform|system|feature)) (?:had )?(?:used|uses|runs on|ran on|relies on|relied on|is built on|was built on|is powered by|was powered by) (?:a (?:customi[sz]ed |fine-tuned |modified )?version of )?(?:⟦[A-Za-z]\d+⟧'s? (?:[a-z-]+ ){0,2}?)?{OL}(?!'s?\b)`,
    confidence: 0.65,
  },
  // "Acme trains its models on Google Cloud", "runs its workloads on CoreWeave", "runs its Nova app
  // on CoreWeave": a company named as the place where a company's models run is a cloud it uses
  {
    id: 'verb.trained-on-company',
    cue: /(?:(?:\bits|\btheir|⟦[a-z]\d+⟧'s) (?:[\w-]+ |⟦R\d+⟧ ){0,2}?(?:models?|workloads|systems|services|software|applications|apps?|agents|chatbots?|assistants?)|⟦R\d+⟧(?: (?:app|model|chatbot|assistant|service|platform|tool)s?)?) (?:[a-z]+ly )?on ⟦O/,
    predicate: 'USED',
    object: ['Organization'],
    pattern: String.raw`{SL}{A}(?:trained|trains|training|train|runs|ran|running|run|hosts|hosted|hosting|host|serves|served|deploys|deployed) (?:(?:⟦[a-z]\d+⟧'s|its|their) (?:[\w-]+ |⟦R\d+⟧ ){0,2}?(?:models?|workloads|systems|services|software|applications|apps?|agents|chatbots?|assistants?)|⟦R\d+⟧(?: (?:app|model|chatbot|assistant|service|platform|tool)s?)?) (?:[a-z]+ly )?on {OL}(?!['’]| ⟦R)`,
    confidence: 0.7,
  },
  {
    id: 'noun.use-of',
    predicate: 'USED',
    pattern: String.raw`{S}'s? (?:[a-z]+ ){0,2}?(?:use|usage|utilisation|utilization|reliance|dependence|adoption) (?:of|on) (?:[a-z-]+ ){0,3}?{XP}?{O}`,
    confidence: 0.75,
  },
  {
    id: 'noun.product-usage',
    predicate: 'USED',
    pattern: String.raw`{S}'s? (?<o>⟦[Rr]\d+⟧) (?:usage|use)`,
    confidence: 0.75,
  },
  {
    id: 'noun.access-to',
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?<!\b(?:off|cut|cuts|revoke[sd]?|revoking|block(?:s|ed)?|restrict(?:s|ed)?|lose|lost|loses|losing|denied|deny) )(?:gains?|gained|gaining|has|have|had|got|gets|given|granted|getting) access to (?:[a-z-]+ ){0,3}?{XP}?{O}`,
    confidence: 0.7,
  },
  // "Anthropic revoked OpenAI's access to its Claude models": the holder of the access uses them
  {
    id: 'noun.possessive-access',
    cue: /⟧'s? (?:[\w-]+ ){0,2}?access to\b/,
    predicate: 'USED',
    subject: ['Organization'],
    pattern: String.raw`{S}'s? (?:direct |first-party |early |continued |paid |API |unrestricted |exclusive |full )?access to (?:most of |some of |all of |many of )?(?:its |their |the )?(?:${PLAIN_WORD} ){0,2}?{XP}?(?:${PLAIN_WORD} ){0,2}?{OL}`,
    confidence: 0.7,
  },
  // "Humain is rolling out Allam, an Arabic model originally built by the Saudi Data Authority"
  {
    id: 'verb.roll-out-made-by-another',
    cue: /\b(?:built|developed|made|created|trained|designed) by\b/,
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:rolling out|rolled out|rolls out|roll out|deploying|deployed|deploys|deploy|launching|launched|launches|offering|offered|offers|introducing|introduced|introduces) {OL:R},? (?:a |an |the )?(?:[\w-]+ ){0,4}?(?:originally |first |jointly |initially )?(?:built|developed|made|created|trained|designed) by (?:the )?{X}`,
    confidence: 0.7,
  },
  // "Project Rainier, a cluster in Indiana built largely for Anthropic": what is built for a company it uses
  {
    id: 'appositive.built-for',
    cue: /\b(?:built|designed|reserved|dedicated) (?:[a-z]+ )?for\b/,
    predicate: 'USED',
    subject: ['Organization'],
    pattern: String.raw`(?<o>⟦[Rr]\d+⟧), (?:a|an|the) (?:[^⟦⟧;,]|⟦[Ll]\d+⟧){0,60}? (?:built|designed|reserved|dedicated) (?:largely |mainly |primarily |specifically |exclusively |entirely )?for {S}`,
    confidence: 0.65,
  },
  // "Tembusu fine-tunes its agents on SEA-LION", "will fine-tune Apertus for German": the base model is used
  {
    id: 'verb.fine-tune',
    cue: /\bfine[- ]?tun/,
    predicate: 'USED',
    pattern: String.raw`{SL}${OWN_STAFF}{A}(?:fine-tunes|fine-tuned|fine-tune|fine-tuning|fine tunes|fine tuned|fine tune|finetunes|finetuned|finetune)(?: (?:its|their|the|a|an|⟦[a-z]\d+⟧'s)(?: [\w-]+){1,3}? (?:on|from|using|with))?(?: (?:[a-z-]+ ){0,2}?models?,? (?:including|such as|like))? {XP}?(?:(?:open-source|open-weight|open|base|existing|smaller|larger) )?{OL:R}`,
    confidence: 0.7,
  },
  // "Voxa-2, a speech system fine-tuned from Zeta's Orion": what a product was tuned from is its maker's use
  {
    id: 'passive.fine-tuned-from',
    cue: /\bfine[- ]?tuned (?:from|on)\b/,
    predicate: 'USED',
    subject: ['Product'],
    pattern: String.raw`{S}(?:,? (?:is |was )?(?:a|an|the) (?:[\w-]+ ){0,4}?|,? (?:which|that) (?:is|was|has been) |,? )(?:[\w-]+ )?fine-tuned (?:from|on) (?:a version of )?{XP}?(?:(?:open-source|open-weight|open|base) )?{OL:R}`,
    confidence: 0.65,
  },
  // "Snap, whose My AI chatbot is built on technology from OpenAI and Google": the product's maker uses them
  {
    id: 'passive.built-on-from',
    cue: /\b(?:technology|models|software|tools|chips) (?:from|by|of)\b/,
    predicate: 'USED',
    subject: ['Product'],
    object: ['Organization'],
    pattern: String.raw`{S}(?: [a-z-]+){0,2},? (?:which |that )?(?:is |was |are |were |has been |have been )?(?:built|based|running|runs|run|trained|powered) (?:on|by) (?:[a-z-]+ )?(?:technology|models|software|tools|chips) (?:from|by|of) {OL}`,
    confidence: 0.65,
  },
  // "Zeta gave Acme access to its Nova models", "giving the start-up access to Zeta's cloud"
  {
    id: 'verb.give-access',
    cue: /\baccess to\b/,
    predicate: 'USED',
    subject: ['Organization'],
    pattern: String.raw`\b(?:gave|gives|give|giving|granted|grants|grant|granting|offered|offers|offering) (?:the )?{S} (?:[\w-]+ ){0,2}?access to (?:most of |some of |all of |many of )?(?:its |their |the |⟦[a-z]\d+⟧'s )?(?:[a-z-]+ ){0,2}?{XP}?(?:[a-z-]+ ){0,2}?{OL}`,
    confidence: 0.7,
  },
  // "Anthropic revoked OpenAI's access to its Claude models", "gave Acme access to its Nova
  // models": "its" is the sentence subject's, whose products they are
  {
    id: 'verb.access-to-own',
    cue: /\baccess to (?:most of |some of |all of |many of )?(?:its|their|⟦[a-z]\d+⟧'s) /,
    predicate: 'DEVELOPED',
    subject: ['Organization'],
    pattern: String.raw`{S}{A}(?:revoked|revokes|revoke|revoking|cut off|cuts off|cut|cuts|cutting off|pulled|pulls|blocked|blocks|suspended|suspends|restricted|restricts|limited|limits|ended|ends|terminated|terminates|withdrew|withdraws|gave|gives|give|giving|granted|grants|grant|granting|opened|opens|expanded|expands) (?:⟦[OoPp]\d+⟧'s? |⟦[OoPp]\d+⟧ )?(?:[\w-]+ ){0,2}?access to (?:most of |some of |all of |many of )?(?:its|their|⟦[a-z]\d+⟧'s) (?:[\w-]+ ){0,3}?{OL:R}`,
    confidence: 0.75,
  },
  {
    id: 'verb.via',
    predicate: 'USED',
    // not the owner of a product named ("used Zeta's Nova through Beta"), nor across a relative clause
    // with its own subject ("Nova, which Acme accesses through Beta"), nor goods sold or offered
    // through a channel ("supplies it with chips through Beta", "is available through Beta")
    pattern: String.raw`{BOS}{S}(?!'s ⟦[Rr]\d+⟧(?! (?:usage|use|access)\b))(?:(?!\b(?:which|that) ⟦|\b(?:supplies|supplied|supplying|provides|provided|providing|sells|sold|selling|offers|offered|offering|available|distributes|distributed|distributing)\b)[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\b(?:via|through) {XP}?(?<o>⟦[RrO]\d+⟧)(?!'s)`,
    confidence: 0.55,
  },
  {
    id: 'verb.make-provider',
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:making|made|makes|make|chose|chosen|picked|selected|named) {O} (?:⟦[a-z]\d+⟧'s|its|their) (?:primary |preferred |main |exclusive |key )?(?:cloud|compute|computing|chip|chips|infrastructure|training)`,
    confidence: 0.8,
  },
  {
    id: 'verb.will-be-provider',
    predicate: 'USED',
    pattern: String.raw`(?<o>⟦[Rr]\d+⟧)(?: [a-z-]+){0,4} (?:will be|is|was|became|becomes|has been|remains) {S}'s? (?:exclusive |primary |preferred |main |major |sole |key )?(?:cloud |compute |computing |chip |data |infrastructure )?(?:provider|supplier|platform)`,
    confidence: 0.75,
  },
  {
    id: 'verb.available-on',
    predicate: 'USED',
    pattern: String.raw`{S}'s? (?:[\w()-]+ ){0,4}?[^⟦⟧;]{0,60}?(?:will be |is |are |be )?(?:available|hosted|offered|deployed) (?:on|via|through) {XP}?{O}`,
    subject: ['Organization'],
    object: ['Product'],
    confidence: 0.7,
  },
  {
    id: 'verb.licensed-to-use',
    predicate: 'USED',
    pattern: String.raw`{S}{A}(?:is|was|are) licensed (?:by {X} )?to use (?:the )?{XP}?{O}`,
    confidence: 0.8,
  },

  // "Acme scraped articles from sites including Zeta and Beta", "Acme's crawler copied content from Zeta"
  {
    id: 'verb.copy-from-sources',
    cue: /\b(?:copied|copies|copying|scraped|scrapes|scraping|reproduced|reproduces|reproducing|lifted|downloaded)\b/,
    predicate: 'COPIED',
    pattern: String.raw`{S}(?:'s? (?:[a-z-]+ ){0,2}?(?:crawlers?|bots?|scrapers?|systems?|tools?|agents?))?{A}(?:copied|copies|copying|scraped|scrapes|scraping|reproduced|reproduces|reproducing|lifted|downloaded) (?:[a-z-]+ ){0,3}?(?:articles|content|stories|reporting|journalism|material|books|text|pages|news) from (?:[a-z-]+ ){0,3}?(?:including |such as |like )?{XP}?{OL}`,
    confidence: 0.7,
  },
  // "Acme agreed to buy computing capacity from Zeta's Nimbus cloud", "rent capacity on its Nimbus cloud"
  {
    id: 'verb.rent-capacity',
    cue: /\b(?:capacity|compute|computing)\b/,
    predicate: 'USED',
    object: ['Product'],
    pattern: String.raw`{S}{A}(?:(?:agreed|agrees|plans|planned|pledged|committed|signed (?:a |an )?(?:[\w$.-]+ ){0,3}?(?:agreement|deal|contract)) to )?(?:buy|buys|buying|bought|rent|rents|renting|rented|lease|leases|leasing|leased)(?: (?:[\w$.,-]+|⟦[a-z]\d+⟧)){0,4}? (?:computing |compute |cloud |GPU |server |data[- ]cent(?:er|re) )?(?:capacity|compute|computing power) from {XP}?{O}`,
    confidence: 0.6,
  },
  {
    id: 'verb.rent-capacity-from',
    cue: /\b(?:capacity|compute|computing)\b/,
    predicate: 'SUPPLIES',
    pattern: String.raw`{O}{A}(?:(?:agreed|agrees|plans|planned|pledged|committed|signed (?:a |an )?(?:[\w$.-]+ ){0,3}?(?:agreement|deal|contract)) to )?(?:buy|buys|buying|bought|rent|rents|renting|rented|lease|leases|leasing|leased)(?: (?:[\w$.,-]+|⟦[a-z]\d+⟧)){0,4}? (?:computing |compute |cloud |GPU |server )?(?:capacity|compute|computing power) from {S}`,
    confidence: 0.6,
  },
  // "using GPT-generated data to train its own model" (chips or a cloud used to train are no copy)
  {
    id: 'verb.train-on',
    predicate: 'COPIED',
    pattern: String.raw`{S}{A}(?:for |after )?(?:using|used|uses|use)(?: [a-z-]+){0,2}? {XP}?{O}(?:-generated|-trained)?(?! (?:[\w-]+ )?(?:chips|GPUs|processors|accelerators|servers|hardware|clusters|supercomputers?|cloud|data cent(?:er|re)s?|capacity|computing)\b)(?: [a-z-]+){0,3} to (?:train|develop|build|create)`,
    confidence: 0.65,
  },
  // "ByteDance has been violating the license of Microsoft and OpenAI by using GPT data to train ..."
  {
    id: 'verb.train-on-by',
    predicate: 'COPIED',
    subject: ['Organization'],
    pattern: String.raw`{BOS}{S}(?:[^;⟦⟧]|⟦[A-Za-z]\d+⟧)*?\bby (?:using|use of)(?: [a-z-]+){0,2}? {XP}?{O}(?:-generated|-trained)?(?: [a-z-]+){0,3} to (?:train|develop|build|create)`,
    confidence: 0.65,
  },
  // "Zeta had harvested responses from Anthropic's Claude to build training data", "distillation of
  // its o3 model by Zeta": the outputs of a model taken to train another
  {
    id: 'verb.harvest-outputs',
    cue: /\b(?:harvest|scrap|extract|siphon|collect|query|queri)/,
    predicate: 'COPIED',
    pattern: String.raw`{S}{A}(?:harvested|harvests|harvesting|harvest|scraped|scrapes|scraping|extracted|extracts|extracting|siphoned|siphons|siphoning|collected|collects|collecting|queried|queries|querying) (?:[\w-]+ ){0,3}?(?:responses|outputs|answers|completions|generations) (?:from|of|produced by|generated by) {XP}?{O}`,
    confidence: 0.7,
  },
  {
    id: 'noun.distillation-by',
    cue: /\bdistill?ation\b/,
    predicate: 'COPIED',
    // ("distillation of its o3 and GPT-5 models through accounts linked to the start-up's engineers")
    pattern: String.raw`\bdistill?ation"? of {XP}?(?:[a-z-]+ ){0,2}?{OL}(?: [a-z-]+){0,2} (?:by|(?:through|via|from) (?:[a-z-]+ ){0,2}?(?:linked|tied|belonging|traced) to) (?:the )?{S}`,
    confidence: 0.7,
  },
  {
    id: 'verb.copy',
    predicate: 'COPIED',
    pattern: String.raw`{S}{A}(?:copied|copies|copy|copying|cloned|clones|plagiarized|plagiarised|distilled|ripped off|infringed(?: on)?|infringes(?: on)?|infringing(?: on)?|scraped|stole|misappropriated) (?:(?:[a-z-]+ ){0,2}?|(?:[a-z-]+ ){1,3}?from (?=⟦[A-Za-z]\d+⟧'s? ⟦R))(?:the )?{XP}*{O}`,
    confidence: 0.75,
  },
  // "Stability AI has denied that its models infringe Getty Images' copyrights": a maker's product
  {
    id: 'verb.product-infringes',
    cue: /\b(?:infring|violat|cop(?:ied|ies|y)|reproduc)/,
    predicate: 'COPIED',
    pattern: String.raw`{S}'s? (?:[a-z-]+ ){0,2}?(?:models?|chatbots?|tools?|products?|systems?|services?|generators?|software|apps?)(?: [a-z]+)? (?:infringe|infringes|infringed|violate|violates|violated|copied|copy|copies|reproduce|reproduces|reproduced) (?:on )?(?:[a-z-]+ ){0,2}?{XP}*{O}`,
    confidence: 0.7,
  },
  // "had distilled its models", "scraped the Journal's articles": the owner of what was copied
  {
    id: 'verb.copy-content',
    cue: /\b(?:cop(?:ied|ies|y|ying)|clon|distil|scrap|reproduc|stol|steal|misappropriat|plagiari|infring|memori)/,
    predicate: 'COPIED',
    // "accused Acme of distilling its models" is an allegation: verb.accuse-act-owner reads it
    pattern: String.raw`(?<!\b(?:accused|accuses|accuse|accusing|suspected) (?:the )?){S}{A}(?:copied|copies|copy|copying|cloned|clones|distilled|distils|distills|distilling|scraped|scrapes|scraping|reproduced|reproduces|reproducing|stole|steals|stealing|misappropriated|plagiari[sz]ed|plagiari[sz]ing|infringed|memorised|memorized) (?:[a-z-]+ ){0,2}?(?<o>⟦[OoPp]\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:journalism|articles|content|reporting|stories|books|works|models?|outputs?|data|lyrics|code|songs|music|images|photos|websites?|sites|capabilities|responses|answers)\b`,
    confidence: 0.7,
  },
  {
    id: 'passive.accused-copying',
    predicate: 'COPIED',
    pattern: String.raw`{S},? (?:which |who |that )?(?:was |were |has been |had been |is |are |stands |stood |being )?(?:also )?(?:accused|suspected) of (?:[a-z]+ ){0,2}?(?:copying|cloning|plagiarizing|plagiarising|stealing|infringing|infringing on|misusing|distilling|ripping off|scraping|using)(?: [a-z]+){0,3}? {XP}*{O}`,
    modality: 'alleged',
    confidence: 0.8,
  },
];
