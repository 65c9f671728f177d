import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Rule set 2026.12.07: scientists by their field as staff titles, words between a company and a
// role, two companies that compete, a company that pitches itself as another's answer, a
// supplier of what its customer uses, a company founded and run by one person, a chief hired
// with an earlier title, founding years ago, shares of ownership, a unit as its parent's arm,
// plaintiffs named after "including", adopters of a maker's models, what a company's product
// relies on, an executive chair, a unit run named after its parent, a service "of" its maker,
// money raised from a group led by an investor.
// The sentences were written by the team for this test; none comes from a publisher's article.
const CASES: FamilyCase[] = [
  [
    'a scientist named by field before the name',
    'Stanford University linguist Jane Roe said the tools still fail on rare languages.',
    ['Jane Roe EMPLOYED_BY Stanford University asserted'],
    [],
  ],
  [
    "words between the company and the role in a person's appositive",
    'Lerato Dube, a former Microsoft cloud sales executive, said the deal was overdue.',
    ['Lerato Dube EMPLOYED_BY Microsoft asserted'],
    [],
  ],
  [
    'two companies that compete, and a customer after "from" that is no rival',
    'Samsung Electronics and SK Hynix compete for memory orders from Nvidia.',
    ['Samsung Electronics COMPETES_WITH SK Hynix asserted'],
    ['SK Hynix COMPETES_WITH Nvidia', 'Samsung Electronics COMPETES_WITH Nvidia'],
  ],
  [
    'two companies "also" competing: with the story\'s company, not with each other',
    'Suki and Abridge are also competing for hospital contracts.',
    [],
    ['Suki COMPETES_WITH Abridge'],
  ],
  [
    "a company that pitches itself as another's answer",
    'Aleph Alpha pitches itself as a European answer to OpenAI.',
    ['Aleph Alpha COMPETES_WITH OpenAI asserted'],
    [],
  ],
  [
    'a supplier of what its customer uses, named in a relative clause',
    'TSMC makes most of the processors that Apple puts in its phones.',
    ['TSMC SUPPLIES Apple asserted'],
    [],
  ],
  [
    'a company founded and run by one person: founder and leader',
    'Kestrel Robotics, co-founded and run by Ines Moreau, raised money from Nvidia.',
    [
      'Ines Moreau FOUNDED Kestrel Robotics asserted',
      'Ines Moreau LEADS Kestrel Robotics asserted',
    ],
    [],
  ],
  [
    'a founding date and a leader: no founder named',
    'Kestrel Robotics was founded in 2021 and is run by Ines Moreau.',
    ['Ines Moreau LEADS Kestrel Robotics asserted'],
    ['Ines Moreau FOUNDED Kestrel Robotics'],
  ],
  [
    'a new chief hired with a title from an earlier job',
    'Quillmark has hired former Shopify executive Dana Okafor as its chief executive.',
    ['Dana Okafor LEADS Quillmark asserted'],
    ['Dana Okafor LEADS Shopify'],
  ],
  [
    'a founding told in years ago',
    'Kestrel Dynamics was founded two years ago by Marta Kivi.',
    ['Marta Kivi FOUNDED Kestrel Dynamics asserted'],
    [],
  ],
  [
    'a share of ownership as parenthood',
    'Köprü AI is 60% owned by Turkcell.',
    ['Turkcell PARENT_OF Köprü AI asserted'],
    [],
  ],
  [
    "a unit named as its parent's arm after a description of the parent",
    "Samsung Next, the South Korean electronics giant Samsung's venture arm, invested in the round.",
    ['Samsung Electronics PARENT_OF Samsung Next asserted'],
    [],
  ],
  [
    'plaintiffs named after "including" in the subject of a suit',
    'A group of publishers including Condé Nast, The Atlantic and Forbes sued Cohere in February.',
    [
      'Condé Nast SUED Cohere asserted',
      'The Atlantic SUED Cohere asserted',
      'Forbes SUED Cohere asserted',
    ],
    [],
  ],
  [
    'adopters of a maker\'s models, named after "such as"',
    "Mistral AI's open-weight models have been adopted by companies such as BNP Paribas and Orange.",
    ['BNP Paribas USED Mistral AI asserted', 'Orange USED Mistral AI asserted'],
    [],
  ],
  [
    "what a company's product relies on, and a verb that ends the possessor's phrase",
    "Lovable's product relies heavily on Anthropic's Claude models. OpenAI's chatbot uses Bing.",
    ['Lovable USED Claude asserted', 'OpenAI USED Bing asserted'],
    ['OpenAI DEVELOPED Bing'],
  ],
  [
    'a model described in four words run on chips',
    'Larkspur Labs runs its own fine-tuned code-review model on Nvidia H100 chips.',
    ['Larkspur Labs USED H100 asserted'],
    [],
  ],
  [
    'an executive chair leads and is no mere staff',
    "Dana Whitlock, Samsung's executive chair, said the plan was set.",
    ['Dana Whitlock LEADS Samsung Electronics asserted'],
    ['Dana Whitlock EMPLOYED_BY Samsung Electronics'],
  ],
  [
    'a unit run, named after its parent',
    "Peter Sarlin now runs AMD's Silo AI unit.",
    ['Peter Sarlin LEADS Silo AI asserted'],
    ['Peter Sarlin LEADS AMD'],
  ],
  [
    'a service "of" its maker, and a generator named with its maker\'s possessive',
    "Bedrock, the model-hosting service of Amazon Web Services, grew. Stable Diffusion, Stability AI's image generator, grew too.",
    [
      'Amazon Web Services DEVELOPED Bedrock asserted',
      'Stability AI DEVELOPED Stable Diffusion asserted',
    ],
    [],
  ],
  [
    'money raised from a group led by an investor',
    'Kestrel Robotics raised €40 million from a group led by the NATO Innovation Fund.',
    ['NATO Innovation Fund INVESTED_IN Kestrel Robotics asserted'],
    [],
  ],
];

describe('rule set 2026.12.07', () => {
  itFindsEachCase('finds', CASES, lexicon);
});
