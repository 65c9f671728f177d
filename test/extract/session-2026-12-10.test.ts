import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.10: a coordinated verb phrase read with the sentence's subject ("runs its app
// on Zeta's model but plans to test Nova"), products described by their maker in a reduced
// relative ("chips Nvidia had designed") or a "whose" clause, a unit "that develops" a product, a
// product built on another's in apposition, another company's product offered to customers,
// "supplies it with", a participle after a comma ("..., buying Tabular"), publishers signed up to a
// programme, co-designers, talks reported with a hedge ("is said to be in talks with"), former roles
// after "previously", people listed with their roles who "both spent years at" a company, list
// members after a comma with their kind ("..., carmaker Stellantis and"), licensed models, orders
// to stop buying or to avoid buying, a country's regulator named by its kind, and co-makers after
// "developed by X with", "the commission" or "the court" for a body of that name, and a name typed
// earlier in the article that opens a later sentence.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a second verb after "but", with the sentence subject',
    "Nubia Labs runs its chatbot on OpenAI's GPT-4o but plans to test Mistral Large next year.",
    ['Nubia Labs USED GPT-4o asserted', 'Nubia Labs USED Mistral Large planned'],
    [],
  ],
  [
    'a second verb after "and", in the passive',
    'Nubia Labs was founded in 2021 in Nairobi and is backed by Sequoia Capital.',
    ['Sequoia Capital INVESTED_IN Nubia Labs asserted'],
    [],
  ],
  [
    'an aside between the two verbs',
    'Nubia Labs trains its models on chips rented from CoreWeave, she said, but has begun testing chips from Cerebras.',
    ['Nubia Labs USED Cerebras asserted'],
    ['CoreWeave USED Cerebras'],
  ],
  [
    'no second reading when another company opens a clause in between',
    'Nubia Labs has grown fast since Google struck a deal with it and hired its founders.',
    [],
    ['Nubia Labs EMPLOYED_BY Nubia Labs', 'Nubia Labs INVESTED_IN Google'],
  ],
  [
    'products listed, then described by a reduced relative naming their maker',
    'The ban was extended to the H800 and the A800, chips Nvidia had designed for the Chinese market.',
    ['Nvidia DEVELOPED H800 asserted', 'Nvidia DEVELOPED A800 asserted'],
    [],
  ],
  [
    'a product named in a "whose" clause after an appositive',
    'The complaint names Kibo Labs, a Nairobi start-up whose reasoning model, Kibo-R1, topped a leaderboard.',
    ['Kibo Labs DEVELOPED Kibo-R1 asserted'],
    [],
  ],
  [
    'a unit of a named group "that develops" a product',
    'Alibaba Cloud, the Alibaba Group unit that develops the Qwen family of models, cut its prices.',
    ['Alibaba Cloud DEVELOPED Qwen asserted', 'Alibaba Group PARENT_OF Alibaba Cloud asserted'],
    ['Alibaba Group DEVELOPED Qwen'],
  ],
  [
    'a second product after "behind", each with its kind',
    'MiniMax, the Shanghai company behind the Hailuo video generator and the companion app Talkie, filed for a listing.',
    ['MiniMax DEVELOPED Talkie asserted'],
    [],
  ],
  [
    "a company's product, built on another's, in apposition",
    "Nubia Labs's Kibo assistant, built on Anthropic's Claude, now answers calls for banks.",
    ['Nubia Labs USED Claude asserted'],
    ['Nubia Labs DEVELOPED Claude'],
  ],
  [
    "another company's product offered to one's customers",
    "Samsung already offers Google's Gemini inside its phones.",
    ['Samsung Electronics USED Gemini asserted'],
    [],
  ],
  [
    'among the first to offer a product',
    "Lambda was among the first clouds to offer Nvidia's GB300 systems.",
    ['Lambda USED GB300 asserted'],
    [],
  ],
  [
    '"supplies it with": "it" is the company named before',
    'Amazon, which has invested in Anthropic and supplies it with Trainium chips, declined to comment.',
    ['Amazon SUPPLIES Anthropic asserted', 'Anthropic USED Trainium asserted'],
    [],
  ],
  [
    'a participle after a comma, with the sentence subject',
    'Databricks has been on a shopping spree, buying the start-up Tabular last year.',
    ['Databricks ACQUIRED Tabular asserted'],
    [],
  ],
  [
    'publishers signed up to a programme are partners',
    'Perplexity launched a revenue-sharing programme for publishers and signed up Le Monde and Der Spiegel.',
    [
      'Perplexity PARTNERED_WITH Le Monde asserted',
      'Perplexity PARTNERED_WITH Der Spiegel asserted',
    ],
    [],
  ],
  [
    'a customer signed up, with no programme, is no partner',
    'CoreWeave signed up Mistral AI as a customer last year.',
    [],
    ['CoreWeave PARTNERED_WITH Mistral AI'],
  ],
  [
    "a company co-designing another's chip",
    "Broadcom co-designs Google's TPU and sells networking gear.",
    ['Broadcom PARTNERED_WITH Google asserted'],
    [],
  ],
  [
    'talks reported with a hedge',
    'Anduril is said to be in talks with Rheinmetall about joint production in Germany.',
    ['Anduril PARTNERED_WITH Rheinmetall planned'],
    [],
  ],
  [
    '"its platform is used by" names its users, not what the company uses',
    'Its agent platform is used by Royal Bank of Canada, Cohere said.',
    [],
    ['Cohere USED Royal Bank of Canada'],
  ],
  [
    'a former role after "previously"',
    'Nubia Labs has hired Sofia Lindqvist, previously a reinforcement-learning researcher at Anthropic.',
    ['Sofia Lindqvist EMPLOYED_BY Anthropic asserted'],
    [],
  ],
  [
    'an acronym before the title',
    'David Sacks, the White House AI and crypto czar, said there was evidence of it.',
    ['David Sacks EMPLOYED_BY White House asserted'],
    [],
  ],
  [
    'people listed with their roles who "both spent years at" a company',
    "Aino Lehtonen, the chief executive, and Markus Tamm, the company's chief technology officer, both spent several years at Silo AI.",
    ['Aino Lehtonen EMPLOYED_BY Silo AI asserted', 'Markus Tamm EMPLOYED_BY Silo AI asserted'],
    [],
  ],
  [
    'a relative clause after a list belongs to its last name',
    'Voxa was founded by Noa Ben-Ami, a former engineer at Google, and Yair Katz, who spent six years at Amazon.',
    ['Yair Katz EMPLOYED_BY Amazon asserted'],
    ['Noa Ben-Ami EMPLOYED_BY Amazon'],
  ],
  [
    'a list member after a comma, with its kind',
    "Mistral AI's clients include shipping group CMA CGM, carmaker Stellantis and the French army.",
    ['Mistral AI SUPPLIES CMA CGM asserted', 'Mistral AI SUPPLIES Stellantis asserted'],
    [],
  ],
  [
    'models licensed from a company are its goods in use',
    'Halden AI runs on a mix of in-house models and models licensed from Anthropic.',
    ['Halden AI USED Anthropic asserted'],
    [],
  ],
  [
    'a product as the subject of a coordinated verb',
    "Nova-7B was trained on Nvidia H100 processors and outperforms Meta's Llama 3 8B on the benchmark.",
    ['Nova-7B COMPETES_WITH Llama 3 8B asserted'],
    [],
  ],
  [
    '"its" circle ends at a relative clause, whose names are not members',
    "Inyoni AI has raised $18 million. The start-up, founded by linguist Pieter van Wyk of the University of Cape Town, builds speech models. Its largest customer is Discovery, the Johannesburg insurer, which uses Inyoni's Ulwazi model.",
    ['Inyoni AI SUPPLIES Discovery asserted'],
    ['University of Cape Town SUPPLIES Discovery'],
  ],
  [
    'companies told, in a list, to stop buying a product',
    "The Cyberspace Administration of China has told domestic firms including ByteDance and Alibaba to stop buying Nvidia's RTX Pro 6000D chips.",
    [
      'Cyberspace Administration of China RESTRICTED ByteDance asserted',
      'Cyberspace Administration of China RESTRICTED Alibaba Group asserted',
      'Cyberspace Administration of China RESTRICTED RTX Pro 6000D asserted',
    ],
    [],
  ],
  [
    'urged to avoid buying',
    "Sales in China have slowed. Chinese authorities have urged domestic companies to avoid buying Nvidia's H20 processor.",
    ['China RESTRICTED H20 asserted'],
    [],
  ],
  [
    "a country's regulator named by its kind is the country's body the article names",
    "The Garante opened a case in March. Italy's data protection authority on Wednesday fined Shanghai Xuanji Technology and ordered it to stop processing data.",
    ['Garante RESTRICTED Shanghai Xuanji Technology asserted'],
    ['Italy RESTRICTED Shanghai Xuanji Technology'],
  ],
  [
    'a list of countries that ban',
    'The Garante blocked DeepSeek in January. Taiwan and Australia have banned DeepSeek on government devices.',
    ['Taiwan RESTRICTED DeepSeek asserted', 'Australia RESTRICTED DeepSeek asserted'],
    [],
  ],
  [
    '"through" after a relative clause with its own subject',
    "The software is built on Anthropic's Claude models, which Larkspur Labs accesses through Amazon Bedrock.",
    [],
    ['Anthropic USED Amazon Bedrock'],
  ],
  [
    '"through" after goods supplied is a channel, not a use',
    'Amazon, which has invested in Anthropic and supplies it with Trainium chips through Amazon Web Services, declined to comment.',
    [],
    ['Amazon USED Amazon Web Services'],
  ],
  [
    "a company's own usage through another's cloud",
    "Most of ByteDance's GPT usage has been done through Microsoft's Azure platform.",
    ['ByteDance USED Azure asserted'],
    [],
  ],
  [
    '"rivals including" is a noun, not the verb',
    'CoreWeave competes with larger cloud providers such as Google Cloud, as well as with specialised rivals including Lambda.',
    ['CoreWeave COMPETES_WITH Google Cloud asserted', 'CoreWeave COMPETES_WITH Lambda asserted'],
    ['Google Cloud COMPETES_WITH Lambda'],
  ],
  [
    'a news outlet that reviewed a letter is not restricted',
    'In a letter to a US congressional committee that was reviewed by Bloomberg News, OpenAI said the export controls had been evaded.',
    [],
    ['United States RESTRICTED Bloomberg News'],
  ],
  [
    'co-makers after "developed by X with"',
    'The site, known as Stargate UAE, is being developed by G42 with OpenAI and Oracle.',
    [
      'G42 DEVELOPED Stargate UAE asserted',
      'OpenAI DEVELOPED Stargate UAE asserted',
      'Oracle DEVELOPED Stargate UAE asserted',
    ],
    [],
  ],
  [
    'the company developing a product described in apposition',
    'G42 is a partner in Stargate UAE, a 1-gigawatt AI campus it is developing with OpenAI.',
    ['G42 DEVELOPED Stargate UAE asserted', 'G42 PARTNERED_WITH OpenAI asserted'],
    [],
  ],
  [
    'a family name and a model name side by side are both products',
    'Nvidia is supplying its Grace Blackwell GB300 systems to the site.',
    ['Nvidia DEVELOPED Grace Blackwell asserted', 'Nvidia DEVELOPED GB300 asserted'],
    [],
  ],
  [
    'a suite, scanners, a cluster: kinds of product after an owned name',
    'Microsoft bundled Teams with its Office suite, ASML sells its Twinscan scanners and xAI is expanding its Colossus cluster.',
    [
      'Microsoft DEVELOPED Office asserted',
      'ASML DEVELOPED Twinscan asserted',
      'xAI DEVELOPED Colossus asserted',
    ],
    [],
  ],
  [
    '"Its" after a sentence opened by a name with a small first letter',
    'Meta welcomed the inquiry. xAI declined to comment. Its Grok app has drawn criticism.',
    ['xAI DEVELOPED Grok asserted'],
    [],
  ],
  [
    '"the commission" names the commission the story named',
    "The Federal Trade Commission opened an inquiry into Meta on Thursday. Andrew Ferguson, the commission's chairman, said children deserve protection.",
    ['Andrew Ferguson LEADS Federal Trade Commission asserted'],
    ['Andrew Ferguson LEADS Meta'],
  ],
  [
    'a company founded, described by a place-based head before "founded"',
    'Kestrel Dynamics, an Estonia-based maker of interceptor drones founded last year by former Starship Technologies engineer Marta Kivi, raised money.',
    ['Marta Kivi FOUNDED Kestrel Dynamics asserted'],
    [],
  ],
  [
    "a unit's place-based appositive names its parent",
    "Toyota Motor said that Arene, the software platform developed by Woven by Toyota, the carmaker's Tokyo-based software subsidiary, will run the cars.",
    ['Toyota PARENT_OF Woven by Toyota asserted'],
    [],
  ],
  [
    'a joint venture owned by two parents',
    'Afeela Mobility, the joint venture owned by Honda and Sony Group, will start deliveries next year.',
    ['Honda PARENT_OF Afeela Mobility asserted', 'Sony PARENT_OF Afeela Mobility asserted'],
    [],
  ],
  [
    'a name typed earlier in the article, opening a later sentence',
    "Acme Health has launched its Zorbo Scribe tool for doctors. Zorbo Scribe is built on OpenAI's GPT-4o.",
    ['Acme Health USED GPT-4o asserted'],
    [],
  ],
  [
    'a product in apposition to its owner described with a place',
    "OpenAI said DeepSeek had distilled its models to build R1, the Hangzhou lab's reasoning model.",
    ['DeepSeek DEVELOPED DeepSeek-R1 asserted'],
    [],
  ],
];

describe('rule set 2026.12.10', () => {
  itFindsEachCase('finds', CASES, lexicon);
});
