/**
 * npm run bench:extract [-- --articles N] [-- --corpus FILE.tar.gz]
 * Extraction speed on real Reuters articles, one core, warm: tokens/s of the whole
 * pipeline and of the NER tagger alone, and of compromise on the same texts, with
 * the ratio and peak memory (RSS).
 *
 * npm run bench:extract -- --sizes [10k,100k,1m,2m,5m] [--corpus FILE.tar.gz]
 * Extraction cost by article size: one article built of real Reuters bodies to each size,
 * each extracted in a process of its own (so peak RSS is that size's), time per MB and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { parseArticle } from '../src/article/parse.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { loadNerModel, tagDocument } from '../src/extract/ner/index.js';
import { splitSentences } from '../src/extract/tokenize.js';
import { readTarArticles, requireCorpus } from './corpus.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[i + 1] : undefined;
};
const argIndex = process.argv.indexOf('--articles');
const limit = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 2000;
const corpus = requireCorpus(option('--corpus'));

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024 };
function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)b?$/i.exec(s.trim());
  if (!m) throw new Error(`--sizes: cannot read ${JSON.stringify(s)} as a size (10k, 1m, 5m)`);
  return Math.round(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]);
}

/** One article of about `bytes` UTF-8 bytes: a title, a date, then whole Reuters bodies in archive order. */
export async function buildArticle(file: string, bytes: number): Promise<string> {
  const head = 'Many stories in one\n2010-06-01 12:00:00.0\n';
  const parts: string[] = [head];
  let size = Buffer.byteLength(head);
  // About 3 KB an article: read enough for the size, twice over for the ones that do not parse.
  for (const { name, text } of await readTarArticles(file, Math.ceil(bytes / 1500) + 10)) {
    let body: string;
    try {
      body = parseArticle(text, name).body.trim();
    } catch {
      continue;
    }
    const piece = body + '\n';
    const n = Buffer.byteLength(piece);
    if (size + n > bytes) break;
    parts.push(piece);
    size += n;
  }
  return parts.join('');
}

if (process.argv.includes('--size-child')) {
  // One size, in its own process: warm the JIT on a small article, then time the big one.
  const bytes = Number(option('--size-child'));
  const warm = await buildArticle(corpus, 20 * 1024);
  extractArticle(parseArticle(warm, 'warm'));
  const text = await buildArticle(corpus, bytes);
  const article = parseArticle(text, 'sizes');
  const rssBefore = process.memoryUsage().rss;
  // A small article is extracted again until about 1 MB has gone through, so its figure is not one short run's noise.
  const rounds = Math.max(1, Math.min(100, Math.round((1024 * 1024) / bytes)));
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let out = extractArticle(article);
  for (let r = 1; r < rounds; r++) out = extractArticle(article);
  const seconds = (performance.now() - started) / 1000 / rounds;
  const cpu = process.cpuUsage(cpuStarted);
  cpu.user /= rounds;
  cpu.system /= rounds;
  const peak = process.resourceUsage().maxRSS * 1024;
  const n = (k: keyof typeof out) => (Array.isArray(out[k]) ? (out[k] as unknown[]).length : 0);
  process.stdout.write(
    JSON.stringify({ bytes: Buffer.byteLength(text), seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss: peak, baseRss: rssBefore, people: n('people'), meetings: n('meetings'), organizations: n('organizations') }) + '\n',
  );
  process.exit(0);
}

if (process.argv.includes('--sizes')) {
  const list = (option('--sizes') ?? '10k,100k,1m,2m,5m').split(',').map(parseSize);
  const self = fileURLToPath(import.meta.url);
  const mb = 1024 * 1024;
  // CPU time is the figure to compare: on a shared machine the wall clock also counts other processes' turns.
  console.log('size      wall      CPU       CPU s/MB  peak RSS  RSS over base  people  orgs  meetings');
  for (const bytes of list) {
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--size-child', String(bytes), '--corpus', corpus], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1024 * 1024,
    });
    if (child.status !== 0) {
      console.log(`${(bytes / mb).toFixed(2)} MB: failed (exit ${child.status ?? child.signal})`);
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!);
    const size = r.bytes >= mb ? `${(r.bytes / mb).toFixed(2)} MB` : `${(r.bytes / 1024).toFixed(0)} KB`;
    console.log(
      [
        size.padEnd(9),
        `${r.seconds.toFixed(2)} s`.padEnd(9),
        `${r.cpuSeconds.toFixed(2)} s`.padEnd(9),
        `${(r.cpuSeconds / (r.bytes / mb)).toFixed(2)}`.padEnd(9),
        `${(r.peakRss / mb).toFixed(0)} MB`.padEnd(9),
        `${((r.peakRss - r.baseRss) / mb).toFixed(0)} MB`.padEnd(14),
        String(r.people).padEnd(7),
        String(r.organizations).padEnd(5),
        String(r.meetings),
      ].join(' '),
    );
  }
  process.exit(0);
}

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);

const raw = await readTarArticles(corpus, limit);
const articles = raw.flatMap(({ name, text }) => {
  try {
    return [parseArticle(text, name)];
  } catch {
    return [];
  }
});
const tokens = articles.reduce((n, a) => n + splitSentences(a.text, a.bodyStart).reduce((m, s) => m + s.tokens.length, 0), 0);

function time(label: string, fn: () => void, rounds = 1): number {
  const started = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  const seconds = (performance.now() - started) / 1000 / rounds;
  sample();
  return seconds;
}

const loadSeconds = time('load', () => loadNerModel());
// Warm-up: let the JIT see every path once.
for (const a of articles.slice(0, 200)) extractArticle(a);
const model = loadNerModel();

const pipeline = time('pipeline', () => {
  for (const a of articles) extractArticle(a);
});
const tagger = time('tagger', () => {
  for (const a of articles) tagDocument(model, splitSentences(a.text, a.bodyStart));
});
for (const a of articles.slice(0, 50)) nlp(a.body).people().out('array');
const compromise = time('compromise', () => {
  for (const a of articles) {
    const doc = nlp(a.body);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }
});
clearInterval(timer);
sample();

const rate = (s: number) => Math.round(tokens / s);
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(`articles          ${articles.length} (${fmt(tokens)} body tokens), model load ${(loadSeconds * 1000).toFixed(0)} ms`);
console.log(`newsgraph extract ${fmt(rate(pipeline))} tokens/s  (${(articles.length / pipeline).toFixed(0)} articles/s, whole pipeline)`);
console.log(`newsgraph NER     ${fmt(rate(tagger))} tokens/s  (tokenize + tag only)`);
console.log(`compromise        ${fmt(rate(compromise))} tokens/s  (people + organizations + places)`);
console.log(`ratio             ${(compromise / pipeline).toFixed(1)}x compromise's speed (whole pipeline)`);
console.log(`peak RSS          ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024).toFixed(0)} MB`);
