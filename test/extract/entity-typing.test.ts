import { describe } from 'vitest';
import { itTypesEachName, lexiconEntry, type NameCase, smallLexicon } from './helpers.js';

const here = '[extract/entity-typing] ';

// Names the lexicon does not know, typed by what the sentence says of them: an appositive, an
// initialism, where a thing stands, a longer name used before. Sentences written for these
// tests; the lexicon holds a few companies, products and places.
const org = lexiconEntry('Organization', 'other');
const product = lexiconEntry('Product', 'model');
const place = lexiconEntry('Place', 'region');
const lexicon = smallLexicon({
  organizations: [
    org('hollis', 'Hollis'),
    org('orvale', 'Orvale'),
    org('hollis-research', 'Hollis Research'),
    org('kestrel-fund', 'Kestrel Growth Fund', ['Growth Fund']),
    org('the-pacific', 'The Pacific'),
    org('quarry', 'QUARRY'),
  ],
  products: [product('scribe', 'Scribe'), product('tarn-r2', 'Tarn-R2', ['R2'])],
  places: [
    place('ohio', 'Ohio'),
    place('india', 'India'),
    place('japan', 'Japan'),
    place('gujarat', 'Gujarat'),
    place('global-north', 'Global North'),
  ],
});

const FOUND: NameCase[] = [
  // [family, text, "Type Name" lines that must be present]
  [
    'a title word ending a product name',
    "The firm's main product, Brask Counsel, drafts contracts.",
    ['Product Brask Counsel'],
  ],
  [
    'an appositive developer with a place before it',
    'Hollis agreed to buy Wenqiao Autonomous, an Ohio-based robotaxi developer, people said.',
    ['Organization Wenqiao Autonomous'],
  ],
  [
    'an appositive firm, and a former partner of a firm who is a person',
    'The round was led by Prisma Vale, the investment firm of Jane Roe. ' +
      'Hollis was founded by Gunnar Streff, a former Orvale partner, and Jane Roe.',
    ['Organization Prisma Vale', 'Person Gunnar Streff'],
  ],
  [
    'an appositive start-up whose head noun a participle follows',
    'Aubrel, an Ohio-based startup building AI agents, said Wenqiao Autonomous, an Ohio-based robotaxi developer, is a client.',
    ['Organization Aubrel', 'Organization Wenqiao Autonomous'],
  ],
  [
    'an appositive product noun',
    'Hollis ordered app stores to drop Tinglu, a chatbot developed by Orvale.',
    ['Product Tinglu'],
  ],
  [
    'an initialism opening a name',
    'The deal was cheap, KB Lorrin analyst Jane Roe said in a note.',
    ['Organization KB Lorrin'],
  ],
  [
    'an appositive title after a name holding an event word',
    'The plan will work, said Summit Vale, an analyst at Hollis.',
    ['Person Summit Vale'],
  ],
  [
    'a town where someone works',
    'Her father, a doctor in Veroth, told her about the tool.',
    ['Place Veroth'],
  ],
  ['a town a campus is near', 'The new campus near Tromvik opens in May.', ['Place Tromvik']],
  [
    'a town in a named state',
    'It will build a data centre in Kandrapur, in the western state of Gujarat.',
    ['Place Kandrapur'],
  ],
  [
    'a council named "for the ... of ..."',
    'He met officials of the Ohio Council for the Advancement of Rural Trade on Monday.',
    ['Organization Ohio Council for the Advancement of Rural Trade'],
  ],
  [
    'a research arm named for a country',
    'Former Hollis Research India scientists founded the start-up.',
    ['Organization Hollis Research India'],
  ],
  [
    'a numbered fund',
    "Investors include Kestrel's Growth Fund 2 and Orvale.",
    ['Organization Growth Fund 2'],
  ],
  [
    'a product "called" with a known product in its name',
    'Hollis sells a product called VRX Scribe to hospitals.',
    ['Product VRX Scribe'],
  ],
  [
    'a venture "called" with known names in its name',
    'The venture, to be called KT Orvale Japan, will sell software.',
    ['Organization KT Orvale Japan'],
  ],
  [
    'a body whose name opens with a verb',
    'Ban Loud Drones, a coalition of campaign groups, said it was worried.',
    ['Organization Ban Loud Drones'],
  ],
  [
    'a hyphenated surname that opens with a given name',
    'Tavor was founded by Noa Shalev and Yoav Ben-Ami.',
    ['Person Yoav Ben-Ami'],
  ],
  [
    'a product before a hyphenated product noun',
    'Hollis will use it in its DriveMate driver-assistance system.',
    ['Product DriveMate'],
  ],
  [
    'a model named with a known model suffix',
    'Orvale released Wenlo-R2, an open reasoning model.',
    ['Product Wenlo-R2'],
  ],
  ['a crawler in apposition', "Orvale's crawler, OrvaleBot, was blocked.", ['Product OrvaleBot']],
  [
    'a known name with a word after it, called a company by its appositive',
    'It raised money from Orvale Next, the venture arm of Orvale.',
    ['Organization Orvale Next'],
  ],
  [
    'a company that runs plants',
    'Hollis robots work at car plants run by Veltrix.',
    ['Organization Veltrix'],
  ],
  [
    'a lower-case noun after a "called" product ends its name',
    'Orvale will sell a product called Brindle assistance, a set of office agents.',
    ['Product Brindle assistance'],
  ],
  [
    'capitalised words ending in a product noun after an owner',
    'Users can reach Scribe inside Hollis apps and its Reading Tools from next month.',
    ['Product Reading Tools'],
  ],
  [
    'a product name an owner comes before may open with a heading word',
    'Hollis added Scribe to its Background Agents this week.',
    ['Product Background Agents'],
  ],
  [
    'a web address that names a company',
    'Orvale bought testing outfit Quibble.ai last year.',
    ['Organization Quibble.ai'],
  ],
  [
    'a company and "AI" standing alone name its AI unit',
    'Jane Roe left Orvale and now heads Hollis AI, a new unit.',
    ['Organization Hollis AI'],
  ],
];

const ABSENT: NameCase[] = [
  // [family, text, "Type Name" lines that must NOT be present]
  [
    'an amount in rupees is no model',
    'The deal is valued at about Rs 1,200 crore, the mission at Rs 10,372 crore.',
    ['Product Rs 1', 'Product Rs 10'],
  ],
  [
    'a short form of a fund is no person',
    'Two Rivers Capital, one of its investors, objected. "The price is low," Two Rivers said.',
    ['Person Two Rivers'],
  ],
  [
    'the head word of a body named before is no new body',
    'The Ohio Trade Commission opened a case. A Commission spokesperson declined to comment.',
    ['Organization Commission'],
  ],
  [
    'an event named by the noun after it',
    'Jane Roe spoke at the ZorbCon conference in Ohio.',
    ['Organization ZorbCon', 'Product ZorbCon'],
  ],
  [
    'a hyphenated model is not the known model with that suffix',
    'Orvale released Wenlo-R2, an open reasoning model.',
    ['Product Tarn-R2'],
  ],
  [
    'a numbered fund does not keep the fund it numbers',
    "Investors include Kestrel's Growth Fund 2 and Orvale.",
    ['Organization Kestrel Growth Fund'],
  ],
  [
    'a "called" name is not split into its parts',
    'Hollis sells a product called VRX Scribe to hospitals.',
    ['Product Scribe', 'Product VRX'],
  ],
  [
    'a licence is no product or company',
    'Orvale ships its weights under the Zorvex 3.0 licence and others under a QUARRY license.',
    ['Product Zorvex 3.0', 'Organization QUARRY'],
  ],
  [
    'an ocean is not the outlet of its name',
    'Across the Pacific, regulators in Japan said they were watching Orvale.',
    ['Organization The Pacific'],
  ],
  [
    'a grouping of countries by wealth is no place',
    'Hollis said its tools serve builders from across the Global North.',
    ['Place Global North'],
  ],
];

describe(`${here}names typed from context`, () => {
  itTypesEachName(FOUND, ABSENT, lexicon);
});
