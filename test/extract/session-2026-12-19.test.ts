import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { entityNames, type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.19, written from the misses of a new team-written evaluation set (blind16) with
// sentences of our own for each family:
// - names: an amount after a name is no version of it ("fined Acme AI 1.9 billion pesos");
//   "Foundation for X" and other bodies keep their connector, a French body its "des", ministries of
//   farming or water their "and"; a two-word name a country owns ("Singapore's Merlion Nav") is a
//   company, as are names ending in "Data Centres", "Hospitals" or "Games" (the "Asian Games" is an
//   event); a profession before a name ("physician", "agronomist") or "co-founded" after it makes a
//   person; a company's national arm keeps its country before a possessive ("MTN Ghana's team");
// - coreference: a bare title ("Obi, who is chief executive") is held at the company the person
//   founded or leads earlier in the story; "the company" after "a former engineer at Zeta who" is
//   not Zeta; "the start-up" a company takes a stake in is the last company the story called a
//   start-up; "the company's chief technology officer" is at the company an earlier sentence says the
//   person founded; a past employer ("former DeepMind researcher X") holds no bare title; a name in
//   a person's title appositive ("chief executive of Zeta,") is no verb's subject; "it" after a
//   subject list and its appositive ("A and B, both owned by C, sued it") is none of them; "the
//   company" a subject concluded "had used" its outputs is the company its verb acted on; "the
//   ministry" is a ministry the story named, never a company;
// - relations: fines of described companies restrict them; list members described by city and kind
//   ("Lagos angel investor X"); the fund a company owns invests, not its owner; a lead investor's
//   companions "with" it; API access cut off "for" a company; accusations "made against" a company;
//   responses "harvested from" a model and "distillation of" models "by" a company (or "through
//   accounts linked to" it) copy them, and a
//   copy another party reports is alleged; code copied "from" a product copies the product; spin-outs
//   from universities (founded) and companies (owned); "co-founded in Bucharest in 2005 by";
//   companies that "fought" each other "for customers"; approaches "about a possible acquisition";
//   the studio "behind" a game; a place before a bought company's or a rival's trade; "who
//   previously ran engineering at"; criticism of "what he called" a company's approach; no Nvidia
//   placed by "Thailand's first Nvidia cloud partner".
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'an amount after a company name is no version of it',
    'The regulator has fined Lagos-based start-up Ovara AI 2.5 billion naira and ordered it to stop selling its Ovara Chat app.',
    ['Ovara AI LOCATED_IN Lagos asserted', 'Ovara AI DEVELOPED Ovara Chat asserted'],
    ['Ovara AI 2 LOCATED_IN Lagos', 'Ovara AI 2.5 LOCATED_IN Lagos'],
  ],
  [
    'a regulator that fines a described company restricts it',
    "Kenya's Communications Authority has fined Nairobi-based start-up Tembo Labs 40 million shillings.",
    ['Communications Authority RESTRICTED Tembo Labs asserted'],
    [],
  ],
  [
    'a fine of "the Microsoft-backed company" restricts no backer',
    "Italy's Garante fined the Microsoft-backed company Zorvex AI 15 million euros.",
    [],
    ['Garante RESTRICTED Microsoft'],
  ],
  [
    'a "Foundation for" body keeps its whole name',
    'The Foundation for Consumers, a Lagos-based advocacy group, accused Ovara Labs of recording users.',
    [
      'Foundation for Consumers ACCUSED Ovara Labs asserted',
      'Foundation for Consumers LOCATED_IN Lagos asserted',
    ],
    ['Consumers ACCUSED Ovara Labs'],
  ],
  [
    'a founder "who is chief executive" leads the company they founded, not the story\'s biggest',
    'LAGOS — Zenith Hospitals, Nigeria\'s largest hospital operator, will roll out an assistant from Lagos-based start-up Ovara Health across its hospitals, the companies said on Monday. Ovara Health was founded in 2023 by physician Amaka Obi. "Doctors switch languages," said Obi, who is chief executive.',
    ['Amaka Obi LEADS Ovara Health asserted'],
    ['Amaka Obi LEADS Zenith Hospitals'],
  ],
  [
    '"the company" after "a former engineer at Zeta who founded" is not Zeta',
    'Regulators fined Ovara Labs on Monday. Ovara said it would appeal. Chief executive Amina Okafor, a former engineer at Jumia who founded the company in 2020, said Ovara had done nothing wrong.',
    ['Amina Okafor FOUNDED Ovara Labs asserted', 'Amina Okafor EMPLOYED_BY Jumia asserted'],
    ['Amina Okafor FOUNDED Jumia'],
  ],
  [
    '"the start-up" a company takes a stake in is the story\'s start-up, not a hospital it owns',
    'LAGOS — Zenith Hospitals, Nigeria\'s largest hospital operator, will roll out an assistant from Lagos-based start-up Ovara Health across its hospitals, the companies said on Monday. The tool is fast. Ovara Health was founded in 2023 by physician Amaka Obi. The company said the system had been tested at Zenith\'s Ikoyi Hospital. "Doctors switch languages. They like it," said Obi, who is chief executive. Zenith also took a minority stake in the start-up as part of the deal.',
    ['Zenith Hospitals INVESTED_IN Ovara Health asserted'],
    ['Zenith Hospitals INVESTED_IN Ikoyi Hospital'],
  ],
  [
    'a two-word name a country owns is a company',
    "Ovara Labs is testing a route-planning module from Singapore's Merlion Nav.",
    ['Ovara Labs USED Merlion Nav asserted', 'Merlion Nav LOCATED_IN Singapore asserted'],
    [],
  ],
  [
    'a name ending in "Data Centres" is a company',
    'Ovara Labs rents a cluster in Accra that Onix Data Centres runs for it. Onix Data Centres is based in Accra.',
    ['Onix Data Centres LOCATED_IN Accra asserted'],
    [],
  ],
  [
    'a ministry "of Agrarian Development and Irrigation" is one body',
    "Peru's Ministry of Agrarian Development and Irrigation said it would use the Ovara app.",
    ['Ministry of Agrarian Development and Irrigation LOCATED_IN Peru asserted'],
    ['Agrarian Development LOCATED_IN Peru'],
  ],
  [
    'a list member described by city and kind ("Lagos angel investor X") is a member',
    'Ovara AI said on Tuesday it had raised $18 million in a Series A round led by TLcom Capital. Partech Africa, Ikeja Ventures and Lagos angel investor Bisi Cole also took part in the round.',
    [
      'Partech Africa INVESTED_IN Ovara AI asserted',
      'Ikeja Ventures INVESTED_IN Ovara AI asserted',
      'Bisi Cole INVESTED_IN Ovara AI asserted',
    ],
    [],
  ],
  [
    'the fund a company owns invests, not its owner',
    "Zorvex AI raised $140 million in a round led by Lightspeed Venture Partners with participation from SoftBank's Vision Fund 2.",
    ['Vision Fund 2 INVESTED_IN Zorvex AI asserted'],
    ['SoftBank Group INVESTED_IN Zorvex AI'],
  ],
  [
    'a French body\'s name holds its "des"',
    "Morocco's Direction Générale des Impôts awarded a contract to Ovara Labs.",
    ['Direction Générale des Impôts LOCATED_IN Morocco asserted'],
    ['Direction Générale LOCATED_IN Morocco'],
  ],
  [
    "a chief executive is not held at a co-founder's past employer",
    'said chief executive Priya Raman, who co-founded Zorvex AI in 2023 with former DeepMind researcher Wei Jie Lim.',
    ['Priya Raman LEADS Zorvex AI asserted'],
    ['Priya Raman LEADS DeepMind'],
  ],
  [
    'a company that cuts off API access for another suspends it, and does not use it',
    'OpenAI has cut off API access for Zorvex AI.',
    ['OpenAI SUSPENDED Zorvex AI asserted'],
    ['OpenAI USED Zorvex AI'],
  ],
  [
    'a company that "made a similar accusation against" another accuses it',
    'Anthropic made a similar accusation against Zorvex AI on Tuesday.',
    ['Anthropic ACCUSED Zorvex AI asserted'],
    [],
  ],
  [
    'responses harvested from a model to build training data copy it',
    "Anthropic said Zorvex AI had harvested responses from Anthropic's Claude to build training data.",
    ['Zorvex AI COPIED Claude asserted'],
    [],
  ],
  [
    '"distillation of its o3 model by" a company is a copy by it',
    'OpenAI said it had found patterns consistent with large-scale distillation of its o3 model by Zorvex AI.',
    ['Zorvex AI COPIED o3 alleged'],
    [],
  ],
  [
    'a copy another party reports is alleged',
    'Zorvex AI copied Claude, Anthropic said.',
    ['Zorvex AI COPIED Claude alleged'],
    [],
  ],
  [
    'a start-up spun out of a university by two scientists was founded by all three',
    'Ovara Labs was spun out of the University of Lagos in 2021 by computer scientists Ada Obi and Tunde Bello.',
    [
      'University of Lagos FOUNDED Ovara Labs asserted',
      'Ada Obi FOUNDED Ovara Labs asserted',
      'Tunde Bello FOUNDED Ovara Labs asserted',
    ],
    [],
  ],
  [
    'a company spun out of a company was its unit',
    'Nebius, which was spun out of Russian internet group Yandex, is growing.',
    ['Yandex PARENT_OF Nebius asserted'],
    ['Yandex FOUNDED Nebius'],
  ],
  [
    'a company "co-founded in" a city in a year "by" a person was founded by the person',
    'UiPath was co-founded in Bucharest in 2005 by chief executive Daniel Dines.',
    ['Daniel Dines FOUNDED UiPath asserted'],
    [],
  ],
  [
    'companies that fight each other for customers compete',
    'Intercom has long fought Zendesk for the same support-desk customers.',
    ['Intercom COMPETES_WITH Zendesk asserted'],
    [],
  ],
  [
    'a company that approached another about an acquisition plans to buy it',
    'Wartsila has approached Ovara Labs about a possible acquisition.',
    ['Wärtsilä ACQUIRED Ovara Labs planned'],
    [],
  ],
  [
    'source code copied "from" a company\'s product copies the product, not the company',
    "UiPath sued Andrei Munte, alleging that he copied source code from UiPath's Test Suite product.",
    ['Andrei Munte COPIED Test Suite alleged', 'UiPath SUED Andrei Munte asserted'],
    ['Andrei Munte COPIED UiPath'],
  ],
  [
    'the investors a round\'s lead is joined "with" invest too, and "local fund" is no verb',
    'The Accra-based start-up Ovara Labs closed a $26 million Series A in October, led by Norrsken22 with local fund Volta Capital and Ikeja Ventures.',
    [
      'Norrsken22 INVESTED_IN Ovara Labs asserted',
      'Volta Capital INVESTED_IN Ovara Labs asserted',
      'Ikeja Ventures INVESTED_IN Ovara Labs asserted',
    ],
    ['Norrsken22 INVESTED_IN Volta Capital'],
  ],
  [
    'a country\'s "first Nvidia cloud partner" places no Nvidia there',
    "Siam AI, Thailand's first Nvidia cloud partner, has deployed servers in Bangkok.",
    [],
    ['Nvidia LOCATED_IN Thailand'],
  ],
  [
    'criticism of "what he called" a company\'s approach is of the company, not of the speaker',
    "Ovara Labs grew fast. Luis Ramos, chief executive of Lima-based Chacra Data, Ovara's main competitor in the Andean market, criticised what he called Ovara's reckless approach.",
    ['Luis Ramos LEADS Chacra Data asserted'],
    ['Chacra Data CRITICIZED Luis Ramos'],
  ],
  [
    'a two-word name before "co-founded" is a person',
    'Priya Raman co-founded Zorvex AI in 2023.',
    ['Priya Raman FOUNDED Zorvex AI asserted'],
    [],
  ],
  [
    'a name after a profession ("physician", "agronomist") in a list of founders is a person',
    'Ovara Health was founded in 2023 by physician Amaka Obi and engineer Tunde Bello.',
    ['Amaka Obi FOUNDED Ovara Health asserted', 'Tunde Bello FOUNDED Ovara Health asserted'],
    [],
  ],
  [
    '"the company\'s chief technology officer" is at the company an earlier sentence says the person founded',
    "LAGOS — Zenith Hospitals, Nigeria's largest hospital operator, will roll out an assistant from Lagos-based start-up Ovara Health across its hospitals, the companies said on Monday. Ovara Health was founded in 2023 by physician Amaka Obi and former Jumia engineer Tunde Bello. Zenith has 20 hospitals. Bello, the company's chief technology officer, said the notes were clean.",
    ['Tunde Bello EMPLOYED_BY Ovara Health asserted'],
    ['Tunde Bello EMPLOYED_BY Zenith Hospitals'],
  ],
  [
    'a games studio named "X Games" is a company, and the studio "behind" a game made it',
    'Zhuravel Games, the Kyiv studio behind the survival shooter Steppe Ashes, said it would appeal.',
    ['Zhuravel Games DEVELOPED Steppe Ashes asserted'],
    [],
  ],
  [
    'a company bought with its city and trade before its name is acquired',
    'Indianapolis-based Genesys bought Galway conversational-analytics firm Lunasa AI in 2023.',
    ['Genesys ACQUIRED Lunasa AI asserted'],
    [],
  ],
  [
    'a company "also up against" a start-up named with its country competes with it',
    'Chaba Health is also up against U.S. start-up Abridge.',
    ['Chaba Health COMPETES_WITH Abridge asserted'],
    [],
  ],
  [
    'a person "who previously ran engineering at" a company worked there',
    'Tunde Bakare, who previously ran engineering at Stripe-owned Paystack, co-founded Ovara.',
    ['Tunde Bakare EMPLOYED_BY Paystack asserted'],
    [],
  ],
  [
    '"it" after a subject list and its appositive ("A and B, both owned by C, sued it") is none of them',
    'Perplexity faces similar litigation in the United States, where Dow Jones and the New York Post, both owned by News Corp, sued it in 2024.',
    ['Dow Jones SUED Perplexity asserted', 'New York Post SUED Perplexity asserted'],
    ['Dow Jones SUED News Corp', 'New York Post SUED News Corp'],
  ],
  [
    '"the company" a subject concluded "had used" its outputs is the company its verb acted on',
    'Google has cut off developer access for Zorvex AI, a Shanghai-based start-up, after concluding that the company had used its Gemini models to train a rival.',
    ['Google SUSPENDED Zorvex AI asserted', 'Zorvex AI USED Gemini asserted'],
    ['Zorvex AI ACCUSED Google'],
  ],
  [
    '"distillation of" models "through accounts linked to" a company is a copy by it',
    'OpenAI said it had found patterns consistent with large-scale distillation of its o3 and GPT-5 models through accounts linked to Zorvex AI engineers.',
    ['Zorvex AI COPIED o3 alleged', 'Zorvex AI COPIED GPT-5 alleged'],
    [],
  ],
  [
    '"the ministry" is a ministry the story named, never a company',
    "Zenith Hospitals, Thailand's largest hospital group, uses the app. The Ministry of Public Health said in March it would issue guidance. Prasert Wong, a deputy permanent secretary at the ministry, said hospitals would remain responsible.",
    [],
    ['Prasert Wong LEADS Zenith Hospitals', 'Prasert Wong EMPLOYED_BY Zenith Hospitals'],
  ],
];

describe('rule set 2026.12.19', () => {
  itFindsEachCase('finds ', CASES, lexicon);

  it('reads an unknown name ending in "Hospitals" or "Clinics" as a company', () => {
    const names = entityNames(
      'Zenith Hospitals will roll out the assistant. Harbour Clinics will follow.',
      lexicon,
    );
    expect(names).toEqual(expect.arrayContaining(['Zenith Hospitals', 'Harbour Clinics']));
  });

  it('reads a company\'s national arm before a possessive ("MTN Ghana\'s team") as one name', () => {
    expect(entityNames("MTN Ghana's mobile money team came to us in 2023.", lexicon)).toContain(
      'MTN Ghana',
    );
  });
});
