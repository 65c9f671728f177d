import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const here = '[extract/entities] ';

// [label, text, expected "Type:Name" entities]
const FOUND: Array<[string, string, string[]]> = [
  [
    'lexicon names and aliases merge',
    'Meta Platforms said on Monday that Meta would spend more.',
    ['Organization:Meta Platforms'],
  ],
  ['possessives', "ByteDance's account was suspended.", ['Organization:ByteDance']],
  [
    'hyphen compounds',
    'TikTok-parent ByteDance and Sam Altman-led OpenAI met.',
    ['Product:TikTok', 'Organization:ByteDance', 'Person:Sam Altman', 'Organization:OpenAI'],
  ],
  ['dotted names', '01.AI released Yi-34B.', ['Organization:01.AI', 'Product:Yi-34B']],
  [
    'organization suffix',
    'Zhipu AI and Moonshot Technologies both raised money.',
    ['Organization:Zhipu AI', 'Organization:Moonshot Technologies'],
  ],
  [
    'model shapes',
    'The test compared GPT-4o, Llama 3.1 405B, Claude 3 Opus and the H20.',
    ['Product:GPT-4o', 'Product:Llama 3.1 405B', 'Product:Claude 3 Opus', 'Product:H20'],
  ],
  [
    'appositive start-up',
    'Investors like Lumina, a Beijing-based start-up, are rare.',
    ['Organization:Lumina', 'Place:Beijing'],
  ],
  [
    'title before a name',
    'The firm hired chief executive Wang Xiaochuan last year.',
    ['Person:Wang Xiaochuan'],
  ],
  ['given names', 'Google spokesperson Jodi Seth declined to comment.', ['Person:Jodi Seth']],
  [
    'corporate forms join the company',
    'Microsoft Corporation MSFT and Amazon.com rose.',
    ['Organization:Microsoft', 'Organization:Amazon'],
  ],
  ['product versions', 'Apple showed iOS 18 alongside Ernie 4.5.', ['Product:Ernie 4.5']],
  [
    'a country before its agency',
    'The US Federal Trade Commission opened a probe.',
    ['Organization:US Federal Trade Commission'],
  ],
];

describe('entities', () => {
  it.each(FOUND)(`${here}%s`, (_label, text, expected) => {
    const x = extract(text);
    const found = x.entities.map((e) => `${e.type}:${e.name}`);
    for (const e of expected) expect(found, text).toContain(e);
  });

  // names the test lexicon does not know, found by rules alone
  const UNKNOWN: Array<[string, string, string[]]> = [
    ['dotted start-up names', 'Investors valued 02.AI at $1 billion.', ['Organization:02.AI']],
    [
      'named governments',
      'Senior Trump administration officials spoke.',
      ['Organization:Trump administration'],
    ],
    [
      'a name whose surname recurs is a person',
      'Founder Ada Quill spoke. Later Quill said more.',
      ['Person:Ada Quill'],
    ],
    [
      'public bodies with "and" and "of"',
      'The Securities and Exchange Commission and the Bureau of Industry and Security acted.',
      [
        'Organization:Securities and Exchange Commission',
        'Organization:Bureau of Industry and Security',
      ],
    ],
    [
      'a word seen twice inside sentences',
      'Shares of Zentrix rose. Analysts said Zentrix would grow.',
      ['Organization:Zentrix'],
    ],
    [
      'list neighbours share a type',
      'General Catalyst backed companies like Snap and Deliveroo.',
      ['Organization:Snap', 'Organization:Deliveroo'],
    ],
  ];
  it.each(UNKNOWN)(`${here}%s`, (_label, text, expected) => {
    const found = extract(text).entities.map((e) => `${e.type}:${e.name}`);
    for (const e of expected) expect(found, text).toContain(e);
  });

  it(`${here}lone surnames after a full mention are aliases`, () => {
    const x = extract('Sam Altman spoke first. Later, Altman said the board agreed.');
    const altman = x.entities.filter((e) => e.type === 'Person');
    expect(altman).toHaveLength(1);
    expect(altman[0]?.aliases).toContain('Altman');
    expect(altman[0]?.mentions).toHaveLength(2);
  });

  it(`${here}"Dario and Daniela Amodei" gives two people`, () => {
    const x = extract('Anthropic was founded by Dario and Daniela Amodei.');
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Dario Amodei', 'Daniela Amodei']));
  });

  it(`${here}"Chinese" counts as China only where China is named`, () => {
    expect(extract('Chinese firms grew.').entities.map((e) => e.name)).not.toContain('China');
    expect(
      extract('China grew. Chinese firms grew.').entities.find((e) => e.name === 'China')?.aliases,
    ).toContain('Chinese');
  });

  const JUNK: Array<[string, string, string]> = [
    ['a sentence-initial word', 'Tensors organise data. OpenAI agreed.', 'Tensors'],
    ['months', 'In April, OpenAI met Microsoft in March.', 'April'],
    ['"The"', 'The deal closed. The Verge reported it.', 'The'],
    ['headings', 'Key Takeaways\n\nOpenAI released GPT-4.', 'Key Takeaways'],
    ['money, not the country', 'It raised US$1 billion.', 'United States'],
    ['ordinals and units', 'An 11th-hour change gave 96GB of memory.', '96GB'],
    [
      'events',
      'Apple spoke at the Worldwide Developers Conference in June.',
      'Worldwide Developers Conference',
    ],
    ['job titles', 'Microsoft President Brad Smith spoke.', 'Microsoft President'],
  ];
  it.each(JUNK)(`${here}no junk entity: %s`, (_label, text, junk) => {
    const names = extract(text).entities.flatMap((e) => e.aliases);
    expect(names).not.toContain(junk);
  });

  it(`${here}mentions carry exact offsets and their sentence`, () => {
    const text = 'Baidu spoke. Later, OpenAI’s GPT-4 Turbo shipped.';
    const x = extract(text);
    for (const e of x.entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        const s = x.sentences[m.sentence];
        expect(s && m.start >= s.start && m.end <= s.end).toBe(true);
      }
    }
    expect(x.entities.find((e) => e.name === 'GPT-4 Turbo')?.key).toBe('Product:gpt4turbo');
  });
});
