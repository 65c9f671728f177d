import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.16. A company's short name that is also a common word ("Scale" for Scale AI)
// opening a sentence is that company when a relative clause, a possessive or a verb of what
// companies do follows ("Scale, which was valued at ...", "Scale, meanwhile,", "Scale has", "Index partner Kari
// Nordmann"); before, a common word
// opening a sentence was never a name, so its verbs lost their subject and its pronouns their
// antecedent. A bare staff title ("chief technology officer X") is held at the one company its
// sentence names before it ("Acme, co-founded by ... chief technology officer X"), not at the
// story's focus; a company named after it is what the person did ("formed Acme LP"). "The
// company" after a sentence opening on a person whom the sentence before named as its company's
// founder ("Kestrel was founded by Kari Nordmann. Nordmann later worked at Nordlys Group. The
// company has raised ...") is that company, not the one the person worked at, nor the story's focus.
// An appositive "a trade body representing ..." (a body's head, then what it does) makes the
// unknown name before it an organization. A short sentence announcing rivals without naming them
// ("Its rivals are also moving quickly.", "Competition is intensifying.") makes the companies the
// next sentence opens on rivals of the company it names or refers to, else of the story's company.
// Suits: a court or a date between a lawsuit and its defendant ("filed a lawsuit in Oslo
// against"); "The lawsuit, brought by A ..., claims that Z ..."; "named as a defendant in a suit
// filed by"; "The lawsuit, filed ... at a court, was brought by A" (the story's company is sued).
// Restrictions: barred "sales of Nvidia's H100" restrict the chip, not its maker; a name inside
// the aside of the company "added to the entity list" is not what was added. Accusations: "Acme
// says Zeta copied its articles" accuses Zeta too (the taking itself alleged), as do "alleged
// that", "charged that", "complained to a regulator that", "Acme's complaint alleges that",
// "faces allegations from" and "denied Acme's allegations". "Nordmann, who co-founded the
// company": the company a person founded, runs or joined is the one the story last named nearest
// to that person ("hired its founder, Kari Nordmann"). "Kestrel Bank, a longtime customer of
// Zorvex Labs,": Zorvex Labs supplies it.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a short name opening a sentence before a relative clause',
    'Meta agreed to buy a stake in Scale AI on Thursday. Scale, which was valued at $14 billion in a round led by Accel and joined by Nvidia and Meta itself, makes money by labelling data. Its customers have included OpenAI and Google.',
    ['Scale AI SUPPLIES OpenAI asserted', 'Scale AI SUPPLIES Google asserted'],
    ['Meta Platforms SUPPLIES OpenAI', 'Meta Platforms SUPPLIES Google'],
  ],
  [
    'a short name opening a sentence before its verb',
    'Meta invested in Scale AI on Monday. Scale has also signed a deal with Microsoft.',
    ['Scale AI PARTNERED_WITH Microsoft asserted'],
    [],
  ],
  [
    'a short name opening a sentence before an aside',
    'Scale AI sold a stake to Meta. Scale, meanwhile, has signed a deal with Microsoft.',
    ['Scale AI PARTNERED_WITH Microsoft asserted'],
    [],
  ],
  [
    'an investor’s short name opening a sentence before its partner',
    'Zorvex Labs raised money from Index Ventures. Index partner Kari Nordmann will join the board.',
    ['Kari Nordmann EMPLOYED_BY Index Ventures asserted'],
    [],
  ],
  [
    'a bare staff title in a company’s appositive is held there',
    'Nordlys Group will build a data centre in Oslo. Oslo-based Zorvex Labs, co-founded by chief executive Kari Nordmann and chief technology officer Ola Nordmann, released a model last year.',
    ['Ola Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    ['Ola Nordmann EMPLOYED_BY Nordlys Group'],
  ],
  [
    'a company named after a bare staff title is what the person did, not where the title is held',
    'Zorvex Labs was founded in 2015 as a nonprofit. In 2019 Chief Scientist Ola Nordmann formed Zorvex Labs LP, a for-profit unit.',
    ['Ola Nordmann EMPLOYED_BY Zorvex Labs asserted'],
    ['Ola Nordmann EMPLOYED_BY Zorvex Labs LP'],
  ],
  [
    '"the company" after a sentence about a founder the sentence before named',
    'Zorvex Labs agreed to buy Kestrel AI for $700 million, Zorvex Labs said on Monday. Zorvex Labs will fold the start-up into its security business. Kestrel was founded in 2020 by Kari Nordmann and Ola Nordmann. Kari Nordmann later worked at Nordlys Group, where she led a product team. The company has raised $95 million from Index Ventures and Accel.',
    ['Index Ventures INVESTED_IN Kestrel AI asserted', 'Accel INVESTED_IN Kestrel AI asserted'],
    ['Index Ventures INVESTED_IN Zorvex Labs', 'Index Ventures INVESTED_IN Nordlys Group'],
  ],
  [
    'an unknown name opening a sentence before "a trade body representing"',
    'Nordlys Presse, a trade body representing 300 regional publishers, criticised Zorvex Labs for its licensing deals.',
    ['Nordlys Presse CRITICIZED Zorvex Labs asserted'],
    [],
  ],
  [
    'rivals announced in one sentence and named at the opening of the next',
    'Zorvex Labs raised $40 million on Tuesday, Zorvex Labs said. Zorvex Labs sells voice agents to banks. Its rivals are also moving quickly. Kestrel AI raised $90 million last month.',
    ['Zorvex Labs COMPETES_WITH Kestrel AI asserted'],
    [],
  ],
  [
    'competition announced with no owner: the story’s company competes',
    'Zorvex Labs raised $40 million on Tuesday, Zorvex Labs said. Zorvex Labs sells voice agents to banks. Competition is intensifying. Kestrel AI and Nordlys Group have both launched similar agents.',
    [
      'Zorvex Labs COMPETES_WITH Kestrel AI asserted',
      'Zorvex Labs COMPETES_WITH Nordlys Group asserted',
    ],
    [],
  ],
  [
    'a competition authority announces no rivals',
    'Zorvex Labs raised $40 million on Tuesday, Zorvex Labs said. Zorvex Labs sells voice agents to banks. The competition authority declined to comment. Kestrel AI raised $90 million last month.',
    [],
    ['Zorvex Labs COMPETES_WITH Kestrel AI', 'Kestrel AI COMPETES_WITH Zorvex Labs'],
  ],
  [
    'a possessor opening the next sentence is not a rival',
    'Zorvex Labs raised $40 million on Tuesday, Zorvex Labs said. Zorvex Labs sells voice agents to banks. Competition is intensifying. Kestrel AI’s founders left the company last year.',
    [],
    ['Zorvex Labs COMPETES_WITH Kestrel AI', 'Kestrel AI COMPETES_WITH Zorvex Labs'],
  ],
  [
    'a court between a lawsuit and its defendant',
    'Last month, Kestrel Media filed a lawsuit in Oslo against Zorvex Labs, alleging copyright infringement.',
    ['Kestrel Media SUED Zorvex Labs asserted'],
    [],
  ],
  [
    'a suit brought by a plaintiff that claims something of a defendant',
    'The lawsuit, brought by Kestrel Media in a federal court in New York, claims that Zorvex Labs copied millions of articles.',
    ['Kestrel Media SUED Zorvex Labs asserted'],
    [],
  ],
  [
    'named as a defendant in a suit filed by a plaintiff',
    'Zorvex Labs has been named as a defendant in a suit filed by Kestrel Media.',
    ['Kestrel Media SUED Zorvex Labs asserted'],
    [],
  ],
  [
    'the story’s suit, its plaintiffs named after a court, its defendant the story’s company',
    'Dutch publishers have taken Zorvex Labs to court, Zorvex Labs said. The lawsuit, filed on Wednesday at the Amsterdam District Court, was brought by Kestrel Media and Nordlys Group.',
    ['Kestrel Media SUED Zorvex Labs asserted', 'Nordlys Group SUED Zorvex Labs asserted'],
    ['Kestrel Media SUED Amsterdam District Court'],
  ],
  [
    'barred sales of a maker’s products restrict the products, not the maker',
    'The United States barred sales of Nvidia’s H100 and A100 to China in 2022.',
    ['United States RESTRICTED H100 asserted', 'United States RESTRICTED China asserted'],
    ['United States RESTRICTED Nvidia'],
  ],
  [
    'the company added to the entity list past its aside, not a name in the aside',
    'Zorvex Labs released a new model. Zorvex Labs, spun out of Nordlys University in 2019, was itself added to the U.S. entity list in January.',
    ['United States RESTRICTED Zorvex Labs asserted'],
    ['United States RESTRICTED Nordlys University'],
  ],
  [
    'a claim that another took the speaker’s work is an accusation too',
    'Kestrel Media says Zorvex Labs copied thousands of its articles without permission.',
    ['Kestrel Media ACCUSED Zorvex Labs asserted', 'Zorvex Labs COPIED Kestrel Media alleged'],
    [],
  ],
  [
    '"alleged that" and "complained to a regulator that"',
    'Kestrel Media alleged that Zorvex Labs had trained its chatbot on paywalled stories. Nordlys Group has complained to the European Commission that Zorvex Labs abuses its dominance.',
    ['Kestrel Media ACCUSED Zorvex Labs asserted', 'Nordlys Group ACCUSED Zorvex Labs asserted'],
    [],
  ],
  [
    'no court before the accuser of "alleges that"',
    'In a claim filed Monday in the Supreme Court of British Columbia, Kestrel Media alleges that Zorvex Labs used thousands of automated accounts.',
    ['Kestrel Media ACCUSED Zorvex Labs asserted'],
    ['Supreme Court of British Columbia ACCUSED Zorvex Labs'],
  ],
  [
    'a complaint that alleges, allegations faced and allegations denied',
    'Kestrel Media’s complaint alleges that Zorvex Labs breached its contract. Zorvex Labs also faces allegations from Nordlys Group that it copied code. Zorvex Labs denied Kari Nordmann’s accusations on Monday.',
    [
      'Kestrel Media ACCUSED Zorvex Labs asserted',
      'Nordlys Group ACCUSED Zorvex Labs asserted',
      'Kari Nordmann ACCUSED Zorvex Labs asserted',
    ],
    [],
  ],
  [
    '"the company" a person co-founded is the one the story last named beside them',
    'Nordlys Group has invested $14 million in Zorvex Labs and hired its founder, Kari Nordmann, to lead a new team, the company said on Thursday. Nordmann, who co-founded the data-labelling company in 2016 with Ola Nordmann, will step down as Zorvex Labs’ chief executive.',
    ['Ola Nordmann FOUNDED Zorvex Labs asserted'],
    ['Ola Nordmann FOUNDED Nordlys Group', 'Kari Nordmann FOUNDED Nordlys Group'],
  ],
  [
    'a customer of a company in an appositive',
    'Kestrel Bank, a longtime customer of Zorvex Labs, said profits rose.',
    ['Zorvex Labs SUPPLIES Kestrel Bank asserted'],
    [],
  ],
];

describe('rule set 2026.12.16', () => {
  itFindsEachCase('finds ', CASES, lexicon);

  it('reads an opening common word as no company when none of that short name is named', () => {
    const x = extractArticle(
      {
        id: 't',
        text: 'Scale was the theme of the conference. Scale said nothing about the deal.',
      },
      lexicon,
    );
    expect(x.entities.map((e) => e.name)).not.toContain('Scale');
  });
});
