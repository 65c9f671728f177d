import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.11: the customer of "provide X with access to N chips", "its" before a product
// named after a company of the article, "runs its Nova app on" a company, and "will hire the start-up's
// chief executive", and an unknown name after "participation from" or "a round led by" typed as an
// organization, a list member after an appositive naming two companies, and the defendant of a
// copyright suit as the copier of the plaintiff's work (and accused by a company suing), and an entity-list addition that gives its
// reason as an accusation, and goods supplied with no customer named ("which supplies most of the
// chips"), "Obi, the chief executive," for a person the article ties to the company, and an
// order to remove an app from official phones "following similar moves by" other countries, and a
// decision "to order Acme to block" its service, also in a second clause ("and Taiwan and Australia
// have banned the app"), "its" in an appositive checked against the product's known maker, and
// "Acme said the app used Zeta's Nova", "software from Zeta" as Zeta's supply, and "chief executive
// of the Nairobi start-up", "Its customers include A and B, which use its agents", and a name
// shaped like a person's that two of its mentions call a company ("Kovra's chief executive"), and
// foreign bodies' names ("Asociación de ...") read as organizations, not as a person's "de".
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'access to a number of chips, with the customer described before its name',
    'Zorvex has agreed to provide Kenyan AI start-up Nubia Labs with access to about 2,000 Nvidia Blackwell chips.',
    ['Nubia Labs USED Blackwell asserted'],
    [],
  ],
  [
    'access to clusters built around chips',
    "Under the contract, CoreWeave will supply Nubia Labs with access to clusters built around Nvidia's GB300 chips.",
    ['Nubia Labs USED GB300 planned'],
    [],
  ],
  [
    'a product named after a company of the article is that company’s',
    'Steelgrove Health said that UPMC will roll out its Steelgrove Scribe tool to 1,200 physicians.',
    ['Steelgrove Health DEVELOPED Steelgrove Scribe asserted'],
    ['UPMC DEVELOPED Steelgrove Scribe'],
  ],
  [
    'a product of the subject named before the kind of app it is, run on a company',
    'Nubia Labs runs its Kibo Chat app on CoreWeave.',
    ['Nubia Labs USED CoreWeave asserted'],
    [],
  ],
  [
    'a hire of another company’s chief executive, described with a modifier',
    "Zorvex has agreed to invest in Nubia Labs and will hire the data-labeling start-up's chief executive, Amara Obi, to lead a new group.",
    ['Amara Obi EMPLOYED_BY Zorvex planned'],
    ['Amara Obi EMPLOYED_BY Nubia Labs'],
  ],
  [
    'an unknown name after "participation from" is an organization',
    'Kibo Labs raised $6 million in a round led by Zambesi Ventures, with participation from Norfund.',
    ['Norfund INVESTED_IN Kibo Labs asserted'],
    [],
  ],
  [
    'a list member after an appositive that names two companies',
    'Zorvex has signed licensing deals with publishers including Kestrel Media, the owner of Politico and Business Insider, and Nubia Press.',
    ['Zorvex PARTNERED_WITH Kestrel Media asserted', 'Zorvex PARTNERED_WITH Nubia Press asserted'],
    ['Zorvex PARTNERED_WITH Business Insider'],
  ],
  [
    'the defendant of a copyright suit copied the plaintiff’s work, as alleged',
    'Nubia Labs is fighting a copyright lawsuit filed in March by Kestrel Media and Harbour Press.',
    [
      'Nubia Labs COPIED Kestrel Media alleged',
      'Nubia Labs COPIED Harbour Press alleged',
      'Kestrel Media SUED Nubia Labs asserted',
      'Kestrel Media ACCUSED Nubia Labs asserted',
    ],
    [],
  ],
  [
    'a regulator suing over scraped data is no author whose work was copied',
    'The Federal Trade Commission sued Nubia Labs, alleging it scraped photos without consent.',
    ['Federal Trade Commission SUED Nubia Labs asserted'],
    ['Nubia Labs COPIED Federal Trade Commission'],
  ],
  [
    'nor is one whose suit is named as a noun',
    'Nubia Labs is fighting a lawsuit filed in March by the Federal Trade Commission over photos scraped without consent.',
    ['Federal Trade Commission SUED Nubia Labs asserted'],
    ['Nubia Labs COPIED Federal Trade Commission'],
  ],
  [
    'an entity-list addition that gives its reason accuses the company',
    'The Commerce Department on Tuesday added 14 Chinese companies to its entity list, including the chip designer Kestrel Micro, saying they had helped divert restricted processors.',
    [
      'U.S. Department of Commerce RESTRICTED Kestrel Micro asserted',
      'U.S. Department of Commerce ACCUSED Kestrel Micro asserted',
    ],
    [],
  ],
  [
    'goods supplied with no customer named go to the company the story is about',
    'Nubia Labs raised $40 million on Monday. It is also backed by Zorvex, which supplies most of the chips in its supercomputer.',
    ['Zorvex SUPPLIES Nubia Labs asserted'],
    [],
  ],
  [
    'the supplier is the relative clause’s antecedent, not a name inside the clause',
    'Nubia Labs said it would appeal. Zorvex, which has invested in the start-up and supplies the computing power behind its models, declined to comment.',
    ['Zorvex SUPPLIES Nubia Labs asserted'],
    ['Nubia Labs SUPPLIES Zorvex'],
  ],
  [
    'a bare leader title in apposition, for a person the article ties to the company',
    'Kestrel Labs, a start-up founded by Amara Obi, released a model on Monday. Obi, the chief executive, said it was trained in-house.',
    ['Amara Obi LEADS Kestrel Labs asserted'],
    [],
  ],
  [
    'not for a person the article ties to no company',
    'Kestrel Labs released a model on Monday. Amara Obi, the chief executive, said the market was crowded.',
    [],
    ['Amara Obi LEADS Kestrel Labs'],
  ],
  [
    'an order to remove an app from official phones, and the bodies that took similar moves',
    "Belgium's federal government on Tuesday ordered civil servants to remove Nubia Labs' chatbot app from official phones, following similar moves by Italy and Taiwan.",
    [
      'Belgium RESTRICTED Nubia Labs asserted',
      'Italy RESTRICTED Nubia Labs asserted',
      'Taiwan RESTRICTED Nubia Labs asserted',
    ],
    [],
  ],
  [
    'a regulator deciding to order a company to block its service',
    "The move follows a decision by Italy's privacy watchdog, the Garante, to order Nubia Labs to block its chatbot in Italy.",
    ['Garante RESTRICTED Nubia Labs asserted'],
    [],
  ],
  [
    'bodies of a second clause that banned the same app',
    'The Garante ordered Nubia Labs blocked in January, and Taiwan and Australia have banned the app on government devices.',
    [
      'Garante RESTRICTED Nubia Labs asserted',
      'Taiwan RESTRICTED Nubia Labs asserted',
      'Australia RESTRICTED Nubia Labs asserted',
    ],
    [],
  ],
  [
    '"its" in an appositive never gives a known product to another company',
    'Anthropic revoked access after concluding that staff at OpenAI had been using Claude Code, its programming assistant.',
    ['OpenAI USED Claude Code asserted'],
    ['OpenAI DEVELOPED Claude Code'],
  ],
  [
    'what a company says its product used, it used',
    "Kestrel Labs makes the Mirrorly app. Kestrel said the app used Stability AI's Stable Diffusion XL with filters in place.",
    ['Kestrel Labs USED SDXL asserted'],
    [],
  ],
  [
    'the product after an owner and a modifier, never the owner',
    "Nubia Labs released Kibo-7B. The start-up has said the model was built on Alibaba's open-source Qwen2.5.",
    ['Nubia Labs USED Qwen2.5 asserted'],
    ['Nubia Labs USED Alibaba Group'],
  ],
  [
    'the company whose software another uses supplies it',
    'Zorvex Bank is piloting fraud-detection software from Kestrel Labs in 25 branches.',
    ['Kestrel Labs SUPPLIES Zorvex Bank asserted'],
    [],
  ],
  [
    'a leader "of the Nairobi start-up": a place before the description',
    "Kestrel Labs said Amara Obi, Kestrel's chief strategy officer, took over as interim chief executive of the Nairobi start-up.",
    ['Amara Obi LEADS Kestrel Labs asserted'],
    [],
  ],
  [
    'a relative clause of a circle’s members speaks of the circle’s owner',
    'Kestrel Labs raised money last year. Its customers include Tata Capital and Kotak Mahindra Bank, which use its voice agents in call centres.',
    ['Tata Capital USED Kestrel Labs asserted', 'Kotak Mahindra Bank USED Kestrel Labs asserted'],
    ['Tata Capital USED Kotak Mahindra Bank'],
  ],
  [
    'a name shaped like a person’s that two mentions call a company',
    "The complaint was filed in the district court by Kovra Vision on Monday. Two engineers left Kovra, which is seeking damages. Dana Levi, Kovra's chief executive, said the company had no choice.",
    ['Dana Levi LEADS Kovra Vision asserted'],
    [],
  ],
  [
    'a foreign body’s name opening on "Asociación" and joined by "de" is one organization',
    'The Asociación de Entidades Periodísticas Argentinas said it would sue OpenAI.',
    ['Asociación de Entidades Periodísticas Argentinas SUED OpenAI planned'],
    [],
  ],
];

describe('rule set 2026.12.11', () => {
  itFindsEachCase('finds ', CASES, lexicon);
});
