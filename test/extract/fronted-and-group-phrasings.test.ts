import { describe } from 'vitest';
import { loadLexicon } from '../../src/extract/index.js';
import { type FamilyCase, itFindsEachCase } from './helpers.js';

const lexicon = loadLexicon();

// Families of rule set 2026.12.01, each in sentences written for this test: fronted founding
// clauses with appositives and long lists, "started by" as founding, descriptions built on a
// product ("the ChatGPT maker"), bare titles beside a description of the company in focus.
const CASES: FamilyCase[] = [
  [
    'fronted founding clause with an appositive and "along with"',
    'Founded in 2019 by Jane Holloway, a former research scientist at Google, along with Raj Patel and Ana Costa, Anthropic has grown fast.',
    [
      'Jane Holloway FOUNDED Anthropic asserted',
      'Raj Patel FOUNDED Anthropic asserted',
      'Ana Costa FOUNDED Anthropic asserted',
    ],
    ['Google FOUNDED Anthropic'],
  ],
  [
    'fronted founding clause with "as a ..." before the subject',
    'Founded in 2015 by Jane Holloway and Raj Patel as a crypto miner, CoreWeave later moved into AI.',
    ['Jane Holloway FOUNDED CoreWeave asserted', 'Raj Patel FOUNDED CoreWeave asserted'],
    [],
  ],
  [
    'fronted founding clause: companies where the founders worked found nothing',
    'Founded in 2023 by Jane Holloway, a former Google researcher, and by Raj Patel, who worked at Meta, Mistral AI has raised money.',
    ['Jane Holloway FOUNDED Mistral AI asserted', 'Raj Patel FOUNDED Mistral AI asserted'],
    ['Meta Platforms FOUNDED Mistral AI', 'Google FOUNDED Mistral AI'],
  ],
  [
    '"which was started by" founds',
    'Cohere, which was started in 2019 by Jane Holloway and Raj Patel, said on Monday that it had hired staff.',
    ['Jane Holloway FOUNDED Cohere asserted', 'Raj Patel FOUNDED Cohere asserted'],
    [],
  ],
  [
    'a product maker described by its product is the known maker the article names',
    'Oracle said its backlog grew, helped by a deal with OpenAI. The ChatGPT maker signed a contract in March.',
    ['OpenAI DEVELOPED ChatGPT asserted'],
    ['Oracle DEVELOPED ChatGPT'],
  ],
  [
    'a described maker the article never names is no other company',
    'Oracle said its backlog grew. The ChatGPT maker signed a contract with Oracle in March.',
    [],
    ['Oracle DEVELOPED ChatGPT'],
  ],
  [
    'a bare title goes to the company a description in its sentence refers to',
    'Oracle reported results on Tuesday, and Oracle raised its outlook. Oracle also hired staff. Chief Executive Safra Catz said the company had signed a deal with OpenAI.',
    ['Safra Catz LEADS Oracle asserted'],
    ['Safra Catz LEADS OpenAI'],
  ],
  [
    'a company counts its backers among its investors',
    'Cohere, which counts Oracle, Salesforce and Nvidia among its investors, declined to comment.',
    [
      'Oracle INVESTED_IN Cohere asserted',
      'Salesforce INVESTED_IN Cohere asserted',
      'Nvidia INVESTED_IN Cohere asserted',
    ],
    [],
  ],
  [
    'a backer inside a relative clause counts nobody',
    'Cohere, which is also backed by Nvidia, counts Oracle among its customers.',
    ['Cohere SUPPLIES Oracle asserted', 'Nvidia INVESTED_IN Cohere asserted'],
    ['Nvidia SUPPLIES Oracle'],
  ],
  [
    'the member named first, the company possessive after it',
    "Microsoft, OpenAI's biggest backer, declined to comment.",
    ['Microsoft INVESTED_IN OpenAI asserted'],
    [],
  ],
  [
    'no company is its own customer: "its" names the company before',
    'CoreWeave grew fast last year. Microsoft remains its largest customer, the filing showed.',
    ['CoreWeave SUPPLIES Microsoft asserted'],
    ['Microsoft SUPPLIES Microsoft'],
  ],
  [
    'a possessive with a preposition among its modifiers names no circle',
    "Mistral AI signed a deal on Monday. It will see Microsoft widen the start-up's access to new customers.",
    [],
    ['Mistral AI SUPPLIES Microsoft'],
  ],
  [
    'a round that included a backer',
    'Cohere raised $50 million last year in a round that included Nvidia.',
    ['Nvidia INVESTED_IN Cohere asserted'],
    [],
  ],
  [
    'backing drawn from a list, after an appositive',
    'Cohere, the Toronto start-up that has drawn backing from Oracle and Jeff Bezos, hired staff.',
    ['Oracle INVESTED_IN Cohere asserted', 'Jeff Bezos INVESTED_IN Cohere asserted'],
    [],
  ],
  [
    'a described company backed by a name stands for the company just named',
    'Cohere said on Tuesday that sales doubled, as the Nvidia-backed software maker signed new clients.',
    ['Nvidia INVESTED_IN Cohere asserted'],
    [],
  ],
  [
    '"IT" is an abbreviation, never the pronoun',
    "Infosys, India's second-largest IT services company, said on Monday that profit rose.",
    ['Infosys LOCATED_IN India asserted'],
    [],
  ],
  [
    'a place possessive after "by" still places the organization',
    "The deal was cleared by China's State Administration for Market Regulation last year.",
    ['State Administration for Market Regulation LOCATED_IN China asserted'],
    [],
  ],
  [
    'a based description followed by an adverb is resolved',
    'OpenAI said DeepSeek had copied its models, a claim the Hangzhou-based lab never addressed.',
    ['DeepSeek LOCATED_IN Hangzhou asserted'],
    [],
  ],
  [
    'an appositive rival with a nationality: both the place and the rivalry',
    'Lambda grew fast this year. Nscale, its larger U.S. rival, has signed deals.',
    ['Nscale LOCATED_IN United States asserted', 'Nscale COMPETES_WITH Lambda asserted'],
    [],
  ],
  [
    'buying hardware is using it, and its maker supplies the buyer',
    "Naver will buy 4,000 of Nvidia's H100 chips for its new data centre.",
    ['Naver USED H100 planned'],
    [],
  ],
  [
    'buying an app with its maker is no use of it',
    'Meta, which bought WhatsApp for $19 billion in 2014, wants more revenue.',
    [],
    ['Meta Platforms USED WhatsApp'],
  ],
  [
    'being told to stop buying chips is no use',
    "Regulators told firms including Alibaba to stop buying Nvidia's H20 chips.",
    [],
    ['Alibaba Group USED H20'],
  ],
  [
    'a product supplied to a customer is used by it',
    'Huawei supplies its Ascend chips to Baidu for its cloud.',
    ['Baidu USED Ascend asserted'],
    [],
  ],
  [
    'the subject builds with a product named later in its clause',
    "Naver is also building its own language model using Nvidia's Blackwell chips.",
    ['Naver USED Blackwell asserted'],
    [],
  ],
  [
    'a company accused of using a product is not said to use it by the accuser',
    'OpenAI accused DeepSeek of using its models to build R1.',
    [],
    ['OpenAI USED R1'],
  ],
  [
    'a round led by a placed investor, with participation from others',
    'Cohere said sales grew. The company has raised $18 million, most recently in a round led by Toronto-based Radical Ventures with participation from Nvidia and Oracle.',
    [
      'Radical Ventures INVESTED_IN Cohere asserted',
      'Nvidia INVESTED_IN Cohere asserted',
      'Oracle INVESTED_IN Cohere asserted',
    ],
    [],
  ],
  [
    'members listed before "are among its investors"',
    'Zhipu AI grew fast. Alibaba and Tencent are among its investors.',
    ['Alibaba Group INVESTED_IN Zhipu AI asserted', 'Tencent INVESTED_IN Zhipu AI asserted'],
    [],
  ],
  [
    "a plural noun after a name in the lede is no verb: the next sentence's subject is the topic",
    "A Toronto company founded by two Google researchers says its software halves paperwork. Cohere said on Monday that sales doubled. Jane Holloway previously built speech software for Amazon's Alexa assistant. The company has raised $18 million from Nvidia.",
    ['Nvidia INVESTED_IN Cohere asserted'],
    ['Nvidia INVESTED_IN Google', 'Nvidia INVESTED_IN Amazon'],
  ],
  [
    'a title in apposition is held at the company the story is about',
    "Cohere said on Monday that Oracle will roll out its tool. Oracle executives praised it. Jane Holloway, the company's chief executive, spoke after them.",
    ['Jane Holloway LEADS Cohere asserted'],
    ['Jane Holloway LEADS Oracle'],
  ],
  [
    "a maker's use of its own product in the sentence that names it is no relation",
    "Microsoft will offer Anthropic's Claude models to business customers through its Azure AI Foundry service.",
    ['Microsoft DEVELOPED Azure AI Foundry asserted'],
    ['Microsoft USED Azure AI Foundry'],
  ],
  [
    'a long relative clause between a founder and the verb',
    'Jane Holloway, who led model training for a chatbot unit until May, co-founded Cohere with Raj Patel.',
    ['Jane Holloway FOUNDED Cohere asserted', 'Raj Patel FOUNDED Cohere asserted'],
    [],
  ],
  [
    'founding named after "before"',
    'Jane Holloway, who spent six years at Apple working on speech, left before founding Cohere.',
    ['Jane Holloway FOUNDED Cohere asserted'],
    [],
  ],
  [
    'the venture of a founder, described by another company',
    'Sarvam AI competes with Krutrim, the AI venture of Ola founder Bhavish Aggarwal.',
    ['Bhavish Aggarwal FOUNDED Krutrim asserted'],
    [],
  ],
  [
    'the start-up a pronoun founded',
    'Ilya Sutskever said he would run Safe Superintelligence, the start-up he co-founded last year.',
    ['Ilya Sutskever FOUNDED Safe Superintelligence asserted'],
    [],
  ],
  [
    'led by its founder after a coordinated relative clause',
    'DeepSeek, which is backed by the hedge fund High-Flyer and led by its founder Liang Wenfeng, did not respond.',
    ['Liang Wenfeng LEADS DeepSeek asserted'],
    [],
  ],
  [
    'a second appositive title at another company',
    "Jane Holloway, Cohere's chief strategy officer and a former Uber executive, will lead the unit.",
    ['Jane Holloway EMPLOYED_BY Cohere asserted', 'Jane Holloway EMPLOYED_BY Uber asserted'],
    [],
  ],
  [
    'any chief officer but the executive is staff, not leader',
    '"It works," said Jane Holloway, Microsoft\'s chief medical information officer.',
    ['Jane Holloway EMPLOYED_BY Microsoft asserted'],
    ['Jane Holloway LEADS Microsoft'],
  ],
  [
    'a title after a list of former employers',
    'Surge AI, founded by former Google and Meta engineer Edwin Chen, is profitable.',
    ['Edwin Chen EMPLOYED_BY Google asserted', 'Edwin Chen EMPLOYED_BY Meta Platforms asserted'],
    [],
  ],
  [
    "a person's possessive names the company they founded",
    "The orders also went to Snap and Elon Musk's xAI.",
    ['Elon Musk FOUNDED xAI asserted'],
    [],
  ],
  [
    "a company that invested and then hired another company's chief executive",
    'Meta invested $14 billion in Scale AI last year and hired its chief executive, Alexandr Wang.',
    ['Alexandr Wang LEADS Scale AI asserted', 'Alexandr Wang EMPLOYED_BY Meta Platforms asserted'],
    ['Alexandr Wang LEADS Meta Platforms', 'Alexandr Wang EMPLOYED_BY Scale AI'],
  ],
  [
    'a product picked over another is its rival',
    "The bank said it had picked Qwen over Baidu's Ernie after months of testing.",
    ['Qwen COMPETES_WITH Ernie Bot asserted'],
    [],
  ],
  [
    'a rival in a second appositive',
    "KDDI, Japan's second-largest carrier and a rival of SoftBank Corp., bought a plant.",
    ['KDDI COMPETES_WITH SoftBank Corp asserted'],
    [],
  ],
  [
    'a model that matched another on benchmarks',
    'Alibaba said Qwen3 matched GPT-4o on coding benchmarks.',
    ['Qwen3 COMPETES_WITH GPT-4o asserted'],
    [],
  ],
  [
    'a suit that states its charge accuses the defendant',
    'Getty Images sued Stability AI in London, alleging that it copied millions of photographs.',
    ['Getty Images SUED Stability AI asserted', 'Getty Images ACCUSED Stability AI asserted'],
    [],
  ],
  [
    'a suit named without its charge accuses nobody',
    'Getty Images sued Stability AI in London last year.',
    ['Getty Images SUED Stability AI asserted'],
    ['Getty Images ACCUSED Stability AI'],
  ],
  [
    "a list member's appositive names its owner, who is no member",
    "Cohere grew fast. The company has raised $200 million from investors including Radical Ventures, Nvidia's venture arm, as well as Oracle and Salesforce.",
    [
      'Radical Ventures INVESTED_IN Cohere asserted',
      'Oracle INVESTED_IN Cohere asserted',
      'Salesforce INVESTED_IN Cohere asserted',
    ],
    ['Nvidia INVESTED_IN Cohere'],
  ],
  [
    'a company named in quoted speech is not what the next "the company" means',
    'Cohere raised money on Monday. "We will not pretrain a frontier model when Mistral AI has already done it," its chief executive said. The company counts Oracle among its customers.',
    ['Cohere SUPPLIES Oracle asserted'],
    ['Mistral AI SUPPLIES Oracle'],
  ],
  [
    'backers named as a circle are not what the next "the company" means',
    'Cohere raised $100 million on Monday. Existing backers Radical Ventures and Oracle returned. The round values the young company at $1 billion, and the company counts Nvidia among its customers.',
    ['Cohere SUPPLIES Nvidia asserted'],
    ['Oracle SUPPLIES Nvidia'],
  ],
  [
    'a senior staff title with no company named is held at the company in focus',
    'Cohere raised money on Monday. Cohere also hired staff. Jane Holloway is chief technology officer, and Raj Patel, the chief financial officer, previously worked for Amazon.',
    [
      'Jane Holloway EMPLOYED_BY Cohere asserted',
      'Raj Patel EMPLOYED_BY Cohere asserted',
      'Raj Patel EMPLOYED_BY Amazon asserted',
    ],
    [],
  ],
  [
    'joined one company from another: worked at both',
    'Jane Holloway joined Cohere from Google last year.',
    ['Jane Holloway EMPLOYED_BY Cohere asserted', 'Jane Holloway EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    'left one company to start another',
    'Jane Holloway, who left Google last year to start Cohere, spoke on Monday.',
    ['Jane Holloway FOUNDED Cohere asserted', 'Jane Holloway EMPLOYED_BY Google asserted'],
    [],
  ],
  [
    'senior roles held at a list of companies, years spent at one',
    "Jane Holloway previously held senior roles at Google and Microsoft. Raj Patel, who spent a decade at Oracle, now leads Cohere's research lab.",
    [
      'Jane Holloway EMPLOYED_BY Google asserted',
      'Jane Holloway EMPLOYED_BY Microsoft asserted',
      'Raj Patel EMPLOYED_BY Oracle asserted',
      'Raj Patel EMPLOYED_BY Cohere asserted',
    ],
    [],
  ],
  [
    'took over as chief executive of the company in focus',
    'Cohere grew fast. Jane Holloway took over as chief executive in March.',
    ['Jane Holloway LEADS Cohere asserted'],
    [],
  ],
  [
    "a described company as the object of the only name's verb is another company",
    'OpenAI launched a new model on Monday. SoftBank Group invested in the San Francisco-based company last year.',
    ['SoftBank Group INVESTED_IN OpenAI asserted', 'OpenAI LOCATED_IN San Francisco asserted'],
    [],
  ],
  [
    'a described company after a copula is the name itself',
    'Alibaba said on Monday that sales rose. Baidu is the first China-based company to debut such a chatbot.',
    ['Baidu LOCATED_IN China asserted'],
    ['Alibaba Group LOCATED_IN China'],
  ],
  [
    'a company taken up by a pronoun stays the centre for the next "its"',
    'Scale AI grew fast. Meta invested in it last year. Its customers have included OpenAI and Google.',
    ['Scale AI SUPPLIES OpenAI asserted', 'Scale AI SUPPLIES Google asserted'],
    ['Meta Platforms SUPPLIES OpenAI'],
  ],
  [
    'the company whose circle it is is none of its members',
    'Scale AI hired more staff. OpenAI praised the work. Its customers have included OpenAI and Google.',
    ['Scale AI SUPPLIES OpenAI asserted', 'Scale AI SUPPLIES Google asserted'],
    ['OpenAI SUPPLIES Google'],
  ],
  [
    'a description after a share of it is another company than the owner',
    'CoreWeave grew fast. Nvidia owns roughly 7% of the company and buys its spare capacity.',
    ['Nvidia INVESTED_IN CoreWeave asserted'],
    [],
  ],
  [
    'a relative clause before "remains its largest customer"',
    'CoreWeave grew fast. Microsoft, which accounted for 62% of revenue last year, remains its largest customer.',
    ['CoreWeave SUPPLIES Microsoft asserted'],
    [],
  ],
];

describe('[extract/fronted-and-group-phrasings]', () => {
  itFindsEachCase('', CASES, lexicon);
});
