import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const here = '[extract/blind2-round] ';
const lexicon = loadLexicon();

// Families added in rule set 2026.11.29 after error analysis on the second blind set: sentences
// written for these tests (invented start-ups beside well-known companies), never copied from an
// evaluation text.
// [label, text, "Subject PREDICATE Object modality" lines that must be found, triples that must not]
const CASES: FamilyCase[] = [
  // money: who joined the round at hand
  [
    'existing backers returned',
    'Veltrix Labs raised $60 million in a round led by Accel. Existing backers Index Ventures and Balderton Capital returned.',
    [
      'Accel INVESTED_IN Veltrix Labs asserted',
      'Index Ventures INVESTED_IN Veltrix Labs asserted',
      'Balderton Capital INVESTED_IN Veltrix Labs asserted',
    ],
    [],
  ],
  [
    'joined as new investors',
    'Veltrix Labs raised $60 million in a round led by Accel. Salesforce Ventures and Nvidia joined as new investors.',
    [
      'Salesforce Ventures INVESTED_IN Veltrix Labs asserted',
      'Nvidia INVESTED_IN Veltrix Labs asserted',
    ],
    [],
  ],
  [
    'a bare participation after a round',
    'Veltrix Labs raised $60 million in a round led by Accel. Nvidia also participated.',
    ['Nvidia INVESTED_IN Veltrix Labs asserted'],
    [],
  ],
  [
    'a bare participation with no round before it names no investee',
    'Nvidia also participated.',
    [],
    ['Nvidia INVESTED_IN Veltrix Labs'],
  ],
  [
    'a company raising after an appositive',
    'Veltrix Labs, a Berlin-based start-up selling agents to insurers, has raised $60 million in a Series A round led by Accel.',
    ['Accel INVESTED_IN Veltrix Labs asserted'],
    [],
  ],
  // buying: talks, and talks given up
  [
    'walked away from talks to acquire',
    'Qualcomm has walked away from talks to acquire Norvale Semiconductor.',
    ['Qualcomm ACQUIRED Norvale Semiconductor denied'],
    [],
  ],
  [
    'in discussions to buy',
    'Qualcomm is in discussions to buy Norvale Semiconductor.',
    ['Qualcomm ACQUIRED Norvale Semiconductor planned'],
    [],
  ],
  [
    'talks with a partner are not a purchase',
    'Qualcomm held talks with Norvale Semiconductor about a licensing deal.',
    [],
    ['Qualcomm ACQUIRED Norvale Semiconductor'],
  ],
  // ownership described
  [
    'the owner of a product as a description',
    'The engineer who helped build ByteDance\u2019s Doubao chatbot has left the TikTok owner.',
    ['ByteDance PARENT_OF TikTok asserted'],
    [],
  ],
  [
    'the owner of followed by its name is the compound rule, not a description',
    'Lena Varga joined the TikTok owner ByteDance last year.',
    ['ByteDance PARENT_OF TikTok asserted'],
    [],
  ],
  [
    'unit of a described parent',
    'Scaleway, the cloud unit of French telecoms group Iliad, declined to comment.',
    ['Iliad PARENT_OF Scaleway asserted'],
    [],
  ],
  // accusations and suits naming the other side with a description
  [
    'accused a described start-up of using a model\u2019s outputs',
    'Anthropic has accused Chinese AI start-up Quonix Labs of using outputs from its Claude models to train a rival.',
    ['Anthropic ACCUSED Quonix Labs asserted', 'Quonix Labs COPIED Claude alleged'],
    [],
  ],
  [
    'sued a start-up described by its city',
    'Getty Images has sued London-based AI start-up Pixora Labs over its image generator.',
    ['Getty Images SUED Pixora Labs asserted'],
    [],
  ],
  [
    'a described company after "accused" still needs its own slot',
    'Regulators accused the company of hiding losses, Reuters reported.',
    [],
    ['Reuters ACCUSED Regulators'],
  ],
  // supply and use
  [
    'sells to customers including',
    'Norvale Semiconductor sells its radar chips to carmakers including BMW and Toyota.',
    [
      'Norvale Semiconductor SUPPLIES BMW asserted',
      'Norvale Semiconductor SUPPLIES Toyota asserted',
    ],
    [],
  ],
  [
    'existing customers of the story\u2019s company',
    'Quonix Labs is winding down its API. Existing customers, including Shopify and Duolingo, will be moved to a new plan.',
    ['Quonix Labs SUPPLIES Shopify asserted', 'Quonix Labs SUPPLIES Duolingo asserted'],
    [],
  ],
  [
    'turned to suppliers such as',
    'Tencent has increasingly turned to domestic suppliers such as Huawei.',
    ['Tencent USED Huawei asserted', 'Huawei SUPPLIES Tencent asserted'],
    [],
  ],
  [
    'a model runs on a mix of chips: its maker uses them',
    'Quonix Labs released its Quon-2 model in May. Quon-2 runs on a mix of Nvidia H20 chips and Huawei Ascend processors.',
    ['Quonix Labs USED H20 asserted', 'Quonix Labs USED Ascend asserted'],
    ['Quon-2 USED H20'],
  ],
  [
    'software that runs on chips says what it supports, not what it uses',
    'Quonix Labs released its Quon-2 compiler in May. Quon-2 runs on Nvidia H100 chips.',
    [],
    ['Quonix Labs USED H100', 'Quon-2 USED H100'],
  ],
  [
    'built on a model with words after its owner',
    'Quonix Labs is built on Mistral AI\u2019s open-weight Mistral Large model.',
    ['Quonix Labs USED Mistral Large asserted', 'Mistral AI DEVELOPED Mistral Large asserted'],
    [],
  ],
  [
    'a flagship product in apposition',
    'Quonix Labs\u2019 flagship model, Quon-2, writes code for banks.',
    ['Quonix Labs DEVELOPED Quon-2 asserted'],
    [],
  ],
  [
    'chips rented from a cloud: the cloud supplies the renter, not the chipmaker',
    'Quonix Labs trains its models on Nvidia H100 chips rented from CoreWeave.',
    ['CoreWeave SUPPLIES Quonix Labs asserted'],
    ['CoreWeave SUPPLIES Nvidia'],
  ],
  [
    'served through a cloud',
    'The models of Quonix Labs are served through Alibaba Cloud, Quonix Labs says.',
    ['Quonix Labs USED Alibaba Cloud asserted', 'Alibaba Cloud SUPPLIES Quonix Labs asserted'],
    [],
  ],
  // cut-offs
  [
    'accounts linked to a company, then banned',
    'In a letter reviewed by Reuters, OpenAI said it had found accounts linked to Quonix Labs and had banned those accounts.',
    ['OpenAI SUSPENDED Quonix Labs asserted'],
    ['Reuters SUSPENDED Quonix Labs'],
  ],
  [
    'removed an app from a store',
    'Apple removed the ChatGPT app from its Chinese app store.',
    ['Apple SUSPENDED ChatGPT asserted'],
    [],
  ],
  [
    'told to remove an app from stores',
    'Apple and Google were told to remove the ChatGPT app from their app stores.',
    ['Apple SUSPENDED ChatGPT planned', 'Google SUSPENDED ChatGPT planned'],
    [],
  ],
  // rivalry, founding, deals, restrictions
  [
    'a challenger described with a possessive',
    'Mistral AI has emerged as the region\u2019s best-funded challenger to OpenAI and Anthropic.',
    ['Mistral AI COMPETES_WITH OpenAI asserted', 'Mistral AI COMPETES_WITH Anthropic asserted'],
    [],
  ],
  [
    'founded by, after a relative clause',
    'Pixora Labs, which is based in Lisbon, was founded by Ana Costa and Rui Lopes.',
    ['Ana Costa FOUNDED Pixora Labs asserted', 'Rui Lopes FOUNDED Pixora Labs asserted'],
    [],
  ],
  [
    'a deal with a partner described by its country',
    'Perplexity signed a bundling deal with Indian telecom operator Bharti Airtel.',
    ['Perplexity PARTNERED_WITH Bharti Airtel asserted'],
    [],
  ],
  [
    'the country nearest the restriction acts, not a place a company is based in',
    'The California-based company designed the chip for the Chinese market after U.S. rules barred sales of its H100 chips.',
    ['United States RESTRICTED H100 asserted'],
    ['California RESTRICTED H100', 'China RESTRICTED H100'],
  ],
];

describe('[extract/blind2-round] families added in rule set 2026.11.29', () => {
  itFindsEachCase(here, CASES, lexicon);
});
