import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase, itTypesEachName, type NameCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.09: the work of an accuser or plaintiff that the accused is said to have copied
// ("accused Zeta of distilling its models", "sued Zeta, accusing it of copying their articles",
// "said it had seen evidence that Zeta had distilled its models"), pronouns in a relative clause
// after an appositive and after "barred X from selling", modifiers with a hyphen ("in-house"),
// "its next generation of" a product, clouds a company's models run on, groups named by nationality
// after a verb or in apposition, staff lists in apposition, partners of one another in ventures,
// consortia and collaborations, "the two companies" without a list, companies put in competition,
// and plans reported in speech ("said it would buy").
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    "an accuser's own models, distilled by the accused",
    'Anthropic accused DeepSeek of distilling its models to build a cheaper chatbot.',
    ['DeepSeek COPIED Anthropic alleged', 'Anthropic ACCUSED DeepSeek asserted'],
    ['Anthropic COPIED DeepSeek'],
  ],
  [
    'a list of accusers whose articles were copied',
    'The Guardian and Le Monde accused Perplexity of copying their articles without payment.',
    ['Perplexity COPIED The Guardian alleged', 'Perplexity COPIED Le Monde alleged'],
    [],
  ],
  [
    "a speaker's claim that the accused used its models' outputs",
    'Google said Baidu had used the outputs of its models to train a rival system.',
    ['Baidu COPIED Google alleged'],
    [],
  ],
  [
    'a claim after "had seen evidence that"',
    'OpenAI said last year it had seen evidence that Moonshot AI had distilled its models.',
    ['Moonshot AI COPIED OpenAI alleged'],
    [],
  ],
  [
    'an improvement of its own models is no copying',
    'Mistral AI said Cohere had improved its models with new data.',
    [],
    ['Cohere COPIED Mistral AI'],
  ],
  [
    'plaintiffs in a list whose work the defendant is said to have copied',
    'Condé Nast and Axel Springer sued Cohere in March, alleging that it copied thousands of their articles.',
    [
      'Cohere COPIED Condé Nast alleged',
      'Cohere COPIED Axel Springer alleged',
      'Condé Nast SUED Cohere asserted',
    ],
    [],
  ],
  [
    'two defendants said to have copied, named by "the two companies"',
    'The Chicago Tribune sued OpenAI and Microsoft in May, saying the two companies copied millions of articles without permission.',
    [
      'OpenAI COPIED Chicago Tribune alleged',
      'Microsoft COPIED Chicago Tribune alleged',
      'Chicago Tribune ACCUSED OpenAI asserted',
    ],
    [],
  ],
  [
    'a suit accusing the defendant of copying',
    'Dow Jones sued Anthropic on Tuesday, accusing it of copying paywalled articles to answer questions.',
    ['Anthropic COPIED Dow Jones alleged', 'Dow Jones SUED Anthropic asserted'],
    [],
  ],
  [
    'a suit accusing the defendant of using its market power is no copying',
    'Yelp sued Google on Tuesday, accusing it of using its dominance in search to favour its own reviews.',
    ['Yelp SUED Google asserted'],
    ['Google COPIED Yelp'],
  ],
  [
    '"its" in a relative clause after an appositive is the name before the appositive',
    'Naver competes with LG AI Research and with Upstage, another Seoul start-up, which sells its Solar models to banks.',
    ['Upstage DEVELOPED Solar asserted'],
    ['LG AI Research DEVELOPED Solar', 'Naver DEVELOPED Solar'],
  ],
  [
    '"barred X from selling its" product: the product is X\'s',
    'The Commerce Department barred AMD from selling its MI308 chip to China.',
    ['AMD DEVELOPED MI308 asserted'],
    ['U.S. Department of Commerce DEVELOPED MI308'],
  ],
  [
    'a hyphenated modifier between an owner and its product',
    'Amazon has begun renting its in-house Trainium chips to outside customers.',
    ['Amazon DEVELOPED Trainium asserted'],
    [],
  ],
  [
    '"its next generation of" a product',
    'Meta, which is spending heavily to train its next generation of Llama models, rented capacity from Oracle.',
    ['Meta Platforms DEVELOPED Llama asserted'],
    [],
  ],
  [
    "a company named as where a company's models are trained is a cloud it uses",
    "Aleph Alpha trains its models on Google Cloud and on Oracle, using Nvidia's chips.",
    ['Aleph Alpha USED Google Cloud asserted', 'Aleph Alpha USED Oracle asserted'],
    ['Aleph Alpha USED Nvidia'],
  ],
  [
    "a company's chips on which a model is trained are no cloud",
    "Zhipu AI said it had trained its newest model entirely on Huawei Technologies' Ascend chips.",
    ['Zhipu AI USED Ascend asserted'],
    ['Zhipu AI USED Huawei Technologies'],
  ],
  [
    'members of a group named by nationality after what was done to the group',
    "The Commerce Department on Tuesday added 12 Chinese companies to its entity list, including the Wuxi-based chip designer Sophgo and the supercomputer maker Sugon, saying they supported China's military.",
    ['Sophgo LOCATED_IN China asserted', 'Sugon LOCATED_IN China asserted'],
    [],
  ],
  [
    'a pair in apposition with a group named by nationality',
    "Baichuan and Moonshot AI, two of the Chinese start-ups known as China's AI tigers, are preparing to list in Hong Kong.",
    ['Baichuan LOCATED_IN China asserted', 'Moonshot AI LOCATED_IN China asserted'],
    [],
  ],
  [
    'backers in a list before an appositive of the last are not in its country',
    "Existing backers including Nvidia, General Catalyst and Bpifrance, France's public investment bank, also took part.",
    ['Bpifrance LOCATED_IN France asserted'],
    ['Nvidia LOCATED_IN France', 'General Catalyst LOCATED_IN France'],
  ],
  [
    'founders in a list who were two former staff of a company',
    'Lumora Labs was founded in 2023 by Ines Duarte and Kofi Mensah, two former data scientists at ride-hailing firm Grab.',
    ['Ines Duarte EMPLOYED_BY Grab asserted', 'Kofi Mensah EMPLOYED_BY Grab asserted'],
    [],
  ],
  [
    "founders who were both engineers on a company's team",
    "Tessaly Labs was founded by Anika Brandt and Wei Jian Loh, both former engineers on Amazon's Alexa team.",
    ['Anika Brandt EMPLOYED_BY Amazon asserted', 'Wei Jian Loh EMPLOYED_BY Amazon asserted'],
    [],
  ],
  [
    "a second role in an appositive: a company's co-founder and a former researcher elsewhere",
    "The unit will be run by Elif Aydin, Cohere's co-founder and a former research scientist at Google DeepMind in London.",
    ['Elif Aydin EMPLOYED_BY Google DeepMind asserted'],
    [],
  ],
  [
    '"the two companies" after a sentence that named two without a list',
    "The model is sold through Microsoft's Azure cloud, which has hosted Mistral AI's models since the two companies struck a distribution deal in 2024.",
    ['Microsoft PARTNERED_WITH Mistral AI asserted'],
    [],
  ],
  [
    'a deal with a sum before its kind',
    'Google struck a $2.7 billion licensing deal with Character.AI last year.',
    ['Google PARTNERED_WITH Character.AI asserted'],
    [],
  ],
  [
    'partners with two companies in a venture: the two are partners too',
    'SoftBank has committed $30 billion to OpenAI and is a partner with OpenAI and Oracle in Stargate.',
    [
      'SoftBank Group PARTNERED_WITH OpenAI asserted',
      'SoftBank Group PARTNERED_WITH Oracle asserted',
      'OpenAI PARTNERED_WITH Oracle asserted',
    ],
    [],
  ],
  [
    'members of one consortium',
    'MGX has taken stakes in OpenAI and is part of a consortium with BlackRock and Microsoft that plans to invest in data centres.',
    [
      'MGX PARTNERED_WITH BlackRock asserted',
      'MGX PARTNERED_WITH Microsoft asserted',
      'BlackRock PARTNERED_WITH Microsoft asserted',
    ],
    [],
  ],
  [
    'a collaboration among three institutions, one with its city',
    'The model is the product of a collaboration between EPFL in Lausanne, ETH Zurich and the Swiss National Supercomputing Centre.',
    [
      'EPFL PARTNERED_WITH ETH Zurich asserted',
      'EPFL PARTNERED_WITH Swiss National Supercomputing Centre asserted',
      'ETH Zurich PARTNERED_WITH Swiss National Supercomputing Centre asserted',
    ],
    [],
  ],
  [
    'two companies working with a third work together',
    "In Nairobi, Microsoft and Abu Dhabi's G42 are working with local partner EcoCloud on a data centre.",
    ['Microsoft PARTNERED_WITH G42 asserted', 'G42 PARTNERED_WITH EcoCloud asserted'],
    [],
  ],
  [
    'two clauses, each with its own subject, make no pair',
    'While Microsoft has backed OpenAI and Google has partnered with companies including Cohere, Amazon waited.',
    ['Google PARTNERED_WITH Cohere asserted'],
    ['Google PARTNERED_WITH OpenAI', 'OpenAI PARTNERED_WITH Google'],
  ],
  [
    'a move that "would put it in direct competition with" others',
    "Zhipu AI plans to release the weights next month, a move that would put it in direct competition with DeepSeek and Alibaba's Qwen.",
    ['Zhipu AI COMPETES_WITH DeepSeek asserted'],
    [],
  ],
  [
    'a venture that puts a company in competition with rivals',
    'The venture puts Turkcell in more direct competition with Vodafone.',
    ['Turkcell COMPETES_WITH Vodafone asserted'],
    [],
  ],
  [
    'a deal that pits one company against another',
    'The contract pits Microsoft against Google in the race for government customers.',
    ['Microsoft COMPETES_WITH Google asserted'],
    [],
  ],
  [
    'a plan reported in speech: "said it would buy"',
    "Humain said it would buy 18,000 of Nvidia's GB300 chips for its first data centre.",
    ['Humain USED GB300 planned'],
    [],
  ],
  [
    'a forecast that something "would help" a company compete is no plan of its own',
    'Analysts said the deal would help Cisco compete with CrowdStrike.',
    ['Cisco COMPETES_WITH CrowdStrike asserted'],
    [],
  ],
  [
    "the story's product, named by a description, uses another's models",
    "Kshitij AI, a Bengaluru start-up, launched its answer engine in 2024. Kshitij AI says the engine has two million users. The app's answers are generated using Meta's Llama 3.1 and Google's Gemini models.",
    ['Kshitij AI USED Llama 3.1 asserted', 'Kshitij AI USED Gemini asserted'],
    ['Meta Platforms USED Gemini', 'Google USED Llama 3.1'],
  ],
  [
    "the story's software runs on a cloud",
    'Tiba Sense, a Nairobi start-up, sells a triage tool to clinics. Tiba Sense has 40 staff. The software runs on Google Cloud.',
    ['Tiba Sense USED Google Cloud asserted'],
    [],
  ],
  [
    'customers counted by a company after a relative clause that names its investor',
    'Ferrule Labs, which raised 14 million pounds in a round led by Kestrel Ventures in April, counts Harbourline Bank and the Cumbria Mutual building society among its customers.',
    [
      'Ferrule Labs SUPPLIES Harbourline Bank asserted',
      'Ferrule Labs SUPPLIES Cumbria Mutual asserted',
    ],
    ['Kestrel Ventures SUPPLIES Harbourline Bank'],
  ],
  [
    "where a company's computing power comes from",
    "Much of Cohere's computing power comes from CoreWeave, the New Jersey-based cloud provider.",
    ['CoreWeave SUPPLIES Cohere asserted'],
    [],
  ],
  [
    "a company that became another's customer, in a relative clause",
    'Quill powers Pagewise, an app made by Toronto-based Fennick Software, which became a Lumora Labs customer in 2024.',
    ['Lumora Labs SUPPLIES Fennick Software asserted'],
    [],
  ],
  [
    'a stake kept by the company a start-up was spun out of',
    'Nordlys Labs was spun out of Norwegian utility Statkraft in 2023, and Statkraft retains a 30% stake.',
    ['Statkraft INVESTED_IN Nordlys Labs asserted'],
    [],
  ],
  [
    'a stake kept by the company named before "which"',
    'Tembusu AI began as an internal project at ride-hailing company Grab, which spun it off last year and retains a minority stake.',
    ['Grab INVESTED_IN Tembusu AI asserted'],
    [],
  ],
  [
    'a vehicle backed by two investors after a place',
    'MGX, the Abu Dhabi investment vehicle backed by G42 and sovereign fund Mubadala, is an investor in OpenAI.',
    ['G42 INVESTED_IN MGX asserted', 'Mubadala INVESTED_IN MGX asserted'],
    [],
  ],
  [
    'members of a group named after a round included them',
    'Sakana AI raised about 30 billion yen last year in a round that included Nvidia and the three largest Japanese banks, MUFG, SMBC and Mizuho.',
    ['Nvidia INVESTED_IN Sakana AI asserted', 'Mizuho INVESTED_IN Sakana AI asserted'],
    [],
  ],
  [
    'a round led and co-led by investors, after the month',
    "Qatar Investment Authority was among the backers of Anthropic's $13 billion funding round in September, which was led by ICONIQ and co-led by Lightspeed Venture Partners.",
    [
      'ICONIQ INVESTED_IN Anthropic asserted',
      'Lightspeed Venture Partners INVESTED_IN Anthropic asserted',
    ],
    [],
  ],
  [
    '"one of its largest investors" after another company of the sentence',
    'Core Scientific shareholders voted the deal down after Two Seas Capital, one of its largest investors, argued that the offer was too low.',
    ['Two Seas Capital INVESTED_IN Core Scientific asserted'],
    [],
  ],
  [
    'investors listed together are no investors in each other',
    'Moonshot AI is based in Beijing. Alibaba and Tencent are among its investors.',
    ['Alibaba Group INVESTED_IN Moonshot AI asserted', 'Tencent INVESTED_IN Moonshot AI asserted'],
    ['Tencent INVESTED_IN Alibaba Group'],
  ],
  [
    'a founder named after another founder and an appositive',
    'Pastora Labs was founded in 2021 by Mere Tawhiri, a former AgResearch scientist, and software engineer Josh Keane.',
    ['Mere Tawhiri FOUNDED Pastora Labs asserted', 'Josh Keane FOUNDED Pastora Labs asserted'],
    [],
  ],
  [
    'founders after a title with a company before it',
    'Mistral AI was founded by former Google DeepMind researcher Arthur Mensch and ex-Meta scientists Guillaume Lample and Timothee Lacroix.',
    [
      'Guillaume Lample FOUNDED Mistral AI asserted',
      'Timothée Lacroix FOUNDED Mistral AI asserted',
    ],
    [],
  ],
  [
    'a person named after a founder and a verb is no founder',
    'Qedem AI was founded in 2022 by Noa Peretz, and investors include Peter Thiel.',
    ['Noa Peretz FOUNDED Qedem AI asserted'],
    ['Peter Thiel FOUNDED Qedem AI'],
  ],
  [
    'a person who went on to start one company and now heads another',
    'Mustafa Suleyman, a DeepMind co-founder, went on to start Inflection AI and now heads Microsoft AI.',
    ['Mustafa Suleyman LEADS Microsoft AI asserted'],
    ['Mustafa Suleyman LEADS Inflection AI'],
  ],
  [
    'a conglomerate controlled by a person, in apposition',
    'Reliance Industries, the conglomerate controlled by Mukesh Ambani, said it would build a data centre.',
    ['Mukesh Ambani LEADS Reliance Industries asserted'],
    [],
  ],
  [
    "a unit led by a person, described by its parent's possessive",
    "Gross joined Meta Superintelligence Labs, Meta's new unit led by Alexandr Wang.",
    ['Alexandr Wang LEADS Meta Superintelligence Labs asserted'],
    [],
  ],
  [
    'a fund in apposition that two people run',
    'Meta took a stake in NFDG, the venture fund Daniel Gross runs with Nat Friedman.',
    ['Daniel Gross LEADS NFDG asserted', 'Nat Friedman LEADS NFDG asserted'],
    [],
  ],
  [
    'a company owned by a fund and chaired by a prince',
    "Humain is wholly owned by Saudi Arabia's Public Investment Fund and is chaired by Crown Prince Mohammed bin Salman.",
    ['Mohammed bin Salman LEADS Humain asserted'],
    [],
  ],
  [
    "a unit described by its group's possessive in its own appositive",
    "SoftBank Group said it would invest. SoftBank Corp., the group's domestic telecom unit, will adopt the system.",
    ['SoftBank Group PARENT_OF SoftBank Corp asserted'],
    [],
  ],
  [
    'what was left of a company, acquired',
    'Within days, Cognition agreed to acquire what was left of Windsurf, including its brand.',
    ['Cognition AI ACQUIRED Windsurf asserted'],
    [],
  ],
  [
    'the rest of a company, bought',
    "Windsurf's chief executive left for Google, and Cognition bought the rest of Windsurf.",
    ['Cognition AI ACQUIRED Windsurf asserted'],
    [],
  ],
  [
    'a model named by what its maker calls it',
    'Cadenza AI launched Cadenza Studio in February. Cadenza Studio runs on a model the company calls Aria-3.',
    ['Cadenza AI DEVELOPED Aria-3 asserted'],
    [],
  ],
  [
    "a company's own prototype, tested under a name",
    'OpenAI added a search feature to ChatGPT after testing a prototype called SearchGPT over the summer.',
    ['OpenAI DEVELOPED SearchGPT asserted'],
    [],
  ],
  [
    'a model named in apposition after what a start-up is training',
    'Toyota led a round in Haruka Mobility Labs, a Tokyo start-up that is training an end-to-end driving model, Haruka-1, on video from taxis.',
    ['Haruka Mobility Labs DEVELOPED Haruka-1 asserted'],
    [],
  ],
  [
    'computing credits granted to a start-up named by a description',
    'Tiba Sense raised money. The software runs on Google Cloud, which also granted the start-up $350,000 in computing credits last year.',
    ['Google Cloud SUPPLIES Tiba Sense asserted'],
    [],
  ],
  [
    'people listed with their titles and a group, who will join a company',
    'Brightloop chief executive Maya Castellanos, co-founder Ravi Subramaniam and about 40 members of the research team will join Google DeepMind.',
    [
      'Maya Castellanos EMPLOYED_BY Google DeepMind planned',
      'Ravi Subramaniam EMPLOYED_BY Google DeepMind planned',
    ],
    [],
  ],
  [
    "a publisher's titles named with their kind",
    'Casa Editorial Meridiano, the Bogotá-based publisher of the daily El Meridiano and the magazine Semana Andina, signed a licence.',
    [
      'Casa Editorial Meridiano PARENT_OF El Meridiano asserted',
      'Casa Editorial Meridiano PARENT_OF Semana Andina asserted',
    ],
    [],
  ],
  [
    "a company after the owner's appositive is no title it owns",
    'The New York Times is suing OpenAI, the owner of ChatGPT, and Microsoft over copyright.',
    ['OpenAI PARENT_OF ChatGPT asserted'],
    ['OpenAI PARENT_OF Microsoft'],
  ],
];

// Names the lexicon lacks, typed by an appositive's head ("a supermarket chain", "one of the
// oldest newspapers") or by a product noun after a plain modifier ("the Zorbly news app").
const NAMES_FOUND: NameCase[] = [
  [
    'a chain named in an appositive',
    'Kalye Mart, the Manila-based supermarket chain with 310 stores, signed an agreement with Globe Telecom.',
    ['Organization Kalye Mart'],
  ],
  [
    'a plural head after "one of"',
    "El Heraldo Porteño, one of Argentina's oldest newspapers, has sued Nubia Labs.",
    ['Organization El Heraldo Porteño'],
  ],
  [
    'a product noun after a plain modifier',
    'Nubia Labs, the start-up behind the Resumidor news app, raised money.',
    ['Product Resumidor'],
  ],
];
// Names that hold a known company's name at their end: the words before it are their own
const JOINED_FOUND: NameCase[] = [
  [
    'an unknown word before a known bank',
    'MUMBAI - Malabar Federal Bank said on Monday it had built a chatbot on Llama 3.1.',
    ['Organization Malabar Federal Bank'],
  ],
];
const JOINED_ABSENT: NameCase[] = [
  [
    'a common word before a known bank is no part of its name',
    'MUMBAI - Rival Federal Bank said on Monday it had built a chatbot on Llama 3.1.',
    ['Organization Rival Federal Bank'],
  ],
];
const NAMES_ABSENT: NameCase[] = [
  [
    'a product noun after "and" belongs to the next phrase',
    'The firm was founded in 2023 by physician Wanjiru Kamau and software engineer Brian Otieno.',
    ['Product Wanjiru Kamau'],
  ],
];

describe('rule set 2026.12.09', () => {
  itFindsEachCase('finds', CASES, lexicon);
  itTypesEachName(NAMES_FOUND, NAMES_ABSENT, lexicon);
  itTypesEachName(JOINED_FOUND, JOINED_ABSENT, lexicon);
});
