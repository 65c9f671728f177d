// Extraction throughput: KB/s and articles/s on one core, peak RSS, beside a naive full
// compromise parse (`nlp(text)` then `.organizations() .people() .places()`) of the same text in
// the same run. Corpus: the dev corpus texts when ../shared is there (repeated), else generated
// articles. Run: npm run bench:extract [-- --min-ratio 3]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { type ArticleInput, extractArticle, loadLexicon } from '../../src/extract/index.js';
import { generateArticles } from './generate-articles.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEV_CORPUS = resolve(HERE, '../../../shared/eval/corpus/dev');
const TARGET_BYTES = 600 * 1024;

function loadCorpus(): { articles: ArticleInput[]; source: string } {
  let base: ArticleInput[];
  let source: string;
  if (existsSync(DEV_CORPUS)) {
    base = readdirSync(DEV_CORPUS)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const a = JSON.parse(readFileSync(join(DEV_CORPUS, f), 'utf8')) as ArticleInput;
        return { id: a.id, text: a.text, published: a.published ?? null };
      });
    source = `dev corpus (${base.length} articles)`;
  } else {
    base = generateArticles(40).map((a, i) => ({ id: `gen-${i}`, text: a.text }));
    source = `generated articles (${base.length})`;
  }
  const articles: ArticleInput[] = [];
  let bytes = 0;
  for (let round = 0; bytes < TARGET_BYTES; round++) {
    for (const a of base) {
      articles.push({ ...a, id: `${a.id}#${round}` });
      bytes += Buffer.byteLength(a.text, 'utf8');
    }
  }
  return { articles, source: `${source}, repeated to ${Math.round(bytes / 1024)} KB` };
}

function measure(name: string, articles: ArticleInput[], run: (a: ArticleInput) => unknown) {
  // Warm-up on a quarter of the corpus, for both contenders: an ingest worker runs for thousands
  // of articles, and with only a few the window measured V8 compiling our code (~40% of the CPU)
  for (const a of articles.slice(0, Math.ceil(articles.length / 4))) run(a);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  for (const a of articles) run(a);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    name,
    seconds,
    kbPerSecond: bytes / 1024 / seconds,
    articlesPerSecond: articles.length / seconds,
    kbPerCpuSecond: bytes / 1024 / cpuSeconds,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function naiveParse(a: ArticleInput) {
  const doc = nlp(a.text);
  return [doc.organizations().out('array'), doc.people().out('array'), doc.places().out('array')];
}

function main(argv: string[]) {
  const minIndex = argv.indexOf('--min-ratio');
  const minRatio = minIndex >= 0 ? Number(argv[minIndex + 1]) : undefined;
  const lexicon = loadLexicon();
  const { articles, source } = loadCorpus();
  const ours = measure('aikg extractArticle', articles, (a) => extractArticle(a, lexicon));
  const naive = measure('naive compromise parse', articles, naiveParse);
  const ratio = ours.kbPerCpuSecond / naive.kbPerCpuSecond;
  const row = (r: typeof ours) =>
    `${r.name.padEnd(24)} ${r.kbPerSecond.toFixed(0).padStart(8)} KB/s ${r.articlesPerSecond.toFixed(1).padStart(9)} articles/s ${r.kbPerCpuSecond.toFixed(0).padStart(8)} KB/cpu-s ${String(r.peakRssMiB).padStart(6)} MiB peak RSS`;
  process.stdout.write(
    [
      `corpus: ${source}, ${articles.length} articles, single thread (one core)`,
      row(ours),
      row(naive),
      `ratio (aikg / naive, per CPU second): ${ratio.toFixed(1)}x`,
      '',
    ].join('\n'),
  );
  if (minRatio !== undefined && ratio < minRatio) {
    process.stderr.write(`ratio ${ratio.toFixed(2)} is below --min-ratio ${minRatio}\n`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2));
