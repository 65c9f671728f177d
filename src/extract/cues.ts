/**
 * Word lists the rules read. Kept as code constants: they are part of the rules
 * (bump RULE_VERSION when they change), not data about entities.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Last words that make a capitalised name an organization: "Zhipu AI", "Spark Capital". */
export const ORG_SUFFIXES = words(`
  Tech Inc Corp Corporation Co Ltd Limited LLC LLP LP PLC Plc Pte NV BV SpA GmbH AG SA Labs Lab AI
  Technologies Technology
  Group Ventures Capital Partners Holdings Systems Networks Research Institute University College
  Commission Department Ministry Agency Administration Bank Fund Foundation Association Council
  Authority Bureau Office Court Times Post Journal News Press Media Global Cloud Semiconductor
  Semiconductors Robotics Motors Electronics Software Analytics Investments Securities Entertainment
  Industries Instruments Communications Telecom Airlines Insights Studios Society Union Committee
  Senate Congress Parliament Government Reuters Review Magazine Daily Herald Tribune Gazette
  Company Holding Pictures Images Bio Biosciences Therapeutics Dynamics Computing Machines Mobility
  Aerospace Quantum Pharmaceuticals Automation Microsystems Devices Sciences Works Platforms
  School Hospital Clinic Health Healthcare United Insurance Assurance Mutual Logistics Solutions
  Consulting Energy Power Electric Financial Bancorp Pharma Chemicals Steel Foods Airways Railways
  Shipping Freight Engineering Construction Telecommunications Digital Games Interactive Banking
  Pharmaceutical Gruppe Microelectronics Analytica Centre Center Centres Centers Hospitals Clinics
  Resources Angels Mining Minerals Metals Textiles Apparel Utilities Intelligence Compute Network
`);

/** Last words only a company's name ends in: "Zorvex Labs" launched is a company still. */
export const COMPANY_NAME_ENDS = words(`
  Lab Labs Inc Corp Corporation Ltd Limited LLC PLC GmbH Technologies Ventures Capital Partners
  Holdings Group Robotics Company
`);

/** Last words of a news outlet's name, for outlets the lexicon lacks: "Kestrel Media", "Lagos Herald". */
export const OUTLET_NAME_ENDS = words(`
  Media News Times Post Journal Press Herald Tribune Gazette Daily Chronicle Observer Telegraph
  Courier Standard Guardian Mail Express Review Magazine Newspaper Newspapers Publishing Publishers
`);

/** Suffixes that name the same company, not a new one: "Microsoft Corp.", "Alphabet Inc.". */
export const CORPORATE_FORMS = words('Inc Corp Corporation Co Ltd Limited LLC PLC GmbH AG SA');

/** Words after a maker's name that make a product of the whole: "Azure OpenAI Service". */
export const PRODUCT_SUFFIXES = words(`
  Service Services Studio Assistant Intelligence Pro Plus Max Ultra Turbo Mini Nano Flash Lite
  Bot Chat Copilot Vision Cloud Platform Engine Bedrock Assistant Search Maps Translate Workspace
`);

/** Tier words that continue a model name: "Claude 3 Opus", "GPT-4 Turbo". */
export const MODEL_TIERS = words(`
  Opus Sonnet Haiku Turbo Pro Plus Max Ultra Mini Nano Flash Lite Instruct Chat Vision Base
  Preview Coder Omni Air Edge Large Medium Small XL Super
`);

/** Capitalised words that are never entities on their own. */
export const NEVER_ENTITIES = words(`
  I AI AGI LLM LLMs API APIs GPU GPUs CPU CPUs TPU NPU CEO CEOs CTO CFO COO CSO VP SVP EVP PC PCs
  TV US$ USD EUR RMB GBP TL DR Q1 Q2 Q3 Q4 H1 H2 FP8 FP16 FP32 BF16 INT8 INT4 TFLOPs TFLOPS teraFLOPS
  TB GB MB Tb Gb PB Mr Ms Mrs Dr Prof Sr Jr Inc Corp Co Ltd LLC Big Tech Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday January February March April May June July August September October
  November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec AM PM ET PT GMT UTC EST PST
  CEO's COVID IPO ESG GenAI LLC SEC's OK UN EU's RAM HBM VRAM SDK SaaS IT HR PR
  English Chinese American European French British Japanese Korean Indian German Taiwanese
  Arabic Spanish Portuguese Italian Dutch Swedish Norwegian Danish Finnish Hindi Swahili Russian
  Vietnamese Thai Indonesian Turkish Polish Hebrew Persian Urdu Bengali Tamil Malay Filipino Greek
  Czech Hungarian Romanian Ukrainian Canadian Australian Mexican Brazilian Israeli Emirati Nigerian
  Kenyan African Asian Nordic Scandinavian Swiss Belgian Austrian Irish Scottish Icelandic Estonian
  Yoruba Hausa Igbo Zulu isiZulu Xhosa isiXhosa Sesotho Setswana Afrikaans Amharic Somali Kinyarwanda
  Wolof Twi Tagalog Javanese Sundanese Telugu Kannada Marathi Gujarati Punjabi Malayalam Nahuatl
  Quechua Guarani Maori Catalan Basque Galician Welsh Slovak Slovenian Croatian Serbian Bulgarian
  Lithuanian Latvian Kazakh Uzbek Mongolian Cantonese Mandarin Tibetan Uyghur Khmer Burmese Lao
  Nepali Māori Sinhala Sinhalese Pashto Farsi Tigrinya Cebuano Ilocano Kiswahili Assamese Maithili Gaelic
  Western Eastern Northern Southern Internet Web Note Source Sources Photo Credit Image Video
  Update Updated Read More Related Advertisement Subscribe Editor Editors Reporting Writing
  Why What How When Where Who Which Details Context Background Key Takeaways Takeaway Summary
  Meanwhile However Also Yet Still Previously Additionally Moreover Furthermore Overall Today
  Tomorrow Yesterday Here There This That These Those It Its They Their We Our You Your He She
  His Her Them The A An In On At For From By With Of And Or But As If So Not No Yes Now Then
  Lunar Year Day Week Month Mid Early Late Generative Last
  Separately Similarly Elsewhere Nonetheless Nevertheless Instead Indeed Notably Likewise Earlier
  Nation Nations State States Federal National International Global PhD PhDs MBA MSc BSc
`);

/** Job titles that lead an organization (ONTOLOGY: chief executive, chair, head, "X-led"). */
export const LEAD_ROLES = [
  'chief executive officer',
  'chief executive',
  'co-chief executive',
  'chief',
  'ceo',
  'co-ceo',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'executive chairman',
  'executive chairwoman',
  'executive chair',
  'executive chairperson',
  'head',
  'boss',
  'leader',
  'secretary',
  'managing director',
  'director general',
  'director-general',
  'commissioner',
  'governor',
  'minister',
];

/** Functions whose "chief" is staff: "finance chief", "AI chief". */
export const FUNCTION_CHIEFS = [
  'finance',
  'financial',
  'technology',
  'tech',
  'marketing',
  'operating',
  'operations',
  'product',
  'research',
  'science',
  'legal',
  'people',
  'security',
  'strategy',
  'communications',
  'AI',
  'data',
  'revenue',
  'commercial',
  'business',
  'policy',
  'design',
  'investment',
  'sales',
];

/** Job titles of staff (ONTOLOGY: president, spokesperson, researcher, engineer give EMPLOYED_BY). */
export const STAFF_ROLES = [
  // "finance chief Sarah Friar": a function's chief is staff, not the organization's leader
  ...FUNCTION_CHIEFS.map((f) => `${f} chief`),
  'president',
  'vice president',
  'senior vice president',
  'executive vice president',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'researcher',
  'research scientist',
  'scientist',
  'scientists',
  'researchers',
  'professor',
  'professors',
  'professor emeritus',
  'engineers',
  'chief scientist',
  'chief science officer',
  'chief scientific officer',
  'chief research officer',
  'chief ai officer',
  'chief information officer',
  'chief commercial officer',
  'chief strategy officer',
  'chief legal officer',
  'chief communications officer',
  'chief marketing officer',
  'chief people officer',
  'chief revenue officer',
  'chief security officer',
  'chief privacy officer',
  'chief business officer',
  'chief medical officer',
  'general counsel',
  'chief technology officer',
  'chief operating officer',
  'chief financial officer',
  'chief product officer',
  'chief technologist',
  'cto',
  'cfo',
  'coo',
  'engineer',
  'software engineer',
  'executive',
  'executives',
  'employee',
  'employees',
  'staffer',
  'staffers',
  'director',
  'open-source director',
  'manager',
  'product manager',
  'lawyer',
  'attorney',
  'analyst',
  'reporter',
  'journalist',
  'correspondent',
  'editor',
  'developer',
  'partner',
  'general partner',
  'board member',
  'fellow',
  'officer',
  'vp',
  'svp',
  'evp',
  'official',
  'officials',
  'adviser',
  'advisor',
  'economist',
  'strategist',
  'scholar',
  // scientists and academics by their field: "University of Cape Town linguist Pieter van Wyk"
  'linguist',
  'physicist',
  'mathematician',
  'statistician',
  'computer scientist',
  'data scientist',
  'neuroscientist',
  'ethicist',
  'philosopher',
  'historian',
  'sociologist',
  'psychologist',
  'epidemiologist',
  'lecturer',
  'research fellow',
  'senior fellow',
  'postdoctoral researcher',
  'litigator',
  'programmer',
  'czar',
  'tsar',
  'veteran',
  // "a research lead at Acme": a team's lead is staff
  'research lead',
  'technical lead',
  'tech lead',
  'team lead',
  'engineering lead',
  'product lead',
  'medical director',
  'head of research',
];

/** Founder nouns: "co-founder Greg Brockman", "DeepSeek's founder". */
/** Lexicon kinds of public bodies (never a company): regulators, governments, courts. */
export const PUBLIC_BODY_KINDS = new Set(['government', 'regulator', 'court']);

export const FOUNDER_ROLES = ['founder', 'co-founder', 'cofounder', 'founders', 'co-founders'];

/** Nouns that name an organization by its kind: "the company", "the Chinese start-up". */
export const ORG_NOUNS = words(`
  company companies firm firms start-up startup start-ups startups giant giants maker makers
  chipmaker chipmakers developer retailer group lab laboratory unicorn business organization
  organisation conglomerate outfit operator provider manufacturer supplier platform newspaper
  outlet publisher network venture investor investors backer backers fund rival rivals player
  players champion upstart juggernaut titan behemoth powerhouse brand corporation enterprise
  subsidiary unit arm agency regulator watchdog administration department ministry government
  university institute consultancy carmaker automaker carrier insurer lender designer
  brokerage bank drugmaker haulier co-operative cooperative telco broadcaster miner integrator
  reseller distributor daily dailies tabloid magazine broadsheet fintech fintechs insurtech
  healthtech edtech biotech neobank
`);

/** Nouns that name a product by its kind: "the deep learning framework Caffe", "H20 chip". */
export const PRODUCT_NOUNS = words(`
  model models chatbot chatbots chip chips GPU GPUs accelerator accelerators processor processors
  app apps application tool tools assistant assistants service bot bots framework platform
  software LLM LLMs engine system systems feature features feed device devices phone phones
  smartphone headset glasses version variant series card cards architecture OS products
  crawler browser agent agents robot robots humanoid drone drones glider suite scanner scanners
  supercomputer cluster game games shooter
`);

/**
 * Heads of an appositive that say what kind of body a name is: "Xinghe Robotics, a Suzhou-based
 * robotaxi developer", "Stop Zorbs, a coalition of campaign groups". Unlike ORG_NOUNS these are
 * only read in that position, so nouns also used of people ("developer") are kept apart.
 */
export const APPOSITIVE_ORG_HEADS = words(`
  company firm start-up startup giant maker chipmaker carmaker automaker lab laboratory unicorn
  business organization organisation conglomerate outfit provider manufacturer supplier retailer
  insurer lender bank broker brokerage consultancy publisher newspaper broadcaster outlet network
  subsidiary unit arm affiliate division venture fund corporation enterprise agency regulator
  watchdog ministry department association coalition consortium alliance federation nonprofit
  charity foundation institute university school group platform operator exchange
  chain utility airline carrier telco miner producer distributor wholesaler grocer studio
  marketplace co-operative cooperative hospital clinic daily tabloid magazine broadsheet haulier
  body
`);

/** Heads that name a body only with a place or trade before them: "a Suzhou-based developer". */
export const APPOSITIVE_SHARED_HEADS = words(
  'developer designer investor backer player exporter importer roaster rival competitor',
);

/** Heads of an appositive that say a name is a place's: "Jamnagar, a city in Gujarat". */
export const APPOSITIVE_PLACE_HEADS = words(`
  city town village suburb district province prefecture county region port capital island
  municipality neighbourhood neighborhood
`);

/** Heads of descriptions that refer back to an organization: "the company", "the Chinese start-up". */
export const DESCRIPTION_NOUNS = words(`
  company firm start-up startup giant maker chipmaker developer retailer group lab laboratory
  unicorn business organization organisation conglomerate outfit operator provider manufacturer
  supplier newspaper outlet publisher network titan behemoth powerhouse upstart juggernaut designer
  corporation enterprise agency regulator watchdog administration department ministry
  bank lender insurer carmaker automaker drugmaker brokerage haulier telco broadcaster commission
  court authority centre center
`);

/** Words of event names, which are not entities (ONTOLOGY): "Worldwide Developers Conference". */
export const EVENT_WORDS = words(`
  Conference Summit Expo Festival Forum Week Show Awards Olympics Games Hackathon Keynote Day
  Congress Convention Fair Symposium Workshop Meetup Championship Cup List Act
`);

/** Capitalised job titles that precede a name and are never part of it. */
export const ROLE_WORDS = words(`
  CEO Chief Executive Officer President Vice Chairman Chairwoman Chair Secretary Spokesperson
  Spokesman Spokeswoman Director Founder Co-founder Cofounder Head Senior Counsel
  Scientist Minister Commissioner Governor Senator Sen Rep Mr Ms Mrs Dr Professor Prof Former
  Managing Partner Analyst Engineer Researcher Boss Principal CTO CFO COO Co-CEO Judge Attorney
  Prince Princess Sheikh Sheikha Sir Dame Emir
`);

/** Words that open a capitalised run without belonging to the name: "The", "In", "But". */
export const FUNCTION_WORDS = words(`
  The A An In On At For From By With Of And Or But As If So Not No Yes Now Then This That These
  Those It Its They Their We Our You Your He She His Her Why What How When Where Who Which While
  After Before Since Until Despite Although Though Meanwhile However Also Yet Still Here There One
`);

/** What companies, not people, do: "Northgate Reasoning competes", "Acme Robotics has raised". */
export const BUSINESS_VERB_AFTER =
  /^\s+(?:(?:has|have|had|also|now|on \w+)\s+)?(?:competes|raised|raises|acquired|acquires|develops|builds|makes|sells|ships|licenses|operates|employs|reported revenue|partnered)\b/;

/**
 * A demonym, capitalised and (unless its place is named too) no slot of the template: "Norwegian",
 * "Chinese", "British", "Dutch", "Israeli".
 */
export const DEMONYM_WORD = String.raw`[A-Z][a-z]+(?:an|ese|ish|ch|i)`;

/** Up to three words that describe a list's first member: "the insurer", "the Norwegian insurer". */
export const DESCRIBED_BY = String.raw`(?:[a-z-]+ |${DEMONYM_WORD} ){0,3}?`;

/**
 * A relative clause with no name in it, between commas: "A, which led the Series A, B and C". A
 * list goes on past it (LIST_SEP in compile-pattern.ts), and its own cues do not colour the
 * relation's modality (detect-modality.ts).
 */
export const NAMELESS_RELATIVE = ', (?:which|who) (?:[^⟦⟧,]|⟦[a-z]\\d+⟧){1,60},';
