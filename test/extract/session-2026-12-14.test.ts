import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.14, from sentences written to probe longer news sentences: a subject
// described by a relative clause or an appositive before its verb ("Zorvex Labs, which Kari
// Nordmann founded after leaving Google, has raised ... from"), read again without the aside, and
// no name inside the aside taken for the verb's subject or object; a fronted participle ("Backed
// by X, Y plans", "Headquartered in Oslo, Y employs"), a description of the subject and so
// asserted whatever verb follows; a list as the subject of a plural verb ("A and B are backed by
// C", "A and B, both based in Oslo"); "sued A and its chief executive", where "its" is A's; a
// supply "with 5,000 Nvidia GPUs"; "struck a deal with Microsoft to use its Azure cloud"; "the
// lawsuit, filed in Delaware, was brought by A against B"; a person who "led development of" a
// product; a company "based out of" a city. Then deals undone ("called off its planned
// acquisition", "abandoned plans to buy", "the deal ... collapsed"), "no plans to", a suit
// "threatened"; "close to a deal to buy"; "expected to announce a partnership"; a former employer
// after a leader's company; "the founder of both A and B"; "quit"; production "outsourced" to a
// contractor; "X is Zeta's flagship model", "the X chip, from Zeta,", "X, which Zeta designed";
// "no match for", "a serious threat to". Then use and supply: a possessor before a verb
// ("Zorvex Labs' engineers use") owns nothing after it; a company's name is complete before "for
// AI"; what a company's call centres or engineers use; no owner in a product's appositive used;
// "the company's chatbot runs on"; "whose assistant runs on"; a product that "powers" a feature in
// another company's app or is "built into" its phone; "a customer of both"; a provider "signed
// up"; access to chips "given"; data "received from". Then a quoted judgement with a word of
// blame ("said X's model was "too dangerous""), never a bare "no" of a company's own denial; a
// company "cut off from" another's platform or that "lost access to" its models; an account "shut
// down"; "teamed with"; "have been working together"; three companies that launched a consortium;
// a partnership "ended". Then a place's description of a body or company named elsewhere
// ("Italy's data protection authority", "Japan's largest carmaker"), read only as one the lexicon
// knows to be in that place and of that kind (a ministry is no company). Then companies listed
// after their place and kind ("the three largest Japanese banks, MUFG, SMBC and Mizuho"), bare
// names only, no currency; a city's district ("Beijing's Haidian district") places in both. Then
// people: "hired Kestrel AI chief executive X"; no money into a round's leader; two people who
// "left", or joined "after leaving"; "has been with"; "appointed to its board"; a unit "run by".
// Then rivals: "its rival, Amazon's AWS" (not after "and"); "X, a smaller rival," of the story's
// company. Then ownership and founding: no maker read for an appositive's "the maker of"; "X is
// Zeta's cloud subsidiary"; "became part of"; "one of Zeta's three co-founders". Chips or cloud
// used, whose maker the lexicon knows and the article names in another sentence, are supplied by it.
// Then modality: "is believed to have used" and "according to the lawsuit" are alleged, "disputes
// that" denied, a supply "under the proposed deal" planned. A company given access to chips uses them,
// supplied by the giver rather than the chips' maker; "among the first to adopt".
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a subject read past its relative clause',
    'Zorvex Labs, which Kari Nordmann founded in 2021 after leaving Google, has raised $50 million from Kestrel Capital.',
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Kari Nordmann FOUNDED Zorvex Labs asserted',
    ],
    ['Kestrel Capital INVESTED_IN Google'],
  ],
  [
    'no name inside a relative clause as a passive’s object',
    'The company, which competes with Nvidia, was founded by Kari Nordmann in 2019.',
    [],
    ['Kari Nordmann FOUNDED Nvidia'],
  ],
  [
    'no name inside a participle as the verb’s subject',
    'Zorvex Labs’ Aurora model, trained on Nvidia H100 chips, beat OpenAI’s GPT-4o in tests.',
    ['OpenAI DEVELOPED GPT-4o asserted'],
    ['H100 COMPETES_WITH GPT-4o'],
  ],
  [
    'a fronted "backed by"',
    'Backed by Nvidia and Kestrel Capital, Zorvex Labs plans to expand into Asia.',
    ['Nvidia INVESTED_IN Zorvex Labs asserted', 'Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    [],
  ],
  [
    'a fronted "headquartered in"',
    'Headquartered in Oslo, Zorvex Labs employs 300 people.',
    ['Zorvex Labs LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    'a fronted founding, asserted before a plan',
    'Founded in 2021 by Kari Nordmann, Zorvex Labs plans to expand into Asia.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted'],
    ['Kari Nordmann FOUNDED Zorvex Labs planned'],
  ],
  [
    'a list as the subject of a plural passive',
    'Both Zorvex Labs and Kestrel AI are backed by Kestrel Capital.',
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Kestrel Capital INVESTED_IN Kestrel AI asserted',
    ],
    [],
  ],
  [
    'a list placed together',
    'Zorvex Labs and Kestrel AI, both based in Oslo, compete for the same customers.',
    ['Zorvex Labs LOCATED_IN Oslo asserted', 'Kestrel AI LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    '"A and its chief executive"',
    'Zorvex Labs sued Kestrel AI and its chief executive, Ola Nordmann, in federal court.',
    ['Zorvex Labs SUED Kestrel AI asserted', 'Ola Nordmann LEADS Kestrel AI asserted'],
    ['Ola Nordmann LEADS Zorvex Labs'],
  ],
  [
    'a supply counted in another company’s chips',
    'Under the deal, Zorvex Labs will supply Kestrel AI with 5,000 Nvidia GPUs over three years.',
    ['Zorvex Labs SUPPLIES Kestrel AI planned'],
    [],
  ],
  [
    'a deal with a company to use its product',
    'Zorvex Labs struck a $300 million deal with Microsoft to use its Azure cloud.',
    ['Zorvex Labs USED Azure asserted', 'Microsoft SUPPLIES Zorvex Labs asserted'],
    [],
  ],
  [
    'a lawsuit brought by one company against another, with an aside',
    'The lawsuit, filed in Delaware, was brought by Zorvex Labs against Kestrel AI.',
    ['Zorvex Labs SUED Kestrel AI asserted'],
    [],
  ],
  [
    'a person who led development of a product',
    'Kari Nordmann, who led development of the Vision Pro headset at Zorvex Labs, left in May.',
    ['Kari Nordmann DEVELOPED Vision Pro asserted'],
    [],
  ],
  [
    'a company "based out of" a city',
    'Zorvex Labs is based out of Oslo.',
    ['Zorvex Labs LOCATED_IN Oslo asserted'],
    [],
  ],
  [
    'a planned acquisition called off',
    'Zorvex Labs called off its planned acquisition of Kestrel AI.',
    ['Zorvex Labs ACQUIRED Kestrel AI denied'],
    [],
  ],
  [
    'plans to buy abandoned',
    'Zorvex Labs abandoned plans to buy Kestrel AI after regulators objected.',
    ['Zorvex Labs ACQUIRED Kestrel AI denied'],
    [],
  ],
  [
    'a deal that collapsed',
    'The deal between Zorvex Labs and Kestrel AI collapsed in March.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI denied'],
    [],
  ],
  [
    '"no plans to use"',
    'Zorvex Labs has no plans to use Anthropic’s Claude, Kari Nordmann said.',
    ['Zorvex Labs USED Claude denied'],
    [],
  ],
  [
    'a suit threatened',
    'Kestrel Media threatened to sue Zorvex Labs over the use of its archive.',
    ['Kestrel Media SUED Zorvex Labs planned'],
    [],
  ],
  [
    'a company close to a deal to buy another',
    'Zorvex Labs is close to a deal to buy Kestrel AI.',
    ['Zorvex Labs ACQUIRED Kestrel AI planned'],
    [],
  ],
  [
    'a partnership expected to be announced',
    'Zorvex Labs is expected to announce a partnership with Kestrel AI next week.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI planned'],
    [],
  ],
  [
    'a former employer after a leader’s company',
    'Kari Nordmann, chief executive of Zorvex Labs and a former Google engineer, spoke at the event.',
    ['Kari Nordmann LEADS Zorvex Labs asserted'],
    ['Kari Nordmann LEADS Google'],
  ],
  [
    'the founder of both companies',
    'Kari Nordmann is the founder of both Zorvex Labs and Kestrel AI.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted', 'Kari Nordmann FOUNDED Kestrel AI asserted'],
    [],
  ],
  [
    'the chief executive of a company, not of the one owned by the next',
    'Kari Nordmann is the chief executive of Zorvex Labs and Kestrel AI’s parent, Nordlys Group.',
    ['Kari Nordmann LEADS Zorvex Labs asserted', 'Nordlys Group PARENT_OF Kestrel AI asserted'],
    ['Kari Nordmann LEADS Kestrel AI'],
  ],
  [
    '"quit" and a coordinated founding',
    'Kari Nordmann quit Google in 2019 and launched Zorvex Labs a year later.',
    ['Kari Nordmann EMPLOYED_BY Google asserted', 'Kari Nordmann FOUNDED Zorvex Labs asserted'],
    [],
  ],
  [
    'production outsourced to a contractor',
    'Zorvex Labs outsources production of its chips to TSMC.',
    ['TSMC SUPPLIES Zorvex Labs asserted'],
    [],
  ],
  [
    'a product said to be a company’s flagship',
    'Aurora 2 is Zorvex Labs’ most popular product.',
    ['Zorvex Labs DEVELOPED Aurora 2 asserted'],
    [],
  ],
  [
    'a product named with its kind, "from" a company',
    'The Z2 chip, from Zorvex Labs, ships next year.',
    ['Zorvex Labs DEVELOPED Z2 asserted'],
    [],
  ],
  [
    'a product "which" a company designed',
    'The Z2, which Zorvex Labs designed in-house, ships next year.',
    ['Zorvex Labs DEVELOPED Z2 asserted'],
    [],
  ],
  [
    '"no match for"',
    'Zorvex Labs’ Z2 is no match for Nvidia’s Blackwell.',
    ['Z2 COMPETES_WITH Blackwell asserted'],
    [],
  ],
  [
    '"a serious threat to"',
    'Zorvex Labs has emerged as a serious threat to Nvidia.',
    ['Zorvex Labs COMPETES_WITH Nvidia asserted'],
    [],
  ],
  [
    'a possessor before a verb, no owner of what follows',
    'Zorvex Labs’ engineers use GitHub Copilot to write code.',
    ['Zorvex Labs USED GitHub Copilot asserted'],
    ['Zorvex Labs DEVELOPED GitHub Copilot'],
  ],
  [
    'a company’s name complete before "for AI"',
    'Kestrel Media licensed its archive to Zorvex Labs for AI training.',
    ['Kestrel Media SUPPLIES Zorvex Labs asserted'],
    ['Kestrel Media SUPPLIES Zorvex Labs for AI'],
  ],
  [
    'a company’s call centres using a product',
    'Kestrel Bank’s call centres use Anthropic’s Claude to answer questions.',
    ['Kestrel Bank USED Claude asserted'],
    [],
  ],
  [
    'no owner in a product’s appositive used',
    'Engineers at Kestrel AI had been using Claude Code, Anthropic’s programming tool.',
    ['Kestrel AI USED Claude Code asserted', 'Anthropic DEVELOPED Claude Code asserted'],
    ['Kestrel AI USED Anthropic'],
  ],
  [
    '"the company’s chatbot runs on", said after',
    'The company’s chatbot runs on Anthropic’s Claude, Zorvex Labs said.',
    ['Zorvex Labs USED Claude asserted'],
    [],
  ],
  [
    'a company saying its robot’s assistant runs on a model',
    'Zorvex Labs said the robot’s voice assistant runs on Alibaba’s Qwen2.5 model.',
    ['Zorvex Labs USED Qwen2.5 asserted'],
    [],
  ],
  [
    'a company whose assistant runs on a model',
    'Zorvex Labs, whose Aurora assistant runs on Meta’s Llama 3, has 2 million users.',
    ['Zorvex Labs USED Llama 3 asserted'],
    [],
  ],
  [
    'a product that powers a feature in another company’s app',
    'Aurora 2 also powers the search feature in Kestrel Bank’s mobile app.',
    ['Kestrel Bank USED Aurora 2 asserted'],
    [],
  ],
  [
    'a chatbot built into another company’s phone',
    'The deal made OpenAI’s ChatGPT the only chatbot built into Apple’s iPhone.',
    ['Apple USED ChatGPT asserted'],
    [],
  ],
  [
    'a customer of both providers',
    'Zorvex Labs is a customer of both CoreWeave and Oracle.',
    ['CoreWeave SUPPLIES Zorvex Labs asserted', 'Oracle SUPPLIES Zorvex Labs asserted'],
    [],
  ],
  [
    'a provider signed up',
    'Zorvex Labs has signed up Oracle as its cloud provider.',
    ['Oracle SUPPLIES Zorvex Labs asserted'],
    [],
  ],
  [
    'access to chips given',
    'Zorvex Labs will give Kestrel AI access to 4,000 Nvidia H100 chips.',
    ['Zorvex Labs SUPPLIES Kestrel AI planned'],
    [],
  ],
  [
    'data received from a publisher',
    'Zorvex Labs receives data from Kestrel Media to train its models.',
    ['Kestrel Media SUPPLIES Zorvex Labs asserted'],
    [],
  ],
  [
    'a quoted judgement with a word of blame',
    'Kari Nordmann said Kestrel AI’s new model was "too dangerous to release".',
    ['Kari Nordmann CRITICIZED Kestrel AI asserted'],
    [],
  ],
  [
    'no criticism in a company’s own denial',
    'Kari Nordmann said the company had "no commercial relationship" with Kestrel AI.',
    [],
    ['Kari Nordmann CRITICIZED Kestrel AI'],
  ],
  [
    'a company cut off from another’s platform',
    'Kestrel AI was cut off from Zorvex Labs’ platform last week.',
    ['Zorvex Labs SUSPENDED Kestrel AI asserted'],
    ['Kestrel AI SUSPENDED Zorvex Labs'],
  ],
  [
    'a company that lost access to another’s models',
    'Kestrel AI lost access to Zorvex Labs’ models in March.',
    ['Zorvex Labs SUSPENDED Kestrel AI asserted'],
    [],
  ],
  [
    'an account shut down',
    'Zorvex Labs shut down Kestrel AI’s developer account.',
    ['Zorvex Labs SUSPENDED Kestrel AI asserted'],
    [],
  ],
  [
    '"teamed with"',
    'Zorvex Labs teamed with Kestrel AI to launch a chatbot for banks.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI asserted'],
    [],
  ],
  [
    '"have been working together"',
    'Zorvex Labs and Kestrel AI have been working together since 2021.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'three companies that launched a consortium',
    'Zorvex Labs, Kestrel AI and Nordlys Group launched a consortium to develop open models.',
    [
      'Zorvex Labs PARTNERED_WITH Kestrel AI asserted',
      'Zorvex Labs PARTNERED_WITH Nordlys Group asserted',
      'Kestrel AI PARTNERED_WITH Nordlys Group asserted',
    ],
    [],
  ],
  [
    'a partnership ended',
    'Zorvex Labs and Kestrel AI ended their partnership in May.',
    ['Zorvex Labs PARTNERED_WITH Kestrel AI denied'],
    [],
  ],
  [
    'a place’s regulator, named in an earlier sentence',
    'The Garante fined Zorvex Labs. Italy’s data protection authority said the app broke the law.',
    ['Garante LOCATED_IN Italy asserted'],
    [],
  ],
  [
    'a place’s largest carmaker, known to be there',
    'Toyota Motor will use Nvidia chips. Japan’s largest carmaker said the deal would help.',
    ['Toyota LOCATED_IN Japan asserted'],
    ['Nvidia LOCATED_IN Japan'],
  ],
  [
    'no company for a place’s ministry',
    'Its clients include shipping group CMA CGM and France’s defence ministry.',
    [],
    ['CMA CGM LOCATED_IN France'],
  ],
  [
    'companies listed after their place and kind',
    'The three largest Japanese banks, MUFG, SMBC and Mizuho, joined the round. Japan is the bank’s home market.',
    [
      'Mitsubishi UFJ Financial Group LOCATED_IN Japan asserted',
      'Sumitomo Mitsui Banking Corporation LOCATED_IN Japan asserted',
      'Mizuho LOCATED_IN Japan asserted',
    ],
    [],
  ],
  [
    'no place of one member taken for the next',
    'Zorvex Labs’ customers include Israeli telecoms operator Bezeq and the German insurer Allianz. Israel and Germany are its markets.',
    ['Bezeq LOCATED_IN Israel asserted'],
    ['Allianz LOCATED_IN Israel'],
  ],
  [
    'no place in a currency',
    'Zorvex Labs has raised 22 million Canadian dollars from investors including Kestrel Capital. Canada is its home.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    ['Kestrel Capital LOCATED_IN Canada'],
  ],
  [
    'a district of a city',
    'Zorvex Labs is headquartered in Beijing’s Haidian district.',
    ['Zorvex Labs LOCATED_IN Beijing asserted', 'Zorvex Labs LOCATED_IN Haidian asserted'],
    [],
  ],
  [
    'another company’s chief executive hired',
    'Nordlys Group later hired Kestrel AI chief executive Ola Nordmann.',
    ['Ola Nordmann EMPLOYED_BY Nordlys Group asserted', 'Ola Nordmann LEADS Kestrel AI asserted'],
    [],
  ],
  [
    'a round led by the company that did not raise it',
    'Kestrel Capital led the round, with participation from Nordlys Ventures and Sequoia Capital.',
    [],
    ['Nordlys Ventures INVESTED_IN Kestrel Capital', 'Sequoia Capital INVESTED_IN Kestrel Capital'],
  ],
  [
    'two people who left a company',
    'Kari Nordmann and Ola Nordmann left Kestrel AI in May.',
    [
      'Kari Nordmann EMPLOYED_BY Kestrel AI asserted',
      'Ola Nordmann EMPLOYED_BY Kestrel AI asserted',
    ],
    [],
  ],
  [
    '"after leaving" a company',
    'Kari Nordmann and Ola Nordmann joined Zorvex Labs in May after leaving Kestrel AI.',
    [
      'Kari Nordmann EMPLOYED_BY Kestrel AI asserted',
      'Ola Nordmann EMPLOYED_BY Kestrel AI asserted',
    ],
    [],
  ],
  [
    '"has been with" a company',
    'Kari Nordmann has been with Zorvex Labs since 2019.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'a person appointed to a board',
    'Zorvex Labs appointed Kari Nordmann to its board.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    'a unit run by a person',
    'Zorvex Labs’ AI group, run by senior vice-president Kari Nordmann, has 500 staff.',
    ['Kari Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    [],
  ],
  [
    '"its rival, Amazon’s AWS"',
    'Google Cloud grew faster than its rival, Amazon’s AWS.',
    ['Amazon Web Services COMPETES_WITH Google Cloud asserted'],
    ['Amazon COMPETES_WITH Google Cloud'],
  ],
  [
    'no rival after "and"',
    'AMD remains Nvidia’s closest rival, and its MI325X compares well with Nvidia’s H200.',
    ['AMD COMPETES_WITH Nvidia asserted'],
    ['MI325X COMPETES_WITH Nvidia'],
  ],
  [
    'a bare rival of the story’s company',
    'Zorvex Labs leads the market. Kestrel AI, a smaller rival based in Oslo, raised money.',
    ['Kestrel AI COMPETES_WITH Zorvex Labs asserted'],
    [],
  ],
  [
    'no maker read for an appositive’s description',
    'Zorvex Labs bought Kestrel AI, the maker of the Falcon Nine model, for $1 billion.',
    ['Kestrel AI DEVELOPED Falcon Nine asserted', 'Zorvex Labs ACQUIRED Kestrel AI asserted'],
    ['Zorvex Labs DEVELOPED Falcon Nine'],
  ],
  [
    'a company said to be another’s subsidiary',
    'Kestrel AI is Zorvex Labs’ cloud subsidiary.',
    ['Zorvex Labs PARENT_OF Kestrel AI asserted'],
    [],
  ],
  [
    'a company that "became part of" another',
    'Kestrel AI became part of Zorvex Labs after a $1 billion deal.',
    ['Zorvex Labs PARENT_OF Kestrel AI asserted'],
    [],
  ],
  [
    '"one of its three co-founders"',
    'Kari Nordmann is one of Zorvex Labs’ three co-founders.',
    ['Kari Nordmann FOUNDED Zorvex Labs asserted'],
    [],
  ],
  [
    'chips whose maker the article names elsewhere',
    'Nvidia reported strong sales. Kestrel AI trains its models on H100 chips.',
    ['Kestrel AI USED H100 asserted', 'Nvidia SUPPLIES Kestrel AI asserted'],
    [],
  ],
  [
    '"is believed to have used"',
    'Zorvex Labs is believed to have used Anthropic’s Claude to train Aurora 2.',
    ['Zorvex Labs USED Claude alleged'],
    [],
  ],
  [
    '"according to the lawsuit"',
    'According to the lawsuit, Zorvex Labs copied Kestrel Media’s articles.',
    ['Zorvex Labs COPIED Kestrel Media alleged'],
    [],
  ],
  [
    '"disputes that"',
    'Zorvex Labs disputes that it copied Kestrel AI’s code.',
    ['Zorvex Labs COPIED Kestrel AI denied'],
    [],
  ],
  [
    'a supply under a proposed deal',
    'Zorvex Labs would supply chips to Kestrel AI under the proposed deal.',
    ['Zorvex Labs SUPPLIES Kestrel AI planned'],
    [],
  ],
  [
    'a company given access to chips uses them, from the giver',
    'Core42 has agreed to provide Indian AI start-up Kestrel AI with access to about 4,000 Nvidia Blackwell chips.',
    ['Kestrel AI USED Blackwell asserted', 'Core42 SUPPLIES Kestrel AI asserted'],
    ['Nvidia SUPPLIES Kestrel AI'],
  ],
  [
    '"among the first to adopt"',
    'Kestrel Bank will be among the first to adopt Zorvex Labs’ Aurora 2 assistant.',
    ['Kestrel Bank USED Aurora 2 planned'],
    [],
  ],
];

describe('rule set 2026.12.14', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
