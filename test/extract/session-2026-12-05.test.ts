import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { entityNames, type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.05. The sentences were written by the team for this test; none comes from a
// publisher's article.
const CASES: FamilyCase[] = [
  [
    'a department of two portfolios joined by "and"',
    'The Department of Communications and Digital Technologies criticised Google on Monday.',
    ['Department of Communications and Digital Technologies CRITICIZED Google asserted'],
    ['Digital Technologies CRITICIZED Google', 'Communications CRITICIZED Google'],
  ],
  [
    'a ministry whose portfolios are listed with commas',
    "Kenya's Ministry of Science, Technology, Knowledge and Innovation criticised Safaricom.",
    [
      'Ministry of Science, Technology, Knowledge and Innovation CRITICIZED Safaricom asserted',
      'Ministry of Science, Technology, Knowledge and Innovation LOCATED_IN Kenya asserted',
    ],
    [],
  ],
  [
    'a list member introduced by what it is',
    'Larkspur Labs sells to insurers. Its customers include Allstate and the Dutch bank ING.',
    ['Larkspur Labs SUPPLIES Allstate asserted', 'Larkspur Labs SUPPLIES ING asserted'],
    [],
  ],
  [
    'servers named by their chipmaker, rented from a cloud',
    'Cohere rented Nvidia-powered servers from CoreWeave, and Oracle is building data centers in Texas.',
    ['CoreWeave SUPPLIES Cohere asserted'],
    ['Oracle SUPPLIES Cohere', 'Nvidia SUPPLIES Cohere'],
  ],
  [
    "a maker's chips rented from a cloud, after training",
    'Cohere trained its model on Nvidia chips rented from CoreWeave.',
    ['CoreWeave SUPPLIES Cohere asserted'],
    [],
  ],
  [
    'money committed to rent servers is no investment',
    'Microsoft has committed more than $10 billion to rent servers from CoreWeave.',
    ['CoreWeave SUPPLIES Microsoft asserted'],
    ['Microsoft INVESTED_IN CoreWeave'],
  ],
  [
    'a list after "and" with an Oxford comma stays one list before its verb',
    'Baidu launched a chatbot, though rivals Alibaba, Huawei, and Tencent have similar projects.',
    ['Baidu COMPETES_WITH Tencent asserted', 'Baidu COMPETES_WITH Huawei asserted'],
    [],
  ],
  [
    "a town and a state's abbreviation before -based",
    'Apple said sales rose. The Cupertino, Calif.-based company declined to comment.',
    ['Apple LOCATED_IN Cupertino asserted', 'Apple LOCATED_IN California asserted'],
    [],
  ],
  [
    'a name inside a described member is no member',
    'Zhipu AI, which counts Alibaba, Tencent and the Saudi Aramco-backed fund Prosperity7 among its investors, grew.',
    [
      'Alibaba Group INVESTED_IN Zhipu AI asserted',
      'Tencent INVESTED_IN Zhipu AI asserted',
      'Prosperity7 INVESTED_IN Zhipu AI asserted',
      'Aramco INVESTED_IN Prosperity7 asserted',
    ],
    ['Aramco INVESTED_IN Zhipu AI', 'Alibaba Group INVESTED_IN Prosperity7'],
  ],
  [
    'backers listed before -backed',
    'Microsoft- and Nvidia-backed Inflection AI grew. Alibaba and Tencent-backed Moonshot AI grew.',
    [
      'Microsoft INVESTED_IN Inflection AI asserted',
      'Nvidia INVESTED_IN Inflection AI asserted',
      'Alibaba Group INVESTED_IN Moonshot AI asserted',
      'Tencent INVESTED_IN Moonshot AI asserted',
    ],
    [],
  ],
  [
    'a list member whose name opens with "the"',
    'OpenAI has signed content licensing agreements with Axel Springer, the Financial Times and News Corp.',
    [
      'OpenAI PARTNERED_WITH Axel Springer asserted',
      'OpenAI PARTNERED_WITH Financial Times asserted',
      'OpenAI PARTNERED_WITH News Corp asserted',
    ],
    [],
  ],
  [
    'two companies that are partners',
    'SoftBank and OpenAI are partners in the venture. Cisco and Nvidia have also signed on as partners.',
    ['SoftBank Group PARTNERED_WITH OpenAI asserted'],
    ['Cisco PARTNERED_WITH Nvidia'],
  ],
];

describe('rule set 2026.12.05', () => {
  itFindsEachCase('', CASES, lexicon);
});

describe('portfolio bodies', () => {
  it('keeps a list of companies after a ministry apart from its name', () => {
    const names = entityNames('The Ministry of Finance, Google and Meta met on Tuesday.', lexicon);
    expect(names).toContain('Ministry of Finance');
    expect(names.some((n) => n.includes('Finance,'))).toBe(false);
  });
});

describe('a surname before "and" and a full name', () => {
  it('keeps a known surname apart from the full name after it', () => {
    const names = entityNames(
      'Oracle co-chief executive Clay Magouyrk spoke. Magouyrk and Mike Sicilia took over.',
      lexicon,
    );
    expect(names).toContain('Mike Sicilia');
    expect(names).not.toContain('Magouyrk Sicilia');
  });
  it('still gives a lone given name the family name that follows', () => {
    expect(entityNames('Ana and Luis Ortega founded Zeta.', lexicon)).toContain('Ana Ortega');
  });
});
