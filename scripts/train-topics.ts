// Trains the topic classifier (models/topics.json.gz) from the labelled Reuters sample
// (annotations/topics/labels/):
//
//   npm run train:topics              train on the train and tune splits, calibrate the scores and
//                                     tune the per-topic thresholds on their 5-fold out-of-fold
//                                     scores, write the model
//   npm run train:topics -- --dry     report only, write nothing
//   --fit-train   train on the train split only, calibrate and tune on the tune split (tune figures held out)
//   --cv K        also K-fold cross-validation over train + tune (folds by a hash of the file
//                 name): every article scored by a model that did not learn from it, calibration
//                 and thresholds fitted on the other folds' out-of-fold scores; writes nothing
//                 --sweep: decoder variants on the same scores; --details: error kinds and per-topic
//                 figures; --grid "l2=3e-3;pos=1,epochs=40": several learner settings in one run
//   --no-slug     without the URL slug's words as features
//   --lead        the lead paragraph's words as separate features
//   --parent-keep P   drop a parent assigned beside its child unless main or scoring >= P (default 0.85;
//                 --no-parent-rule: keep them)
//   --max-topics N    at most N topics per article
//   --weak N      add N more corpus articles (train split, outside the sample) labelled by their URL
//                 slugs (src/train/topic-slugs.ts), at a lower weight (--weak-weight, default 0.3)
//   --weak-learned N  draw N corpus articles (train split, outside the sample; default 1500, 0: none)
//                 and label those whose slug has a word of a slug-word -> topic map learned from the
//                 labelled articles trained on (--show-map prints it), at --weak-weight; read without
//                 their slug words (--weak-slug: with them); an update of a sample article's story is
//                 never drawn
//   --main-by stack|head|score   the main topic: a stack over the head's logits and the calibrated
//                 scores fitted on out-of-fold scores (default; --stack-width 3|5, --stack-l2 X,
//                 --stack-no-bias), the softmax head alone, or the best calibrated score
//   --head-title X  the main-topic head reads the title's words X times as strongly
//   --entities    curated organizations named and the number of countries as features
//   --shrink N    per-topic thresholds shrunk toward the global one as if it had N more articles
//                 (default: global, one threshold for every topic; see the settings table in docs/quality-log.md, Topics)
//   --save-oof FILE / --load-oof FILE   (with --cv) keep the out-of-fold logits / try decoders on saved ones
//   --export FILE (with --cv) the train + tune articles as the learner reads them, for checks with other
//                 learners on the same folds: file, split, fold, topics, features, text, out-of-fold logits;
//                 and the weak examples with each fold's learned labels (never the locked test)
//   --l2 X, --epochs N, --pos X, --rate X, --prune X   learner settings
//   --no-second   without the second model (tf-idf words + a 100-d LSA space, logistic regression
//                 per topic, src/train/topic-tfidf.ts) whose calibrated scores are averaged with the
//                 first's, and whose main-topic head (a softmax regression over the same features, C
//                 --second-head-c 10, --second-head-iter 50 L-BFGS iterations; --no-second-head: without it)
//                 is one more input of the main-topic stack (its weight w2)
//                 (--second-weight W, default 0.5; --second-c C, default 10; --second-dim D,
//                 default 100; --second-prune X, default 0.05; --second-max-words N, default 20000: the vocabulary's
//                 N words of the most articles, so that the second model (its space holds a row per word) stops
//                 growing with the labels (the first still grows with its features); --second-min N, default 20: only for topics
//                 with N of all the articles the model trains on, the same set in the CV folds and the
//                 model; --second-count every-fold: N training articles in every CV fold, folds: N in each
//                 fold's training articles, a set per fold; its Platt scaling over every topic's logits,
//                 --second-platt served: the served topics' only; --space-pool weak|N|all: the unlabelled
//                 articles of its space, the weak pool's or N corpus articles of the train and tune
//                 splits, with --cv a list to compare); the CV reports both, and the model keeps the
//                 second only if it gains >= 0.01 in every fold and overall (src/train/topic-ensemble.ts)
//   --no-countries  without the country features
//   --errors      list the tune split's misses and false topics
//   --out FILE    write the model there instead of models/topics.json.gz
//
// REUTERS_DIR=/path/to/unpacked/texts reads the articles from there instead of the tarball.
//
// The locked test split is never scored here (`newsgraph eval --topics --split test` does): its
// articles' titles and first lines are read only to keep their updates out of the weak examples.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from '../src/config.js';
import { parseArticle } from '../src/article/parse.js';
import { findCountryMentions } from '../src/extract/countries/mentions.js';
import { findKnownOrganizations } from '../src/extract/organizations.js';
import {
  calibrated,
  decideTopics,
  mainTopicIndex,
  normaliseFeatures,
  parentIndices,
  slugWords,
  topicFeatures,
  allTopicLogits,
  topicModelFromFile,
  withSecondLogits,
  mainStackInputs,
  secondHeadLogits,
  type MainStack,
  type TopicDecoder,
  type TopicFeatureOptions,
} from '../src/extract/topic-model.js';
import { listTopics, scoreTopics } from '../src/extract/topics.js';
import { loadTopicLabels, readTopicSample, scoreTopicSets, type LabelledArticle, type TopicScores } from '../src/eval/topics.js';
import { splitOf } from '../src/eval/split.js';
import { logitsOf, plattFit, serializeTopicModel, trainMainHead, trainOneVsRest, writeTopicModel, type DenseTopicWeights, type TopicExample } from '../src/train/topics.js';
import { slugTopics } from '../src/train/topic-slugs.js';
import { tfidfModelToFile, trainTfidfModel } from '../src/train/topic-tfidf.js';
import { tfidfModelFromFile, tfidfTokens, type TfidfTopicModelFile } from '../src/extract/topic-tfidf.js';
import { keepByFolds, secondWeights, servedInEveryFold, servedTopics, SECOND_KEEP_RULE } from '../src/train/topic-ensemble.js';
import { readTarArticles, requireCorpus } from './corpus.js';

const args = process.argv.slice(2);
const num = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const dry = args.includes('--dry');
const showErrors = args.includes('--errors');
const useCountries = !args.includes('--no-countries');
const cvFolds = num('--cv', 0);
const weakN = num('--weak', 0);
const weakWeight = num('--weak-weight', 0.3);
const epochs = num('--epochs', 20);
const l2 = num('--l2', 1e-2);
const rate = num('--rate', 0.5);
const positiveWeight = num('--pos', 1);
const SEED = 16;
// Weights smaller than this are dropped from the file (most of the 100 weights a word has are near 0).
const prune = num('--prune', 0.05);
const plattPerTopic = num('--platt-per-topic', 0);
// Per-topic thresholds are shrunk toward the global one as if it had SHRINK more articles behind it;
// Infinity (the default, `--shrink global`) keeps the global one for every topic: on 2,440 train +
// tune articles it beat shrinkage 4 in each of the 5 folds (micro F1 0.775 against 0.768).
const SHRINK = args.includes('--shrink') && args[args.indexOf('--shrink') + 1] !== 'global' ? num('--shrink', Infinity) : Infinity;
if (Number.isNaN(SHRINK) || SHRINK < 0) throw new Error(`--shrink: ${JSON.stringify(args[args.indexOf('--shrink') + 1])} is not a number of articles >= 0 or "global"`);
const fitAll = !args.includes('--fit-train');
const OUT = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : path.join(repoRoot, 'models/topics.json.gz');
// The shipped settings, each chosen by 5-fold cross-validation over train + tune (docs/quality-log.md, Topics).
const featureOpts: TopicFeatureOptions = {
  ...(args.includes('--no-slug') ? {} : { slug: true }),
  ...(args.includes('--lead') ? { lead: true } : {}),
  ...(args.includes('--entities') ? { entities: true } : {}),
};
const decoder: TopicDecoder = {
  ...(args.includes('--no-parent-rule') ? {} : { parentKeep: num('--parent-keep', 0.85) }),
  ...(args.includes('--max-topics') ? { maxTopics: num('--max-topics', 99) } : {}),
};
const baseOpts = { seed: SEED, epochs, l2, rate, positiveWeight };
let opts: typeof baseOpts = baseOpts;
// --grid "l2=3e-3;pos=1,epochs=40": several learner settings cross-validated in one run (the articles read once).
const grid: Array<Partial<typeof baseOpts>> = args.includes('--grid')
  ? args[args.indexOf('--grid') + 1].split(';').map((g) => Object.fromEntries(g.split(',').map((kv) => kv.split('=')).map(([k, v]) => [k === 'pos' ? 'positiveWeight' : k, Number(v)])))
  : [{}];

const topics = listTopics().map((t) => t.id);
const index = new Map(topics.map((t, i) => [t, i]));
const parents = parentIndices(topics);
const nT = topics.length;

const started = Date.now();
// The corpus: the unpacked texts of REUTERS_DIR when set (read as needed: faster), else the tarball.
const reutersDir = process.env.REUTERS_DIR;
const corpus: Pick<Map<string, string>, 'get' | 'keys'> =
  reutersDir && existsSync(reutersDir)
    ? {
        get: (f: string) => (existsSync(path.join(reutersDir, f)) ? readFileSync(path.join(reutersDir, f), 'utf8') : undefined),
        keys: () => readdirSync(reutersDir).filter((f) => f.endsWith('.txt'))[Symbol.iterator]() as MapIterator<string>,
      }
    : new Map((await readTarArticles(requireCorpus())).map(({ name, text }) => [path.basename(name), text]));
const labelled = loadTopicLabels({ splits: ['train', 'tune'] });
// Every article of the sample, labelled yet or not, test included: none of them is ever a weak example.
const sampled = new Set(readTopicSample().keys());

interface Prepared {
  file: string;
  features: Array<[string, number]>;
  /** the same article read without its file name (no slug features) */
  noSlug: Array<[string, number]>;
  text: string;
  titleEnd: number;
}

function prepare(file: string): Prepared {
  const raw = corpus.get(file);
  if (raw === undefined) throw new Error(`${file}: not in the corpus`);
  const a = parseArticle(raw, file);
  const text = raw.slice(a.titleStart);
  const titleEnd = a.titleEnd - a.titleStart;
  const countries = useCountries ? findCountryMentions(raw, { start: a.titleStart }).map((m) => m.code) : [];
  const organizations = featureOpts.entities ? findKnownOrganizations(raw, { start: a.titleStart }).map((m) => m.id) : [];
  const features = normaliseFeatures(topicFeatures(text, { titleEnd, countries, organizations, source: file, ...featureOpts }));
  const noSlug = featureOpts.slug ? normaliseFeatures(topicFeatures(text, { titleEnd, countries, organizations, ...featureOpts, slug: false })) : features;
  return { file, text, titleEnd, features, noSlug };
}

const example = (p: Prepared, a: LabelledArticle): TopicExample => ({ features: p.features, labels: a.topics.map((t) => index.get(t)!), weight: 1 });

const train = labelled.filter((a) => a.split === 'train');
const tune = labelled.filter((a) => a.split === 'tune');
const trainP = train.map((a) => prepare(a.file));
const tuneP = tune.map((a) => prepare(a.file));
const trainX = train.map((a, i) => example(trainP[i], a));
const tuneX = tune.map((a, i) => example(tuneP[i], a));

// Weak labels: corpus articles of the train split outside the sample whose URL slug names topics.
const weakX: TopicExample[] = [];
if (weakN > 0) {
  const names = [...corpus.keys()].filter((f) => !sampled.has(f) && splitOf(f) === 'train').sort();
  for (const f of names) {
    if (weakX.length >= weakN) break;
    const st = slugTopics(f).filter((t) => index.has(t));
    if (!st.length) continue;
    const p = prepare(f);
    // A slug names some of an article's topics, never all: the others count as absent, at the low weight.
    weakX.push({ features: p.features, labels: st.map((t) => index.get(t)!), weight: weakWeight });
  }
}

// About 7% of the corpus are updates of another article (same story, a slightly different text):
// an update of a sample article (locked test, or the fold being scored) is never a weak example,
// nor an unlabelled article of the second model's space.
let sampleStories: Set<string> | undefined;
function sampleStoryKeys(): Set<string> {
  sampleStories ??= new Set([...sampled].flatMap((f) => {
    const raw = corpus.get(f);
    return raw === undefined ? [] : storyKeys(raw, f);
  }));
  return sampleStories;
}

// Weak labels from a slug-word -> topic map learned from the labelled articles a model trains on
// (not hand-written): a word of at least MIN_SLUG articles whose articles have the topic at least
// SLUG_PRECISION of the time. Each weak article says its mapped topics are present and nothing
// about the others (--weak-negatives: the others absent).
const weakLearnedN = args.includes('--load-oof') ? 0 : num('--weak-learned', 1500);
const weakNegatives = args.includes('--weak-negatives');
const MIN_SLUG = num('--slug-min', 8);
const SLUG_PRECISION = num('--slug-precision', 0.75);
// Weak examples keep their slug words out of their features (--weak-slug: in): their labels come
// from those words, so with them the model would learn "slug word => topic" from its own labels.
const weakSlug = args.includes('--weak-slug');
const weakPool: Array<{ p: Prepared; words: string[] }> = [];
let weakSameStory = 0;
if (weakLearnedN > 0) {
  const stories = sampleStoryKeys();
  const names = [...corpus.keys()].filter((f) => !sampled.has(f) && splitOf(f) === 'train').sort();
  // A fixed, spread-out subset of the corpus (every k-th name).
  const step = Math.max(1, Math.floor(names.length / weakLearnedN));
  for (let i = 0; i < names.length && weakPool.length < weakLearnedN; i += step) {
    const words = slugWords(names[i]);
    if (!words.length) continue;
    if (storyKeys(corpus.get(names[i])!, names[i]).some((k) => stories.has(k))) {
      weakSameStory++;
      continue;
    }
    weakPool.push({ p: prepare(names[i]), words });
  }
}

/** Keys that an article shares with its updates: its title, and the start of its body, each folded. */
function storyKeys(raw: string, file: string): string[] {
  const a = parseArticle(raw, file);
  const fold = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const title = fold(raw.slice(a.titleStart, a.titleEnd));
  const lead = fold(raw.slice(a.bodyStart)).slice(0, 120);
  return [...(title ? [`t:${title}`] : []), ...(lead.length >= 40 ? [`b:${lead}`] : [])];
}

/**
 * The unlabelled articles of the second model's space (--space-pool): `weak`, the weak pool's
 * texts; N (or `all`), N corpus articles of the train and tune splits outside the sample (every
 * k-th name), never an update of a sample article's story. Tokens are interned: 15,000 articles'
 * tokens share one string per word.
 */
function spacePool(spec: string): string[][] {
  if (spec === 'weak') return weakPool.map((w) => tokensOf(w.p));
  const n = spec === 'all' ? Infinity : Number(spec);
  if (!(n >= 0)) throw new Error(`--space-pool: ${JSON.stringify(spec)} is not weak, all or a number of articles`);
  const stories = sampleStoryKeys();
  const names = [...corpus.keys()].filter((f) => !sampled.has(f) && splitOf(f) !== 'test').sort();
  const step = Number.isFinite(n) ? Math.max(1, Math.floor(names.length / Math.max(1, n))) : 1;
  const intern = new Map<string, string>();
  const out: string[][] = [];
  let sameStory = 0;
  for (let i = 0; i < names.length && out.length < n; i += step) {
    const raw = corpus.get(names[i])!;
    if (storyKeys(raw, names[i]).some((k) => stories.has(k))) {
      sameStory++;
      continue;
    }
    const a = parseArticle(raw, names[i]);
    out.push(tfidfTokens(raw.slice(a.titleStart)).map((t) => intern.get(t) ?? (intern.set(t, t), t)));
  }
  process.stderr.write(`  space pool ${spec}: ${out.length} unlabelled articles (${sameStory} left out: a story of the sample), ${intern.size} words\n`);
  return out;
}

function learnedWeak(xs: LabelledArticle[]): TopicExample[] {
  if (!weakPool.length) return [];
  const n = new Map<string, number>();
  const c = new Map<string, number[]>();
  for (const a of xs) {
    for (const w of slugWords(a.file)) {
      n.set(w, (n.get(w) ?? 0) + 1);
      let row = c.get(w);
      if (!row) c.set(w, (row = new Array<number>(nT).fill(0)));
      for (const t of a.topics) row[index.get(t)!]++;
    }
  }
  const map = new Map<string, number[]>();
  for (const [w, cnt] of n) {
    if (cnt < MIN_SLUG) continue;
    const ks = c.get(w)!.flatMap((x, k) => (x / (cnt + 1) >= SLUG_PRECISION ? [k] : []));
    if (ks.length) map.set(w, ks);
  }
  const out: TopicExample[] = [];
  for (const { p, words } of weakPool) {
    const labels = [...new Set(words.flatMap((w) => map.get(w) ?? []))].sort((x, y) => x - y);
    if (!labels.length) continue;
    const ignore = weakNegatives ? undefined : new Set(topics.map((_, k) => k).filter((k) => !labels.includes(k)));
    out.push({ features: weakSlug ? p.features : p.noSlug, labels, weight: weakWeight, ...(ignore ? { ignore } : {}) });
  }
  if (args.includes('--show-map')) process.stdout.write(`slug map: ${[...map].map(([w, ks]) => `${w}->${ks.map((k) => topics[k]).join('+')}`).join(', ')}; ${out.length} weak articles (${weakSameStory} drawn left out: a story of the sample)\n`);
  return out;
}

/** Both heads trained on the examples, in one weight table: the topics' logits, then the main-topic head's. */
// The main-topic head reads the title's words (`t:`) this many times as strongly (--head-title X):
// trained on scaled features, its `t:` weights scaled back up, so both heads read one feature vector.
const HEAD_TITLE = num('--head-title', 1);

function trainBoth(xs: TopicExample[], weak: TopicExample[]): DenseTopicWeights {
  const ovr = trainOneVsRest([...xs, ...weak], nT, opts);
  const scaleTitle = (ex: TopicExample): TopicExample => ({ ...ex, features: ex.features.map(([f, v]) => [f, f.startsWith('t:') ? v * HEAD_TITLE : v]) });
  const head = trainMainHead(HEAD_TITLE === 1 ? xs : xs.map(scaleTitle), nT, opts);
  if (HEAD_TITLE !== 1) for (const [f, row] of head.weights) if (f.startsWith('t:')) for (let k = 0; k < nT; k++) row[k] *= HEAD_TITLE;
  const full = { bias: Float64Array.from([...ovr.bias, ...head.bias]), weights: new Map<string, Float64Array>() };
  for (const f of new Set([...ovr.weights.keys(), ...head.weights.keys()])) {
    const row = new Float64Array(2 * nT);
    row.set(ovr.weights.get(f) ?? new Float64Array(nT));
    row.set(head.weights.get(f) ?? new Float64Array(nT), nT);
    full.weights.set(f, row);
  }
  return full;
}

/** The weights as the file keeps them: those under `prune` dropped (quantisation aside). */
function pruned(m: DenseTopicWeights): DenseTopicWeights {
  const weights = new Map<string, Float64Array>();
  for (const [f, row] of m.weights) weights.set(f, row.map((x) => (Math.abs(x) < prune ? 0 : x)));
  return { bias: m.bias, weights };
}

interface Decision {
  calibration: Array<[number, number]>;
  /** the second model's Platt scaling and weight, when its logits follow the heads' */
  second?: { calibration: [number, number]; weight: number | number[] };
  thresholds: Float64Array;
  globalThr: number;
  mainStack?: MainStack;
}

type MainBy = 'head' | 'score' | 'stack';
// The main topic: the head's choice, or a stack over the head and the calibrated scores (--main-by).
const mainBy = (args.includes('--main-by') ? args[args.indexOf('--main-by') + 1] : 'stack') as MainBy;

const useSecond = !args.includes('--no-second');
const SECOND_WEIGHT = num('--second-weight', 0.5);
// --second-min N: the second model's scores count only for topics with at least N positive training articles
// (default 20: a logistic regression over up to 20,000 words learns little from fewer; 0: every topic).
const SECOND_MIN = num('--second-min', 20);
// The topics it serves (src/train/topic-ensemble.ts): those with SECOND_MIN articles among all the articles
// the shipped model trains on, the same set in every CV fold and in the model (setServed), and its Platt
// scaling over every topic's logits: the settings of the shipped model, which this script reproduces byte
// for byte. --second-count every-fold: counted among the training articles of every fold (23 topics, not
// 26; CV +0.002, within noise, and the seed article's main topic changes: not shipped); folds: on each
// fold's training articles, a set per fold. --second-platt served: its Platt scaling over the served
// topics' logits only.
const SECOND_COUNT = args.includes('--second-count') ? args[args.indexOf('--second-count') + 1] : 'all';
const SECOND_PLATT = args.includes('--second-platt') ? args[args.indexOf('--second-platt') + 1] : 'all';
if (!['every-fold', 'all', 'folds'].includes(SECOND_COUNT) || !['served', 'all'].includes(SECOND_PLATT)) throw new Error('--second-count every-fold|all|folds, --second-platt served|all');
let served = { everyFold: topics.map(() => true), all: topics.map(() => true) };
function setServed(articles: LabelledArticle[], folds?: number[]): void {
  const all = servedTopics(topics, articles, SECOND_MIN);
  served = { all, everyFold: folds ? servedInEveryFold(topics, articles, folds, SECOND_MIN) : all };
  const off = (xs: boolean[]) => topics.filter((_, k) => !xs[k]);
  process.stderr.write(`  second model serves ${served.everyFold.filter((x) => x).length} topics in every fold, ${served.all.filter((x) => x).length} by the count over all (only there: ${off(served.everyFold).filter((t) => !off(served.all).includes(t)).join(', ')})\n`);
}
const servedShipped = () => (SECOND_COUNT === 'all' ? served.all : served.everyFold);
// --space-pool weak|N|all[,...]: the unlabelled articles of its space (with --cv, a list: each cross-validated).
const SPACE_POOLS = (args.includes('--space-pool') ? args[args.indexOf('--space-pool') + 1] : 'weak').split(',');
// --no-second-head: without the second model's main-topic head (a softmax regression over its features, at C --second-head-c).
const secondOpts = {
  C: num('--second-c', 10),
  dim: num('--second-dim', 100),
  prune: num('--second-prune', 0.05),
  maxWords: num('--second-max-words', 20000),
  seed: SEED,
  ...(args.includes('--no-second-head') ? {} : { headC: num('--second-head-c', 10), headIter: num('--second-head-iter', 50) }),
};
if (!Number.isInteger(secondOpts.maxWords) || secondOpts.maxWords < 1) {
  process.stderr.write(`train:topics: --second-max-words wants a whole number of 1 or more, got ${args[args.indexOf('--second-max-words') + 1]}\n`);
  process.exit(2);
}
// Logits of z after both heads' are the second model's (z[2n..3n]: averaged with the first's after their own
// calibration), then its main-topic head's (z[3n..4n], when it has one: read by the main-topic stack alone).
const probsOf = (z: Float64Array, calibration: Array<[number, number]>, second?: { calibration: [number, number]; weight: number | number[] }) =>
  calibrated({ topics, calibration, ...(second ? { second } : {}) }, z);

/** Topic ids decided for each article from its logits (both heads) under a decision. */
function decideAll(zs: Float64Array[], d: Pick<Decision, 'calibration' | 'thresholds' | 'mainStack' | 'second'>, dec: TopicDecoder = decoder, by: MainBy = mainBy): string[][] {
  const m = { topics, thresholds: d.thresholds, decoder: { ...dec, ...(by === 'stack' && d.mainStack ? { mainStack: d.mainStack } : {}) }, parents };
  return zs.map((z) => {
    const p = probsOf(z, d.calibration, d.second);
    return decideTopics(m, p, by === 'score' ? -1 : mainTopicIndex(m, z, p)).map((t) => t.id);
  });
}

const STACK_L2 = num('--stack-l2', 0.01);
const STACK_BIAS = !args.includes('--stack-no-bias');
// 3: head, score, assigned; 5: also a narrower topic assigned, the best score (--stack-width 5).
const STACK_WIDTH = num('--stack-width', 3);

/**
 * The main-topic stack (TopicDecoder.mainStack) fitted on held-out logits: softmax regression of
 * the labelled main topic on each topic's head logit, log calibrated score and assignment, and the
 * second model's head logit when z holds it (w2), with a bias per topic (L2-penalised: rare topics
 * keep theirs near 0). Full-batch gradient descent from the head alone (w = [1, 0, 0], w2 = 0):
 * deterministic.
 */
function fitMainStack(zs: Float64Array[], gold: LabelledArticle[], calibration: Array<[number, number]>, thresholds: Float64Array, second?: Decision['second']): MainStack {
  const xs = zs.map((z) => mainStackInputs(z.subarray(nT, 2 * nT), probsOf(z, calibration, second), thresholds, parents, STACK_WIDTH));
  // The second model's main-topic head, when its logits follow the second model's: one more input, w2.
  const heads2 = zs.map((z) => secondHeadLogits(z, nT));
  const ys = gold.map((a) => index.get(a.topics[0])!);
  const w = new Array<number>(STACK_WIDTH).fill(0);
  w[0] = 1;
  let w2 = 0;
  const bias = new Array<number>(nT).fill(0);
  const n = xs.length;
  const s = new Float64Array(nT);
  for (let it = 0; it < 300; it++) {
    const gw = new Array<number>(STACK_WIDTH).fill(0);
    let gw2 = 0;
    const gb = new Array<number>(nT).fill(0);
    xs.forEach((x, i) => {
      const h2 = heads2[i];
      let mx = -Infinity;
      for (let k = 0; k < nT; k++) {
        let v = bias[k] + (h2 ? w2 * h2[k] : 0);
        for (let j = 0; j < STACK_WIDTH; j++) v += w[j] * x[k][j];
        mx = Math.max(mx, (s[k] = v));
      }
      let sum = 0;
      for (let k = 0; k < nT; k++) sum += s[k] = Math.exp(s[k] - mx);
      for (let k = 0; k < nT; k++) {
        const g = s[k] / sum - (k === ys[i] ? 1 : 0);
        for (let j = 0; j < STACK_WIDTH; j++) gw[j] += g * x[k][j];
        if (h2) gw2 += g * h2[k];
        gb[k] += g;
      }
    });
    for (let j = 0; j < STACK_WIDTH; j++) w[j] -= (0.5 * gw[j]) / n;
    w2 -= (0.5 * gw2) / n;
    if (STACK_BIAS) for (let k = 0; k < nT; k++) bias[k] -= 0.5 * (gb[k] / n + STACK_L2 * bias[k]);
  }
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { w: w.map(r), bias: bias.map(r), ...(heads2[0] ? { w2: r(w2) } : {}) };
}

const scoreOf = (pred: string[][], gold: LabelledArticle[]) => scoreTopicSets(pred.map((predicted, i) => ({ gold: gold[i].topics, predicted })));

/**
 * Calibration and thresholds from held-out logits: one Platt scaling for all topics (too few
 * articles of most topics for one each); one global threshold maximising the micro F1, then per
 * topic, where the held-out articles have enough of it, the threshold maximising that topic's F1,
 * shrunk toward the global one.
 */
function fitDecision(zs: Float64Array[], gold: LabelledArticle[], dec: TopicDecoder = decoder, perTopicMin = plattPerTopic, stack = mainBy === 'stack', shrink = SHRINK): Decision {
  const pooled = plattFit(
    zs.flatMap((z) => [...z.subarray(0, nT)]),
    gold.flatMap((a) => topics.map((t) => (a.topics.includes(t) ? 1 : 0))),
  );
  // A topic with enough held-out articles gets its own scaling (perTopicMin > 0), the others the pooled one.
  const calibration: Array<[number, number]> = topics.map((t, k) => {
    const ys = gold.map((a) => (a.topics.includes(t) ? 1 : 0));
    if (!perTopicMin || ys.filter((y) => y).length < perTopicMin) return pooled;
    return plattFit(
      zs.map((z) => z[k]),
      ys,
    );
  });
  // The second model's logits (after both heads'), if any: one pooled Platt scaling of their own.
  // Fitted over the topics it serves (their logits alone), unless --second-platt all.
  const servedK = SECOND_COUNT === 'folds' ? servedTopics(topics, gold, SECOND_MIN) : servedShipped();
  const fitK = topics.map((_, k) => k).filter((k) => SECOND_PLATT === 'all' || servedK[k]);
  const second: Decision['second'] =
    zs[0].length >= 3 * nT && fitK.length
      ? {
          calibration: plattFit(
            zs.flatMap((z) => fitK.map((k) => z[2 * nT + k])),
            gold.flatMap((a) => fitK.map((k) => (a.topics.includes(topics[k]) ? 1 : 0))),
          ),
          weight: secondWeights(servedK, SECOND_WEIGHT),
        }
      : undefined;
  const probs = zs.map((z) => probsOf(z, calibration, second));
  const grid = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);
  let globalThr = 0.5;
  let bestF = -1;
  for (const t of grid) {
    const f = scoreOf(decideAll(zs, { calibration, second, thresholds: new Float64Array(nT).fill(t) }, dec, 'head'), gold).microF1;
    if (f > bestF) [bestF, globalThr] = [f, t];
  }
  const thresholds = new Float64Array(nT).fill(globalThr);
  for (let k = 0; k < nT; k++) {
    const n = gold.filter((a) => a.topics.includes(topics[k])).length;
    if (n < 3 || shrink === Infinity) continue;
    let bt = globalThr;
    let bf = -1;
    for (const t of grid) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      probs.forEach((p, i) => {
        const y = gold[i].topics.includes(topics[k]);
        const yes = p[k] >= t;
        if (yes && y) tp++;
        else if (yes) fp++;
        else if (y) fn++;
      });
      const f = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
      if (f > bf + 1e-9) [bf, bt] = [f, t];
    }
    thresholds[k] = (n * bt + shrink * globalThr) / (n + shrink);
  }
  return { calibration, ...(second ? { second } : {}), thresholds, globalThr, ...(stack ? { mainStack: fitMainStack(zs, gold, calibration, thresholds, second) } : {}) };
}

const line = (name: string, s: TopicScores) =>
  `${name.padEnd(34)} micro P ${s.microP.toFixed(3)} R ${s.microR.toFixed(3)} F1 ${s.microF1.toFixed(3)}  macro F1 ${s.macroF1.toFixed(3)}  main ${s.mainAccuracy.toFixed(3)}  topics/article ${s.topicsPerArticle.predicted}`;

/**
 * Every article's logits from a model trained on the other folds (folds by a hash of the file
 * name), with and without its file name's slug features.
 */
function outOfFold(all: LabelledArticle[], allX: TopicExample[], allP: Prepared[], nFolds: number) {
  const foldOf = (file: string) => createHash('sha256').update(`newsgraph-topics-cv\0${file}`).digest().readUInt32BE(0) % nFolds;
  const folds = all.map((a) => foldOf(a.file));
  const oof: Float64Array[] = new Array(all.length);
  const oofNoSlug: Float64Array[] = new Array(all.length);
  for (let k = 0; k < nFolds; k++) {
    const m = pruned(
      trainBoth(
        allX.filter((_, i) => folds[i] !== k),
        [...weakX, ...learnedWeak(all.filter((_, i) => folds[i] !== k))],
      ),
    );
    const held = all.map((_, i) => i).filter((i) => folds[i] === k);
    const z = logitsOf(m, held.map((i) => allX[i]));
    const zNo = logitsOf(m, held.map((i) => ({ ...allX[i], features: allP[i].noSlug })));
    held.forEach((i, j) => {
      oof[i] = z[j];
      oofNoSlug[i] = zNo[j];
    });
  }
  return { folds, oof, oofNoSlug };
}

/**
 * Cross-validated figures from out-of-fold logits: each fold's articles decided under a decision
 * (calibration, thresholds, main-topic stack) fitted on the other folds' out-of-fold logits.
 */
function cvReport(
  cv: { all: LabelledArticle[]; folds: number[]; oof: Float64Array[] },
  name: string,
  zs: Float64Array[],
  dec: TopicDecoder = decoder,
  by: MainBy = mainBy,
  details = false,
  platt = plattPerTopic,
  shrink = SHRINK,
): { s: TopicScores; perFold: number[] } {
  const { all, folds, oof } = cv;
  const nFolds = Math.max(...folds) + 1;
  const pred: string[][] = new Array(all.length);
  const perFold: number[] = [];
  for (let k = 0; k < nFolds; k++) {
    const rest = all.map((_, i) => i).filter((i) => folds[i] !== k);
    const held = all.map((_, i) => i).filter((i) => folds[i] === k);
    // The decision is fitted on the other folds' out-of-fold scores (always with the slug, as shipped).
    const d = fitDecision(
      rest.map((i) => oof[i]),
      rest.map((i) => all[i]),
      dec,
      platt,
      by === 'stack',
      shrink,
    );
    const p = decideAll(
      held.map((i) => zs[i]),
      d,
      dec,
      by,
    );
    held.forEach((i, j) => (pred[i] = p[j]));
    perFold.push(scoreOf(p, held.map((i) => all[i])).microF1);
  }
  const s = scoreOf(pred, all);
  // The tune split's articles alone: an audit of the train labels never changes theirs.
  const tuneIdx = all.map((_, i) => i).filter((i) => all[i].split === 'tune');
  process.stdout.write(`${line('  (tune articles only)', scoreOf(tuneIdx.map((i) => pred[i]), tuneIdx.map((i) => all[i])))}\n`);
  const mean = perFold.reduce((a, b) => a + b, 0) / nFolds;
  const sd = Math.sqrt(perFold.reduce((a, b) => a + (b - mean) ** 2, 0) / (nFolds - 1));
  process.stdout.write(`${line(name, s)}  folds ${perFold.map((f) => f.toFixed(3)).join(' ')} (sd ${sd.toFixed(3)})\n`);
  const weak = ['business', 'markets', 'economy', 'government-politics', 'corporate-deals', 'company-results', 'financial-crisis'];
  process.stdout.write(`  ${s.perTopic.filter((t) => weak.includes(t.id)).map((t) => `${t.id} ${t.f1.toFixed(2)}`).join(', ')}\n`);
  if (!details) return { s, perFold };
  // What the errors are: missed and false topics, and main-topic confusions (train + tune only).
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const fn = new Map<string, number>();
  const fp = new Map<string, number>();
  const mainConf = new Map<string, number>();
  all.forEach((a, i) => {
    for (const t of a.topics) if (!pred[i].includes(t)) count(fn, t);
    for (const t of pred[i]) if (!a.topics.includes(t)) count(fp, t);
    if (pred[i][0] !== a.topics[0]) count(mainConf, `${a.topics[0]} -> ${pred[i][0]}${a.topics.includes(pred[i][0]) ? ' (in gold)' : ''}`);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((x, y) => y[1] - x[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');
  process.stdout.write(`  missed: ${top(fn, 12)}\n  false: ${top(fp, 12)}\n  main: ${top(mainConf, 16)}\n`);
  for (const t of s.perTopic.filter((x) => x.gold >= 10)) {
    process.stdout.write(`  | ${t.id} | ${t.gold} | ${t.precision.toFixed(2)} | ${t.recall.toFixed(2)} | ${t.f1.toFixed(2)} |\n`);
  }
  return { s, perFold };
}

/** The second model trained on labelled articles (and the weak pool's texts for its space only), as the file keeps it. */
function trainSecond(xs: LabelledArticle[], ps: Prepared[], unlabelled: string[][]) {
  const m = trainTfidfModel(
    ps.map((p) => tokensOf(p)),
    xs.map((a) => a.topics.map((t) => index.get(t)!)),
    unlabelled,
    nT,
    // Only the topics it serves, when nothing reads the others' logits (its Platt scaling is theirs alone).
    SECOND_COUNT !== 'folds' && SECOND_PLATT === 'served' ? { ...secondOpts, topics: servedShipped() } : secondOpts,
  );
  const file = tfidfModelToFile(m, [1, 0], SECOND_WEIGHT);
  return { file, model: tfidfModelFromFile(file) };
}

const tokenCache = new Map<string, string[]>();
const tokensOf = (p: Prepared) => tokenCache.get(p.file) ?? (tokenCache.set(p.file, tfidfTokens(p.text)), tokenCache.get(p.file)!);

/** Every article's second-model logits from a model trained on the other folds, appended to its out-of-fold logits. */
function secondOutOfFold(all: LabelledArticle[], allP: Prepared[], folds: number[], oof: Float64Array[], unlabelled: string[][]): Float64Array[] {
  const out: Float64Array[] = new Array(all.length);
  const nFolds = Math.max(...folds) + 1;
  for (let k = 0; k < nFolds; k++) {
    const rest = all.map((_, i) => i).filter((i) => folds[i] !== k);
    const t0 = Date.now();
    const { model } = trainSecond(rest.map((i) => all[i]), rest.map((i) => allP[i]), unlabelled);
    all.forEach((_, i) => {
      if (folds[i] === k) out[i] = withSecondLogits(oof[i], nT, model, allP[i].text);
    });
    process.stderr.write(`  second model, fold ${k}: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  return out;
}

/** The second model's CV figures beside the first's alone; kept by SECOND_KEEP_RULE (>= 0.01 in every fold and overall). */
function secondReport(cv: { all: LabelledArticle[]; folds: number[] }, first: { s: TopicScores; perFold: number[] }, zs: Float64Array[], name = `CV, averaged with the second (${SECOND_WEIGHT})`) {
  const both = cvReport({ ...cv, oof: zs }, name, zs);
  // With the second model's main-topic head, the same without it (the stack refitted without it): what the head adds.
  if (zs[0].length >= 4 * nT) {
    const zs3 = zs.map((z) => z.subarray(0, 3 * nT));
    const without = cvReport({ ...cv, oof: zs3 }, `${name}, without its main-topic head`, zs3);
    process.stdout.write(`  the second model's main-topic head: main ${signed(both.s.mainAccuracy - without.s.mainAccuracy)}, micro F1 ${signed(both.s.microF1 - without.s.microF1)}\n`);
  }
  const { keep, gain, gains } = keepByFolds({ overall: first.s.microF1, perFold: first.perFold }, { overall: both.s.microF1, perFold: both.perFold }, SECOND_KEEP_RULE);
  process.stdout.write(
    `  gain over the first alone: ${signed(gain)} micro F1, main ${(both.s.mainAccuracy - first.s.mainAccuracy).toFixed(3)}; folds ${gains.map(signed).join(' ')}: ${keep ? 'kept' : 'not kept'}\n`,
  );
  return { keep, both };
}

const signed = (g: number) => (g >= 0 ? '+' : '') + g.toFixed(3);

/** --export: the articles, features, folds and out-of-fold logits as JSON, for checks with other learners. */
function exportExamples(file: string, all: LabelledArticle[], allP: Prepared[], folds: number[], oof: Float64Array[]): void {
  const nFolds = Math.max(...folds) + 1;
  // Each fold's weak labels (learned from the other folds' articles), by the weak article they label.
  const poolIndex = new Map(weakPool.map((w, j) => [weakSlug ? w.p.features : w.p.noSlug, j]));
  const weakLabels = weakPool.map(() => new Array<number[]>(nFolds).fill([]));
  for (let k = 0; k < nFolds; k++) {
    for (const ex of learnedWeak(all.filter((_, i) => folds[i] !== k))) weakLabels[poolIndex.get(ex.features)!][k] = ex.labels;
  }
  const rows = all.map((a, i) => ({
    file: a.file,
    split: a.split,
    fold: folds[i],
    topics: a.topics,
    features: allP[i].features,
    noSlug: allP[i].noSlug,
    text: allP[i].text,
    titleEnd: allP[i].titleEnd,
    z: [...oof[i]],
  }));
  const weak = weakPool.map((w, j) => ({ file: w.p.file, features: weakSlug ? w.p.features : w.p.noSlug, text: w.p.text, titleEnd: w.p.titleEnd, labels: weakLabels[j] }));
  writeFileSync(file, JSON.stringify({ topics, parents: [...parents], weakWeight, articles: rows, weak }));
}

function loadOof(file: string, all: LabelledArticle[]) {
  const rows = new Map((JSON.parse(readFileSync(file, 'utf8')) as Array<{ file: string; fold: number; z: number[]; zNo: number[] }>).map((r) => [r.file, r]));
  const row = (a: LabelledArticle) => rows.get(a.file) ?? (() => { throw new Error(`${file}: no logits of ${a.file}`); })();
  return { folds: all.map((a) => row(a).fold), oof: all.map((a) => Float64Array.from(row(a).z)), oofNoSlug: all.map((a) => Float64Array.from(row(a).zNo)) };
}

if (cvFolds > 1) {
  for (const g of grid) {
    opts = { ...baseOpts, ...g };
    // Cross-validation over train + tune: tune alone (255 articles) moves by ±0.01 on noise.
    const all = [...train, ...tune];
    const allP = [...trainP, ...tuneP];
    const allX = [...trainX, ...tuneX];
    // --load-oof FILE: the out-of-fold logits an earlier run saved (--save-oof FILE), to try decoders in seconds.
    const { folds, oof, oofNoSlug } = args.includes('--load-oof')
      ? loadOof(args[args.indexOf('--load-oof') + 1], all)
      : outOfFold(all, allX, allP, cvFolds);
    setServed(all, folds);
    if (args.includes('--export')) exportExamples(args[args.indexOf('--export') + 1], all, allP, folds, oof);
    if (args.includes('--save-oof')) {
      const rows = all.map((a, i) => ({ file: a.file, fold: folds[i], z: [...oof[i]], zNo: [...oofNoSlug[i]] }));
      writeFileSync(args[args.indexOf('--save-oof') + 1], JSON.stringify(rows));
    }
    const report = (name: string, zs: Float64Array[], dec: TopicDecoder = decoder, by: MainBy = mainBy, details = false, platt = plattPerTopic, shrink = SHRINK) =>
      cvReport({ all, folds, oof }, name, zs, dec, by, details, platt, shrink);
    process.stdout.write(`${cvFolds}-fold CV over ${all.length} train+tune articles; ${weakX.length} weak; ${JSON.stringify({ ...opts, prune, featureOpts, decoder })}\n`);
    const first = report(`CV ${cvFolds} folds`, oof, decoder, mainBy, args.includes('--details'));
    if (useSecond) {
      // One report per space pool; each later pool is also compared with the list's first pool, fold by fold.
      let base: { s: TopicScores; perFold: number[] } | undefined;
      for (const spec of SPACE_POOLS) {
        const zs2 = secondOutOfFold(all, allP, folds, oof, spacePool(spec));
        const { both } = secondReport({ all, folds }, first, zs2, `CV, second, space pool ${spec}`);
        if (!base) base = both;
        else {
          const d = keepByFolds({ overall: base.s.microF1, perFold: base.perFold }, { overall: both.s.microF1, perFold: both.perFold }, { foldMin: 0.001, overallMin: 0.005 });
          process.stdout.write(`  against space pool ${SPACE_POOLS[0]}: ${signed(d.gain)}; folds ${d.gains.map(signed).join(' ')}: ${d.keep ? 'a gain in every fold, >= +0.005' : 'no gain outside noise'}\n`);
        }
      }
    }
    if (args.includes('--sweep')) {
      report('  main = best score', oof, decoder, 'score');
      report('  main = head', oof, decoder, 'head');
      report('  main = stack', oof, decoder, 'stack');
      for (const shrink of [0, 4, 10, 30, Infinity]) report(`  threshold shrink ${shrink}`, oof, decoder, mainBy, false, plattPerTopic, shrink);
      for (const parentKeep of [0.5, 0.7, 0.85, 0.95]) report(`  parentKeep ${parentKeep}`, oof, { ...decoder, parentKeep });
      for (const maxTopics of [2, 3]) report(`  maxTopics ${maxTopics}`, oof, { ...decoder, maxTopics });
      for (const m of [20, 40]) report(`  Platt per topic with >= ${m}`, oof, decoder, mainBy, false, m);
    }
    if (featureOpts.slug) report(`CV ${cvFolds} folds, no file names`, oofNoSlug);
  }
  process.stdout.write(`in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.exit(0);
}

// Default: trained on train, the calibration and thresholds fitted on the tune split (the model's
// logits of articles it did not learn from). --fit-all: trained on train + tune, the calibration
// and thresholds fitted on 5-fold out-of-fold logits of the same articles.
const fitOn = fitAll ? [...train, ...tune] : train;
const fitX = fitAll ? [...trainX, ...tuneX] : trainX;
const fitWeak = [...weakX, ...learnedWeak(fitOn)];
const weakN1 = fitWeak.length;
const full = trainBoth(fitX, fitWeak);
const cv = fitAll ? outOfFold(fitOn, fitX, [...trainP, ...tuneP], 5) : undefined;
setServed(fitOn, cv?.folds);
// The same out-of-fold logits give the 5-fold cross-validated figures of these settings (as --cv 5 does).
const fitP = fitAll ? [...trainP, ...tuneP] : trainP;
const first = cv ? cvReport({ all: fitOn, folds: cv.folds, oof: cv.oof }, 'CV 5 folds', cv.oof, decoder, mainBy, args.includes('--details')) : undefined;
// The second model: its out-of-fold logits beside the first's, kept only if the average gains in every fold.
if (SPACE_POOLS.length !== 1) throw new Error('--space-pool: one pool to train with (a list only with --cv)');
const unlabelled = useSecond ? spacePool(SPACE_POOLS[0]) : [];
const oof2 = cv && first && useSecond ? secondOutOfFold(fitOn, fitP, cv.folds, cv.oof, unlabelled) : undefined;
const keepSecond = cv && first && oof2 ? secondReport({ all: fitOn, folds: cv.folds }, first, oof2).keep : false;
const second = keepSecond ? trainSecond(fitOn, fitP, unlabelled) : undefined;
const d = cv ? fitDecision(keepSecond ? oof2! : cv.oof, fitOn) : fitDecision(logitsOf(full, tuneX), tune);
const secondFile: TfidfTopicModelFile | undefined = second && d.second ? { ...second.file, calibration: d.second.calibration, weight: d.second.weight } : undefined;
const model: Parameters<typeof serializeTopicModel>[0] = {
  topics,
  ...(Object.keys(featureOpts).length ? { features: featureOpts } : {}),
  ...(Object.keys(decoder).length || d.mainStack ? { decoder: { ...decoder, ...(d.mainStack ? { mainStack: d.mainStack } : {}) } } : {}),
  bias: full.bias,
  thresholds: d.thresholds,
  calibration: d.calibration,
  weights: full.weights,
  meta: {
    trainedOn: fitAll
      ? `annotations/topics/labels: ${train.length} train + ${tune.length} tune articles, ${weakN1} corpus articles weakly labelled by their slugs (weight ${weakWeight}); calibration and thresholds from 5-fold out-of-fold scores`
      : `annotations/topics/labels: ${train.length} train articles${weakX.length ? ` + ${weakX.length} slug-labelled corpus articles (weight ${weakWeight})` : ''}; thresholds tuned on ${tune.length} tune articles`,
    seed: SEED,
    epochs,
    l2,
    countries: useCountries,
    // How many train articles each topic has: a topic with too few is left to the term lists (src/pipeline/extract.ts).
    trainPositives: Object.fromEntries(topics.map((t) => [t, fitOn.filter((a) => a.topics.includes(t)).length])),
  },
};
const bytes = serializeTopicModel(model, prune, secondFile);
// Score the model as it will be loaded (quantised), not the floating-point weights.
const loaded = topicModelFromFile(JSON.parse(gunzipSync(bytes).toString('utf8')));
const predOf = (ps: Prepared[]) =>
  ps.map((a) => {
    const z = allTopicLogits(loaded, a.text, a.features);
    const p = calibrated(loaded, z);
    return decideTopics(loaded, p, mainTopicIndex(loaded, z, p));
  });
const ids = (ps: Prepared[]) => predOf(ps).map((ts) => ts.map((t) => t.id));

const baseline = (ps: Prepared[], gold: LabelledArticle[]) => scoreTopicSets(ps.map((p, i) => ({ gold: gold[i].topics, predicted: scoreTopics(p.text, { titleEnd: p.titleEnd }).map((t) => t.id) })));
process.stdout.write(
  `${train.length} train, ${tune.length} tune articles; ${weakX.length + weakN1} weak; ${full.weights.size} features, ${loaded.weights.rows.size} kept (${bytes.length} bytes); global threshold ${d.globalThr.toFixed(2)}\n` +
    `${line('term lists (before), train', baseline(trainP, train))}\n` +
    `${line('term lists (before), tune', baseline(tuneP, tune))}\n` +
    `${line('classifier, train (fit)', scoreOf(ids(trainP), train))}\n` +
    `${line(fitAll ? 'classifier, tune (fit)' : 'classifier, tune', scoreOf(ids(tuneP), tune))}\n`,
);
if (showErrors) {
  const preds = predOf(tuneP);
  tune.forEach((a, i) => {
    const pred = preds[i];
    if (pred.map((t) => t.id).join() === a.topics.join()) return;
    process.stdout.write(`${a.file}\n  gold ${a.topics.join(' ')}\n  pred ${pred.map((t) => `${t.id}:${t.score}`).join(' ')}\n`);
  });
}
if (!dry) {
  writeTopicModel(OUT, bytes);
  process.stdout.write(`wrote ${path.relative(repoRoot, OUT)} (${bytes.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
