import { describe, expect, it } from 'vitest';
import { loadLexicon, parseLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.17. The lexicon knows where about 7,000 organizations are headquartered
// (`city`, the city as the press names it). "The Santa Clara, California-based company", "the
// Mountain View-based company", "the Shanghai company": a city among a description's modifiers
// names the company the story has named that is based there (by the lexicon, or because the
// text tied it to the city: "Qilin Data, a Shanghai-based start-up"), when the company chosen
// otherwise is known to be elsewhere, is a public body, or is unknown to the lexicon. The company
// chosen stays when the description is its appositive ("Halvard Partners, the London venture
// firm"), when the lexicon knows it but not its city, and when the description is of a start-up
// the lexicon does not know: "the London-based start-up" is the story's own, not DeepMind.
// A bare title in a sentence naming no company ('"...," said co-founder and chief executive Jane
// Roe.') after a sentence opening on a start-up is held at that start-up, not at the story's
// company; a giant opening the sentence before is background and changes nothing.
// The lexicon also knows the organizations ~3,600 people are best known with (`orgs`): a bare
// title ("Chief executive Jensen Huang said") is held at the person's own company when the story
// names it (rather than at another company its sentence names), and among several of them named in
// its sentence, at the one nearest the title; "Mensch co-founded the firm" is the company the
// lexicon ties the person to (the first in the lexicon's order that the story named), as is
// "Arthur Mensch, the company's chief executive," rather than the story's company.
// "X, who is co-chief executive alongside Y," leads the story's company, as "X is chief executive".
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a city-based description is the company the lexicon places in that city',
    "Kestrel Robotics said it had ordered thousands of Nvidia's H200 chips. The Santa Clara, California-based company has struggled to meet demand.",
    ['Nvidia LOCATED_IN Santa Clara asserted'],
    ['Kestrel Robotics LOCATED_IN Santa Clara'],
  ],
  [
    'a city-based description is no public body',
    "Nvidia designed the H20 for China. The rules, drawn up by the U.S. Commerce Department, cut off Chinese access to the Santa Clara, California-based company's flagship chips.",
    ['Nvidia LOCATED_IN Santa Clara asserted'],
    ['U.S. Commerce Department LOCATED_IN Santa Clara'],
  ],
  [
    'a city-based description is not a company known to be elsewhere',
    "Anthropic said on Tuesday it had cut off Windsurf's access to Claude. The Mountain View-based company said it would route more traffic to Google's Gemini 2.5 Pro.",
    ['Windsurf LOCATED_IN Mountain View asserted', 'Windsurf USED Gemini 2.5 Pro planned'],
    ['Anthropic LOCATED_IN Mountain View', 'Anthropic USED Gemini 2.5 Pro'],
  ],
  [
    'a city description is the company the text tied to that city',
    'Qilin Data, a Shanghai-based start-up, was founded in 2019. Alibaba said on Monday that it would buy its data-labelling tools. The Shanghai company raised 800 million yuan last year in a round led by Hillhouse Investment.',
    ['Hillhouse Investment INVESTED_IN Qilin Data asserted'],
    ['Hillhouse Investment INVESTED_IN Alibaba Group', 'Alibaba Group LOCATED_IN Shanghai'],
  ],
  [
    'a city-based start-up the lexicon does not know is the story’s own',
    'Brindle AI was founded last year by former Google DeepMind researchers. The London-based start-up has 20 employees.',
    ['Brindle AI LOCATED_IN London asserted'],
    ['Google DeepMind LOCATED_IN London'],
  ],
  [
    'a city description in apposition is the name before it',
    'Google DeepMind published a paper on Monday. The round was led by Halvard Partners, the London venture firm, with participation from Osprey Capital.',
    ['Halvard Partners LOCATED_IN London asserted'],
    ['Google DeepMind LOCATED_IN London'],
  ],
  [
    'a bare title after a sentence opening on a start-up is held there',
    'Anthropic cut off access to its Claude models for several customers on Monday. Anthropic said the change was needed to protect capacity. Kestrel Robotics, a 14-person Oslo start-up that sells warehouse robots, said it was adding a fallback. "Nobody should be one email away from an outage," said co-founder and chief executive Kari Nordmann.',
    [
      'Kari Nordmann LEADS Kestrel Robotics asserted',
      'Kari Nordmann FOUNDED Kestrel Robotics asserted',
    ],
    ['Kari Nordmann LEADS Anthropic', 'Kari Nordmann FOUNDED Anthropic'],
  ],
  [
    'a bare title after a sentence opening on a giant is held at the story’s company',
    'Baidu showed its new Ernie model on Thursday. Baidu said the model would be free. Google released a rival model last week. CEO Robin Li instead played a recorded video.',
    ['Robin Li LEADS Baidu asserted'],
    ['Robin Li LEADS Google'],
  ],
  [
    'a bare title is held at the company the lexicon ties the person to, when the story names it',
    'AMD reported record sales on Wednesday. AMD said its MI350 chips would ship this quarter, and AMD shares rose. Nvidia also reported results. Chief executive Jensen Huang said supply would improve.',
    ['Jensen Huang LEADS Nvidia asserted'],
    ['Jensen Huang LEADS AMD'],
  ],
  [
    '"the firm" a known founder co-founded, and his bare title, are his own company',
    'Mistral AI released a new model on Monday. Amazon Web Services will host it, chief executive Arthur Mensch said at an event held by Amazon Web Services in Paris. Mensch co-founded the firm in 2023 with Guillaume Lample.',
    [
      'Arthur Mensch FOUNDED Mistral AI asserted',
      'Guillaume Lample FOUNDED Mistral AI asserted',
      'Arthur Mensch LEADS Mistral AI asserted',
    ],
    [
      'Arthur Mensch FOUNDED Amazon Web Services',
      'Guillaume Lample FOUNDED Amazon Web Services',
      'Arthur Mensch LEADS Amazon Web Services',
    ],
  ],
  [
    '"the company’s chief executive" in a known person’s apposition is their own company',
    'General Catalyst led a €600 million round in Mistral AI on Monday. General Catalyst has now backed 12 European AI companies, General Catalyst said. "We will go faster," Arthur Mensch, the company\'s chief executive, told reporters.',
    ['Arthur Mensch LEADS Mistral AI asserted'],
    ['Arthur Mensch LEADS General Catalyst'],
  ],
  [
    'a person who "is co-chief executive" of the story’s company leads it',
    'Helsing raised €600 million on Monday. Torsten Reil, who is co-chief executive alongside Gundbert Scherf, said the company would expand.',
    ['Torsten Reil LEADS Helsing asserted'],
    [],
  ],
];

describe('rule set 2026.12.17', () => {
  itFindsEachCase('finds ', CASES, lexicon);

  it('rejects an empty headquarters city in a lexicon entry', () => {
    const entry = { id: 'zeta', name: 'Zeta', type: 'Organization', aliases: [], city: '' };
    expect(() => parseLexicon([{ name: 'orgs.json', data: { entries: [entry] } }])).toThrow(
      /orgs\.json.*city/,
    );
  });

  it('rejects an empty organization id in a person’s lexicon entry', () => {
    const entry = { id: 'kari', name: 'Kari Nordmann', type: 'Person', aliases: [], orgs: [''] };
    expect(() => parseLexicon([{ name: 'people.json', data: { entries: [entry] } }])).toThrow(
      /people\.json.*orgs/,
    );
  });

  it('reads a headquarters city from a lexicon entry', () => {
    const entry = { id: 'zeta', name: 'Zeta', type: 'Organization', aliases: [], city: 'Oslo' };
    const parsed = parseLexicon([{ name: 'orgs.json', data: { entries: [entry] } }]);
    expect(parsed.byId.get('zeta')?.city).toBe('Oslo');
  });
});
