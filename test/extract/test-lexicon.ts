// A small lexicon written for the tests, so that they do not move when seeds/lexicon grows.
import { type Lexicon, parseLexicon } from '../../src/extract/index.js';

const org = (id: string, name: string, aliases: string[] = [], kind = 'company') => ({
  id,
  name,
  type: 'Organization',
  aliases,
  kind,
});
const person = (id: string, name: string, aliases: string[] = [], kind = 'executive') => ({
  id,
  name,
  type: 'Person',
  aliases,
  kind,
});
const product = (id: string, name: string, aliases: string[] = [], maker?: string) => ({
  id,
  name,
  type: 'Product',
  aliases,
  kind: 'model',
  maker,
});
const place = (id: string, name: string, aliases: string[] = [], demonyms: string[] = []) => ({
  id,
  name,
  type: 'Place',
  aliases,
  kind: 'country',
  demonyms,
});

export const TEST_LEXICON_FILES = [
  {
    name: 'organizations.json',
    data: {
      entries: [
        org('openai', 'OpenAI', ['Open AI'], 'lab'),
        org('bytedance', 'ByteDance'),
        org('microsoft', 'Microsoft', ['MSFT']),
        org('meta', 'Meta Platforms', ['Meta']),
        org('baidu', 'Baidu'),
        org('alibaba', 'Alibaba Group', ['Alibaba']),
        org('tencent', 'Tencent'),
        org('01ai', '01.AI', ['01.AI', 'Zero One Everything'], 'startup'),
        org('anthropic', 'Anthropic', [], 'lab'),
        org('amazon', 'Amazon', ['Amazon.com']),
        org('google', 'Google'),
        org('alphabet', 'Alphabet'),
        org('nvidia', 'Nvidia', ['NVIDIA']),
        org('apple', 'Apple'),
        org('nyt', 'The New York Times', ['New York Times', 'NYT'], 'outlet'),
        org('verge', 'The Verge', [], 'outlet'),
        org('reuters', 'Reuters', [], 'outlet'),
        org('commerce', 'U.S. Department of Commerce', ['Commerce Department'], 'government'),
        org('biden', 'Biden administration', [], 'government'),
        org('mistral', 'Mistral AI', ['Mistral'], 'startup'),
        org('xai', 'xAI', [], 'startup'),
        org('sequoia', 'Sequoia Capital', [], 'investor'),
      ],
    },
  },
  {
    name: 'people.json',
    data: {
      entries: [
        person('sam-altman', 'Sam Altman'),
        person('lee-kai-fu', 'Kai-Fu Lee', ['Lee Kai-fu'], 'founder'),
        person('robin-li', 'Robin Li'),
        person('elon-musk', 'Elon Musk', [], 'founder'),
        person('satya-nadella', 'Satya Nadella'),
        person('jensen-huang', 'Jensen Huang'),
      ],
    },
  },
  {
    name: 'products.json',
    data: {
      entries: [
        product('gpt', 'GPT', [], 'openai'),
        product('gpt-4', 'GPT-4', [], 'openai'),
        product('gpt-4-turbo', 'GPT-4 Turbo', [], 'openai'),
        product('chatgpt', 'ChatGPT', [], 'openai'),
        product('tiktok', 'TikTok', [], 'bytedance'),
        product('llama', 'Llama', ['LLaMA'], 'meta'),
        product('yi-34b', 'Yi-34B', [], '01ai'),
        product('claude', 'Claude', [], 'anthropic'),
        product('gemini', 'Gemini', [], 'google'),
        product('h100', 'H100', [], 'nvidia'),
        product('h800', 'H800', [], 'nvidia'),
        product('azure', 'Azure', ['Microsoft Azure'], 'microsoft'),
        product('ernie', 'Ernie Bot', ['Ernie'], 'baidu'),
      ],
    },
  },
  {
    name: 'places.json',
    data: {
      entries: [
        place('us', 'United States', ['U.S.', 'US', 'USA'], ['American']),
        place('china', 'China', ['mainland China', 'PRC'], ['Chinese']),
        place('beijing', 'Beijing'),
        place('san-francisco', 'San Francisco'),
        place('france', 'France', [], ['French']),
      ],
    },
  },
];

export const TEST_LEXICON: Lexicon = parseLexicon(TEST_LEXICON_FILES);
