import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.12: "its" before a product whose maker the lexicon knows, read as another
// company, means the maker when the article has named it by then; "the company" after the verb
// of a list of names ("A and its subsidiary B sued the company") is none of the list; and an
// acquisition "of AI developer platform X" or "of U.S. chip designer X"; "which opened an AI
// research centre in Accra"; and "In Lagos, start-up X is building", a place set before a clause
// whose subject is introduced by what it is; and no bare title read at the hiring company ("agreed
// to hire chief executive and co-founder X"); and a list member with its "own" owner ("Baidu's
// Ernie Bot and Kestrel AI's own Falconer app") is not the first owner's, nor is its owner a member;
// and a company "committed to our partnership with" another; and a person's appositive title at a
// closed list of companies ("the co-founder of A and B,"); and an age before a title ("its
// 28-year-old founder, X"); and "it" after the verb of a relative clause is not the clause's antecedent
// ("a case brought by Nordlys Media, which accuses it of copying"); and a second clause with a body
// and a restriction of its own (", and South Korea suspended new downloads of the company's app");
// and a list member's relative clause with no name in it ("A, which led the seed round, B and C"),
// whose own cues ("which plans to go public") leave the relation's modality alone;
// and an unknown name before "chair" and a person's name is an organization ("Kowhai Dairy chair X");
// and "topped Apple's App Store charts" is a ranking in a store, not a rival.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    '"its" before a product, with the maker named in the same sentence',
    'Hanwa Telecom works with Anthropic on a Korean-tuned version of its Claude model.',
    ['Anthropic DEVELOPED Claude asserted'],
    ['Hanwa Telecom DEVELOPED Claude'],
  ],
  [
    '"its" before a product, with the maker named in an earlier sentence',
    'Meta opened a research lab in Paris last year. Qorvid AI, a Paris start-up, has built a legal assistant on top of its Llama models.',
    ['Meta Platforms DEVELOPED Llama asserted', 'Qorvid AI USED Llama asserted'],
    ['Qorvid AI DEVELOPED Llama'],
  ],
  [
    'a named possessor is never replaced by the maker',
    "Anthropic sued Qorvid AI last week. Qorvid AI's Claude model is a copy, the lawsuit says.",
    [],
    ['Qorvid AI DEVELOPED Claude', 'Anthropic DEVELOPED Claude'],
  ],
  [
    '"the company" as the object of a list of names and its verb',
    'Perplexity AI faces a lawsuit in New York. Dow Jones and the Financial Times sued the company last month.',
    ['Dow Jones SUED Perplexity asserted', 'Financial Times SUED Perplexity asserted'],
    ['Financial Times SUED Dow Jones'],
  ],
  [
    '"the company" as the object of "A and its subsidiary B"',
    'Qorvid AI faces a lawsuit in Boston. Nordlys Media and its subsidiary Kestrel Press sued the company last month.',
    ['Nordlys Media SUED Qorvid AI asserted', 'Kestrel Press SUED Qorvid AI asserted'],
    ['Nordlys Media SUED Kestrel Press'],
  ],
  [
    'an acquisition of a company described before its name',
    'Zorvex Labs completed its purchase of AI developer platform Weights & Biases in May.',
    ['Zorvex Labs ACQUIRED Weights & Biases asserted'],
    [],
  ],
  [
    'an acquisition of a company described by its country',
    "Zorvex Labs' acquisition of U.S. chip designer Qubitron Systems closed in June.",
    ['Zorvex Labs ACQUIRED Qubitron Systems asserted'],
    [],
  ],
  [
    'a research centre opened in a city',
    'Zorvex Labs, which opened an engineering centre in Nairobi last year, is hiring.',
    ['Zorvex Labs LOCATED_IN Nairobi asserted'],
    [],
  ],
  [
    'a place set before a clause whose subject is introduced as a start-up',
    'In Kenya, the start-up Nubia Labs is training a Swahili model.',
    ['Nubia Labs LOCATED_IN Kenya asserted'],
    [],
  ],
  [
    'a place set before a clause about a company named bare',
    'In Kenya, Nubia Labs sells its app to banks.',
    [],
    ['Nubia Labs LOCATED_IN Kenya'],
  ],
  [
    'titles of the people a company hires are not held at the company hiring',
    'Zorvex Labs agreed to hire chief executive and co-founder Dana Obi, fellow co-founder Sam Reyes and a team of researchers.',
    ['Dana Obi EMPLOYED_BY Zorvex Labs asserted'],
    ['Dana Obi LEADS Zorvex Labs', 'Dana Obi FOUNDED Zorvex Labs', 'Sam Reyes FOUNDED Zorvex Labs'],
  ],
  [
    'a bare title with no hiring verb before it is held at the company in focus',
    'Zorvex Labs opened an office in Lagos. Chief executive Dana Obi said the company would hire 40 engineers.',
    ['Dana Obi LEADS Zorvex Labs asserted', 'Zorvex Labs LOCATED_IN Lagos asserted'],
    [],
  ],
  [
    'a list member with its own owner, "own" included',
    "Zorvex Labs said its Nova chatbot competes with Baidu's Ernie Bot and Kestrel AI's own Falconer app for consumers.",
    ['Kestrel AI DEVELOPED Falconer asserted', 'Nova COMPETES_WITH Falconer asserted'],
    [
      'Baidu DEVELOPED Falconer',
      'Nova COMPETES_WITH Kestrel AI',
      'Zorvex Labs COMPETES_WITH Kestrel AI',
    ],
  ],
  [
    'a company committed to its partnership with another, quoted',
    'Zorvex Labs remains "committed to our partnership with Nubia Labs," a spokesperson said.',
    ['Zorvex Labs PARTNERED_WITH Nubia Labs asserted'],
    [],
  ],
  [
    'a title in apposition at a list of companies',
    'Zorvex Labs hired Dana Obi, the co-founder of Nubia Labs and Kestrel AI, to lead its research.',
    ['Dana Obi FOUNDED Nubia Labs asserted', 'Dana Obi FOUNDED Kestrel AI asserted'],
    [],
  ],
  [
    'an age between a company and a title',
    'Zorvex Labs invested in Nubia Labs and hired its 31-year-old founder, Dana Obi, to run a new unit.',
    ['Dana Obi FOUNDED Nubia Labs asserted'],
    ['Dana Obi FOUNDED Zorvex Labs'],
  ],
  [
    '"it" after the verb of a relative clause',
    'Kestrel AI spent the year fighting a High Court case brought by Nordlys Media, which accuses it of copying thousands of articles.',
    ['Nordlys Media ACCUSED Kestrel AI asserted'],
    ['Nordlys Media COPIED Kestrel AI'],
  ],
  [
    'a second clause with a body and a restriction of its own',
    "The Garante ordered Zorvex Labs to block its chatbot in Italy last month, and South Korea suspended new downloads of the company's app.",
    ['Garante RESTRICTED Zorvex Labs asserted', 'South Korea RESTRICTED Zorvex Labs asserted'],
    [],
  ],
  [
    'a list member followed by its own relative clause',
    'Zorvex Labs hired a new finance chief on Monday. Its backers include Kestrel Capital, which led the seed round, Nordlys Ventures and Tallow Partners.',
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Nordlys Ventures INVESTED_IN Zorvex Labs asserted',
      'Tallow Partners INVESTED_IN Zorvex Labs asserted',
    ],
    [],
  ],
  [
    'a relative clause after a list member, then a speaker, is no list',
    'Zorvex Labs raised money from Kestrel Capital, which led the round, Nordlys Ventures said on Monday.',
    ['Kestrel Capital INVESTED_IN Zorvex Labs asserted'],
    ['Nordlys Ventures INVESTED_IN Zorvex Labs'],
  ],
  [
    'an unknown name before "chair" and a person',
    'Kowhai Dairy chair Ruth Bennett said the decision was about keeping farmers on side.',
    ['Ruth Bennett LEADS Kowhai Dairy asserted'],
    [],
  ],
  [
    'a relative clause passed over in a list does not set the modality',
    'Zorvex Labs raised $40 million from Kestrel Capital, which plans to go public next year, Nordlys Ventures and Tallow Partners.',
    [
      'Kestrel Capital INVESTED_IN Zorvex Labs asserted',
      'Nordlys Ventures INVESTED_IN Zorvex Labs asserted',
      'Tallow Partners INVESTED_IN Zorvex Labs asserted',
    ],
    [],
  ],
  [
    'topping a store’s charts is no rivalry',
    "Zorvex Chat, the assistant made by Zorvex Labs, briefly topped Apple's App Store charts in March.",
    ['Zorvex Labs DEVELOPED Zorvex Chat asserted'],
    ['Zorvex Chat COMPETES_WITH App Store', 'Zorvex Chat COMPETES_WITH Apple'],
  ],
];

describe('rule set 2026.12.12', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
