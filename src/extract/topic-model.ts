/**
 * The trained topic classifier (npm run train:topics, src/train/topics.ts): one logistic
 * regression per topic of data/topics.json over the article's words (the title's
 * also as title features), the topics' term lists as evidence features (termEvidence), and the
 * countries it names. A topic is assigned when its calibrated score reaches the topic's threshold
 * (tuned on the tune split); the main topic is the best-scoring one, always assigned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTopics, termEvidence, type ArticleTermEvidence } from './topics.js';
import { indexedRows, tfidfFeatures, tfidfLogits, tfidfModelFromFile, type IndexedRows, type TfidfTopicModel, type TfidfTopicModelFile } from './topic-tfidf.js';

export const TOPIC_MODEL_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/topics.json.gz');

/** The model file: weights quantised to integers (× scale), features sorted, so training is byte-reproducible. */
export interface TopicModelFile {
  version: 1;
  meta: Record<string, unknown>;
  topics: string[];
  scale: number;
  bias: number[];
  /** Per topic: the calibrated score at or above which it is assigned. */
  thresholds: number[];
  /** Platt calibration per topic: score = σ(a · z + b), z the model's logit. */
  calibration: Array<[number, number]>;
  /** feature → [topic index, quantised weight, topic index, weight, ...]; indices from topics.length on are the main-topic head's (bias likewise) */
  weights: Record<string, number[]>;
  /** How the model reads an article and decides (absent in older files: no slug features, no hierarchy rule, no cap). */
  features?: TopicFeatureOptions;
  decoder?: TopicDecoder;
  /** A second model (tf-idf words and an LSA space) whose calibrated scores are averaged with these (topic-tfidf.ts). */
  second?: TfidfTopicModelFile;
}

/** Feature kinds a model was trained with beyond the words, term lists and countries. */
export interface TopicFeatureOptions {
  /** `s:` words of the article's URL slug (Reuters file names, `20091013_us-iran-nuclear-id...`). */
  slug?: boolean;
  /** `l:` words of the lead (the body's first paragraph, after a date line). */
  lead?: boolean;
  /** `o:` the curated organizations named (data/organizations.json ids) and `nc:` how many countries are named (0, 1, 2, 3-4, 5+). */
  entities?: boolean;
}

/** The decision rules over the calibrated scores (decideTopics). */
export interface TopicDecoder {
  /**
   * A topic assigned with one of its narrower topics is dropped unless it is the main topic or
   * scores at least this (annotators give a parent beside its child only when the article is
   * also broadly about the parent). Absent: parents are kept.
   */
  parentKeep?: number;
  /** At most this many topics per article (the main topic, then by score). */
  maxTopics?: number;
  /**
   * The main topic by a small softmax over each topic's inputs (mainStackInputs: the main head's
   * logit, the log calibrated score, whether its threshold assigns it, ...) weighted by `w`, the
   * second model's main-topic head's logit weighted by `w2` when the model has that head, plus a
   * bias per topic: fitted on out-of-fold scores, so the main topic follows the set where the head
   * alone would not. Absent: the head's choice.
   */
  mainStack?: MainStack;
}

export interface MainStack {
  /** one weight per input of mainStackInputs (3 or 5) */
  w: number[];
  bias: number[];
  /** the weight of the second model's main-topic head's logit (TfidfTopicModel.head), when the model has one */
  w2?: number;
}

/**
 * Each topic's inputs to the main-topic stack: its main-head logit, its log calibrated score,
 * whether its threshold assigns it; with `width` 5 also whether one of its narrower topics is
 * assigned (a parent beside its child is rarely the main topic) and whether it has the best score.
 */
export function mainStackInputs(head: ArrayLike<number>, p: ArrayLike<number>, thresholds: ArrayLike<number>, parents: ArrayLike<number> | undefined, width: number): Float64Array[] {
  const n = p.length;
  const out = Array.from({ length: n }, (_, k) => {
    const x = new Float64Array(width);
    x[0] = head[k];
    x[1] = Math.log(Math.max(p[k], 1e-6));
    x[2] = p[k] >= thresholds[k] ? 1 : 0;
    return x;
  });
  if (width >= 5) {
    let best = 0;
    for (let k = 1; k < n; k++) if (p[k] > p[best]) best = k;
    out[best][4] = 1;
    if (parents) for (let k = 0; k < n; k++) if (parents[k] >= 0 && p[k] >= thresholds[k]) out[parents[k]][3] = 1;
  }
  return out;
}

/** The main-topic stack's score for each topic (TopicDecoder.mainStack). */
export function mainStackScores(stack: MainStack, head: ArrayLike<number>, p: ArrayLike<number>, thresholds: ArrayLike<number>, parents?: ArrayLike<number>, head2?: ArrayLike<number>): Float64Array {
  const xs = mainStackInputs(head, p, thresholds, parents, stack.w.length);
  const w2 = stack.w2 ?? 0;
  return Float64Array.from(xs, (x, k) => x.reduce((sum, v, j) => sum + stack.w[j] * v, stack.bias[k]) + (head2 && w2 ? w2 * head2[k] : 0));
}

/** The second model's main-topic head's logits in z (n topics; they follow the second model's own), or undefined when z has none. */
export function secondHeadLogits(z: ArrayLike<number>, n: number): Float64Array | undefined {
  return z.length >= 4 * n ? Float64Array.from({ length: n }, (_, k) => z[3 * n + k]) : undefined;
}

export interface TopicModel {
  topics: string[];
  features?: TopicFeatureOptions;
  decoder?: TopicDecoder;
  /** Per topic: its parent's index in `topics`, or -1 (data/topics.json `parent`). */
  parents?: Int32Array;
  bias: Float64Array;
  thresholds: Float64Array;
  calibration: Array<[number, number]>;
  /** feature → its topics' weights (both heads' columns), as flat rows */
  weights: SparseRows;
  meta: Record<string, unknown>;
  /** The second model: its logits follow the two heads' in z; its calibrated scores count `weight` in the average. */
  second?: SecondTopicModel;
}

/**
 * Sparse rows in flat arrays, found by feature (IndexedRows, topic-tfidf.ts, with a row per feature). One typed array per
 * feature (72,810 features once 14,965 articles were labelled) made the heap every major garbage collection walks
 * 17 MB larger and whole-pipeline extraction about 6% slower; these are the same sums in the same order.
 */
export interface SparseRows extends IndexedRows {
  rows: Map<string, number>;
}

/** Sparse rows of interleaved [column, weight, …] arrays, each weight times `scale`. */
export function sparseRows(rowsOf: Iterable<[string, ArrayLike<number>]>, scale = 1): SparseRows {
  const entries = [...rowsOf];
  return { rows: new Map(entries.map(([name], r) => [name, r])), ...indexedRows(entries.map(([, arr]) => arr), scale) };
}

export interface SecondTopicModel extends TfidfTopicModel {
  calibration: [number, number];
  /** its share of the averaged score, for all topics or per topic */
  weight: number | number[];
}

export interface TopicPrediction {
  id: string;
  /** Calibrated probability that the topic is among the article's (0-1). */
  score: number;
  main: boolean;
}

const STOP = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself ' +
    'just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself yourselves said says say reuters mr mrs ms would told year years percent ' +
    'one two three new last week month monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

const CREDIT_RE = /\((?:[^()]{0,40}?\b)?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Contributing)\b[^()]*\)/gi;
const WORD_RE = /\p{L}[\p{L}\p{N}'’-]*/gu;

function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) {
    // a trailing 's, then trailing hyphens, off (the two replaces /['’]s$/ and /-+$/ this stands for, without a regex per word)
    let w = m[0];
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    let end = w.length;
    while (end > 0 && w.charCodeAt(end - 1) === 45) end--;
    if (end < w.length) w = w.slice(0, end);
    if (w.length > 1 && !STOP.has(w)) out.push(w);
  }
  return out;
}

/**
 * The article's features with their values, before normalisation: `w:` words of the whole text
 * (log counts, title words counting three times; word pairs scored no better on the tune split
 * and tripled the model, the term lists carry the phrases), `t:` title words, `e:` each
 * topic's term-list evidence (log of the weighted term score, and whether it reaches two distinct
 * terms or the title), `c:` countries named (optional: the pipeline passes what it found).
 * `text` starts with the title line.
 */
export function topicFeatures(text: string, opts: TopicFeatureInput = {}): Map<string, number> {
  const titleEnd = opts.titleEnd ?? Math.max(0, text.indexOf('\n'));
  const clean = text.replace(CREDIT_RE, (m) => ' '.repeat(m.length));
  const title = words(clean.slice(0, titleEnd));
  const body = words(clean.slice(titleEnd));
  // Counted by word, the feature names made once per distinct word (in first-seen order, as the model reads them).
  const counts = new Map<string, number>();
  for (const w of title) counts.set(w, (counts.get(w) ?? 0) + 3);
  for (const w of body) counts.set(w, (counts.get(w) ?? 0) + 1);
  const feats = new Map<string, number>();
  for (const [w, c] of counts) feats.set(`w:${w}`, 1 + Math.log(c));
  for (const w of new Set(title)) feats.set(`t:${w}`, 1);
  const ev = opts.evidence ?? termEvidence(text, titleEnd);
  const lengthNorm = Math.pow(Math.max(50, ev.words) / 400, 0.35);
  const ids = listTopics().map((t) => t.id);
  ev.topics.forEach((e, i) => {
    if (e.distinct === 0) return;
    feats.set(`e:${ids[i]}`, Math.log1p(e.raw / lengthNorm));
    if (e.distinct >= 2 || e.titleHit) feats.set(`e2:${ids[i]}`, 1);
    if (e.titleHit) feats.set(`et:${ids[i]}`, 1);
  });
  const countries = new Set(opts.countries ?? []);
  for (const c of countries) feats.set(`c:${c}`, 1);
  if (opts.entities) {
    for (const o of new Set(opts.organizations ?? [])) feats.set(`o:${o}`, 1);
    feats.set(`nc:${countries.size >= 5 ? '5+' : countries.size >= 3 ? '3-4' : countries.size}`, 1);
  }
  if (opts.slug && opts.source) for (const w of slugWords(opts.source)) feats.set(`s:${w}`, 1);
  if (opts.lead) for (const w of new Set(words(leadOf(clean, titleEnd)))) feats.set(`l:${w}`, 1);
  return feats;
}

const DATE_LINE_RE = /^\s*\d{4}-\d\d-\d\d[ T]\d\d:\d\d/;

/** The body's first non-empty line that is not a date line. */
function leadOf(text: string, titleEnd: number): string {
  for (const l of text.slice(titleEnd).split('\n')) if (l.trim() && !DATE_LINE_RE.test(l)) return l;
  return '';
}

export interface TopicFeatureInput extends TopicFeatureOptions {
  /** Offset where the body starts in `text` (default: the end of the first line). */
  titleEnd?: number;
  /** Countries named (the pipeline passes what it found). */
  countries?: Iterable<string>;
  /** Ids of the curated organizations named (findKnownOrganizations; read when `entities` is set). */
  organizations?: Iterable<string>;
  /** Where the article came from (its file name or URL): its slug words are features when `slug` is set. */
  source?: string;
  /** termEvidence(text, titleEnd) of this very text and title end, when the caller has it already (not checked). */
  evidence?: ArticleTermEvidence;
}

const SLUG_RE = /^(?:\d{8}_)?([a-z0-9]+(?:-[a-z0-9]+)*?)-id[A-Z]{2,}[A-Z0-9]*(?:\.txt)?$/;

/**
 * The words of a Reuters URL slug (`20091013_us-iran-nuclear-idUSTRE59C1AX20091013.txt` or the
 * story URL's last part): `us`, `iran`, `nuclear`. None for a name without a slug (`2006..._idUS...`,
 * `<input>`, a file of another source).
 */
export function slugWords(source: string): string[] {
  const base = source.replace(/^.*[\\/]/, '').replace(/[?#].*$/, '');
  const m = SLUG_RE.exec(base);
  if (!m) return [];
  return [...new Set(m[1].split('-').filter((w) => w.length > 1 && !/^\d+$/.test(w)))];
}

/** Features scaled to unit length, as the model reads them: word features share one norm, the others are kept as they are. */
export function normaliseFeatures(feats: Map<string, number>): Array<[string, number]> {
  let ss = 0;
  for (const [f, v] of feats) if (f.startsWith('w:')) ss += v * v;
  const norm = Math.sqrt(ss) || 1;
  const out: Array<[string, number]> = [];
  for (const [f, v] of feats) out.push([f, f.startsWith('w:') ? (v / norm) * 4 : v]);
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each topic's raw logit for the (normalised) features. */
export function topicLogits(model: Pick<TopicModel, 'weights' | 'bias'>, feats: Array<[string, number]>): Float64Array {
  const z = Float64Array.from(model.bias);
  const { rows, starts, cols, values } = model.weights;
  for (const [f, v] of feats) {
    const r = rows.get(f);
    if (r === undefined) continue;
    for (let k = starts[r], end = starts[r + 1]; k < end; k++) z[cols[k]] += values[k] * v;
  }
  return z;
}

/**
 * Calibrated scores from logits (Platt scaling per topic). With a second model (its logits at
 * z[2n..3n), after the main-topic head's), each topic's score is the average of the two
 * calibrated scores, the second's weighing `second.weight`.
 */
export function calibrated(model: Pick<TopicModel, 'topics' | 'calibration'> & { second?: { calibration: [number, number]; weight: number | ArrayLike<number> } }, z: ArrayLike<number>): Float64Array {
  const n = model.topics.length;
  const p = new Float64Array(n);
  for (let k = 0; k < n; k++) p[k] = sigmoid(model.calibration[k][0] * z[k] + model.calibration[k][1]);
  const second = model.second;
  if (second && z.length >= 3 * n) {
    const [a, b] = second.calibration;
    for (let k = 0; k < n; k++) {
      const w = typeof second.weight === 'number' ? second.weight : second.weight[k];
      p[k] = (1 - w) * p[k] + w * sigmoid(a * z[2 * n + k] + b);
    }
  }
  return p;
}

/**
 * The logits of both heads, then (with a second model) the second model's and, when it has one, its main-topic
 * head's: what calibrated and mainTopicIndex read.
 */
export function allTopicLogits(model: TopicModel, text: string, feats: Array<[string, number]>): Float64Array {
  const z = topicLogits(model, feats);
  return model.second ? withSecondLogits(z, model.topics.length, model.second, text) : z;
}

/**
 * The first model's logits of both heads (the first 2n of `first`, n topics) with the second
 * model's logits of the text after them, then its main-topic head's when it has one: the layout
 * calibrated and mainTopicIndex read.
 */
export function withSecondLogits(first: ArrayLike<number>, n: number, second: Pick<TfidfTopicModel, 'columns' | 'idf' | 'space' | 'dim' | 'weights' | 'bias' | 'head'>, text: string): Float64Array {
  if (first.length < 2 * n) throw new Error(`withSecondLogits: ${first.length} logits, not both heads' ${2 * n}`);
  const out = new Float64Array((second.head ? 4 : 3) * n);
  for (let i = 0; i < 2 * n; i++) out[i] = first[i];
  const x = tfidfFeatures(second, text);
  out.set(tfidfLogits(second, x), 2 * n);
  if (second.head) out.set(tfidfLogits(second.head, x), 3 * n);
  return out;
}

/**
 * The main topic (its index), or -1 without a main-topic head (the best score decides then): the
 * head's choice (its logits follow the topics' in z), or with a `mainStack` decoder the best of
 * the stack's scores over the head's logits and the calibrated scores `p`, and the second model's
 * main-topic head's logits when z holds them (after the second model's own).
 */
export function mainTopicIndex(model: Pick<TopicModel, 'topics' | 'thresholds' | 'decoder' | 'parents'>, z: ArrayLike<number>, p?: ArrayLike<number>): number {
  const n = model.topics.length;
  if (z.length < 2 * n) return -1;
  const stack = model.decoder?.mainStack;
  const head = Float64Array.from({ length: n }, (_, k) => z[n + k]);
  const s: ArrayLike<number> = stack && p ? mainStackScores(stack, head, p, model.thresholds, model.parents, secondHeadLogits(z, n)) : head;
  let best = 0;
  for (let k = 1; k < n; k++) if (s[k] > s[best]) best = k;
  return best;
}

/** The topics an article is about, main topic first, then by score. */
export function predictTopics(model: TopicModel, text: string, opts: Omit<TopicFeatureInput, keyof TopicFeatureOptions> = {}): TopicPrediction[] {
  const z = allTopicLogits(model, text, normaliseFeatures(topicFeatures(text, { ...opts, ...model.features })));
  const p = calibrated(model, z);
  return decideTopics(model, p, mainTopicIndex(model, z, p));
}

/**
 * The assigned topics from calibrated scores: the main topic always (the main-topic head's
 * choice, else the best-scoring topic), the others at their threshold; then the decoder's rules:
 * a parent assigned beside its child is dropped unless it is the main topic or scores at least
 * `parentKeep`, and at most `maxTopics` are kept.
 */
export function decideTopics(model: Pick<TopicModel, 'topics' | 'thresholds' | 'decoder' | 'parents'>, p: ArrayLike<number>, main = -1): TopicPrediction[] {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  if (main >= 0) best = main;
  const keep = new Uint8Array(p.length);
  for (let k = 0; k < p.length; k++) if (k === best || p[k] >= model.thresholds[k]) keep[k] = 1;
  const parentKeep = model.decoder?.parentKeep;
  if (parentKeep !== undefined && model.parents) {
    const drop = new Uint8Array(p.length);
    for (let k = 0; k < p.length; k++) {
      const parent = model.parents[k];
      if (keep[k] && parent >= 0 && keep[parent] && parent !== best && p[parent] < parentKeep) drop[parent] = 1;
    }
    for (let k = 0; k < p.length; k++) if (drop[k]) keep[k] = 0;
  }
  const out: TopicPrediction[] = [];
  for (let k = 0; k < p.length; k++) if (keep[k]) out.push({ id: model.topics[k], score: Math.round(p[k] * 1000) / 1000, main: k === best });
  out.sort((a, b) => Number(b.main) - Number(a.main) || b.score - a.score || (a.id < b.id ? -1 : 1));
  const max = model.decoder?.maxTopics;
  return max !== undefined && out.length > max ? out.slice(0, Math.max(1, max)) : out;
}

/** Each topic's parent's index in `topics` (-1 at the top of the taxonomy or when the parent is not among them). */
export function parentIndices(topics: readonly string[]): Int32Array {
  const parentOf = new Map(listTopics().map((t) => [t.id, t.parent]));
  const index = new Map(topics.map((t, i) => [t, i]));
  return Int32Array.from(topics, (t) => index.get(parentOf.get(t) ?? '') ?? -1);
}

export function topicModelFromFile(f: TopicModelFile): TopicModel {
  const known = new Set(listTopics().map((t) => t.id));
  const unknown = f.topics.filter((t) => !known.has(t));
  if (unknown.length) throw new Error(`topic model: topics ${unknown.join(', ')} are not in data/topics.json; retrain with npm run train:topics`);
  const weights = sparseRows(Object.entries(f.weights), f.scale);
  return {
    topics: f.topics,
    ...(f.features ? { features: f.features } : {}),
    ...(f.decoder ? { decoder: f.decoder } : {}),
    parents: parentIndices(f.topics),
    bias: Float64Array.from(f.bias),
    thresholds: Float64Array.from(f.thresholds),
    calibration: f.calibration,
    weights,
    meta: f.meta,
    ...(f.second ? { second: { ...tfidfModelFromFile(f.second), calibration: f.second.calibration, weight: f.second.weight } } : {}),
  };
}

let cached: TopicModel | null | undefined;

/** The shipped model (models/topics.json.gz), loaded once; null when absent (the term lists decide then). */
export function loadTopicModel(file = TOPIC_MODEL_FILE): TopicModel | null {
  if (cached !== undefined && file === TOPIC_MODEL_FILE) return cached;
  const model = existsSync(file) ? topicModelFromFile(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as TopicModelFile) : null;
  if (file === TOPIC_MODEL_FILE) cached = model;
  return model;
}
