import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Conflict phrasings (lawsuits, accusations, criticism, bans, rivalry) in sentences written for
// this test: suits named without "against", plaintiffs after "led by" or in a relative clause,
// passive accusations, findings reported through "evidence that", rivalry through competition
// nouns, and bans of accounts and apps.
const CASES: FamilyCase[] = [
  [
    'two companies that are rivals',
    'Mistral AI and Cohere have long been fierce rivals in enterprise software.',
    ['Mistral AI COMPETES_WITH Cohere asserted'],
    [],
  ],
  [
    'an amount of goods supplied, not money',
    'Microsoft provided OpenAI with 10,000 GPUs last year, and Nvidia will provide Mistral AI with 18,000 chips.',
    ['Microsoft SUPPLIES OpenAI asserted', 'Nvidia SUPPLIES Mistral AI planned'],
    ['Microsoft INVESTED_IN OpenAI'],
  ],
  [
    'a product that came close to another, after beating a third',
    "Acme AI released Nova-3 on Tuesday. In tests published by the company, the model outperformed Meta's Llama 4 Scout and came close to Google's Gemma 3 27B.",
    ['Nova-3 COMPETES_WITH Llama 4 Scout asserted', 'Nova-3 COMPETES_WITH Gemma 3 27B asserted'],
    [],
  ],
  [
    'a company matching an offer competes with nobody',
    'Zeta Systems matched the offer from Acme AI within a week.',
    [],
    ['Zeta Systems COMPETES_WITH Acme AI'],
  ],
  [
    'a suit whose target is the one accused',
    'xAI filed a lawsuit on Tuesday accusing Apple and OpenAI of colluding to shut out rivals.',
    [
      'xAI SUED Apple asserted',
      'xAI SUED OpenAI asserted',
      'xAI ACCUSED Apple asserted',
      'xAI ACCUSED OpenAI asserted',
    ],
    [],
  ],
  [
    'the owner before a plaintiff does not accuse',
    "Elon Musk's xAI filed a complaint last week accusing Apple of shutting out rivals.",
    ['xAI SUED Apple asserted', 'xAI ACCUSED Apple asserted'],
    ['Elon Musk ACCUSED Apple'],
  ],
  [
    'a countersuit',
    'OpenAI countersued in April, accusing Elon Musk of a campaign of harassment.',
    ['OpenAI SUED Elon Musk asserted'],
    [],
  ],
  [
    '"has taken X to court"',
    'The New York Times has taken Microsoft to court over its chatbot.',
    ['The New York Times SUED Microsoft asserted'],
    [],
  ],
  [
    'plaintiffs "led by" a company',
    'Five American publishers, led by The New York Times, have sued Perplexity in federal court.',
    ['The New York Times SUED Perplexity asserted'],
    [],
  ],
  [
    'a lawsuit brought by one against two',
    'A judge refused to dismiss the copyright lawsuit brought by The New York Times against OpenAI and Microsoft.',
    ['The New York Times SUED OpenAI asserted', 'The New York Times SUED Microsoft asserted'],
    [],
  ],
  [
    'suits filed against companies by plaintiffs',
    'The ruling also covers similar suits filed against OpenAI and Microsoft by Getty Images and Dow Jones.',
    ['Getty Images SUED OpenAI asserted', 'Dow Jones SUED Microsoft asserted'],
    [],
  ],
  [
    'a company facing lawsuits, one brought by a plaintiff',
    'Perplexity, which is backed by Nvidia through a funding round closed last year, faces several lawsuits from publishers, including one brought by Dow Jones.',
    ['Dow Jones SUED Perplexity asserted'],
    ['Nvidia SUED Perplexity'],
  ],
  [
    'the lawsuits a plaintiff coordinated against companies',
    'The case recalls the lawsuits The New York Times coordinated last year against OpenAI and Microsoft.',
    ['The New York Times SUED OpenAI asserted', 'The New York Times SUED Microsoft asserted'],
    [],
  ],
  [
    'a challenge before a court is a suit, not rivalry',
    'Mistral AI said it would challenge the European Commission before an administrative court in Luxembourg.',
    ['Mistral AI SUED European Commission planned'],
    ['Mistral AI COMPETES_WITH European Commission'],
  ],
  [
    'a complaint planned',
    'Anthropic planned to file a complaint against DeepSeek in federal court.',
    ['Anthropic SUED DeepSeek planned'],
    [],
  ],
  [
    'the name inside an appositive neither sues nor accuses',
    'Dow Jones, the publisher of The Wall Street Journal, and the New York Post sued Perplexity on Monday, accusing the San Francisco-based company of copying their articles.',
    [
      'Dow Jones SUED Perplexity asserted',
      'New York Post ACCUSED Perplexity asserted',
      'Perplexity COPIED Dow Jones alleged',
      'Perplexity COPIED New York Post alleged',
    ],
    ['The Wall Street Journal SUED Perplexity', 'The Wall Street Journal ACCUSED Perplexity'],
  ],
  [
    'a passive accusation with its accusers',
    'Perplexity has been accused by Forbes and Wired of reproducing their reporting without credit.',
    [
      'Forbes ACCUSED Perplexity asserted',
      'Wired ACCUSED Perplexity asserted',
      'Perplexity COPIED Forbes alleged',
    ],
    [],
  ],
  [
    'accused of plagiarism by, in a relative clause',
    'Perplexity, a rival that has itself been accused of plagiarism by Forbes, launched a revenue-sharing programme.',
    ['Forbes ACCUSED Perplexity asserted', 'Perplexity COPIED Forbes alleged'],
    [],
  ],
  [
    'evidence reported to an outlet',
    'OpenAI told the Financial Times that it had seen evidence that DeepSeek had distilled its models.',
    ['OpenAI ACCUSED DeepSeek asserted'],
    [],
  ],
  [
    'a finding reported by a regulator',
    'The European Commission said on Monday that a preliminary investigation had found Nvidia violated competition law.',
    ['European Commission ACCUSED Nvidia asserted'],
    [],
  ],
  [
    'a described company that used fraudulent accounts',
    'Anthropic said in a blog post that DeepSeek, a Hangzhou-based lab, had used thousands of fraudulent accounts to harvest answers from Claude.',
    ['Anthropic ACCUSED DeepSeek asserted'],
    [],
  ],
  [
    'a campaign traced to a company',
    'Anthropic said it had traced a coordinated "distillation campaign" to DeepSeek.',
    ['Anthropic ACCUSED DeepSeek asserted'],
    [],
  ],
  [
    "training on the plaintiffs' works",
    "Universal Music Group and Sony Music have sued Anthropic, accusing the company of training its models on the labels' recordings without a licence.",
    ['Anthropic COPIED Universal Music Group alleged', 'Anthropic COPIED Sony Music alleged'],
    [],
  ],
  [
    'a suit "claiming" the copying',
    'Getty Images is suing Stability AI, claiming the start-up copied millions of its photographs.',
    ['Getty Images ACCUSED Stability AI asserted', 'Stability AI COPIED Getty Images alleged'],
    [],
  ],
  [
    '"took a swipe at"',
    'Sam Altman took a swipe at Meta over its hiring spree.',
    ['Sam Altman CRITICIZED Meta Platforms asserted'],
    [],
  ],
  [
    'the verb after a relative clause',
    'Jensen Huang, who travelled to Beijing on Thursday at the invitation of a trade group, has repeatedly criticized OpenAI over its spending.',
    ['Jensen Huang CRITICIZED OpenAI asserted'],
    [],
  ],
  [
    'an employer named in an appositive is not critical',
    'Jane Roe, an analyst at Morgan Stanley, who has been critical of Nvidia, said demand was strong.',
    ['Jane Roe CRITICIZED Nvidia asserted'],
    ['Morgan Stanley CRITICIZED Nvidia'],
  ],
  [
    'competition from named rivals',
    'Baidu faces growing competition at home from Alibaba and ByteDance.',
    ['Baidu COMPETES_WITH Alibaba Group asserted', 'Baidu COMPETES_WITH ByteDance asserted'],
    [],
  ],
  [
    'a second "and with" after a relative clause',
    "Cohere competes with OpenAI, which signed a deal with Microsoft last year, and with Google's Gemini.",
    ['Cohere COMPETES_WITH Gemini asserted'],
    [],
  ],
  [
    'a product pitched as an alternative',
    "Amazon is pitching its own Trainium chips as a cheaper alternative to Nvidia's GPUs.",
    ['Trainium COMPETES_WITH Nvidia asserted'],
    [],
  ],
  [
    '"positioned itself as X\'s answer to"',
    "Mistral AI has positioned itself as Europe's answer to OpenAI and Anthropic.",
    ['Mistral AI COMPETES_WITH OpenAI asserted', 'Mistral AI COMPETES_WITH Anthropic asserted'],
    [],
  ],
  [
    'a model that its maker says beats another, without a comma',
    "Moonshot AI has released a model called Kimi K2 that the company says beats OpenAI's GPT-4.1 on coding tests.",
    ['Kimi K2 COMPETES_WITH GPT-4.1 asserted'],
    [],
  ],
  [
    'a possessive rival with a place',
    "CoreWeave, Nebius's larger U.S. rival, signed a deal with Microsoft.",
    ['CoreWeave COMPETES_WITH Nebius asserted'],
    [],
  ],
  [
    'the object of a first verb does not match the second',
    "Jane Roe said the model outperformed Alibaba's Qwen3 and matched OpenAI's GPT-4.1 on several benchmarks.",
    [],
    ['Qwen3 COMPETES_WITH GPT-4.1'],
  ],
  [
    "a sentence opening on rivals names the story company's",
    "Nvidia said demand for its H20 chip remained strong. Nvidia expects sales to grow. Rivals Huawei and Cambricon are racing to fill the gap with accelerators such as Huawei's Ascend 910C.",
    ['Nvidia COMPETES_WITH Huawei asserted', 'Nvidia COMPETES_WITH Cambricon asserted'],
    ['Ascend 910C COMPETES_WITH Huawei'],
  ],
  [
    'the developer account of a company',
    'Google suspended the developer account of Pixelgrove Studios on Google Play.',
    ['Google SUSPENDED Pixelgrove Studios asserted'],
    [],
  ],
  [
    '"pulled the plug on"',
    'Anthropic pulled the plug on Windsurf last month.',
    ['Anthropic SUSPENDED Windsurf asserted'],
    [],
  ],
  [
    '"cutting ties with"',
    'Google began cutting ties with Scale AI after the deal.',
    ['Google SUSPENDED Scale AI asserted'],
    [],
  ],
  [
    'an app removed from a named store',
    'Apple removed the face-swap app MirrorMe from its App Store last week.',
    ['Apple SUSPENDED MirrorMe asserted'],
    [],
  ],
  [
    'told to remove an app from national stores',
    "Italy's regulator fined the developer. Apple and Google were told to remove the Moyu app from their Italian app stores.",
    ['Apple SUSPENDED Moyu planned', 'Google SUSPENDED Moyu planned'],
    [],
  ],
  [
    'two companies blocking accounts linked to a third',
    'Microsoft and OpenAI blocked a group of accounts they believed were linked to DeepSeek.',
    ['Microsoft SUSPENDED DeepSeek asserted', 'OpenAI SUSPENDED DeepSeek asserted'],
    [],
  ],
  [
    'benchmark standings: scored higher than, on par with, behind',
    'Gemini 2.5 Pro scored higher than GPT-4.5 on the test, Claude 3.5 Sonnet was on par with GPT-4o, and Qwen3 landed just behind DeepSeek-R1.',
    [
      'Gemini 2.5 Pro COMPETES_WITH GPT-4.5 asserted',
      'Claude 3.5 Sonnet COMPETES_WITH GPT-4o asserted',
      'Qwen3 COMPETES_WITH DeepSeek-R1 asserted',
    ],
    [],
  ],
  [
    'racing against rivals competes; racing to meet demand does not',
    'Mistral AI is racing against OpenAI for customers. Microsoft races to meet demand from Anthropic.',
    ['Mistral AI COMPETES_WITH OpenAI asserted'],
    ['Microsoft COMPETES_WITH Anthropic', 'Anthropic COMPETES_WITH Microsoft'],
  ],
  [
    'a rival named by the one it rivals',
    'Cohere is an OpenAI rival in enterprise software.',
    ['Cohere COMPETES_WITH OpenAI asserted'],
    [],
  ],
  [
    'pushing back against a company criticizes it and backs nothing',
    "Jensen Huang pushed back against Anthropic's call for export controls.",
    ['Jensen Huang CRITICIZED Anthropic asserted'],
    ['Jensen Huang INVESTED_IN Anthropic'],
  ],
  [
    'a vocal critic by copula; ridiculing and questioning',
    "Elon Musk has been a vocal critic of OpenAI. Marc Benioff ridiculed Microsoft. Gary Marcus questioned Anthropic's claims.",
    [
      'Elon Musk CRITICIZED OpenAI asserted',
      'Marc Benioff CRITICIZED Microsoft asserted',
      'Gary Marcus CRITICIZED Anthropic asserted',
    ],
    [],
  ],
];

describe('conflict phrasings', () => {
  itFindsEachCase('', CASES, lexicon);
});
