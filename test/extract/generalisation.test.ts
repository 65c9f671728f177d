import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicon } from '../../src/extract/index.js';
import { modalTriples } from './helpers.js';

const here = '[extract/generalisation] ';
const lexicon = loadLexicon();

// Pattern families added so the rules read phrasings beyond the development corpus.
// Sentences written for these tests. [family, text, "Subject PREDICATE Object modality" lines]
const CASES: Array<[string, string, string[]]> = [
  // investor lists
  [
    'investors in the round included',
    'Cohere said it had raised $500 million. Investors in the round included Nvidia, Salesforce Ventures and Oracle.',
    [
      'Nvidia INVESTED_IN Cohere asserted',
      'Salesforce Ventures INVESTED_IN Cohere asserted',
      'Oracle INVESTED_IN Cohere asserted',
    ],
  ],
  [
    'round drew existing backers',
    'Anthropic closed a $2 billion round. The financing also drew existing backers Spark Capital and Google, as well as Zoom.',
    ['Spark Capital INVESTED_IN Anthropic asserted', 'Google INVESTED_IN Anthropic asserted'],
  ],
  [
    'counts among its investors',
    'Perplexity counts Nvidia and Jeff Bezos among its investors.',
    ['Nvidia INVESTED_IN Perplexity asserted', 'Jeff Bezos INVESTED_IN Perplexity asserted'],
  ],
  [
    'took part in the financing',
    'Hugging Face raised new money last year. Amazon and Intel also took part in the financing.',
    ['Amazon INVESTED_IN Hugging Face asserted', 'Intel INVESTED_IN Hugging Face asserted'],
  ],
  [
    'also backing a list',
    'Tencent has been an active investor in the sector, also backing Zhipu AI and MiniMax.',
    ['Tencent INVESTED_IN Zhipu AI asserted', 'Tencent INVESTED_IN MiniMax asserted'],
  ],
  [
    'led a round of an amount in',
    'Alibaba has led a funding round of more than $1 billion in Moonshot AI. HongShan and Meituan also took part in the financing.',
    [
      'Alibaba Group INVESTED_IN Moonshot AI asserted',
      'HongShan INVESTED_IN Moonshot AI asserted',
      'Meituan INVESTED_IN Moonshot AI asserted',
    ],
  ],
  // people
  [
    'chief scientist is staff',
    'The lab was co-founded by former Google chief scientist Jane Okafor.',
    ['Jane Okafor EMPLOYED_BY Google asserted'],
  ],
  [
    'appositive without a possessive',
    'The paper was written by Tomas Lindqvist, a former Meta researcher.',
    ['Tomas Lindqvist EMPLOYED_BY Meta Platforms asserted'],
  ],
  [
    'the X of Y president',
    'Maria Rossi, the Garante’s president, spoke on Monday.',
    ['Maria Rossi EMPLOYED_BY Garante asserted'],
  ],
  [
    'professors of a university',
    'Zhipu AI was founded by Tsinghua University professors Wen Bo and Liu Yang.',
    ['Wen Bo EMPLOYED_BY Tsinghua University asserted'],
  ],
  [
    'analyst at a place-based firm',
    'Laura Chen, an analyst at Shanghai-based brokerage Everbright Securities, said demand was strong.',
    ['Laura Chen EMPLOYED_BY Everbright Securities asserted'],
  ],
  [
    'chaired by a titled person',
    'The fund is backed by Kingdom Holding, the investment firm chaired by Prince Alwaleed bin Talal.',
    ['Alwaleed bin Talal LEADS Kingdom Holding asserted'],
  ],
  [
    'the start-up co-founded by',
    'Reka, the AI start-up co-founded by former DeepMind researcher Dani Yogatama, raised money.',
    ['Dani Yogatama FOUNDED Reka asserted'],
  ],
  // competition
  [
    'positioned itself as a rival',
    'Mistral AI has positioned itself as a European rival to OpenAI and Anthropic.',
    ['Mistral AI COMPETES_WITH OpenAI asserted', 'Mistral AI COMPETES_WITH Anthropic asserted'],
  ],
  [
    'answer to owned products',
    "Amazon released Nova, the company's answer to OpenAI's GPT-4o and Google's Gemini.",
    ['Nova COMPETES_WITH GPT-4o asserted', 'Nova COMPETES_WITH Gemini asserted'],
  ],
  [
    'rival chipmaker',
    'Nvidia shares fell after rival chipmaker AMD announced a new accelerator.',
    ['Nvidia COMPETES_WITH AMD asserted'],
  ],
  // lawsuits
  [
    'plaintiffs filed suits',
    'Novelists including Stephen King and Zadie Smith have filed suits against Meta.',
    ['Stephen King SUED Meta Platforms asserted', 'Zadie Smith SUED Meta Platforms asserted'],
  ],
  [
    'several plaintiffs sue and accuse',
    'Disney, Universal Pictures and Warner Bros Discovery have sued MiniMax, accusing the Shanghai-based start-up of copying their characters.',
    [
      'Walt Disney SUED MiniMax asserted',
      'Universal Pictures SUED MiniMax asserted',
      'Walt Disney ACCUSED MiniMax asserted',
      'Universal Pictures ACCUSED MiniMax asserted',
    ],
  ],
  [
    'a suit against a place-based company',
    'Disney filed a similar suit against California-based Midjourney.',
    ['Walt Disney SUED Midjourney asserted'],
  ],
  [
    'pursuing through the courts',
    'Getty Images is pursuing Stability AI through the courts.',
    ['Getty Images SUED Stability AI asserted'],
  ],
  [
    'the product maker',
    'OpenAI grew quickly. Ilya Sutskever left the ChatGPT maker in May. OpenAI declined to comment.',
    ['OpenAI DEVELOPED ChatGPT asserted'],
  ],
  [
    'the chip that a company designed',
    'It was slower than the H100 that Nvidia designed for data centres.',
    ['Nvidia DEVELOPED H100 asserted'],
  ],
  // supply and use
  [
    'renting servers from',
    'xAI has been renting servers from Oracle for its training runs.',
    ['Oracle SUPPLIES xAI asserted'],
  ],
  [
    'manufactures for',
    'TSMC, which manufactures the Blackwell chips for Nvidia, reported record profit.',
    ['TSMC SUPPLIES Nvidia asserted'],
  ],
  [
    'buyers of',
    'Tencent is among the biggest buyers of Nvidia processors.',
    ['Tencent USED Nvidia asserted', 'Nvidia SUPPLIES Tencent asserted'],
  ],
  [
    'trained on chips',
    'Moonshot AI trained its Kimi model on 4,096 Nvidia H800 chips.',
    ['Moonshot AI USED H800 asserted'],
  ],
  [
    'adopted by customers',
    'Llama 3 has been adopted by companies including Goldman Sachs and Spotify.',
    ['Goldman Sachs USED Llama 3 asserted'],
  ],
  [
    'uses an owner-prefixed product list',
    'Anthropic will use AWS Trainium and Inferentia chips to train its models.',
    ['Anthropic USED Trainium planned', 'Anthropic USED Inferentia planned'],
  ],
  [
    'customers use a product, including a list',
    'Thousands of customers already use Claude through Amazon Bedrock, including Pfizer and Intuit.',
    ['Pfizer USED Claude asserted', 'Intuit USED Claude asserted'],
  ],
  [
    'shifted to chips including',
    "Zhipu AI shifted much of its training to domestic chips, including Huawei's Ascend 910B.",
    ['Zhipu AI USED Ascend 910B asserted'],
  ],
  // partnerships
  [
    'in collaboration with',
    'Samsung developed the assistant in collaboration with Google.',
    ['Samsung Electronics PARTNERED_WITH Google asserted'],
  ],
  [
    'partnership between possessed names',
    "The service is a partnership between Japan's SoftBank Group and OpenAI.",
    ['SoftBank Group PARTNERED_WITH OpenAI asserted'],
  ],
  [
    'licensing deals with a list',
    'OpenAI has struck licensing deals with several publishers, including Axel Springer and Le Monde.',
    ['OpenAI PARTNERED_WITH Axel Springer asserted'],
  ],
  [
    'a deal struck later in the sentence',
    'Stability AI raised money from a group led by Coatue and Lightspeed Venture Partners, and has since struck a deal with WPP.',
    ['Stability AI PARTNERED_WITH WPP asserted', 'Coatue INVESTED_IN Stability AI asserted'],
  ],
  [
    'a close collaborator',
    'Hugging Face has been a close collaborator with Google since 2022.',
    ['Hugging Face PARTNERED_WITH Google asserted'],
  ],
  [
    'its partner',
    'OpenAI and its partner Microsoft declined to comment.',
    ['OpenAI PARTNERED_WITH Microsoft asserted'],
  ],
  // places
  [
    'a country possessive',
    "France's data watchdog CNIL opened an inquiry. Korea's Naver said it would respond.",
    ['CNIL LOCATED_IN France asserted'],
  ],
  [
    'based in the city of',
    'DeepSeek, based in the eastern city of Hangzhou, released a model.',
    ['DeepSeek LOCATED_IN Hangzhou asserted'],
  ],
  [
    'a company based in',
    'Anthropic is an AI research company based in San Francisco.',
    ['Anthropic LOCATED_IN San Francisco asserted'],
  ],
  [
    'offices in',
    'Cohere, which has offices in Toronto and London, said it would expand.',
    ['Cohere LOCATED_IN Toronto asserted', 'Cohere LOCATED_IN London asserted'],
  ],
  [
    'nationality list with a comma',
    'China opened its market to Chinese technology giants, including Tencent and Baidu.',
    ['Tencent LOCATED_IN China asserted', 'Baidu LOCATED_IN China asserted'],
  ],
  // restrictions
  [
    'a blacklist names its country',
    'Chinese AI start-up Zhipu AI has been added to a US trade blacklist.',
    ['United States RESTRICTED Zhipu AI asserted'],
  ],
  // ownership
  [
    'X-controlled Y',
    'Tencent-controlled streaming service Lumora signed a deal.',
    ['Tencent PARENT_OF Lumora asserted'],
  ],
  [
    'controlled by a possessed name',
    "Lazada is controlled by China's Alibaba Group.",
    ['Alibaba Group PARENT_OF Lazada asserted'],
  ],
  [
    'unit appositive',
    "Volcano Engine, ByteDance's cloud computing unit, cut prices.",
    ['ByteDance PARENT_OF Volcano Engine asserted'],
  ],
  [
    'arm of a place-based parent',
    'Alibaba Cloud, the cloud arm of Hangzhou-based Alibaba Group, cut prices.',
    ['Alibaba Group PARENT_OF Alibaba Cloud asserted'],
  ],
  ['also owns', 'Axel Springer also owns Politico.', ['Axel Springer PARENT_OF Politico asserted']],
  [
    'owner of two outlets',
    'Axel Springer, the owner of Politico and Business Insider, signed a deal.',
    ['Axel Springer PARENT_OF Business Insider asserted'],
  ],
  // leaders
  ['runs', 'Elon Musk runs xAI.', ['Elon Musk LEADS xAI asserted']],
  [
    'is the chief executive',
    'Moonshot AI raised money. Moonshot AI hired staff. Yang Zhilin, 31, serves as chief executive.',
    ['Yang Zhilin LEADS Moonshot AI asserted'],
  ],
  [
    'a bare title beside the one company of its sentence',
    'Cohere grew fast. Ilya Sutskever, who co-founded OpenAI, left after voting to oust chief executive Sam Altman.',
    ['Sam Altman LEADS OpenAI asserted'],
  ],
  [
    'sentence-case title',
    'Perplexity grew fast. Chief executive Aravind Srinivas said so.',
    ['Aravind Srinivas LEADS Perplexity asserted'],
  ],
  // staff bans
  [
    'ban on tools such as',
    "Apple banned employees from using AI tools such as OpenAI's ChatGPT and Google's Gemini.",
    ['Apple SUSPENDED ChatGPT asserted', 'Apple SUSPENDED Gemini asserted'],
  ],
  [
    'restricted staff use',
    'Goldman Sachs restricted staff use of ChatGPT.',
    ['Goldman Sachs SUSPENDED ChatGPT asserted'],
  ],
  [
    'marketed as a rival',
    "Kling has been marketed abroad as a rival to OpenAI's Sora.",
    ['Kling COMPETES_WITH Sora asserted'],
  ],
  [
    'seen as an answer',
    "Apple Intelligence is widely seen as Apple's answer to Microsoft's Copilot.",
    ['Apple Intelligence COMPETES_WITH Copilot asserted'],
  ],
  [
    'a model the company says rivals',
    "DeepSeek released its R1 model, which the company says rivals OpenAI's o1.",
    ['DeepSeek-R1 COMPETES_WITH o1 asserted'],
  ],
  // modality scope
  [
    'a future clause after the match stays its own',
    'Apple announced a partnership with OpenAI that will bring ChatGPT to the iPhone.',
    ['Apple PARTNERED_WITH OpenAI asserted'],
  ],
  [
    'a ban citing a risk is a fact',
    'Samsung banned employees from using ChatGPT, citing security risks.',
    ['Samsung Electronics SUSPENDED ChatGPT asserted'],
  ],
  [
    'evidence that is an allegation',
    'Officials said there was evidence that DeepSeek copied OpenAI models.',
    ['DeepSeek COPIED OpenAI alleged'],
  ],
  [
    'plans to release',
    'Mistral AI plans to release Mistral Large next month.',
    ['Mistral AI DEVELOPED Mistral Large planned'],
  ],
  // coreference
  [
    'the company after a sentence opened by a pronoun',
    'Mistral AI raised money. It has positioned itself as a rival to OpenAI and Google. "We will go faster," Arthur Mensch, the company\'s chief executive, said.',
    ['Arthur Mensch LEADS Mistral AI asserted'],
  ],
  [
    'the company said after a list of investors',
    'Cohere raised $500 million. The round drew backers Nvidia and Oracle, as well as Salesforce Ventures, the company said.',
    ['Salesforce Ventures INVESTED_IN Cohere asserted'],
  ],
  // hires and past employers
  [
    'has hired',
    'Microsoft has hired Jane Okafor to run its consumer AI unit.',
    ['Jane Okafor EMPLOYED_BY Microsoft asserted'],
  ],
  [
    'previously worked at a list',
    'Lina Park, a Stanford graduate who previously worked at Google and Baidu, founded the start-up.',
    ['Lina Park EMPLOYED_BY Google asserted', 'Lina Park EMPLOYED_BY Baidu asserted'],
  ],
  [
    'will be joining',
    'Sam Altman will be joining Microsoft to lead a research team.',
    ['Sam Altman EMPLOYED_BY Microsoft planned'],
  ],
  [
    'founders with an appositive between them',
    'Run:ai was founded in 2018 by Omri Geller, its CEO, and David Cohen.',
    ['Omri Geller FOUNDED Run:ai asserted', 'David Cohen FOUNDED Run:ai asserted'],
  ],
  [
    'an unknown name listed beside a person',
    'Zhipu AI was founded by professors Tang Jie and Wu Qiuming.',
    ['Wu Qiuming FOUNDED Zhipu AI asserted'],
  ],
  // participles
  [
    'a participle belongs to the sentence subject',
    'Mistral AI has grown into a rival to OpenAI and Google, releasing models such as Mixtral.',
    ['Mistral AI DEVELOPED Mixtral asserted'],
  ],
];

const NOT: Array<[string, string, string]> = [
  [
    'co-participants in a round do not invest in each other',
    'Cohere raised new money. HongShan and Meituan also took part in the financing.',
    'Meituan INVESTED_IN HongShan',
  ],
  [
    'backers named after a preposition do not sign the deal',
    'Stability AI raised money from a group led by Coatue and Lightspeed Venture Partners, and has since struck a deal with WPP.',
    'Lightspeed Venture Partners PARTNERED_WITH WPP',
  ],
  [
    'co-investors are not partners',
    'Stability AI raised money from a group led by Coatue and Lightspeed Venture Partners, and has since struck a deal with WPP.',
    'Coatue PARTNERED_WITH Lightspeed Venture Partners',
  ],
  [
    'an owner prefix inside a banned list is not banned',
    "Samsung banned staff from using tools such as ChatGPT, Google Gemini and Microsoft's Copilot.",
    'Samsung Electronics SUSPENDED Google',
  ],
  [
    'a compound modifier does not allege',
    'Baidu-controlled iQiyi sued MiniMax, alleging that it used films without permission.',
    'Baidu ACCUSED iQiyi',
  ],
  [
    'a nationality before a company does not restrict it',
    'Chinese AI start-up Zhipu AI has been added to a US trade blacklist.',
    'China RESTRICTED Zhipu AI',
  ],
  [
    'a city in a "-based" phrase is not a target',
    'The US banned the chips, said Laura Chen, an analyst at Shanghai-based brokerage Everbright Securities.',
    'United States RESTRICTED Shanghai',
  ],
  [
    'the owner of a banned product is not restricted',
    "Italy's regulator Garante banned OpenAI's ChatGPT in 2023.",
    'Garante RESTRICTED OpenAI',
  ],
  [
    'a dateline is not a location',
    'PARIS, June 11 (Reuters) - Mistral AI said on Tuesday it had raised new funds.',
    'Mistral AI LOCATED_IN Paris',
  ],
  [
    'a dateline with two cities is not a location',
    'SANTA CLARA, U.S./TAIPEI -- Nvidia said it expects a charge after new export rules.',
    'Nvidia LOCATED_IN United States',
  ],
  [
    'a possessor does not compete',
    "Nova was trained on chips rented through Oracle's cloud service, and outperforms Meta's Llama 3.",
    'Oracle COMPETES_WITH Llama 3',
  ],
  [
    'the speaker of a relative clause does not rival',
    "DeepSeek released its R1 model, which the company says rivals OpenAI's o1.",
    'DeepSeek COMPETES_WITH o1',
  ],
  [
    'a verb "rivals" is not a list of rivals',
    "DeepSeek released its R1 model, which the company says rivals OpenAI's o1.",
    'DeepSeek COMPETES_WITH OpenAI',
  ],
  [
    'a participle after an object',
    'Mistral AI has grown into a rival to OpenAI and Google, releasing models such as Mixtral.',
    'Google DEVELOPED Mixtral',
  ],
  [
    'the owner of one, and another company',
    'The Times is suing OpenAI, the owner of ChatGPT, and Microsoft over copyright.',
    'OpenAI PARENT_OF Microsoft',
  ],
  [
    'a chief scientist does not lead',
    'The lab was co-founded by former Google chief scientist Jane Okafor.',
    'Jane Okafor LEADS Google',
  ],
  [
    'a government telling a company is not a nationality',
    'Nvidia said the United States government told the company it needed a license.',
    'Nvidia LOCATED_IN United States',
  ],
  [
    'a rival product is not the competitor company',
    "Anthropic makes Claude, a rival chatbot to OpenAI's ChatGPT.",
    'Anthropic COMPETES_WITH OpenAI',
  ],
  [
    'a licence is not usage',
    'ByteDance is licensed by Microsoft to use the service.',
    'Microsoft USED ByteDance',
  ],
];

const lines = (text: string) =>
  modalTriples(extractArticle({ id: 'g', text, published: '2024-06-01' }, lexicon));

const names = (text: string) =>
  extractArticle({ id: 'g', text }, lexicon).entities.map((e) => `${e.name}:${e.type}`);

describe('generalised patterns', () => {
  it.each(CASES)(`${here}%s`, (_label, text, expected) => {
    const found = lines(text);
    for (const e of expected) expect(found, text).toContain(e);
  });
  it.each(NOT)(`${here}%s`, (_label, text, triple) => {
    expect(lines(text).some((l) => l.startsWith(`${triple} `))).toBe(false);
  });
});

// [shape, text, "Name:Type" that must be found, names that must not]
const NAMES: Array<[string, string, string[], string[]]> = [
  ['colon name', 'Acme bought Zeta:ai last year.', ['Zeta:ai:Organization'], []],
  [
    'ampersand name',
    'Investors included Harbor Management & Research Company and others.',
    ['Harbor Management & Research Company:Organization'],
    [],
  ],
  [
    'title and patronymic',
    'The deal was backed by Prince Khalid bin Faisal last week.',
    ['Khalid bin Faisal:Person'],
    ['Prince Khalid'],
  ],
  [
    'western-order hyphenated given name',
    'The lab was started by Ming-hao Chen in 2021.',
    ['Ming-hao Chen:Person'],
    [],
  ],
  [
    'a gloss is not a name',
    'The ORCA model, short for Open Research Chat Assistant, was released.',
    [],
    ['Open Research Chat Assistant'],
  ],
  [
    'a gloss after a demonym is not a name',
    'ORCA, short for South-east Asian Research Chat Assistant, was released.',
    [],
    ['Asian Research Chat Assistant'],
  ],
  [
    'fictional characters are not entities',
    'The videos show characters such as Darth Vader, Shrek and Superman.',
    [],
    ['Darth Vader', 'Shrek', 'Superman'],
  ],
  [
    'a parenthesised acronym joins its body',
    "Korea's Personal Information Protection Commission (PIPC) acted. The PIPC said more.",
    ['Personal Information Protection Commission:Organization'],
    ['PIPC'],
  ],
  ['all-caps colon name', "It ran on Singtel's RE:AI cloud service.", ['RE:AI:Product'], []],
  ['degrees are not names', 'She completed her PhD at Stanford.', [], ['PhD']],
  [
    'short company name',
    'Moonshot AI raised money. Investors in Moonshot were pleased, a person said.',
    ['Moonshot AI:Organization'],
    ['Moonshot'],
  ],
];

describe('name shapes', () => {
  it.each(NAMES)(`${here}%s`, (_label, text, wanted, unwanted) => {
    const found = names(text);
    for (const w of wanted) expect(found, text).toContain(w);
    for (const u of unwanted) expect(found.some((f) => f.startsWith(`${u}:`))).toBe(false);
  });
});
