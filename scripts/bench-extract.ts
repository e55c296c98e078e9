/**
 * npm run bench:extract [-- --articles N]
 * Extraction speed on real Reuters articles, one core, warm: tokens/s of the whole
 * pipeline and of the NER tagger alone, and of compromise on the same texts, with
 * the ratio and peak memory (RSS).
 */
import nlp from 'compromise';
import { parseArticle } from '../src/article/parse.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { loadNerModel, tagDocument } from '../src/extract/ner/index.js';
import { splitSentences } from '../src/extract/tokenize.js';
import { readTarArticles, requireCorpus } from './corpus.js';

const argIndex = process.argv.indexOf('--articles');
const limit = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 2000;

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);

const raw = await readTarArticles(requireCorpus(), limit);
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
