// Near-copy fingerprints on stories written for this test: another outlet's byline or credit
// line leaves the fingerprint as it is; a different story lands far away.
import { describe, expect, it } from 'vitest';
import { fingerprint, hammingDistance } from '../../src/ingest/fingerprint.js';

const STORY = [
  'Orvane Labs, a start-up that builds speech models for call centres, said on Tuesday it had raised $40 million in a round led by Kestrel Capital, with participation from two existing investors.',
  'The company, which was founded three years ago by former university researchers, plans to use the money to hire engineers and to open an office in Lisbon before the end of the year.',
  'Its chief executive said demand from banks and insurers had grown quickly, as large companies looked for ways to answer more customer calls without adding staff to their support teams.',
  'Analysts said the round was small by the standards of the industry, where the largest laboratories raise billions of dollars, but large for a company focused on a single kind of product.',
  'Orvane Labs competes with several larger groups that sell voice assistants, and it said its models were cheaper to run because they were trained for a narrow set of tasks and languages.',
].join('\n\n');

const OTHER = [
  'A regulator in Europe opened an inquiry on Monday into how a large social network trains its recommendation systems on the messages and photos that its users share with their friends.',
  'The inquiry will look at whether the company asked for consent in the right way, officials said, and could lead to a fine of up to four percent of its annual turnover if the rules were broken.',
  'The company said it would cooperate with the regulator and that it believed its practices complied with the law, adding that users could already opt out of the use of their data for training.',
  'Privacy groups welcomed the inquiry and said similar complaints had been filed in several other countries, where authorities have so far been slower to act on questions about machine learning.',
].join('\n\n');

const distance = (a: string, b: string) =>
  hammingDistance(fingerprint(a).simhash, fingerprint(b).simhash);

describe('fingerprint', () => {
  it('is the same for a copy with another outlet’s byline, dateline or credit line', () => {
    for (const copy of [
      `By a staff writer\n\n${STORY}`,
      `LISBON (Wire Service) -\n\n${STORY}`,
      `${STORY}\n\n(Reporting by Jane Doe in Lisbon; additional reporting by Li Wei; editing by John Smith)`,
      `${STORY}\n\nThis story first appeared on another website.`,
    ])
      expect(distance(STORY, copy)).toBe(0);
  });

  it('lands far from another story', () => {
    expect(distance(STORY, OTHER)).toBeGreaterThan(12);
  });

  it('reads the whole text when short paragraphs are most of it', () => {
    const lines = 'Acme raised money.\n\nZeta hired staff.\n\nBeta sued Gamma.';
    expect(fingerprint(lines).simhash).not.toBe(fingerprint('Acme raised money.').simhash);
    expect(fingerprint(lines).bands).toHaveLength(4);
  });
});

describe('hammingDistance', () => {
  it('counts the differing bits of both 32-bit halves, top bits included', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('f0f0f0f0a5a5a5a5', '0f0f0f0fa5a5a5a4')).toBe(33);
  });
});
