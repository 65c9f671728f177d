import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.13: a product "developed by the state-backed programme X"; "Poro, the open
// model that Silo AI developed", an object relative after the product's description; "is already
// being piloted by", an adverb between the auxiliary and the passive; no rivalry between a company
// and what it makes ("Rival Zorvex Chat, made by Zorvex Labs"); "one of Norway's largest road
// hauliers", a plural kind of organization; and "a collaboration between EPFL in Lausanne and ...".
// Then sentences written to probe each family in everyday news English: rivals "locked in a fierce
// contest with", going "head to head with", "battling for market share", "undercut"; a headquarters
// "moved to", a place "in the Norwegian capital Oslo"; "works as a data scientist for", "an analyst
// with"; "bought shares in"; "switched from A's X to B's Y"; "took the wraps off"; "is working on a
// model called"; "snapped up by"; "now part of"; "named X chief executive"; and a verb ("beat") is
// no modifier of a possessed product; a claim reported after the clause ("..., Kestrel AI
// alleges"); a company "hit with a lawsuit by" another; an office it "is planning to open"; a
// product a company "is best known for"; "the Nova-7B model from Zorvex Labs"; "a wholly owned
// subsidiary" owns nothing; a product "chose"n; money "spent on" goods and "an order for" them;
// customers "won back" are no backing; a company that "operates out of" a city, has "its European
// base in" it, or whose "Oslo office" is named (a description, asserted whatever the verb after);
// "the publisher" for an outlet the lexicon lacks, known by its name ("Kestrel Media"); "head of
// research at Google" works there (only a role "of" the company itself leads it); "the round, which
// valued X at $1 billion, was led by Y"; "the round was led by Y and included Z"; "said it would
// adopt"; workloads "migrated to" a cloud; "losing ground to", "dethrone", "would overtake" a rival;
// a product that is a company's "response to" another's.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a product developed by a programme',
    'Qorvid AI builds its tutors on SEA-LION, a language model family developed by the state-backed programme AI Singapore.',
    ['AI Singapore DEVELOPED SEA-LION asserted', 'Qorvid AI USED SEA-LION asserted'],
    [],
  ],
  [
    'an object relative after a product’s description',
    'The start-up pitches Kide as a rival to Poro, the open model that Silo AI developed with the University of Turku.',
    ['Silo AI DEVELOPED Poro asserted'],
    [],
  ],
  [
    'an adverb between the auxiliary and a passive of use',
    'Zorvex Labs released Nova-7B in May. The model is already being piloted by retailer Carrefour.',
    ['Zorvex Labs DEVELOPED Nova-7B asserted', 'Carrefour USED Nova-7B asserted'],
    [],
  ],
  [
    'no rivalry between a company and what it makes',
    'Rival Zorvex Chat, made by Oslo-based Zorvex Labs, was not affected.',
    ['Zorvex Labs DEVELOPED Zorvex Chat asserted', 'Zorvex Labs LOCATED_IN Oslo asserted'],
    ['Zorvex Chat COMPETES_WITH Zorvex Labs', 'Zorvex Labs COMPETES_WITH Zorvex Chat'],
  ],
  [
    'a plural kind of organization after a country’s possessive',
    "Kestrel Freight, one of Norway's largest road hauliers, signed the deal on Monday.",
    ['Kestrel Freight LOCATED_IN Norway asserted'],
    [],
  ],
  [
    'a place after a party to a collaboration',
    'The model came out of a collaboration between EPFL in Lausanne and ETH Zurich.',
    ['EPFL LOCATED_IN Lausanne asserted'],
    [],
  ],
  [
    'a contest between rivals',
    'Zorvex Labs is locked in a fierce contest with Kestrel AI for enterprise customers.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'rivals going head to head',
    'Zorvex Labs, which goes head to head with Kestrel AI in the coding-assistant market, raised $50 million.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a pair battling for a market',
    'Zorvex Labs and Kestrel AI are battling for market share in India.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a rival undercut on price',
    'Zorvex Labs undercut Kestrel AI on price.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a headquarters moved to a place',
    'Zorvex Labs moved its headquarters to Singapore last year.',
    ['Zorvex Labs LOCATED_IN Singapore asserted'],
    [],
  ],
  [
    'a place described by a capitalised nationality',
    'Zorvex Labs, which is based in the Norwegian capital Oslo, raised $50 million.',
    ['Zorvex Labs LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    'work "as" a role for a company',
    'Kari Nordmann works as a data scientist for Zorvex Labs.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'an analyst "with" a firm',
    'Kari Nordmann, an analyst with Kestrel Securities, said the deal was large.',
    ['Kari Nordmann EMPLOYED_BY Kestrel Securities asserted'],
    [],
  ],
  [
    'shares bought in a company',
    'Kestrel Capital bought shares in Zorvex Labs.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'a switch from one product to another',
    "Zorvex Labs switched from OpenAI's GPT-4o to Anthropic's Claude.",
    ['Zorvex Labs USED Claude asserted'],
    [],
  ],
  [
    'a verb after a possessed product',
    "Nova-7B, Zorvex Labs' new model, beat GPT-4o on coding tests.",
    ['Zorvex Labs DEVELOPED Nova-7B asserted', 'Nova-7B COMPETES_WITH GPT-4o asserted'],
    ['Zorvex Labs DEVELOPED GPT-4o'],
  ],
  [
    'the wraps taken off a product',
    'Zorvex Labs took the wraps off Nova-7B on Tuesday.',
    ['Zorvex Labs DEVELOPED Nova-7B asserted'],
    [],
  ],
  [
    'a named model being worked on',
    'Zorvex Labs is working on a reasoning model called Nova-R.',
    ['Zorvex Labs DEVELOPED Nova-R asserted'],
    [],
  ],
  [
    'a company snapped up',
    'Kestrel AI was snapped up by Zorvex Labs last year.',
    ['Zorvex Labs ACQUIRED Kestrel AI asserted'],
    [],
  ],
  [
    'a company now part of another',
    'Kestrel AI, now part of Zorvex Labs, makes chips.',
    ['Zorvex Labs PARENT_OF Kestrel AI asserted'],
    [],
  ],
  [
    'part of a group led by another is no unit of it',
    'Kestrel AI, part of a consortium led by Zorvex Labs, makes chips.',
    [],
    ['Zorvex Labs PARENT_OF Kestrel AI'],
  ],
  [
    'a leader named without "as"',
    'Zorvex Labs named Kari Nordmann chief executive.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a claim reported after the clause',
    "Zorvex Labs copied Kestrel AI's code, Kestrel AI alleges.",
    ['Zorvex Labs COPIED Kestrel AI alleged'],
    [],
  ],
  [
    'a rejection of claims is no claim',
    'Zorvex Labs, which was founded in 2022 by Kari Nordmann, rejected the claims.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted'],
    [],
  ],
  [
    'a company hit with a lawsuit',
    'Zorvex Labs was hit with a copyright lawsuit by Kestrel Media.',
    ['Kestrel Media SUED Zorvex Labs asserted'],
    [],
  ],
  [
    'an office a company plans to open',
    'Zorvex Labs is planning to open an office in Tokyo.',
    ['Zorvex Labs LOCATED_IN Tokyo planned'],
    [],
  ],
  [
    'a product a company is known for',
    'Zorvex Labs is best known for Nova-7B, a chatbot popular with students.',
    ['Zorvex Labs DEVELOPED Nova-7B asserted'],
    [],
  ],
  [
    'a product’s maker after "from"',
    'The Nova-7B model from Zorvex Labs is free to use.',
    ['Zorvex Labs DEVELOPED Nova-7B asserted'],
    [],
  ],
  [
    'goods bought from a reseller are not its make',
    'Zorvex Labs bought the H100 chips from a reseller, Kestrel AI.',
    ['Zorvex Labs USED H100 asserted'],
    ['Kestrel AI DEVELOPED H100'],
  ],
  [
    'a wholly owned subsidiary owns nothing',
    'Kestrel AI is a wholly owned subsidiary of Zorvex Labs.',
    ['Zorvex Labs PARENT_OF Kestrel AI asserted'],
    ['Kestrel AI PARENT_OF Zorvex Labs'],
  ],
  [
    'a product chosen',
    "Zorvex Labs chose Anthropic's Claude to power its assistant.",
    ['Zorvex Labs USED Claude asserted'],
    [],
  ],
  [
    'no chooser inside an appositive',
    "Kari Nordmann, a former Kestrel AI engineer, said the firm had picked Nova-7B over Anthropic's Claude.",
    ['Kari Nordmann EMPLOYED_BY Kestrel AI asserted'],
    ['Kestrel AI USED Claude', 'Kestrel AI USED Nova-7B'],
  ],
  [
    'money spent on goods',
    'Zorvex Labs will spend $1 billion on Nvidia chips.',
    ['Zorvex Labs USED Nvidia planned', 'Nvidia SUPPLIES Zorvex Labs planned'],
    [],
  ],
  [
    'an order placed for goods',
    'Zorvex Labs placed an order for 5,000 Nvidia H100 chips.',
    ['Zorvex Labs USED H100 asserted'],
    [],
  ],
  [
    'customers won back are no backing',
    'Zorvex Labs is trying to win back customers lost to Kestrel AI.',
    [],
    ['Zorvex Labs INVESTED_IN Kestrel AI'],
  ],
  [
    'a company operating out of a city',
    'Zorvex Labs operates out of Oslo.',
    ['Zorvex Labs LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    'a company’s base in a city',
    'Zorvex Labs has its European base in Oslo.',
    ['Zorvex Labs LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    'a company’s office named by its city',
    "Zorvex Labs' Oslo office will hire 100 engineers.",
    ['Zorvex Labs LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    '"the publisher" for an outlet known by its name',
    'Zorvex Labs has been sued by Kestrel Media. The publisher accuses the company of copying its articles.',
    [
      'Kestrel Media SUED Zorvex Labs asserted',
      'Kestrel Media ACCUSED Zorvex Labs asserted',
      'Zorvex Labs COPIED Kestrel Media alleged',
    ],
    [],
  ],
  [
    'the head of a function works at the company',
    'Kari Nordmann, who was previously head of research at Google, joined Zorvex Labs in May.',
    ['Kari Nordmann EMPLOYED_BY Google asserted', 'Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    ['Kari Nordmann LEADS Google'],
  ],
  [
    'a role of the company itself leads it',
    'Kari Nordmann, chief executive of Zorvex Labs, said demand was strong.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a round that valued a company, led by an investor',
    'The funding round, which valued Zorvex Labs at $1 billion, was led by Kestrel Capital.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'a round led by one investor that included another',
    'Zorvex Labs said the $50 million round was led by Kestrel Capital and included Nordlys Ventures.',
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Nordlys Ventures INVESTED_IN Zorvex Labs asserted',
    ],
    [],
  ],
  [
    'a product a company would adopt',
    "Zorvex Labs said it would adopt Anthropic's Claude across its business.",
    ['Zorvex Labs USED Claude planned'],
    [],
  ],
  [
    'workloads migrated to a cloud',
    'Zorvex Labs is migrating its workloads to Google Cloud.',
    ['Zorvex Labs USED Google Cloud asserted'],
    [],
  ],
  [
    'ground lost to a rival',
    'Zorvex Labs has been losing ground to Kestrel AI in Europe.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a leader a company wants to dethrone',
    'Zorvex Labs wants to dethrone Nvidia in AI chips.',
    ['Zorvex Labs COMPETES_WITH Nvidia planned'],
    [],
  ],
  [
    'a product that is a company’s response to another',
    "Nova-7B is Zorvex Labs' response to ChatGPT.",
    ['Nova-7B COMPETES_WITH ChatGPT asserted'],
    [],
  ],
  [
    'a company launched by a person is founded',
    'Kari Nordmann launched Zorvex Labs in 2021 after a decade at Google.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted'],
    ['Kari Nordmann DEVELOPED Zorvex Labs'],
  ],
  [
    'a company a person started, in a relative clause',
    'Zorvex Labs, which Kari Nordmann started in 2021, raised $50 million.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted'],
    [],
  ],
  [
    'the board a person chairs',
    'Kari Nordmann chairs the board of Zorvex Labs.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a possessive title a person stepped down from',
    "Kari Nordmann, who stepped down as Zorvex Labs' chief executive last year, said the deal was good.",
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a board chair',
    "Zorvex Labs' board chair, Kari Nordmann, said the deal was good.",
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a customer that signed up',
    "Kestrel Bank signed up as Zorvex Labs' first customer.",
    ['Zorvex Labs SUPPLIES Kestrel Bank asserted'],
    [],
  ],
  [
    'a joint venture formed by a pair',
    'Zorvex Labs and Kestrel AI have formed a joint venture.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'another company’s models distributed',
    "Kestrel AI will distribute Zorvex Labs' models in Japan.",
    ['Kestrel AI PARTNERED_WITH Zorvex Labs planned'],
    [],
  ],
  [
    'a product rolled out to staff, its kind after its name',
    "Kestrel Bank is rolling out Zorvex Labs' Nova assistant to 5,000 staff.",
    ['Kestrel Bank USED Nova asserted'],
    [],
  ],
  [
    'a contract awarded to a supplier',
    'Kestrel Bank awarded Zorvex Labs a contract worth $10 million.',
    ['Zorvex Labs SUPPLIES Kestrel Bank asserted'],
    [],
  ],
  [
    'an outlet opening a relative clause is not its "it"',
    'Kestrel AI spent the year fighting a High Court case brought by the Financial Times, which accuses it of copying thousands of articles.',
    ['Financial Times ACCUSED Kestrel AI asserted'],
    ['Financial Times ACCUSED High Court', 'High Court COPIED Kestrel AI'],
  ],
  [
    'a leader who took the helm',
    'Kari Nordmann took the helm at Zorvex Labs in 2023.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a leader who succeeded another',
    'Kari Nordmann succeeded Ola Nordmann as chief executive of Zorvex Labs.',
    ['Kari Nordmann LEADS Zorvex Labs asserted', 'Ola Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a leader at the helm in place of another',
    'Kari Nordmann replaced Ola Nordmann at the helm of Zorvex Labs.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a company a person has led',
    'Kari Nordmann has led Zorvex Labs since 2021.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a company a person has been running',
    'Kari Nordmann has been running Zorvex Labs since 2021.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a person who works on a field at a company',
    'Kari Nordmann, who works on safety at Zorvex Labs, said the model was impressive.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'the head of a function is staff',
    "Kari Nordmann, Zorvex Labs' head of safety, said the model was impressive.",
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    ['Kari Nordmann LEADS Zorvex Labs'],
  ],
  [
    'a board member who serves on the board',
    'Kari Nordmann, who serves on the board of Zorvex Labs, said the model was impressive.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'a board member who sits on a company’s board',
    "Kari Nordmann sits on Zorvex Labs' board.",
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'no board member after "alongside"',
    'Kari Nordmann co-founded Zorvex Labs in 2015 alongside Ola Nordmann but left its board in 2018.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted'],
    ['Ola Nordmann EMPLOYED_BY Zorvex Labs'],
  ],
  [
    'an outgoing chief executive',
    "Kari Nordmann, Zorvex Labs' outgoing chief executive, said the model was impressive.",
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    [],
  ],
  [
    'a fellow at an institute',
    'Kari Nordmann, a fellow at the Kestrel Institute, said the model was impressive.',
    ['Kari Nordmann EMPLOYED_BY Kestrel Institute asserted'],
    [],
  ],
  [
    'a person who oversees a company’s products',
    "Kari Nordmann, who oversees Google's AI products, said the model was impressive.",
    ['Kari Nordmann EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    'a company registered in a place',
    'Zorvex Labs, a company registered in the Cayman Islands, raised $50 million.',
    ['Zorvex Labs LOCATED_IN Cayman Islands asserted'],
    [],
  ],
  [
    'a place before a plural kind and a list of names',
    'Oslo-based rivals Zorvex Labs and Kestrel AI cut prices.',
    ['Zorvex Labs LOCATED_IN Oslo asserted', 'Kestrel AI LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    'one of a few companies in a place',
    'Zorvex Labs is one of a handful of AI companies in Norway.',
    ['Zorvex Labs LOCATED_IN Norway asserted'],
    [],
  ],
  [
    'a company owned jointly by another',
    'Zorvex Labs is owned jointly by Kestrel AI and Nordlys Group.',
    ['Kestrel AI PARENT_OF Zorvex Labs asserted'],
    ['Zorvex Labs PARENT_OF Kestrel AI', 'Zorvex Labs PARENT_OF Nordlys Group'],
  ],
  [
    'a joint venture of two companies',
    'Zorvex Labs, a joint venture of Kestrel AI and Nordlys Group, raised $50 million.',
    ['Kestrel AI PARTNERED_WITH Nordlys Group asserted'],
    [],
  ],
  [
    'a lawsuit settled, brought by another',
    'Zorvex Labs settled a lawsuit brought by Kestrel Media.',
    ['Kestrel Media SUED Zorvex Labs asserted'],
    [],
  ],
  [
    'the target of criticism',
    'Zorvex Labs has been the target of criticism from Kestrel AI.',
    ['Kestrel AI CRITICIZED Zorvex Labs asserted'],
    [],
  ],
  [
    'a company’s approach called reckless',
    "Kari Nordmann called Zorvex Labs' approach reckless.",
    ['Kari Nordmann CRITICIZED Zorvex Labs asserted'],
    [],
  ],
  [
    'a product experimented with',
    "Zorvex Labs has been experimenting with OpenAI's GPT-4o.",
    ['Zorvex Labs USED GPT-4o asserted'],
    [],
  ],
  [
    'a product an assistant is built with',
    "Zorvex Labs is building its assistant with Google's Gemini.",
    ['Zorvex Labs USED Gemini asserted'],
    ['Zorvex Labs DEVELOPED Gemini'],
  ],
  [
    'an early adopter',
    "Zorvex Labs is an early adopter of Anthropic's Claude.",
    ['Zorvex Labs USED Claude asserted'],
    [],
  ],
  [
    'models hosted on a cloud',
    "Zorvex Labs hosts its models on Microsoft's Azure.",
    ['Zorvex Labs USED Azure asserted'],
    [],
  ],
  [
    'a rival seen as another’s main competitor',
    "Zorvex Labs is widely seen as Kestrel AI's main competitor.",
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'one of a company’s fiercest rivals',
    "Zorvex Labs is one of Kestrel AI's fiercest rivals.",
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a rival chased',
    'Zorvex Labs is chasing Kestrel AI in the market for coding tools.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a contract lost out to a rival',
    'Zorvex Labs lost out to Kestrel AI in the bidding for the contract.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'a pair locked in a price war',
    'Kestrel AI and Zorvex Labs are locked in a price war.',
    ['Kestrel AI COMPETES_WITH Zorvex Labs asserted'],
    [],
  ],
  [
    'market share a company hopes to steal',
    'Zorvex Labs hopes to steal market share from Kestrel AI.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI planned'],
    [],
  ],
  [
    'an early bet on a company',
    'Kestrel Capital made an early bet on Zorvex Labs.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'the first cheque for a company',
    'Kestrel Capital wrote the first cheque for Zorvex Labs.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'an investor that returned to lead a round',
    "Kestrel Capital returned to lead Zorvex Labs' Series C.",
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'an investor that joined or took part in a round',
    "Kestrel Capital joined Zorvex Labs' funding round. Nordlys Ventures participated in Zorvex Labs' Series A.",
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Nordlys Ventures INVESTED_IN Zorvex Labs asserted',
    ],
    [],
  ],
  [
    'a company’s funding that came from an investor',
    "Zorvex Labs' funding came from Kestrel Capital.",
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'a passive acquisition with an adverb before "by"',
    'Zorvex Labs was acquired last year by Nordlys Group for $1 billion.',
    ['Nordlys Group ACQUIRED Zorvex Labs asserted'],
    ['Zorvex Labs ACQUIRED Nordlys Group'],
  ],
  [
    'a company that belongs to another',
    'Zorvex Labs belongs to Nordlys Group.',
    ['Nordlys Group PARENT_OF Zorvex Labs asserted'],
    [],
  ],
];

describe('rule set 2026.12.13', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
