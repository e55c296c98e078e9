// Trains the topic classifier (models/topics.json.gz) from the labelled Reuters sample
// (annotations/topics/labels/):
//
//   npm run train:topics              train on the train split, calibrate the scores and tune the
//                                     per-topic thresholds on the tune split, write the model
//   npm run train:topics -- --dry     report only, write nothing
//   --weak N      add N more corpus articles (train split, outside the sample) labelled by their URL
//                 slugs (src/train/topic-slugs.ts), at a lower weight (default: the shipped setting)
//   --no-countries  without the country features
//   --errors      list the tune split's misses and false topics
//
// The locked test split is never read here: `newsgraph eval --topics --split test` scores it.
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { parseArticle } from '../src/article/parse.js';
import { findCountryMentions } from '../src/extract/countries/mentions.js';
import { decideTopics, normaliseFeatures, topicFeatures, topicModelFromFile, type TopicModel } from '../src/extract/topic-model.js';
import { listTopics, scoreTopics } from '../src/extract/topics.js';
import { loadTopicLabels, scoreTopicSets, type LabelledArticle, type TopicScores } from '../src/eval/topics.js';
import { splitOf } from '../src/eval/split.js';
import { logitsOf, plattFit, serializeTopicModel, trainMainHead, trainOneVsRest, writeTopicModel, type TopicExample } from '../src/train/topics.js';
import { slugTopics } from '../src/train/topic-slugs.js';
import { readTarArticles, requireCorpus } from './corpus.js';
import { gunzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dry = args.includes('--dry');
const showErrors = args.includes('--errors');
const useCountries = !args.includes('--no-countries');
const weakN = args.includes('--weak') ? Number(args[args.indexOf('--weak') + 1]) : DEFAULT_WEAK();
const weakWeight = args.includes('--weak-weight') ? Number(args[args.indexOf('--weak-weight') + 1]) : 0.3;
const epochs = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : 20;
const l2 = args.includes('--l2') ? Number(args[args.indexOf('--l2') + 1]) : 1e-4;
const SEED = 16;
// Weights smaller than this are dropped from the file (most of the 100 weights a word has are near 0).
const prune = args.includes('--prune') ? Number(args[args.indexOf('--prune') + 1]) : 0.03;
const OUT = path.join(repoRoot, 'models/topics.json.gz');

function DEFAULT_WEAK(): number {
  return 0;
}

const topics = listTopics().map((t) => t.id);
const index = new Map(topics.map((t, i) => [t, i]));

const started = Date.now();
const corpus = new Map((await readTarArticles(requireCorpus())).map(({ name, text }) => [path.basename(name), text]));
const labelled = loadTopicLabels({ splits: ['train', 'tune'] });
const sampled = new Set(loadTopicLabels().map((a) => a.file));

interface Prepared {
  file: string;
  features: Array<[string, number]>;
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
  return { file, text, titleEnd, features: normaliseFeatures(topicFeatures(text, { titleEnd, countries })) };
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

const rate = args.includes('--rate') ? Number(args[args.indexOf('--rate') + 1]) : 0.5;
const positiveWeight = args.includes('--pos') ? Number(args[args.indexOf('--pos') + 1]) : 2;
const opts = { seed: SEED, epochs, l2, rate, positiveWeight };

const ovr = trainOneVsRest([...trainX, ...weakX], topics.length, opts);
const head = trainMainHead(trainX, topics.length, opts);
// One weight table: the topics' logits, then the main-topic head's.
const full = { bias: Float64Array.from([...ovr.bias, ...head.bias]), weights: new Map<string, Float64Array>() };
for (const f of new Set([...ovr.weights.keys(), ...head.weights.keys()])) {
  const row = new Float64Array(2 * topics.length);
  row.set(ovr.weights.get(f) ?? new Float64Array(topics.length));
  row.set(head.weights.get(f) ?? new Float64Array(topics.length), topics.length);
  full.weights.set(f, row);
}
// Calibration on the tune split: one Platt scaling for all topics (90 articles are too few for one
// per topic), fitted on the shipped model's logits of articles it did not learn from.
const tuneLogits = logitsOf(ovr, tuneX);
const pooled = plattFit(
  tuneLogits.flatMap((z) => [...z]),
  tuneX.flatMap((x) => topics.map((_, k) => (x.labels.includes(k) ? 1 : 0))),
);
const calibration: Array<[number, number]> = topics.map(() => pooled);
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const calib = (zs: Float64Array[]) => zs.map((z) => z.map((x, k) => sig(calibration[k][0] * x + calibration[k][1])));
const tuneProbs = calib(tuneLogits);

// Thresholds: one global threshold maximising the tune micro F1, then per topic, where the tune
// split has enough of it, the threshold maximising that topic's tune F1, shrunk toward the global one.
const grid = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);
const decide = (probs: Float64Array[], thr: ArrayLike<number>, mains?: number[]) => probs.map((p, i) => decideTopics({ topics, thresholds: thr as Float64Array }, p, mains?.[i] ?? -1).map((t) => t.id));
const micro = (probs: Float64Array[], gold: LabelledArticle[], thr: ArrayLike<number>, mains?: number[]) => scoreTopicSets(decide(probs, thr, mains).map((predicted, i) => ({ gold: gold[i].topics, predicted })));
const tuneMains = logitsOf(full, tuneX).map((z) => { let b = topics.length; for (let k = b + 1; k < z.length; k++) if (z[k] > z[b]) b = k; return b - topics.length; });
let globalThr = 0.5;
let bestF = -1;
for (const t of grid) {
  const f = micro(tuneProbs, tune, new Float64Array(topics.length).fill(t), tuneMains).microF1;
  if (f > bestF) [bestF, globalThr] = [f, t];
}
const thresholds = new Float64Array(topics.length).fill(globalThr);
const SHRINK = 4;
for (let k = 0; k < topics.length; k++) {
  const n = tune.filter((a) => a.topics.includes(topics[k])).length;
  if (n < 3) continue;
  let bt = globalThr;
  let bf = -1;
  for (const t of grid) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    tuneProbs.forEach((p, i) => {
      const y = tune[i].topics.includes(topics[k]);
      const yes = p[k] >= t;
      if (yes && y) tp++;
      else if (yes) fp++;
      else if (y) fn++;
    });
    const f = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f > bf + 1e-9) [bf, bt] = [f, t];
  }
  thresholds[k] = (n * bt + SHRINK * globalThr) / (n + SHRINK);
}

const model: TopicModel = {
  topics,
  bias: full.bias,
  thresholds,
  calibration,
  weights: full.weights,
  meta: {
    trainedOn: `annotations/topics/labels: ${train.length} train articles${weakX.length ? ` + ${weakX.length} slug-labelled corpus articles (weight ${weakWeight})` : ''}; thresholds tuned on ${tune.length} tune articles`,
    seed: SEED,
    epochs,
    l2,
    countries: useCountries,
    // How many train articles each topic has: a topic with too few is left to the term lists (src/pipeline/extract.ts).
    trainPositives: Object.fromEntries(topics.map((t) => [t, train.filter((a) => a.topics.includes(t)).length])),
  },
};
const bytes = serializeTopicModel(model, prune);
// Score the model as it will be loaded (quantised), not the floating-point weights.
const loaded = topicModelFromFile(JSON.parse(gunzipSync(bytes).toString('utf8')));
const { topicLogits, calibrated, mainTopicIndex } = await import('../src/extract/topic-model.js');
const probsOf = (ps: Prepared[]) => ps.map((p) => calibrated(loaded, topicLogits(loaded, p.features)));
const mainsOf = (ps: Prepared[]) => ps.map((p) => mainTopicIndex(loaded, topicLogits(loaded, p.features)));

const baseline = (ps: Prepared[], gold: LabelledArticle[]) => scoreTopicSets(ps.map((p, i) => ({ gold: gold[i].topics, predicted: scoreTopics(p.text, { titleEnd: p.titleEnd }).map((t) => t.id) })));
const line = (name: string, s: TopicScores) => `${name.padEnd(34)} micro P ${s.microP.toFixed(3)} R ${s.microR.toFixed(3)} F1 ${s.microF1.toFixed(3)}  macro F1 ${s.macroF1.toFixed(3)}  main ${s.mainAccuracy.toFixed(3)}  topics/article ${s.topicsPerArticle.predicted}`;
const trainFit = micro(probsOf(trainP), train, loaded.thresholds, mainsOf(trainP));
const tuneS = micro(probsOf(tuneP), tune, loaded.thresholds, mainsOf(tuneP));
process.stdout.write(
  `${train.length} train, ${tune.length} tune articles; ${weakX.length} weak; ${full.weights.size} features, ${loaded.weights.size} kept (${bytes.length} bytes); global threshold ${globalThr.toFixed(2)}\n` +
    `${line('term lists (before), train', baseline(trainP, train))}\n` +
    `${line('term lists (before), tune', baseline(tuneP, tune))}\n` +
    `${line('classifier, train (fit)', trainFit)}\n` +
    `${line('classifier, tune', tuneS)}\n`,
);
if (showErrors) {
  const probs = probsOf(tuneP);
  tune.forEach((a, i) => {
    const pred = decideTopics(loaded, probs[i], mainsOf([tuneP[i]])[0]);
    const ids = pred.map((t) => t.id);
    if (ids.join() === a.topics.join()) return;
    process.stdout.write(`${a.file}\n  gold ${a.topics.join(' ')}\n  pred ${pred.map((t) => `${t.id}:${t.score}`).join(' ')}\n`);
  });
}
if (!dry) {
  writeTopicModel(OUT, bytes);
  process.stdout.write(`wrote ${path.relative(repoRoot, OUT)} (${bytes.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
