import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const here = '[extract/blind-round] ';
const lexicon = loadLexicon();

// Families added in rule set 2026.11.27 after error analysis on the blind set: sentences written for
// these tests (invented start-ups beside well-known companies), never copied from an evaluation text.
// [label, text, "Subject PREDICATE Object modality" lines that must be found, triples that must not]
const CASES: FamilyCase[] = [
  // ownership and money
  [
    'buying a firm named with a demonym',
    'Oracle, which bought Swedish database firm Norrsken Data in 2021, declined to comment.',
    ['Oracle ACQUIRED Norrsken Data asserted'],
    [],
  ],
  [
    'acquisition of a firm named with a demonym',
    'The deal follows Salesforce\u2019s acquisition of Danish analytics firm Tovik Labs.',
    ['Salesforce ACQUIRED Tovik Labs asserted'],
    [],
  ],
  [
    'buying a product for a price',
    'Microsoft, which bought Minecraft for $2.5 billion in 2014, said so.',
    ['Microsoft ACQUIRED Minecraft asserted'],
    [],
  ],
  [
    'buying a product without a price is not an acquisition',
    'Acme Robotics bought Nvidia H100 chips last year.',
    [],
    ['Acme Robotics ACQUIRED H100'],
  ],
  [
    'a stake of a size in',
    'Amazon, which holds a stake of roughly 20% in Veltra AI, backed the plan.',
    ['Amazon INVESTED_IN Veltra AI asserted'],
    [],
  ],
  [
    'owns a share of a company',
    'Samsung Electronics, which owns about 9 per cent of Corvid Labs, was silent.',
    ['Samsung Electronics INVESTED_IN Corvid Labs asserted'],
    [],
  ],
  [
    'relative in which',
    'Analysts pointed to Cohere, in which Oracle has invested heavily, as a winner.',
    ['Oracle INVESTED_IN Cohere asserted'],
    [],
  ],
  [
    'appositive possessive investor',
    'SoftBank, Pelion AI\u2019s biggest shareholder, backed the plan.',
    ['SoftBank Group INVESTED_IN Pelion AI asserted'],
    [],
  ],
  [
    'appositive possessive rival is not an investor',
    'Mistral AI, OpenAI\u2019s biggest rival in Europe, declined to comment.',
    [],
    ['Mistral AI INVESTED_IN OpenAI'],
  ],
  [
    'appositive backed',
    'Zelva AI, the Tencent-backed start-up, released a model.',
    ['Tencent INVESTED_IN Zelva AI asserted'],
    [],
  ],
  [
    'existing investors took part',
    'Ferrolux AI raised $90 million in a round led by Accel. Existing investors Index Ventures and Balderton Capital also took part.',
    [
      'Accel INVESTED_IN Ferrolux AI asserted',
      'Index Ventures INVESTED_IN Ferrolux AI asserted',
      'Balderton Capital INVESTED_IN Ferrolux AI asserted',
    ],
    [],
  ],
  [
    'completed the acquisition of',
    'Nvidia completed the acquisition of Israeli networking firm Mellanox Technologies in 2020.',
    ['Nvidia ACQUIRED Mellanox asserted'],
    [],
  ],
  [
    'appositive relative that bought a stake',
    'Saab, the Swedish defence group that bought a stake in Vellum AI last year, agreed.',
    ['Saab INVESTED_IN Vellum AI asserted'],
    [],
  ],
  [
    'investors of a raise named in the same sentence',
    'Anthropic raised money last year. Cohere, the Toronto lab that has raised $1 billion from investors including Oracle and Nvidia, declined to comment.',
    ['Oracle INVESTED_IN Cohere asserted', 'Nvidia INVESTED_IN Cohere asserted'],
    ['Oracle INVESTED_IN Anthropic'],
  ],
  [
    'appositive owned and owned by',
    'YouTube, the Alphabet-owned video service, and Threads, the text app owned by Meta, were fined.',
    ['Alphabet PARENT_OF YouTube asserted', 'Meta Platforms PARENT_OF Threads asserted'],
    [],
  ],
  [
    'appositive relative owner',
    'Sharp, the electronics maker that Foxconn controls, filed for a listing.',
    ['Foxconn PARENT_OF Sharp asserted'],
    [],
  ],
  [
    'partner with a list',
    'Cisco is a partner with Nvidia and Oracle in the venture.',
    ['Cisco PARTNERED_WITH Nvidia asserted', 'Cisco PARTNERED_WITH Oracle asserted'],
    [],
  ],
  [
    'coordinated second verb partners',
    'Vellum AI, which is backed by Accel and listed in Hong Kong, is hiring engineers and has partnered with Uber on robotaxis.',
    ['Vellum AI PARTNERED_WITH Uber asserted'],
    ['Accel PARTNERED_WITH Uber'],
  ],
  [
    'appositive relative counts among its shareholders',
    'Vellum AI, a Tokyo-based company that counts Nvidia among its shareholders, expanded.',
    ['Nvidia INVESTED_IN Vellum AI asserted'],
    [],
  ],
  [
    'part of a consortium, contracts with',
    'BlackRock is part of a consortium with Microsoft. Later, Nebius signed its own contracts with Meta.',
    [
      'BlackRock PARTNERED_WITH Microsoft asserted',
      'Nebius PARTNERED_WITH Meta Platforms asserted',
    ],
    [],
  ],
  // products and copying
  [
    'appositive names the maker of a product',
    'CUDA, the Nvidia software stack, and Gemma, the Google model family, were cited.',
    ['Nvidia DEVELOPED CUDA asserted', 'Google DEVELOPED Gemma asserted'],
    [],
  ],
  [
    'appositive rival is not the maker',
    'Le Chat, the OpenAI rival chatbot, gained users.',
    [],
    ['OpenAI DEVELOPED Le Chat'],
  ],
  [
    'start-up behind a product, with a backer',
    'Zorvik AI, the Alibaba-backed company behind the Lumo chatbot, raised money.',
    ['Zorvik AI DEVELOPED Lumo asserted', 'Alibaba Group INVESTED_IN Zorvik AI asserted'],
    [],
  ],
  [
    'accused of copying their work: the owner is copied, allegedly',
    'Authors sued Anthropic, accusing Anthropic of copying Reddit\u2019s posts.',
    ['Anthropic COPIED Reddit alleged'],
    [],
  ],
  [
    'copying a named owner\u2019s work',
    'Regulators found that Kestova AI had scraped Reddit\u2019s posts.',
    ['Kestova AI COPIED Reddit asserted'],
    [],
  ],
  [
    'accounts linked to a company',
    'OpenAI has banned a network of accounts it says were tied to Ardent Labs.',
    ['OpenAI SUSPENDED Ardent Labs asserted'],
    [],
  ],
  [
    'finding stated with a pronoun before that',
    'Anthropic said it had found that Moonshot AI had distilled Claude.',
    ['Anthropic ACCUSED Moonshot AI asserted'],
    [],
  ],
  [
    'competes with several words before the rival',
    'Anthropic competes in a busy field against Anysphere.',
    ['Anthropic COMPETES_WITH Anysphere asserted'],
    [],
  ],
  [
    'lawsuit brought by an owned outlet',
    'A judge let a lawsuit brought by News Corp\u2019s Dow Jones against Cohere go ahead.',
    ['Dow Jones SUED Cohere asserted'],
    [],
  ],
  [
    'a named appositive is not a list member',
    'Dow Jones, the owner of The Wall Street Journal, and the New York Post sued Cohere.',
    ['Dow Jones SUED Cohere asserted', 'New York Post SUED Cohere asserted'],
    [],
  ],
  [
    'invested in companies, including',
    'Salesforce has invested in scores of AI start-ups since 2023, including Cohere and Anthropic.',
    ['Salesforce INVESTED_IN Cohere asserted', 'Salesforce INVESTED_IN Anthropic asserted'],
    [],
  ],
  [
    'a company\u2019s rival in apposition',
    'Cohere\u2019s closest rival, Toronto-based Vellum AI, raised money.',
    ['Vellum AI COMPETES_WITH Cohere asserted'],
    [],
  ],
  [
    'own lawsuit against',
    'The ruling is a setback for Getty Images in its lawsuit against Stability AI.',
    ['Getty Images SUED Stability AI asserted'],
    [],
  ],
  [
    'a product made by a foundry supplies its owner',
    'Apple\u2019s M4 chip, its fastest so far, is manufactured by TSMC.',
    ['TSMC SUPPLIES Apple asserted'],
    [],
  ],
  [
    'counts a company as its provider',
    'Cohere counts Oracle as its main cloud provider.',
    ['Oracle SUPPLIES Cohere asserted'],
    [],
  ],
  [
    'hired a person away from a company',
    'Meta hired Lena Varga away from Apple last year.',
    ['Lena Varga EMPLOYED_BY Apple asserted'],
    [],
  ],
  [
    'a possessed unit is the employer, not its owner',
    'Lena Varga, a former researcher at Alibaba\u2019s DAMO Academy, spoke.',
    ['Lena Varga EMPLOYED_BY DAMO Academy asserted'],
    ['Lena Varga EMPLOYED_BY Alibaba Group'],
  ],
  [
    'a finding that a company used outputs to train',
    'OpenAI said it had evidence that Zhipu AI had used its outputs to train a model.',
    ['OpenAI ACCUSED Zhipu AI asserted'],
    [],
  ],
  [
    'concluding that a company used outputs to generate data',
    'Google acted after concluding that Zhipu AI had used Claude outputs to generate training data.',
    ['Google ACCUSED Zhipu AI asserted'],
    [],
  ],
  [
    'counts both among its investors',
    'Cohere counts both Oracle and Nvidia among its investors.',
    ['Oracle INVESTED_IN Cohere asserted', 'Nvidia INVESTED_IN Cohere asserted'],
    [],
  ],
  [
    'a company that used a tool is no accused party',
    'OpenAI said that Zhipu AI had used Azure for years.',
    [],
    ['OpenAI ACCUSED Zhipu AI'],
  ],
  [
    'took part in a Series round',
    'Vellum AI raised $50 million. Existing backer Accel also took part in the Series B round.',
    ['Accel INVESTED_IN Vellum AI asserted'],
    [],
  ],
  [
    'names before "products" are products of the possessor',
    'Thomson Reuters has built AI into its Westlaw and Practical Law products.',
    ['Thomson Reuters DEVELOPED Westlaw asserted'],
    [],
  ],
  // descriptions
  [
    'the product maker stands for the company named just before it',
    'Anthropic raised $13 billion. Anthropic also hired staff. Nvidia, which has invested in OpenAI, said it would keep working with the ChatGPT maker.',
    ['OpenAI DEVELOPED ChatGPT asserted'],
    ['Nvidia DEVELOPED ChatGPT'],
  ],
  [
    'the product maker is the story\u2019s company when the sentence opens on it',
    'Apple uses Google\u2019s Gemini in Siri. Apple said the deal with Google would let the iPhone maker ship sooner. Apple declined to say more.',
    ['Apple DEVELOPED iPhone asserted'],
    ['Google DEVELOPED iPhone'],
  ],
  [
    'the start-up is not a tech giant named beside it',
    'Nvidia will buy Pixoral Systems, a Toronto start-up. The start-up\u2019s chief executive, Lena Varga, will join Nvidia.',
    ['Lena Varga LEADS Pixoral Systems asserted'],
    ['Lena Varga LEADS Nvidia'],
  ],
  // modality
  [
    'a hedge on the figure leaves the fact asserted',
    'Cohere signed a licensing deal with Oracle, reportedly worth $40 million.',
    ['Cohere PARTNERED_WITH Oracle asserted'],
    [],
  ],
  [
    'a hedge on the fact still makes it alleged',
    'Apple reportedly acquired Vellum AI last month.',
    ['Apple ACQUIRED Vellum AI alleged'],
    [],
  ],
  [
    'a deal that fell apart is denied',
    'Salesforce had agreed to acquire Vellum AI in March, but the deal collapsed in May.',
    ['Salesforce ACQUIRED Vellum AI denied'],
    [],
  ],
  [
    'corporate records are not hearsay',
    'Vellum AI raised $20 million in a round led by Accel, according to Chinese corporate records.',
    ['Accel INVESTED_IN Vellum AI asserted'],
    [],
  ],
  // benchmarks
  [
    'a model matched another on benchmarks',
    'Qwen3-Max matched OpenAI\u2019s o3-mini on several coding benchmarks.',
    ['Qwen3-Max COMPETES_WITH o3-mini asserted'],
    [],
  ],
  [
    'tests put a model behind another',
    'Independent tests put Llama 4 slightly behind Google\u2019s Gemini 2.5 Pro.',
    ['Llama 4 COMPETES_WITH Gemini 2.5 Pro asserted'],
    [],
  ],
  [
    'a model comes within points of another',
    'Claude 3 Opus comes within a few points of GPT-4o on the test.',
    ['Claude 3 Opus COMPETES_WITH GPT-4o asserted'],
    [],
  ],
  [
    'companies matching an offer do not compete as products',
    'Microsoft matched Google\u2019s offer for the team.',
    [],
    ['Microsoft COMPETES_WITH Google'],
  ],
  // people
  [
    'a bare title after a relative clause belongs to the company opening the sentence',
    'Cohere is growing. Cohere hired staff. Meta, which is spending heavily on what chief executive Mark Zuckerberg calls superintelligence, has rented capacity from Oracle and Google Cloud.',
    ['Mark Zuckerberg LEADS Meta Platforms asserted'],
    ['Mark Zuckerberg LEADS Cohere'],
  ],
  [
    'both formerly of',
    'Lena Varga and Tomasz Wren, both formerly of Google, started the company.',
    ['Lena Varga EMPLOYED_BY Google asserted', 'Tomasz Wren EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    'who came from',
    'The lab hired Lena Varga, who came from Meta.',
    ['Lena Varga EMPLOYED_BY Meta Platforms asserted'],
    [],
  ],
  [
    'worked as a title at',
    'Ravi Patel, who previously worked as a banker at Goldman Sachs, joined in May.',
    ['Ravi Patel EMPLOYED_BY Goldman Sachs asserted'],
    [],
  ],
  [
    'a person\u2019s company in apposition',
    'Inflection AI, Mustafa Suleyman\u2019s former company, was quiet.',
    ['Mustafa Suleyman FOUNDED Inflection AI asserted'],
    [],
  ],
  [
    'another co-founder, and went on to start',
    'Lena Varga, another OpenAI co-founder, went on to start Vellum AI.',
    ['Lena Varga FOUNDED OpenAI asserted', 'Lena Varga FOUNDED Vellum AI asserted'],
    [],
  ],
  [
    'led a function at a company',
    'Lena Varga, who previously led infrastructure at Mistral AI, joined the start-up.',
    ['Lena Varga EMPLOYED_BY Mistral AI asserted'],
    [],
  ],
  [
    'person of an organization',
    '"It is early," said Lena Varga of the Allen Institute for AI.',
    ['Lena Varga EMPLOYED_BY Allen Institute for AI asserted'],
    [],
  ],
  [
    'a person after "of" is not the speaker for the organization',
    'The board approved the appointment of Lena Varga of Google as an adviser to Meta.',
    [],
    ['Lena Varga EMPLOYED_BY Meta Platforms'],
  ],
  [
    'fronted founding with an appositive and a relative clause in the list',
    'Founded in 2022 by Lena Varga, a former Google researcher, and Tomasz Wren and Ravi Patel, who both came from Meta, Vellum AI is growing fast.',
    [
      'Lena Varga FOUNDED Vellum AI asserted',
      'Tomasz Wren FOUNDED Vellum AI asserted',
      'Ravi Patel FOUNDED Vellum AI asserted',
    ],
    ['Lena Varga FOUNDED Google', 'Tomasz Wren EMPLOYED_BY Google'],
  ],
  [
    'dotted initials do not end a sentence',
    '"Demand is real," said Lena Varga, an analyst at D.A. Davidson, in a note.',
    ['Lena Varga EMPLOYED_BY D.A. Davidson asserted'],
    [],
  ],
  // places and supply
  [
    'country possessive in apposition',
    'Naver, South Korea\u2019s largest internet company, and Rakuten, one of Japan\u2019s biggest retailers, agreed.',
    ['Naver LOCATED_IN South Korea asserted', 'Rakuten LOCATED_IN Japan asserted'],
    [],
  ],
  [
    'country possessive of a product is no location',
    'Mistral AI unveiled Le Chat, France\u2019s answer to ChatGPT.',
    [],
    ['Le Chat LOCATED_IN France'],
  ],
  [
    'a designer with a region in apposition',
    'Ampere Computing, a Silicon Valley chip designer, agreed to the deal.',
    ['Ampere Computing LOCATED_IN Silicon Valley asserted'],
    [],
  ],
  [
    'at a firm in a city',
    '"Demand is real," said Lena Varga, an analyst at Bernstein in London.',
    ['Bernstein LOCATED_IN London asserted'],
    [],
  ],
  [
    'customers include',
    'Cohere\u2019s customers include Oracle and Fujitsu.',
    ['Cohere SUPPLIES Oracle asserted', 'Cohere SUPPLIES Fujitsu asserted'],
    [],
  ],
  [
    'an agreement to provide, read as a deal too',
    'Lambda has signed a $1 billion agreement to provide GPU capacity to Microsoft.',
    ['Lambda SUPPLIES Microsoft asserted', 'Lambda PARTNERED_WITH Microsoft asserted'],
    [],
  ],
  [
    'supply a customer with',
    'Nebius agreed last week to supply Meta with GPU capacity.',
    ['Nebius SUPPLIES Meta Platforms asserted'],
    [],
  ],
  [
    'rented capacity from, with a pronoun between',
    'Cohere rented most of its compute from cloud providers, including CoreWeave.',
    ['CoreWeave SUPPLIES Cohere asserted'],
    [],
  ],
  // families added in rule set 2026.11.28
  [
    'scraping articles from listed sites',
    "Vantor AI's crawler scraped articles from news sites including Le Monde and El País.",
    ['Vantor AI COPIED Le Monde asserted'],
    [],
  ],
  [
    'reproducing stories from a named outlet',
    "Quillmark AI's systems reproduced stories from Reuters without a licence.",
    ['Quillmark AI COPIED Reuters asserted'],
    [],
  ],
  [
    'buying articles is not copying them',
    'Quillmark AI bought a stake in Reuters last year.',
    [],
    ['Quillmark AI COPIED Reuters asserted'],
  ],
  [
    'a person critical of a company',
    'Dana Whitlock, an analyst who has been critical of Nexora Cloud, declined to comment.',
    ['Dana Whitlock CRITICIZED Nexora Cloud asserted'],
    [],
  ],
  [
    'dismissing the accusations of another company',
    'Brevik Labs dismissed Google\u2019s accusations as baseless.',
    ['Brevik Labs CRITICIZED Google asserted'],
    [],
  ],
  [
    'praising a company is not criticism',
    'Dana Whitlock praised Nexora Cloud for its results.',
    [],
    ['Dana Whitlock CRITICIZED Nexora Cloud asserted'],
  ],
  [
    'training a model entirely on named chips',
    'Sorrel AI trained its latest model entirely on Nvidia H100 chips.',
    ['Sorrel AI USED H100 asserted'],
    [],
  ],
  [
    'renting capacity from a cloud provider',
    'Tarnwell AI has also rented capacity from Oracle this year.',
    ['Oracle SUPPLIES Tarnwell AI asserted'],
    [],
  ],
  [
    'buying computing capacity from a named cloud',
    'Tarnwell AI agreed to buy computing capacity from Microsoft\u2019s Azure cloud.',
    ['Tarnwell AI USED Azure asserted'],
    [],
  ],
  [
    'capacity mentioned near a provider is not a supply deal',
    'Tarnwell AI said demand for rented capacity at Oracle grew this year.',
    [],
    ['Oracle SUPPLIES Tarnwell AI'],
  ],
];

describe('[extract/blind-round] families added in rule sets 2026.11.27 and 2026.11.28', () => {
  itFindsEachCase(here, CASES, lexicon);
});
