import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.15, from sentences written to probe use, supply, partnership, rivalry and
// development. Use: "licenses" a named product (not one licensed on to another), "fine-tune" by a
// company's engineers, claims handling moved "onto" a model, an assistant "rebuilt on", "signed
// up for", a rollout "to its branches", "will run" a product, "chosen ... to power", a named
// product that "relies on" another, chips "obtained". A list inside a subject's relative clause is
// not the verb's subject. Supply: a customer described by a demonym ("the Norwegian insurer"),
// data "licensed from" a company, a vendor "chosen for" a tool, who is paid "for access to" or
// "for a version of" a product (never a licensing fee), a host of another's models, a contract
// "won from" a company; a renter is no maker named before its chips. Partnership: three companies
// with "their joint project", the owners of a joint venture, "testing ... with", "operating ...
// in Oslo with", "had become a key partner", a memorandum of understanding. Rivalry: the second
// product a benchmark ranks, a product's appositive before "competes with", "beats Meta's much
// larger Llama", "struggled to gain traction against"; "X rivals Y" is a verb, not a list of
// rivals. Development: "best-known work", "part of the team that built", a product "known
// internally as". Places: "the most valuable AI company in Europe", "in Karachi, where X is
// building", a demonym before a name ("The Danish X"), employees and data centres in places.
// People: a departure confirmed, "hired from" in a relative clause, years spent "as" a role at a
// company's unit, "while an intern at", a person "of" a university's centre. Investment: a round
// "for her company, X, led by", investors listed past a relative clause with a pronoun in it
// (people among them), a member described as a "venture firm", "the Zeta partner who led the deal".
// Suspension: staff "told to stop using" a named tool (a public body barring its own staff
// suspends, and "not to use" is an order, not a denial), access "cut", accounts "used by" a
// company, an app "removed from" a store ("according to the lawyers": alleged), a contract
// "suspended", a supplier "dropped". Accusation: "alleged in a blog post that" a model was trained
// on outputs, engineers using tools "in breach of" terms, a quoted claim without "that". Suits:
// "considering legal action against" (planned). Ownership: the second owner ("60% owned by A and
// 40% by B"), a joint venture "called" a name, "its group companies, including" (the sentence's
// subject owns them), a list going on past a longer relative clause to a described member, "is
// now part of". Leaders and founders: "left to lead" a unit named in an appositive, "who ran Zeta's
// research lab, FAIR", "co-founded the start-up X in 2016 with". Acquisitions: a takeover offer
// "turned down" (denied), "since buying" a company. Use, once more: "large volumes of the chip"
// ordered, traffic "routed to" other models. Structure: "Unlike Zeta, Acme ..." makes Zeta no
// subject; "A and B, which compete in"; "Shares of" (or "Users of") opens no unknown company's name;
// a name inside a "whose" clause is no verb's subject, nor one inside a relational appositive
// ("Zorvex Labs, a unit of Nordlys Group, has signed").
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'customers described by a demonym',
    'Zorvex Labs’ customers include the Norwegian insurer Nordlys Group and the German carmaker Volkswagen.',
    ['Zorvex Labs SUPPLIES Nordlys Group asserted', 'Zorvex Labs SUPPLIES Volkswagen asserted'],
    [],
  ],
  [
    '"licenses" a named product',
    'Nordlys Group licenses Command A, a model developed by Cohere, under a deal signed last year.',
    ['Nordlys Group USED Command A asserted', 'Cohere DEVELOPED Command A asserted'],
    [],
  ],
  [
    'a product licensed on to another is not used by the licensor',
    'Zorvex Labs also licenses Command A to Kestrel Bank.',
    ['Kestrel Bank USED Command A asserted'],
    ['Zorvex Labs USED Command A'],
  ],
  [
    'no investor listed in a relative clause as the verb’s subject',
    'Zorvex Labs, which has raised $22 million from investors including Nordlys Ventures and Kestrel Capital, licenses Command A.',
    ['Zorvex Labs USED Command A asserted', 'Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    ['Kestrel Capital USED Command A', 'Nordlys Ventures USED Command A'],
  ],
  [
    'a company’s engineers fine-tune a model',
    'Kestrel Bank’s engineers will fine-tune Llama for Norwegian.',
    ['Kestrel Bank USED Llama planned'],
    [],
  ],
  [
    'work moved "onto" a model',
    'Kestrel Bank said it would move most of its claims handling onto Claude, the family of models built by Anthropic.',
    ['Kestrel Bank USED Claude planned'],
    [],
  ],
  [
    'an assistant "rebuilt on" a model',
    'Kestrel Bank’s digital assistant will be rebuilt on OpenAI’s GPT-4.1 model.',
    ['Kestrel Bank USED GPT-4.1 planned'],
    [],
  ],
  [
    '"signed up for" a product',
    'Kestrel Bank signed up for ChatGPT Enterprise last year.',
    ['Kestrel Bank USED ChatGPT Enterprise asserted'],
    [],
  ],
  [
    'a rollout to its own branches',
    'Nordlys Group is rolling out Mistral AI’s Le Chat assistant to its branches.',
    ['Nordlys Group USED Le Chat asserted'],
    [],
  ],
  [
    '"will run" a product',
    'Nordlys Group will run Codestral, the coding model developed by Mistral AI.',
    ['Nordlys Group USED Codestral planned', 'Mistral AI DEVELOPED Codestral asserted'],
    [],
  ],
  [
    'a product chosen to power one’s own',
    'Zorvex Labs has chosen Google’s Gemini to power its customer service agents.',
    ['Zorvex Labs USED Gemini asserted'],
    [],
  ],
  [
    'a named product of a company relies on another',
    'Kestrel Bank said its Sage assistant relies on Anthropic’s Claude.',
    ['Kestrel Bank USED Claude asserted'],
    [],
  ],
  [
    'chips "obtained"',
    'Kestrel Bank obtained Nvidia H100 accelerators through shell companies and used them to train its models.',
    ['Kestrel Bank USED H100 asserted'],
    [],
  ],
  [
    'training data licensed from a company',
    'Zorvex Labs’ model was trained partly on clinical notes licensed from Kestrel Health.',
    ['Kestrel Health SUPPLIES Zorvex Labs asserted'],
    [],
  ],
  [
    'the renter of chips, not their maker',
    'Analysts said the model was trained on Nvidia chips rented from CoreWeave.',
    [],
    ['CoreWeave SUPPLIES Nvidia'],
  ],
  [
    'a vendor chosen for a tool',
    'Kestrel Bank chose Zorvex Labs for the staff tool because it wanted a single vendor.',
    ['Zorvex Labs SUPPLIES Kestrel Bank asserted'],
    [],
  ],
  [
    'no chooser inside an appositive before "but chose"',
    'Kestrel Bank had tested a chatbot from Nordlys Labs, an Oslo start-up, but chose Zorvex Labs for the staff tool.',
    [],
    ['Zorvex Labs SUPPLIES Nordlys Labs'],
  ],
  [
    'paid for access to a cloud',
    'Kestrel AI will pay Zorvex Labs $1 billion a year for access to its cloud.',
    ['Zorvex Labs SUPPLIES Kestrel AI planned'],
    [],
  ],
  [
    'paid for a version of a model',
    'Kestrel AI is planning to pay $1 billion a year for a custom version of Google’s Gemini model.',
    ['Google SUPPLIES Kestrel AI planned'],
    [],
  ],
  [
    'a licensing fee is no supply',
    'Google will also pay a licensing fee for Zorvex Labs’ models.',
    [],
    ['Zorvex Labs SUPPLIES Google'],
  ],
  [
    'a host of another’s models',
    'Zorvex Labs will host Kestrel AI’s models in its data centres.',
    ['Zorvex Labs SUPPLIES Kestrel AI planned'],
    [],
  ],
  [
    'a contract won from a company',
    'Zorvex Labs won a contract from Kestrel Bank to build its fraud system.',
    ['Zorvex Labs SUPPLIES Kestrel Bank asserted'],
    [],
  ],
  [
    'three companies with their joint project',
    'Zorvex Labs, Kestrel AI and Nordlys Group on Tuesday named five new sites for their joint data centre project.',
    [
      'Zorvex Labs PARTNERED_WITH Kestrel AI asserted',
      'Zorvex Labs PARTNERED_WITH Nordlys Group asserted',
      'Kestrel AI PARTNERED_WITH Nordlys Group asserted',
    ],
    [],
  ],
  [
    'the owners of a joint venture',
    'Kestrel Mobility, the joint venture owned by Nordlys Group and Zorvex Labs, will start deliveries next year.',
    ['Nordlys Group PARTNERED_WITH Zorvex Labs asserted'],
    [],
  ],
  [
    'a pair’s joint venture',
    'Nordlys Group and Zorvex Labs’ joint venture will start deliveries next year.',
    ['Nordlys Group PARTNERED_WITH Zorvex Labs planned'],
    [],
  ],
  [
    '"testing ... with" a company',
    'Kestrel Bank has been testing AI-based fraud detection with Microsoft.',
    ['Kestrel Bank PARTNERED_WITH Microsoft asserted'],
    [],
  ],
  [
    '"operating ... in a city with" a company',
    'Zorvex Labs is already operating robotaxis in Oslo with Uber.',
    ['Zorvex Labs PARTNERED_WITH Uber asserted'],
    [],
  ],
  [
    '"had become a key partner"',
    'Zorvex Labs said Nvidia had become a key partner.',
    ['Zorvex Labs PARTNERED_WITH Nvidia asserted'],
    [],
  ],
  [
    'a memorandum of understanding',
    'Zorvex Labs signed a memorandum of understanding with Kestrel AI.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'the second product a benchmark ranks',
    'The benchmark put Codestral slightly behind Alibaba’s Qwen3-Max and well behind Google’s Gemini 2.5 Pro.',
    [
      'Codestral COMPETES_WITH Qwen3-Max asserted',
      'Codestral COMPETES_WITH Gemini 2.5 Pro asserted',
    ],
    [],
  ],
  [
    'a product’s appositive before "competes with"',
    'Zorvex Labs’ flagship product, Tern, writes code and competes with Microsoft’s GitHub Copilot and Anysphere’s Cursor.',
    ['Tern COMPETES_WITH GitHub Copilot asserted', 'Tern COMPETES_WITH Cursor asserted'],
    [],
  ],
  [
    'an owner before "much larger" and its product',
    'Mistral AI says Codestral beats Meta’s much larger Llama 3.1 8B on coding tests.',
    ['Codestral COMPETES_WITH Llama 3.1 8B asserted'],
    ['Codestral COMPETES_WITH Meta'],
  ],
  [
    '"rivals" as a verb names no rivals of the speaker',
    'Huawei says the Ascend 910C rivals Nvidia’s H100 on some workloads.',
    ['Ascend 910C COMPETES_WITH H100 asserted'],
    ['Huawei COMPETES_WITH Nvidia'],
  ],
  [
    '"struggled to gain traction against"',
    'Inflection AI’s Pi chatbot struggled to gain traction against OpenAI’s ChatGPT.',
    ['Pi COMPETES_WITH ChatGPT asserted'],
    [],
  ],
  [
    '"best-known work"',
    'Zorvex Labs’ best-known work is Tern, a Norwegian language model.',
    ['Zorvex Labs DEVELOPED Tern asserted'],
    [],
  ],
  [
    '"part of the team that built"',
    'Kari Nordmann was part of the team that built Apertus at ETH Zurich.',
    ['Kari Nordmann DEVELOPED Apertus asserted'],
    [],
  ],
  [
    'a product "known internally as"',
    'The assistant, known internally as Sahayak, was built for the bank by Infosys.',
    ['Infosys DEVELOPED Sahayak asserted'],
    [],
  ],
  [
    'the most valuable company of a place',
    'The round values Zorvex Labs at €2 billion, making it the most valuable AI company in Europe.',
    ['Zorvex Labs LOCATED_IN Europe asserted'],
    [],
  ],
  [
    'a city "where" a company is building',
    'Similar bets are being made in Karachi, where Zorvex Labs is building Urdu voice assistants.',
    ['Zorvex Labs LOCATED_IN Karachi asserted'],
    [],
  ],
  [
    'a demonym before a company’s name',
    'The Danish Novo Nordisk Foundation built a supercomputer with Nvidia. Denmark has few of them.',
    ['Novo Nordisk Foundation LOCATED_IN Denmark asserted'],
    [],
  ],
  [
    'employees and data centres in places',
    'Zorvex Labs has 200 employees in Oslo and Bergen. Kestrel AI operates data centres in Norway and Sweden.',
    [
      'Zorvex Labs LOCATED_IN Oslo asserted',
      'Zorvex Labs LOCATED_IN Bergen asserted',
      'Kestrel AI LOCATED_IN Norway asserted',
      'Kestrel AI LOCATED_IN Sweden asserted',
    ],
    [],
  ],
  [
    'a departure confirmed by the employer',
    'Zorvex Labs confirmed Kari Nordmann’s departure but declined to comment further.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'a person "hired from" a company in a relative clause',
    'Kari Nordmann, who was himself hired from Zorvex Labs in a similar deal, declined to comment.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'years spent "as" a role at a company’s unit',
    'Kari Nordmann spent five years as a research engineer at Google’s AI centre in Accra.',
    ['Kari Nordmann EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    '"while an intern at"',
    'Kari Nordmann co-wrote the paper while an intern at Google Brain.',
    ['Kari Nordmann EMPLOYED_BY Google Brain asserted'],
    [],
  ],
  [
    'a person "of" a university’s centre',
    'Kari Nordmann of Georgetown University’s Center for Security and Emerging Technology joined the board.',
    ['Kari Nordmann EMPLOYED_BY Center for Security and Emerging Technology asserted'],
    [],
  ],
  [
    'a round for "her company", led by an investor',
    'Kari Nordmann is closing a $2 billion seed round for her company, Zorvex Labs, led by Kestrel Capital.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'investors listed past a relative clause, people among them',
    'Zorvex Labs had raised $120 million from investors including Kestrel Capital, which led its seed round, as well as Kari Nordmann and Ola Nordmann.',
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Kari Nordmann INVESTED_IN Zorvex Labs asserted',
      'Ola Nordmann INVESTED_IN Zorvex Labs asserted',
    ],
    [],
  ],
  [
    'a list member described as a firm',
    'Zorvex Labs has raised $300 million from investors including Alibaba and Chinese venture firm Nordlys Ventures.',
    [
      'Alibaba Group INVESTED_IN Zorvex Labs asserted',
      'Nordlys Ventures INVESTED_IN Zorvex Labs asserted',
    ],
    [],
  ],
  [
    'the partner who led the deal',
    'Zorvex Labs is raising money. Ola Nordmann, the Kestrel Capital partner who led the deal, said the company was growing fast.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'staff told to stop using a tool',
    'Kestrel Bank told employees to stop using ChatGPT for work.',
    ['Kestrel Bank SUSPENDED ChatGPT asserted'],
    [],
  ],
  [
    'a public body barring its own staff suspends, and the order is no denial',
    'The U.S. Navy has told its personnel not to use DeepSeek.',
    ['U.S. Navy SUSPENDED DeepSeek asserted'],
    ['U.S. Navy RESTRICTED DeepSeek'],
  ],
  [
    'a pronoun after "told staff not to use" is left alone',
    'Kestrel Bank uses Claude and ChatGPT. The U.S. Navy has told its personnel not to use it.',
    [],
    ['U.S. Navy SUSPENDED ChatGPT', 'U.S. Navy SUSPENDED Claude'],
  ],
  [
    'access "cut" without "off"',
    'Anthropic said it had cut Zorvex Labs’ first-party access to Claude.',
    ['Anthropic SUSPENDED Zorvex Labs asserted'],
    [],
  ],
  [
    'accounts "used by" a company terminated',
    'OpenAI said it had terminated the accounts used by Zorvex Labs.',
    ['OpenAI SUSPENDED Zorvex Labs asserted'],
    [],
  ],
  [
    'an app removed from a store, on a lawyer’s word',
    'Zorvex Labs said Apple had kept its app. According to the newspaper’s lawyers, Apple removed Zorvex Labs’ app from its App Store in Norway.',
    ['Apple SUSPENDED Zorvex Labs alleged'],
    [],
  ],
  [
    'a contract suspended, said of itself',
    'Kestrel Energy said it had suspended its contract with Zorvex Labs pending the appeal.',
    ['Kestrel Energy SUSPENDED Zorvex Labs asserted'],
    [],
  ],
  [
    'a supplier dropped',
    'Google dropped Zorvex Labs as a supplier last month.',
    ['Google SUSPENDED Zorvex Labs asserted'],
    [],
  ],
  [
    'alleged in a blog post that a model was trained on outputs',
    'Kestrel AI alleged in a blog post last month that Zorvex Labs had trained a model on outputs from its chatbot.',
    ['Kestrel AI ACCUSED Zorvex Labs asserted'],
    [],
  ],
  [
    'a company’s engineers using tools "in breach of" terms',
    'Anthropic said Zorvex Labs engineers had been using its coding tools in breach of its terms of service.',
    ['Anthropic ACCUSED Zorvex Labs asserted'],
    [],
  ],
  [
    'a claim quoted without "that"',
    'Kestrel AI claims Zorvex Labs "knowingly copied" its code.',
    ['Kestrel AI ACCUSED Zorvex Labs asserted'],
    [],
  ],
  [
    'legal action considered',
    'Kestrel AI said it was considering legal action against Zorvex Labs.',
    ['Kestrel AI SUED Zorvex Labs planned'],
    [],
  ],
  [
    'the second owner of a venture',
    'The venture, named Kestrel Bridge, is 60% owned by Nordlys Group and 40% by Zorvex Labs.',
    [
      'Nordlys Group PARENT_OF Kestrel Bridge asserted',
      'Zorvex Labs PARENT_OF Kestrel Bridge asserted',
    ],
    [],
  ],
  [
    'a joint venture "called" a name',
    'Nordlys Group has a joint venture with Zorvex Labs called Kestrel Bridge that sells AI to banks.',
    [
      'Nordlys Group PARENT_OF Kestrel Bridge asserted',
      'Zorvex Labs PARENT_OF Kestrel Bridge asserted',
    ],
    [],
  ],
  [
    'group companies of the sentence’s subject, not of the nearer possessor',
    'Nordlys Group has pledged to deploy Zorvex Labs’ products across its group companies, including the mobile carrier Nordlys Mobile and Nordlys Pay.',
    [
      'Nordlys Group PARENT_OF Nordlys Mobile asserted',
      'Nordlys Group PARENT_OF Nordlys Pay asserted',
    ],
    ['Zorvex Labs PARENT_OF Nordlys Mobile'],
  ],
  [
    'a list going on past a longer relative clause, to a described member',
    'Nordlys Group owns Kestrel Robotics, which develops autonomous vehicles and delivery robots, and the edtech platform Kestrel Learn.',
    [
      'Nordlys Group PARENT_OF Kestrel Robotics asserted',
      'Nordlys Group PARENT_OF Kestrel Learn asserted',
    ],
    [],
  ],
  [
    'a person who left to lead a named unit',
    'Kari Nordmann left to lead Nordlys Group’s new consumer AI unit, Nordlys AI.',
    ['Kari Nordmann LEADS Nordlys AI asserted'],
    [],
  ],
  [
    'a person who ran a lab named in an appositive',
    'Zorvex Labs named Kari Nordmann, who ran Meta’s research lab, FAIR, for years, as its chief AI officer.',
    ['Kari Nordmann LEADS FAIR asserted'],
    [],
  ],
  [
    'a co-founder "with" after a described company',
    'Ola Nordmann, who co-founded the start-up Zorvex Labs in 2016 with Kari Nordmann, will step down.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted', 'Ola Nordmann FOUNDED Zorvex Labs asserted'],
    [],
  ],
  [
    'a takeover offer turned down',
    'Kestrel AI turned down a takeover offer from Nordlys Group earlier this year.',
    ['Nordlys Group ACQUIRED Kestrel AI denied'],
    [],
  ],
  [
    '"since buying" a company, not chips',
    'Nordlys Group has made AI central to its strategy since buying legal-tech start-up Zorvex Labs. Kestrel AI has grown since buying Nvidia chips.',
    ['Nordlys Group ACQUIRED Zorvex Labs asserted'],
    ['Kestrel AI ACQUIRED Nvidia'],
  ],
  [
    '"is now part of"',
    'Zorvex Labs is now part of Nordlys Group.',
    ['Nordlys Group PARENT_OF Zorvex Labs asserted'],
    [],
  ],
  [
    'volumes ordered of the story’s chip',
    'Nvidia designed the H20 for China. ByteDance and Tencent had ordered large volumes of the chip this year, according to people familiar with the matter.',
    ['ByteDance USED H20 alleged', 'Tencent USED H20 alleged'],
    [],
  ],
  [
    'traffic routed to other models',
    'Zorvex Labs lost access to Claude on Monday. The company said it would route more traffic to Google’s Gemini 2.5 Pro and OpenAI’s GPT-4.1.',
    ['Zorvex Labs USED Gemini 2.5 Pro planned', 'Zorvex Labs USED GPT-4.1 planned'],
    [],
  ],
  [
    'a contrast with "Unlike" names no subject',
    'Unlike Kestrel AI, Zorvex Labs trains its models on Google’s TPU chips.',
    ['Zorvex Labs USED TPU asserted'],
    ['Kestrel AI USED TPU'],
  ],
  [
    'two companies "which compete"',
    'Zorvex Labs and Kestrel AI, which compete in the robotics market, both declined to comment.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    '"Shares of" opens no company’s name',
    'Shares of Nordlys Group rose after it agreed to buy Zorvex Labs.',
    ['Nordlys Group ACQUIRED Zorvex Labs asserted'],
    [],
  ],
  [
    'no backer in a "whose" clause as the verb’s subject',
    'Zorvex Labs, whose backers include Kestrel Capital, uses Nvidia’s H100 chips.',
    ['Zorvex Labs USED H100 asserted', 'Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    ['Kestrel Capital USED H100'],
  ],
  [
    'no owner inside a relational appositive as the verb’s subject',
    'Zorvex Labs, a unit of Nordlys Group, has signed a deal with Microsoft.',
    [
      'Nordlys Group PARENT_OF Zorvex Labs asserted',
      'Zorvex Labs PARTNERED_WITH Microsoft asserted',
    ],
    ['Nordlys Group PARTNERED_WITH Microsoft'],
  ],
];

describe('rule set 2026.12.15', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
