import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.08: access to another's models (who holds it uses them, whose they are),
// base models that are fine-tuned, products built on another's technology, makers of a
// company's hardware, customers counted in a second clause or named "one of" a supplier's
// largest, a provider as a supplier, a largest customer named after "is", models claimed to
// beat another ("claiming it matched"), companies and products pitched as alternatives, makers
// of other companies' chips, capacity paid for, a company chosen as a platform or hired to build,
// "another X client", short forms in brackets, suits filed by a list, entity-list members with
// their city, analysts with theirs, "Banking" as a company ending, a city's headquarters, units
// named after their parent, companies now owned or agreed to be acquired, part of a group, products
// a company "makes ... called", joint plans, partners named with "partner", tigers and a
// country's biggest companies, backers after appositives, partners in a second clause, signed
// tenants, reference partners, "with X as its technology partner", findings said without
// "that", criticism drawn from a group, staff banned from a tool with "its", a company named
// after a region, "the company's own", rivals in contract races, open appositives, models rolled
// out that others built, co-makers after "with", software used after a first verb.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    "a company whose access to another's models was cut: it used them, and they are the cutter's",
    "Google has cut off Baidu's access to its Gemini models.",
    ['Baidu USED Gemini asserted', 'Google DEVELOPED Gemini asserted'],
    ['Baidu DEVELOPED Gemini'],
  ],
  [
    'access given to a company',
    "The agreement gives Cohere access to Oracle's cloud.",
    ['Cohere USED Oracle asserted'],
    [],
  ],
  [
    'access to new customers is no use of a company named after it',
    "The deal will widen the start-up's access to new customers as Microsoft sells its tools.",
    [],
    ['Microsoft USED Microsoft'],
  ],
  [
    'a base model that a company fine-tunes',
    'Cohere fine-tunes its agents on Llama 3 for banks in Canada.',
    ['Cohere USED Llama 3 asserted'],
    [],
  ],
  [
    'a product built on technology from two companies',
    'Snap, whose My AI chatbot is built on technology from OpenAI and Google, declined to comment.',
    ['Snap USED OpenAI asserted', 'Snap USED Google asserted'],
    [],
  ],
  [
    "the maker of a company's chips, named in a relative clause",
    "TSMC, which manufactures the H20 and most of Nvidia's other processors, reported higher profits.",
    ['TSMC SUPPLIES Nvidia asserted'],
    [],
  ],
  [
    "the maker of a company's chip, named after it",
    "Huawei's Ascend 910B, manufactured by SMIC, is in short supply.",
    ['SMIC SUPPLIES Huawei asserted'],
    [],
  ],
  [
    'customers counted in a second clause of the supplier',
    'Mistral AI sells its models to governments, and counts BNP Paribas and Stellantis among its customers.',
    ['Mistral AI SUPPLIES BNP Paribas asserted', 'Mistral AI SUPPLIES Stellantis asserted'],
    [],
  ],
  [
    "a customer named one of a supplier's largest",
    "Google, one of Scale AI's largest customers, is moving its work elsewhere.",
    ['Scale AI SUPPLIES Google asserted'],
    [],
  ],
  [
    "a supplier named as a company's former provider",
    "Microsoft, once OpenAI's exclusive cloud provider, gave up that status.",
    ['Microsoft SUPPLIES OpenAI asserted'],
    [],
  ],
  [
    'a largest customer named after "is"',
    "Cohere's largest customer is Oracle, which resells its models.",
    ['Cohere SUPPLIES Oracle asserted'],
    [],
  ],
  [
    'a model claimed to match another, named as "it" after its release',
    'Zhipu AI released GLM-4.5 on Monday, claiming it matched GPT-4o on coding tests.',
    ['GLM-4.5 COMPETES_WITH GPT-4o asserted'],
    ['Zhipu AI COMPETES_WITH GPT-4o'],
  ],
  [
    "a claim made of another company's update is not made of the model named before it",
    "Days after Mistral AI's launch of its Codestral model, Cohere released an update to its own tools, claiming it beat GPT-4o.",
    [],
    ['Codestral COMPETES_WITH GPT-4o'],
  ],
  [
    'a model the company says beats another, after a long appositive',
    'Moonshot AI released Kimi K2, an open-weight model with a trillion parameters that the company says beats GPT-4.1.',
    ['Kimi K2 COMPETES_WITH GPT-4.1 asserted'],
    [],
  ],
  [
    'a company that has positioned itself as an alternative, in a relative clause',
    'Publishers have sided with Mistral AI, which has positioned itself as a European alternative to OpenAI and Google.',
    ['Mistral AI COMPETES_WITH OpenAI asserted', 'Mistral AI COMPETES_WITH Google asserted'],
    [],
  ],
  [
    'a product pitched as an answer, in an appositive',
    "Humain released Humain Chat, an Arabic-first chatbot pitched as a home-grown answer to OpenAI's ChatGPT.",
    ['Humain Chat COMPETES_WITH ChatGPT asserted'],
    [],
  ],
  [
    'a model its maker has pitched as a rival: the model is the rival, not the maker',
    "SenseTime is back with SenseNova V6, a model it released in April and has pitched as a rival to DeepSeek's R1.",
    ['SenseNova V6 COMPETES_WITH DeepSeek-R1 asserted'],
    ['SenseTime COMPETES_WITH DeepSeek-R1'],
  ],
  [
    "a foundry that makes a company's chips, described in an appositive",
    "TSMC, the Hsinchu-based foundry that makes most of Nvidia's advanced chips, said in March it had cut off Sophgo.",
    ['TSMC SUPPLIES Nvidia asserted', 'TSMC SUSPENDED Sophgo asserted'],
    ['Nvidia SUSPENDED Sophgo'],
  ],
  [
    "the maker of two companies' processors",
    "TSMC, the world's largest contract chipmaker and the maker of Nvidia's and Apple's most advanced processors, welcomed the ruling.",
    ['TSMC SUPPLIES Nvidia asserted', 'TSMC SUPPLIES Apple asserted'],
    [],
  ],
  [
    "a company's chips made by another, with no chip name; a contract chipmaker is no deal",
    "Huawei's chips are manufactured mainly by SMIC, China's largest contract chipmaker.",
    ['SMIC SUPPLIES Huawei asserted'],
    ['SMIC PARTNERED_WITH Huawei', 'Huawei PARTNERED_WITH SMIC'],
  ],
  [
    'capacity paid for from two clouds',
    'MTN Nigeria had been paying a premium for cloud capacity from Oracle and Microsoft.',
    ['Oracle SUPPLIES MTN Nigeria asserted', 'Microsoft SUPPLIES MTN Nigeria asserted'],
    [],
  ],
  [
    'a company chosen as the main platform',
    'Nippon Life Insurance has chosen Google Cloud as the main platform for an overhaul of its systems.',
    ['Google Cloud SUPPLIES Nippon Life Insurance asserted'],
    [],
  ],
  [
    'a company hired to build a system',
    'PKO Bank Polski hired Comarch to build an AI assistant for its staff.',
    ['Comarch SUPPLIES PKO Bank Polski asserted'],
    [],
  ],
  [
    "a customer named as another's client in its appositive",
    'The energy retailer Vattenfall, another Capgemini client, said it had paused the project.',
    ['Capgemini SUPPLIES Vattenfall asserted'],
    [],
  ],
  [
    'a short form in brackets after a name keeps the appositive after it',
    "Taiwan Semiconductor Manufacturing Co (TSMC), the Hsinchu-based foundry that makes most of Nvidia's chips, said it had cut off Sophgo.",
    [
      'TSMC SUPPLIES Nvidia asserted',
      'TSMC SUSPENDED Sophgo asserted',
      'TSMC LOCATED_IN Hsinchu asserted',
    ],
    ['Nvidia SUSPENDED Sophgo'],
  ],
  [
    'a lawsuit filed by a list of plaintiffs, who accuse "it"',
    'Naver is fighting a copyright lawsuit filed in January by the broadcasters KBS and MBC, which accuse it of copying their news reports.',
    [
      'KBS SUED Naver asserted',
      'MBC SUED Naver asserted',
      'KBS ACCUSED Naver asserted',
      'MBC ACCUSED Naver asserted',
    ],
    [],
  ],
  [
    'companies added to the entity list, described with their city',
    'The Commerce Department added 14 companies to its entity list, including the Hefei-based chip designer Qiansuo Microelectronics and the Shenzhen cloud operator Lanyun Compute.',
    [
      'U.S. Department of Commerce RESTRICTED Qiansuo Microelectronics asserted',
      'U.S. Department of Commerce RESTRICTED Lanyun Compute asserted',
    ],
    [],
  ],
  [
    'an analyst described with her city',
    '"Everyone wants sovereign AI," said Ngozi Eze, a Lagos-based analyst at Xalam Analytics.',
    ['Ngozi Eze EMPLOYED_BY Xalam Analytics asserted'],
    [],
  ],
  [
    'a bank named with "Banking" is an organization',
    '"AI revenue is still largely pilots," said Tomasz Nowak of Pekao Investment Banking.',
    ['Tomasz Nowak EMPLOYED_BY Pekao Investment Banking asserted'],
    [],
  ],
  [
    'a headquarters named with its city',
    "Three researchers have left DeepMind's London headquarters this year.",
    ['Google DeepMind LOCATED_IN London asserted'],
    [],
  ],
  [
    'a unit named after its parent keeps the parent apart',
    'Oando Clean Energy, a unit of the Nigerian energy group Oando, supplies the power.',
    ['Oando PARENT_OF Oando Clean Energy asserted'],
    [],
  ],
  [
    'a company now owned by another, as a participle',
    'Slack, now owned by Salesforce, filed the complaint.',
    ['Salesforce PARENT_OF Slack asserted'],
    [],
  ],
  [
    'a company that agreed to be acquired',
    'Wiz agreed to be acquired by Google for $32 billion.',
    ['Google ACQUIRED Wiz asserted'],
    [],
  ],
  [
    "a company part of another's group",
    'Centraal Beheer Insurance, part of the Achmea group, declined to comment.',
    ['Achmea PARENT_OF Centraal Beheer Insurance asserted'],
    [],
  ],
  [
    'two clients named together are no unit of each other',
    'Cedarline counts Harcourt Lyle LLP and the legal team of Pacific Coast Energy among its clients.',
    [],
    ['Pacific Coast Energy PARENT_OF Harcourt Lyle LLP'],
  ],
  [
    'a product a company makes, named after "called"',
    'Quokka Labs, a Sydney start-up that makes an AI meeting assistant called Minutely, raised money.',
    ['Quokka Labs DEVELOPED Minutely asserted'],
    [],
  ],
  [
    'two companies that said they would build something together',
    'Microsoft and the Abu Dhabi-based G42 said last year they would build a data centre in Kenya.',
    ['Microsoft PARTNERED_WITH G42 planned'],
    [],
  ],
  [
    "a company that became another's partner",
    'Mazovia Digital became a Microsoft partner for cloud services last year.',
    ['Mazovia Digital PARTNERED_WITH Microsoft asserted'],
    [],
  ],
  [
    'a partner of a company, in a relative clause of an appositive',
    'Larkspur AI is in talks with ThinkOn Systems, the Canadian operator that is also a compute partner of Cohere.',
    ['ThinkOn Systems PARTNERED_WITH Cohere asserted'],
    [],
  ],
  [
    'a partnership announced between two companies; services built on a model use it',
    "Jio will build services on Llama under a partnership announced last year between Meta and Jio's parent, Reliance Industries.",
    ['Meta Platforms PARTNERED_WITH Reliance Industries asserted'],
    ['Jio DEVELOPED Llama'],
  ],
  [
    "a company that is one of a country's so-called tigers",
    'Moonshot AI is one of China\'s so-called "AI tigers".',
    ['Moonshot AI LOCATED_IN China asserted'],
    [],
  ],
  [
    "a deal that makes a company one of a country's most valuable",
    "The deal makes Cohere one of Canada's most valuable private technology companies.",
    ['Cohere LOCATED_IN Canada asserted'],
    [],
  ],
  [
    "a country's biggest companies, named in a list",
    "China's biggest technology companies, including ByteDance and Alibaba, must stop testing the chips.",
    ['ByteDance LOCATED_IN China asserted', 'Alibaba Group LOCATED_IN China asserted'],
    [],
  ],
  [
    'backers after an appositive of the company',
    'Moonshot AI, founded by Yang Zhilin in 2023, is backed by Alibaba Group and Tencent.',
    ['Alibaba Group INVESTED_IN Moonshot AI asserted', 'Tencent INVESTED_IN Moonshot AI asserted'],
    [],
  ],
  [
    'a backer described with its nationality and trade',
    'DeepSeek, which is backed by the Chinese quantitative hedge fund High-Flyer, did not respond.',
    ['High-Flyer INVESTED_IN DeepSeek asserted'],
    [],
  ],
  [
    'investors counted in the second verb of a relative clause',
    'Perplexity AI, which is led by Aravind Srinivas and counts Nvidia and Jeff Bezos among its investors, rejected the claims.',
    ['Nvidia INVESTED_IN Perplexity asserted', 'Jeff Bezos INVESTED_IN Perplexity asserted'],
    [],
  ],
  [
    "a round led by investors, with its company named: no earlier company's round",
    "Sakana AI raised money last year. Anthropic's funding round was led by ICONIQ.",
    ['ICONIQ INVESTED_IN Anthropic asserted'],
    ['ICONIQ INVESTED_IN Sakana AI'],
  ],
  [
    'a partner with two companies, named in a second clause',
    'SoftBank has committed more than $30 billion to OpenAI, becoming a large shareholder, and is a partner with OpenAI and Oracle in Stargate.',
    [
      'SoftBank Group PARTNERED_WITH OpenAI asserted',
      'SoftBank Group PARTNERED_WITH Oracle asserted',
    ],
    [],
  ],
  [
    'a company signed as an anchor tenant',
    'iXAfrica has signed Safaricom as the anchor tenant for a GPU hall.',
    ['iXAfrica PARTNERED_WITH Safaricom asserted'],
    [],
  ],
  [
    'a company described as one of its reference partners',
    'Nvidia has described Indosat Ooredoo Hutchison as one of its reference partners in the region.',
    ['Nvidia PARTNERED_WITH Indosat Ooredoo Hutchison asserted'],
    [],
  ],
  [
    'a technology partner named after "with ... as its"',
    'Sahara Intelligence, a Rabat firm that bid against Capgemini with Huawei as its technology partner, filed a complaint.',
    ['Sahara Intelligence PARTNERED_WITH Huawei asserted'],
    [],
  ],
  [
    'a company\'s partner named in its appositive after "and"',
    'The system is being assembled by Comarch, the Krakow-based IT group and a Google Cloud partner that resells the platform.',
    ['Comarch PARTNERED_WITH Google Cloud asserted'],
    [],
  ],
  [
    'a research collaboration signed with a company named with "Pharmaceutical"',
    'Hoshino Pharmaceutical has signed a research collaboration with Insilico Medicine.',
    ['Hoshino Pharmaceutical PARTNERED_WITH Insilico Medicine asserted'],
    [],
  ],
  [
    'a regulator that says a company failed to explain, with no "that"',
    'The regulator, known as the Garante, said Xuanji Technology had failed to explain what data it collected.',
    ['Garante ACCUSED Xuanji Technology asserted'],
    [],
  ],
  [
    'an agency that says a company obtained chips through shell companies',
    'The Bureau of Industry and Security said Qiansuo Microelectronics had obtained Nvidia H100 accelerators through shell companies.',
    ['Bureau of Industry and Security ACCUSED Qiansuo Microelectronics asserted'],
    [],
  ],
  [
    'an official who told reporters a company had transferred user data',
    'Nam Seok, director of the investigation bureau, told reporters that DeepSeek had transferred user data to ByteDance.',
    ['Nam Seok ACCUSED DeepSeek asserted'],
    [],
  ],
  [
    'criticism drawn from a group',
    "Orisun Labs's use of the archive drew criticism from Data Rights Africa, an advocacy group.",
    ['Data Rights Africa CRITICIZED Orisun Labs asserted'],
    [],
  ],
  [
    'a company that banned "its" employees from using a chatbot',
    "Kessler Gruppe banned its employees from using OpenAI's ChatGPT for work last year.",
    ['Kessler Gruppe SUSPENDED ChatGPT asserted'],
    [],
  ],
  [
    'a company named after a region goes by the region word afterwards',
    "Silesia Robotics, the Katowice-based automation group, raised its forecast. Silesia's German subsidiary, Silesia Robotics GmbH, signed a deal.",
    ['Silesia Robotics PARENT_OF Silesia Robotics GmbH asserted'],
    [],
  ],
  [
    'the region word after a preposition or before "-based" stays a place',
    'Silesia Robotics, the Katowice-based automation group, has offices in Silesia and works with Silesia-based suppliers.',
    ['Silesia Robotics LOCATED_IN Silesia asserted'],
    [],
  ],
  [
    "\"the company's own\" product is the story's company's, not the other company named before",
    "Comarch raised its forecast on Thursday. Sales doubled. Much of that came from deploying Microsoft's Azure for banks, and from the company's own document-processing product, DocuStream, which uses Mistral AI's Mixtral model.",
    ['Comarch DEVELOPED DocuStream asserted'],
    ['Microsoft DEVELOPED DocuStream'],
  ],
  [
    'rivals competing for contracts are no partners',
    'He noted that Comarch competes for bank contracts with much larger rivals Accenture and Deloitte.',
    ['Comarch COMPETES_WITH Accenture asserted', 'Comarch COMPETES_WITH Deloitte asserted'],
    ['Comarch PARTNERED_WITH Accenture', 'Comarch PARTNERED_WITH Deloitte'],
  ],
  [
    'the last name of an open appositive is not the subject of the verb after it',
    'Palo Alto Networks, a rival of Cisco, has been on a shopping spree, buying Protect AI this year.',
    ['Palo Alto Networks COMPETES_WITH Cisco asserted'],
    ['Cisco ACQUIRED Protect AI'],
  ],
  [
    'a model rolled out that another built is used, not made',
    'Humain, for its part, is rolling out Allam, an Arabic model originally built by the Saudi Data and AI Authority.',
    ['Humain USED ALLaM asserted', 'Saudi Data and AI Authority DEVELOPED ALLaM asserted'],
    ['Humain DEVELOPED ALLaM'],
  ],
  [
    'co-makers named after "with" in a passive, a participle and an active sentence',
    "The campus is being developed by G42 with OpenAI and Oracle. Inception has released Jais, an Arabic-language model developed with Cerebras Systems. The Novo Nordisk Foundation built Gefion, Denmark's national AI supercomputer, with Nvidia.",
    [
      'Cerebras DEVELOPED Jais asserted',
      'Nvidia DEVELOPED Gefion asserted',
      'Novo Nordisk Foundation DEVELOPED Gefion asserted',
    ],
    [],
  ],
  [
    "a product built with another company's chips is no co-made product",
    'Acme Robotics built Nova with Nvidia chips.',
    [],
    ['Nvidia DEVELOPED Nova'],
  ],
  [
    "a subsidiary named with its country's adjective after the parent's short form",
    "Silesia Robotics, the Katowice-based automation group, raised its forecast. Silesia's Czech subsidiary, Silesia CZ, signed a deal in the Czech Republic. Silesia also flagged rising costs.",
    ['Silesia Robotics PARENT_OF Silesia CZ asserted'],
    ['Silesia CZ PARENT_OF Silesia CZ'],
  ],
  [
    "a company's software used by another, after a first verb",
    "Corrib AI's software forecasts wind output for grid operators and is used by EirGrid.",
    ['EirGrid USED Corrib AI asserted'],
    [],
  ],
  [
    "a company's robots that use another's modules",
    "Lingxi Robotics's robots currently use Nvidia's Jetson Orin modules.",
    ['Lingxi Robotics USED Jetson Orin asserted'],
    [],
  ],
  [
    'millions of systems bought, after "with ... in turn"',
    "Nvidia said it would invest in OpenAI, with OpenAI in turn buying millions of Nvidia's Vera Rubin systems.",
    ['OpenAI USED Vera Rubin asserted'],
    [],
  ],
  [
    'a cluster built for a company',
    'Project Rainier, a cluster in Indiana built largely for Anthropic, was already running.',
    ['Anthropic USED Project Rainier asserted'],
    [],
  ],
  [
    'chips supplied with a quantity, after "agreed ... to supply"',
    'Google agreed in October to supply Anthropic with up to one million of its TPU chips.',
    ['Anthropic USED TPU asserted', 'Google SUPPLIES Anthropic asserted'],
    [],
  ],
  [
    'a model benchmarked against two others',
    "In the partners' tests, Anka was benchmarked against OpenAI's GPT-4o and Meta's Llama 3.",
    ['Anka COMPETES_WITH GPT-4o asserted', 'Anka COMPETES_WITH Llama 3 asserted'],
    [],
  ],
  [
    'a company that bid against another, in an appositive',
    'Sahara Intelligence, a Rabat firm that bid against Capgemini, filed a complaint.',
    ['Sahara Intelligence COMPETES_WITH Capgemini asserted'],
    [],
  ],
  [
    'a direct challenge set up to another company',
    'Waymo began testing cars in London, setting up a direct challenge to British start-up Wayve.',
    ['Waymo COMPETES_WITH Wayve asserted'],
    [],
  ],
  [
    'a chatbot that struggled to gain traction against another',
    "Inflection AI's Pi chatbot struggled to gain traction against OpenAI's ChatGPT.",
    ['Pi COMPETES_WITH ChatGPT asserted'],
    [],
  ],
  [
    "a round's investors after an appositive that names people",
    'Sakana AI, the Tokyo-based lab founded by former Google researchers David Ha and Llion Jones, raised money last year in a round that included Nvidia.',
    ['Nvidia INVESTED_IN Sakana AI asserted'],
    [],
  ],
  [
    'a researcher who returned to a company',
    'Noam Shazeer returned to Google after his start-up struck a licensing deal.',
    ['Noam Shazeer EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    'a researcher rehired by a company',
    'Google rehired Noam Shazeer last year.',
    ['Noam Shazeer EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    'a customer of a service run by a company',
    'Hoshino Pharmaceutical said it had become one of the first customers of a new AI computing service run by SoftBank Corp.',
    ['SoftBank Corp SUPPLIES Hoshino Pharmaceutical asserted'],
    [],
  ],
  [
    'a campus built in a place for a company',
    'Amazon, meanwhile, is building a 2.2-gigawatt campus in Indiana for Anthropic.',
    ['Amazon SUPPLIES Anthropic asserted'],
    [],
  ],
  [
    'a company named with "Analytica" that runs its models on a cloud',
    "Andes Analytica runs its models on Microsoft's Azure cloud.",
    ['Andes Analytica USED Azure asserted', 'Microsoft SUPPLIES Andes Analytica asserted'],
    [],
  ],
  [
    'trials run on a cloud',
    "Mapfre, Spain's largest insurer, has run generative AI trials on Microsoft's Azure since 2023.",
    ['Mapfre USED Azure asserted'],
    [],
  ],
];

describe('rule set 2026.12.08', () => {
  itFindsEachCase('finds', CASES, lexicon);
});
