import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Use, supply and objects with a place before them, in sentences written for this test:
// progressive verbs of use, "it" as the thing used, relatives with a modal, runs and
// fine-tunes, direct supply, two-word compute contracts, "Toronto-based Cohere" as an object.
const CASES: FamilyCase[] = [
  [
    'a progressive verb of use is active, not a passive',
    'Halvard Bank is testing Mistral Large in its call centres.',
    ['Halvard Bank USED Mistral Large asserted'],
    [],
  ],
  [
    '"it" after a verb of use is the product the story named',
    'Quorra AI released Quill-2 on Monday. Brennan Motors said it is deploying it in its cars.',
    ['Quorra AI DEVELOPED Quill-2 asserted', 'Brennan Motors USED Quill-2 asserted'],
    [],
  ],
  [
    '"bought it" is left to company coreference, never a product',
    'Quorra AI released Quill-2 on Monday. Two years ago Brennan Motors bought it.',
    ['Quorra AI DEVELOPED Quill-2 asserted'],
    ['Brennan Motors USED Quill-2'],
  ],
  [
    'a relative clause of use with a modal',
    'Amazon is ramping up its Trainium2 chip, which Anthropic will use to train its next models.',
    ['Anthropic USED Trainium planned'],
    [],
  ],
  [
    'a list that runs inference on a product',
    'Microsoft and Meta both run production inference on the MI300X.',
    ['Microsoft USED MI300X asserted', 'Meta Platforms USED MI300X asserted'],
    [],
  ],
  [
    'a product fine-tuned from another: its maker uses it',
    'Tessaro Labs released Tess-1 last week. Tess-1 is a speech system fine-tuned from Meta’s Llama 3.',
    ['Tessaro Labs USED Llama 3 asserted'],
    [],
  ],
  [
    'a relative clause of direct supply',
    'Micron, which also supplies Nvidia, expects record sales.',
    ['Micron Technology SUPPLIES Nvidia asserted'],
    [],
  ],
  [
    'direct supply to a list, never to goods of a possessor',
    'SK Hynix supplies Nvidia and AMD. Samsung supplies Nvidia’s partners with memory.',
    ['SK Hynix SUPPLIES Nvidia asserted', 'SK Hynix SUPPLIES AMD asserted'],
    ['Samsung SUPPLIES Nvidia'],
  ],
  [
    'a cloud computing contract with a company makes it the supplier',
    'OpenAI signed a cloud computing contract with Oracle in July.',
    ['Oracle SUPPLIES OpenAI asserted'],
    [],
  ],
  [
    'an object with a place before it: "Toronto-based Cohere", "Abu Dhabi’s G42"',
    'Fujitsu has partnered with Toronto-based Cohere. Lumeris Corp acquired Berlin-based Zeta Labs. Microsoft is working with Abu Dhabi’s G42.',
    [
      'Fujitsu PARTNERED_WITH Cohere asserted',
      'Cohere LOCATED_IN Toronto asserted',
      'Lumeris Corp ACQUIRED Zeta Labs asserted',
      'Microsoft PARTNERED_WITH G42 asserted',
      'G42 LOCATED_IN Abu Dhabi asserted',
    ],
    ['Lumeris Corp ACQUIRED Berlin', 'Fujitsu PARTNERED_WITH Toronto'],
  ],
  [
    'a product in apposition "originally built by the" maker; a language is no product',
    'Humain is rolling out Allam, an Arabic model originally built by the Saudi Data and AI Authority.',
    ['Saudi Data and AI Authority DEVELOPED ALLaM asserted'],
    ['Humain DEVELOPED Arabic'],
  ],
  [
    'partners that work together to develop a product both develop it',
    'Sony Group has partnered with Preferred Networks to develop PLaMo 2, a Japanese model.',
    [
      'Sony PARTNERED_WITH Preferred Networks asserted',
      'Sony DEVELOPED PLaMo 2 asserted',
      'Preferred Networks DEVELOPED PLaMo 2 asserted',
    ],
    [],
  ],
  [
    'a company in apposition that a person co-founded with partners',
    'Aidan Gomez runs Cohere. Cohere, the Toronto-based company he co-founded in 2019 with Ivan Zhang and Nick Frosst, raised $500 million.',
    [
      'Aidan Gomez FOUNDED Cohere asserted',
      'Ivan Zhang FOUNDED Cohere asserted',
      'Nick Frosst FOUNDED Cohere asserted',
    ],
    [],
  ],
  [
    'a function’s chief is staff, the chief executive leads',
    'OpenAI’s finance chief Sarah Friar spoke first. Meta’s AI chief Yann LeCun spoke next.',
    ['Sarah Friar EMPLOYED_BY OpenAI asserted', 'Yann LeCun EMPLOYED_BY Meta Platforms asserted'],
    ['Sarah Friar LEADS OpenAI', 'Yann LeCun LEADS Meta Platforms'],
  ],
  [
    'a company valued in a round is the round’s investee, not one named sentences before',
    'Meta Platforms invested in Scale AI last year. Mistral AI released Large 3. Mistral was valued at about 6 billion euros in a funding round led by General Catalyst, with participation from Nvidia and Samsung.',
    [
      'General Catalyst INVESTED_IN Mistral AI asserted',
      'Nvidia INVESTED_IN Mistral AI asserted',
      'Samsung Electronics INVESTED_IN Mistral AI asserted',
    ],
    ['Nvidia INVESTED_IN Meta Platforms', 'Nvidia INVESTED_IN Scale AI'],
  ],
  [
    'a campus being built is no headquarters; a headquarters campus is',
    'Meta is building its Hyperion campus in Richland Parish, Louisiana. Google’s headquarters campus in Mountain View grew.',
    ['Google LOCATED_IN Mountain View asserted'],
    ['Meta Platforms LOCATED_IN Louisiana', 'Meta Platforms LOCATED_IN Richland Parish'],
  ],
  [
    'a description after a preposition in a name’s own clause is another company',
    'AMD agreed a $10 billion collaboration with Humain, and Amazon Web Services said it would invest more than $5 billion in the kingdom with the Riyadh-based firm.',
    ['Humain LOCATED_IN Riyadh asserted'],
    ['Amazon Web Services LOCATED_IN Riyadh'],
  ],
  [
    'benchmark claims in a relative clause, races, paces and favourable comparisons are rivalry',
    'Mistral AI unveiled Mistral Large 3, a model that it says matches OpenAI’s GPT-4o on several benchmarks. ServiceNow is racing Salesforce to sell assistants. Investors question whether Cohere can keep pace with Anthropic. AMD’s MI325X compares favourably with Nvidia’s H200 on memory.',
    [
      'Mistral Large 3 COMPETES_WITH GPT-4o asserted',
      'ServiceNow COMPETES_WITH Salesforce asserted',
      'Cohere COMPETES_WITH Anthropic asserted',
      'MI325X COMPETES_WITH H200 asserted',
    ],
    [],
  ],
  [
    'an owned company or a lab in apposition; an owner’s possessive crosses no auxiliary',
    'Arm, SoftBank’s majority-owned chip designer, will use the Blackwell chips. Joelle Pineau ran Meta’s fundamental AI research lab, FAIR, for years. She once worked at Meta’s AI research lab, Moonshot AI said.',
    ['SoftBank Group PARENT_OF Arm asserted', 'Meta Platforms PARENT_OF FAIR asserted'],
    ['SoftBank Group DEVELOPED Blackwell', 'Meta Platforms PARENT_OF Moonshot AI'],
  ],
  [
    'chips supplied by a provider supply the company that trains on them, not the chips’ maker',
    'Mistral AI trained Large 3 on Nvidia H100 chips supplied by Fluidstack, a London-based cloud provider.',
    ['Fluidstack SUPPLIES Mistral AI asserted'],
    ['Fluidstack SUPPLIES Nvidia'],
  ],
  [
    'a maker of another company’s named product supplies it; a relative clause that supplies with goods',
    'TSMC, which manufactures Nvidia’s GB200, has doubled its capacity. Amazon, which has invested in Anthropic and supplies Scale AI with Trainium chips, declined to comment.',
    ['TSMC SUPPLIES Nvidia asserted', 'Amazon SUPPLIES Scale AI asserted'],
    [],
  ],
  [
    'an investor in apposition; investors in two companies; backers with a descriptor',
    'Google, also an Anthropic investor, did not respond. MGX is already an investor in OpenAI and in xAI. MGX, the investment vehicle backed by G42 and sovereign fund Mubadala, grew.',
    [
      'Google INVESTED_IN Anthropic asserted',
      'MGX INVESTED_IN OpenAI asserted',
      'MGX INVESTED_IN xAI asserted',
      'G42 INVESTED_IN MGX asserted',
      'Mubadala INVESTED_IN MGX asserted',
    ],
    [],
  ],
  [
    'companies that build together are partners; what a thing is built with is not',
    'G42 will build a computing cluster with OpenAI and Oracle. Cisco and SoftBank Group have also signed on as partners. Acme Corp built the model with Nvidia chips.',
    [
      'G42 PARTNERED_WITH OpenAI planned',
      'G42 PARTNERED_WITH Oracle planned',
      'Cisco PARTNERED_WITH G42 asserted',
      'SoftBank Group PARTNERED_WITH G42 asserted',
    ],
    ['Acme Corp PARTNERED_WITH Nvidia', 'SoftBank Group PARTNERED_WITH Cisco'],
  ],
  [
    'training a named model on chips, porting models to chips, building goods into products',
    'Mistral AI trained Large 3 on Nvidia H100 chips. Silo AI has been porting open-source models to AMD’s Instinct accelerators. Oracle has built Cohere’s models into its cloud applications. Kakao will bring ChatGPT features into its KakaoTalk messenger.',
    [
      'Mistral AI USED H100 asserted',
      'Silo AI USED Instinct asserted',
      'Oracle USED Cohere asserted',
      'Kakao USED ChatGPT planned',
    ],
    [],
  ],
  [
    'a co-founder named after "with" when the founder’s age stands in commas',
    'Scale AI raised money. Alexandr Wang, 28, co-founded Scale AI in 2016 with Lucy Guo, who left the company in 2018.',
    ['Alexandr Wang FOUNDED Scale AI asserted', 'Lucy Guo FOUNDED Scale AI asserted'],
    [],
  ],
  [
    'a spokesperson named after "according to" speaks for the sentence’s company',
    'Mistral AI rents its computing capacity from Oracle, according to a spokesperson, Ravi Menon.',
    ['Ravi Menon EMPLOYED_BY Mistral AI asserted'],
    ['Ravi Menon EMPLOYED_BY Oracle'],
  ],
  [
    'a measure only mentioned, with no body in the sentence, restricts nothing it names',
    'The U.S. Commerce Department barred sales of the H100 to China. The restrictions are likely to benefit Huawei, whose Ascend 910C processors compete with the H20.',
    [
      'U.S. Department of Commerce RESTRICTED H100 asserted',
      'U.S. Department of Commerce RESTRICTED China asserted',
    ],
    [
      'U.S. Department of Commerce RESTRICTED Ascend 910C',
      'U.S. Department of Commerce RESTRICTED H20',
    ],
  ],
  [
    'a regulator’s own country is where it acts, not what it restricts',
    'Italy’s privacy watchdog, the Garante, ordered DeepSeek to block its service in Italy.',
    ['Garante RESTRICTED DeepSeek asserted'],
    ['Garante RESTRICTED Italy'],
  ],
  [
    'a possessive misread ("its" for the wrong company) gives no product away from its maker; a parent keeps its unit’s',
    'Anthropic has revoked OpenAI’s access to its Claude models after staff at the ChatGPT maker used Claude Code. Google parent Alphabet said Alphabet’s Gemini would improve.',
    ['Anthropic SUSPENDED OpenAI asserted', 'Alphabet DEVELOPED Gemini asserted'],
    ['OpenAI DEVELOPED Claude', 'OpenAI DEVELOPED Claude Code'],
  ],
  [
    'a bare "co-founder and chief executive" names one company for both titles; an unknown capitalised name before a title is not the story’s company',
    'OpenAI sued. "Labs grow," Turing Chief Executive Jonathan Siddharth said. Anthropic grew, said co-founder and chief executive Dario Amodei.',
    ['Dario Amodei LEADS Anthropic asserted', 'Dario Amodei FOUNDED Anthropic asserted'],
    ['Dario Amodei FOUNDED OpenAI', 'Jonathan Siddharth LEADS OpenAI'],
  ],
  [
    'where a company is based, registered or found: a relative "where", registration, "the city of"',
    'Perplexity AI argued the case should be moved to California, where the company is based. Zhipu AI, which is registered in Beijing’s Haidian district, plans agents. Also named was Hefei Lingtu Intelligent Technology, a chip designer in the eastern city of Hefei.',
    [
      'Perplexity LOCATED_IN California asserted',
      'Zhipu AI LOCATED_IN Haidian asserted',
      'Hefei Lingtu Intelligent Technology LOCATED_IN Hefei asserted',
    ],
    [],
  ],
];

describe('use, supply and placed objects', () => {
  itFindsEachCase('', CASES, lexicon);

  it('reads no company in the lowercase half of a hyphenated word ("Start-ups")', () => {
    const x = extractArticle(
      { id: 't', text: 'Start-ups are also drawing capital. UPS delivered the servers.' },
      lexicon,
    );
    expect(x.entities.map((e) => e.name)).toEqual(['UPS']);
  });
});
