import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Supply, use, ownership, money and restriction constructions in sentences written for this
// test: compute deals, relative clauses of use, owners' goods, units and publishers, licences,
// acquisitions in relative clauses, controlling stakes and entity-list membership.
const CASES: FamilyCase[] = [
  [
    'a compute deal with a cloud company is its supply too',
    'Meridian Labs has signed an agreement with CoreWeave for access to several thousand Nvidia GPUs.',
    [
      'Meridian Labs PARTNERED_WITH CoreWeave asserted',
      'CoreWeave SUPPLIES Meridian Labs asserted',
    ],
    [],
  ],
  [
    'a cloud company’s deal about something else is no supply',
    'Mistral AI signed a partnership with CoreWeave on marketing.',
    ['Mistral AI PARTNERED_WITH CoreWeave asserted'],
    ['CoreWeave SUPPLIES Mistral AI'],
  ],
  // SUPPLIES
  [
    'a capacity deal makes the counterparty a supplier, "and with" in the list',
    'Microsoft has signed capacity deals with CoreWeave and with Oracle this year.',
    ['CoreWeave SUPPLIES Microsoft asserted', 'Oracle SUPPLIES Microsoft asserted'],
    [],
  ],
  [
    'an agreement with a company for access to GPUs',
    'Anthropic signed an agreement with CoreWeave for access to thousands of GPUs.',
    ['CoreWeave SUPPLIES Anthropic asserted'],
    [],
  ],
  [
    'winning contracts from customers',
    'Oracle has been adding data centers after winning large contracts from OpenAI and Meta.',
    ['Oracle SUPPLIES OpenAI asserted', 'Oracle SUPPLIES Meta Platforms asserted'],
    [],
  ],
  [
    'a relative clause between the supplier and "to supply X with"',
    'Google, which owns a small stake in Anthropic, agreed on Monday to supply the start-up Anthropic with more chips.',
    ['Google SUPPLIES Anthropic asserted'],
    [],
  ],
  [
    "making another company's processors supplies it",
    "TSMC, which manufactures most of Nvidia's processors, said demand was strong.",
    ['TSMC SUPPLIES Nvidia asserted'],
    [],
  ],
  [
    "running workloads on a provider's cloud",
    "OpenAI runs most of its workloads on Microsoft's cloud.",
    ['Microsoft SUPPLIES OpenAI asserted'],
    [],
  ],
  [
    "a company that became another's customer",
    'Anthropic became a CoreWeave customer last year.',
    ['CoreWeave SUPPLIES Anthropic asserted'],
    [],
  ],
  [
    'building data centers for a customer',
    'Oracle is building data centers for OpenAI in Texas.',
    ['Oracle SUPPLIES OpenAI asserted'],
    [],
  ],
  [
    'licensing a model to a customer supplies it and partners with it',
    'Mistral AI licenses its Codestral model to Microsoft.',
    ['Mistral AI SUPPLIES Microsoft asserted', 'Mistral AI PARTNERED_WITH Microsoft asserted'],
    [],
  ],
  [
    'trap: a licence under discussion is no sale',
    'The publisher held talks with Mistral AI about a paid licence for its archive, but no agreement was reached.',
    [],
    ['Mistral AI SUPPLIES Meta Platforms'],
  ],
  [
    'trap: chips rented from a cloud company are supplied by the cloud company, not the chip maker',
    'Anthropic trained its model on Nvidia H100 chips rented from CoreWeave.',
    ['CoreWeave SUPPLIES Anthropic asserted'],
    ['Nvidia SUPPLIES Anthropic'],
  ],
  // USED
  [
    'a product used in a relative clause: "which X uses to train Y"',
    'Amazon filled the site with its Trainium chips, which Anthropic uses to train Claude.',
    ['Anthropic USED Trainium asserted'],
    ['Anthropic USED Claude'],
  ],
  [
    "deploying a company's technology uses the company",
    "SoftBank is deploying OpenAI's technology across its businesses.",
    ['SoftBank Group USED OpenAI asserted'],
    [],
  ],
  [
    'testing chips from two makers',
    'Tencent has begun testing chips from Huawei and AMD.',
    ['Tencent USED Huawei asserted', 'Tencent USED AMD asserted'],
    [],
  ],
  [
    "powering a product with another's model",
    "Perplexity powers its assistant with Anthropic's Claude models.",
    ['Perplexity USED Claude asserted'],
    [],
  ],
  [
    'a participle after a comma: "this time built on"',
    "Mistral AI has released its new assistant, this time built on Google's Gemma 2.",
    ['Mistral AI USED Gemma 2 asserted'],
    [],
  ],
  [
    'training a named model on chips',
    'DeepSeek trained R1 on Nvidia H800 chips.',
    ['DeepSeek USED H800 asserted'],
    [],
  ],
  [
    'trap: "uses ... to train X": what is trained is not what is used',
    'Moonshot AI did not say which chips it used to train Kimi.',
    [],
    ['Moonshot AI USED Kimi'],
  ],
  [
    'trap: a licensing deal is not a use',
    'News Corp signed a content licensing deal with OpenAI in May.',
    ['News Corp PARTNERED_WITH OpenAI asserted'],
    ['News Corp USED OpenAI'],
  ],
  [
    'trap: deciding who may use a model is not using it',
    'Meta decides who can use Llama.',
    [],
    ['Meta Platforms USED Llama'],
  ],
  [
    'trap: ordered to stop testing a chip',
    "The regulator told ByteDance to stop testing Nvidia's H20 chips.",
    [],
    ['ByteDance USED H20'],
  ],
  // PARENT_OF, ACQUIRED, INVESTED_IN, PARTNERED_WITH
  [
    'owned by a described owner',
    'DeepSeek, which is owned by the hedge fund High-Flyer, did not comment.',
    ['High-Flyer PARENT_OF DeepSeek asserted'],
    [],
  ],
  [
    'a relative clause of ownership without a description',
    'The orders went to Instagram, which Meta owns, and to Snap.',
    ['Meta Platforms PARENT_OF Instagram asserted'],
    [],
  ],
  [
    "an appositive naming the possessor's parent",
    "Shares of Alphabet, Google's parent company, rose.",
    ['Alphabet PARENT_OF Google asserted'],
    [],
  ],
  [
    'a publisher owns its titles',
    'Dow Jones, the publisher of The Wall Street Journal, sued Perplexity.',
    ['Dow Jones PARENT_OF The Wall Street Journal asserted'],
    [],
  ],
  [
    'a named unit after a possessive',
    "Alibaba's Ant Group unit is weighing a listing.",
    ['Alibaba Group PARENT_OF Ant Group asserted'],
    [],
  ],
  [
    'a definitive agreement to acquire',
    'Nvidia said it has signed a definitive agreement to acquire Run:ai.',
    ['Nvidia ACQUIRED Run:ai asserted'],
    [],
  ],
  [
    'a company described by who bought it',
    'Rivals include Nuance, the speech-recognition company Microsoft bought in 2022.',
    ['Microsoft ACQUIRED Nuance asserted'],
    [],
  ],
  [
    'a controlling stake is an acquisition',
    'Geely is in talks to buy a controlling stake in Pony.ai.',
    ['Geely ACQUIRED Pony.ai planned'],
    [],
  ],
  [
    'an investment "in a deal" is a partnership too, whatever else the sentence names',
    'Microsoft invested $1.5 billion in G42 in a deal that required it to drop Huawei equipment.',
    ['Microsoft INVESTED_IN G42 asserted', 'Microsoft PARTNERED_WITH G42 asserted'],
    [],
  ],
  [
    'the largest shareholder after a round',
    'ASML has become the largest shareholder in Mistral AI.',
    ['ASML INVESTED_IN Mistral AI asserted'],
    [],
  ],
  [
    'a coordinated "and took a stake in"',
    'Meta hired the founder of Scale AI and took a stake in Safe Superintelligence.',
    ['Meta Platforms INVESTED_IN Safe Superintelligence asserted'],
    [],
  ],
  [
    'a coordinated "and works with"',
    'SK Telecom has invested in Anthropic and works with the firm on a Korean model.',
    ['SK Telecom PARTNERED_WITH Anthropic asserted'],
    [],
  ],
  [
    'a project developed by one company with others',
    'The campus is being developed by G42 with OpenAI and Oracle.',
    ['G42 PARTNERED_WITH OpenAI asserted', 'G42 PARTNERED_WITH Oracle asserted'],
    [],
  ],
  [
    "trap: built with a company's chips is no partnership",
    'Mistral AI built the cluster with Nvidia chips.',
    [],
    ['Mistral AI PARTNERED_WITH Nvidia'],
  ],
  [
    "paying for a licence to a company's technology",
    "Google is paying $2 billion for a non-exclusive licence to Character.AI's technology.",
    ['Google PARTNERED_WITH Character.AI asserted'],
    [],
  ],
  // RESTRICTED
  [
    "a company on a government's Entity List, capitalised",
    "Huawei, which has been on the U.S. Commerce Department's Entity List since 2019, makes chips.",
    ['U.S. Department of Commerce RESTRICTED Huawei asserted'],
    [],
  ],
  [
    "a country's export controls bar a company: the country acts",
    'US export controls bar Nvidia from selling its most advanced processors to China.',
    ['United States RESTRICTED China asserted'],
    [],
  ],
  [
    'a licence required for a chip',
    'The Trump administration required licences for the H20 in April.',
    ['Trump administration RESTRICTED H20 asserted'],
    [],
  ],
  [
    'a company named before "which uses" is the user',
    'Customers include the Dutch bank ING, which uses Claude to move its payments.',
    ['ING USED Claude asserted'],
    [],
  ],
  [
    'a product made by a described or placed maker',
    'Regulators removed Qinglu, a chatbot developed by Hangzhou start-up Qiming Tech. Quill powers Pagewise, a note-taking app made by Toronto-based Fennick Software.',
    ['Qiming Tech DEVELOPED Qinglu asserted', 'Fennick Software DEVELOPED Pagewise asserted'],
    [],
  ],
  [
    'a product in apposition from its maker',
    'Sarvam-M is built on top of Mistral Small, an open-weight model from French company Mistral AI.',
    ['Mistral AI DEVELOPED Mistral Small asserted'],
    [],
  ],
  [
    '"the maker of" a product stands for its known maker the article names',
    'SoftBank and OpenAI set up a venture, deepening ties between the conglomerate and the maker of ChatGPT.',
    ['OpenAI DEVELOPED ChatGPT asserted'],
    ['SoftBank Group DEVELOPED ChatGPT'],
  ],
  [
    'a maker placed in a city, then what it develops',
    'Also named was Hefei Lingtu, a chip designer in the eastern city of Hefei that develops the Lingtu-7 processor.',
    ['Hefei Lingtu DEVELOPED Lingtu-7 asserted'],
    [],
  ],
  [
    "a maker's use of the product the lexicon says it makes is no relation",
    'Apple is in talks with Google about using Gemini, according to a report.',
    [],
    ['Google USED Gemini'],
  ],
  [
    "a possessed product that rivals another is still its maker's",
    "DeepSeek's R1 rivals OpenAI's o1 on reasoning tests.",
    ['DeepSeek DEVELOPED DeepSeek-R1 asserted', 'OpenAI DEVELOPED o1 asserted'],
    [],
  ],
  [
    'leading a possessed round or the round at hand invests in the company raising',
    "Cohere is a Toronto start-up. Nvidia led Cohere's $500 million Series D. Oracle co-led the round.",
    ['Nvidia INVESTED_IN Cohere asserted', 'Oracle INVESTED_IN Cohere asserted'],
    [],
  ],
  [
    'backers participating, participation and investment from backers',
    'Cohere is a Toronto start-up. The round was led by Radical Ventures, with Nvidia and Oracle also participating. It included participation from Salesforce Ventures.',
    [
      'Nvidia INVESTED_IN Cohere asserted',
      'Oracle INVESTED_IN Cohere asserted',
      'Salesforce Ventures INVESTED_IN Cohere asserted',
    ],
    [],
  ],
  [
    "a round led in another named company is not the story company's",
    'Cohere raised money on Monday. Separately, General Catalyst led a $60 million round in Berlin-based Mistral AI.',
    ['General Catalyst INVESTED_IN Mistral AI asserted'],
    ['General Catalyst INVESTED_IN Cohere'],
  ],
  [
    "a company's models running on another's cloud use it",
    "Cohere's models run on Oracle's cloud.",
    ['Cohere USED Oracle asserted', 'Oracle SUPPLIES Cohere asserted'],
    [],
  ],
  [
    'chips used to train are no copy',
    "Cohere uses Nvidia's H100 chips to train its models.",
    ['Cohere USED H100 asserted'],
    ['Cohere COPIED H100'],
  ],
  [
    "a model powering a company's assistant is used by that company",
    "Cohere's Command R powers Oracle's assistant.",
    ['Oracle USED Command R asserted'],
    [],
  ],
  [
    'two companies that will jointly develop something are partners',
    'Cohere and Fujitsu will jointly develop a Japanese model.',
    ['Cohere PARTNERED_WITH Fujitsu planned'],
    [],
  ],
  [
    'a company that is a start-up of a place',
    'Sakana AI is a Tokyo start-up that builds small models.',
    ['Sakana AI LOCATED_IN Tokyo asserted'],
    [],
  ],
  [
    'supply told by the customer, the maker, the supplier and the payer',
    "Cohere gets its chips from Nvidia. TSMC makes Nvidia's processors. SK Hynix is the main supplier of HBM to Nvidia. Oracle is building a data center for Cohere. Cohere will spend $1 billion on Oracle's cloud services. CoreWeave won a contract to host Cohere's models.",
    [
      'Nvidia SUPPLIES Cohere asserted',
      'TSMC SUPPLIES Nvidia asserted',
      'SK Hynix SUPPLIES Nvidia asserted',
      'Oracle SUPPLIES Cohere asserted',
      'CoreWeave SUPPLIES Cohere asserted',
    ],
    [],
  ],
];

describe('supply, use, ownership and restriction phrasings', () => {
  itFindsEachCase('', CASES, lexicon);
});
