// Short articles written for the dashboard test (not taken from any real outlet).
export interface TestArticle {
  title: string;
  source: string;
  published: string;
  url: string;
  text: string;
}

export const DASHBOARD_CORPUS: TestArticle[] = [
  {
    title: 'Microsoft deepens its bet on OpenAI',
    source: 'Harbor Tech Daily',
    published: '2024-02-12',
    url: 'https://news.example/harbor/microsoft-openai',
    text: 'Microsoft invested $2 billion in OpenAI on Monday, the companies said. ByteDance sued OpenAI in a Delaware court, according to people familiar with the matter.\n\nNvidia supplies chips to ByteDance.',
  },
  {
    title: 'A cloud partnership',
    source: 'Quayside Wire',
    published: '2024-03-01',
    url: 'https://news.example/quayside/bytedance-alibaba',
    text: 'ByteDance partnered with Alibaba on cloud services. Alibaba was founded by Jack Ma in Hangzhou.',
  },
  {
    title: 'Money and models',
    source: 'Harbor Tech Daily',
    published: '2024-02-20',
    url: 'https://news.example/harbor/google-bytedance',
    text: 'Google reportedly invested in ByteDance last year.',
  },
  {
    title: 'No deal, says the chipmaker',
    source: 'Quayside Wire',
    published: '2024-03-10',
    url: 'https://news.example/quayside/nvidia-denial',
    text: 'Nvidia did not invest in ByteDance, a spokesperson for the chipmaker said.',
  },
];

/** Ingested while the page is open: its fact must reach the graph live. */
export const LIVE_ARTICLE: TestArticle = {
  title: 'A new alliance',
  source: 'Quayside Wire',
  published: '2024-04-02',
  url: 'https://news.example/quayside/samsung-bytedance',
  text: 'Samsung partnered with ByteDance on memory chips for AI servers.',
};
