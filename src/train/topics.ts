/**
 * The topic classifier's learner (scripts/train-topics.ts drives it): one-vs-rest logistic
 * regression by seeded SGD over the features of src/extract/topic-model.ts, Platt calibration
 * from out-of-fold logits, per-topic thresholds tuned on held-out articles, and the model file.
 */
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { sgd as sgdLoop, softmaxGradient } from './sgd.js';
import type { TopicModel, TopicModelFile } from '../extract/topic-model.js';
import type { TfidfTopicModelFile } from '../extract/topic-tfidf.js';

export interface TopicExample {
  /** normalised features (normaliseFeatures) */
  features: Array<[string, number]>;
  /** indices of the article's topics */
  labels: number[];
  /** how much the example counts (weak labels less) */
  weight: number;
  /** topics this example says nothing about (weak labels: none of its slug's topics is negative evidence for them) */
  ignore?: ReadonlySet<number>;
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  rate?: number;
  l2?: number;
  /** Weight of a positive example against a negative (topics are rare). */
  positiveWeight?: number;
}

/** Weights as training makes them: per feature, a dense row of every topic's (and head's) weight. */
export interface DenseTopicWeights {
  weights: Map<string, Float64Array>;
  bias: Float64Array;
}

/** The seeded SGD both heads share (src/train/sgd.ts), with the topics' defaults and a bias per topic. */
function sgd(
  examples: TopicExample[],
  nTopics: number,
  seed: number,
  opts: TrainOptions,
  gradient: (z: Float64Array, ex: TopicExample) => void,
): DenseTopicWeights {
  return sgdLoop(examples, nTopics, { seed, epochs: opts.epochs ?? 20, rate: opts.rate ?? 0.5, decay: 3, l2: opts.l2 ?? 1e-4, bias: true }, gradient);
}

/** One logistic regression per topic, all trained in one pass over the examples. Deterministic for a seed. */
export function trainOneVsRest(examples: TopicExample[], nTopics: number, opts: TrainOptions = {}): DenseTopicWeights {
  const pos = opts.positiveWeight ?? 2;
  return sgd(examples, nTopics, opts.seed ?? 1, opts, (z, ex) => {
    const gold = new Set(ex.labels);
    for (let k = 0; k < nTopics; k++) {
      if (ex.ignore?.has(k)) {
        z[k] = 0;
        continue;
      }
      const y = gold.has(k) ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z[k]));
      z[k] = (p - y) * ex.weight * (y ? pos : 1);
    }
  });
}

/**
 * The main-topic head: multinomial logistic regression (softmax) over the same features, the
 * article's main topic (its first label) the class. Deterministic for a seed.
 */
export function trainMainHead(examples: TopicExample[], nTopics: number, opts: TrainOptions = {}): DenseTopicWeights {
  return sgd(examples, nTopics, (opts.seed ?? 1) + 1, opts, (z, ex) => softmaxGradient(z, ex.labels[0], ex.weight));
}

/** Logits of every example under the trained weights. */
export function logitsOf(m: DenseTopicWeights, examples: TopicExample[]): Float64Array[] {
  return examples.map((ex) => {
    const z = Float64Array.from(m.bias);
    for (const [f, v] of ex.features) {
      const row = m.weights.get(f);
      if (row) for (let k = 0; k < z.length; k++) z[k] += row[k] * v;
    }
    return z;
  });
}

/**
 * Platt scaling: a, b minimising the log loss of σ(a·z + b) against the 0/1 labels (Newton's
 * method, with Platt's smoothed targets). Few positives give a pooled fit over all topics.
 */
export function plattFit(zs: number[], ys: number[]): [number, number] {
  const nPos = ys.filter((y) => y).length;
  const nNeg = ys.length - nPos;
  const tPos = (nPos + 1) / (nPos + 2);
  const tNeg = 1 / (nNeg + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let i = 0; i < zs.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * zs[i] + b)));
      const t = ys[i] ? tPos : tNeg;
      const d = p - t;
      const s = p * (1 - p);
      ga += d * zs[i];
      gb += d;
      haa += s * zs[i] * zs[i];
      hab += s * zs[i];
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return [a, b];
}

/** Quantise, drop zero weights, sort, gzip: the same model gives the same bytes. */
export function serializeTopicModel(m: Omit<TopicModel, 'weights' | 'second'> & { weights: Map<string, Float64Array> }, minWeight = 0, second?: TfidfTopicModelFile): Buffer {
  let mx = 0;
  for (const row of m.weights.values()) for (const x of row) mx = Math.max(mx, Math.abs(x));
  const scale = mx / 32767 || 1;
  const weights: Record<string, number[]> = {};
  for (const f of [...m.weights.keys()].sort()) {
    const row = m.weights.get(f)!;
    const arr: number[] = [];
    for (let k = 0; k < row.length; k++) {
      if (Math.abs(row[k]) < minWeight) continue;
      const q = Math.round(row[k] / scale);
      if (q !== 0) arr.push(k, q);
    }
    if (arr.length) weights[f] = arr;
  }
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  const file: TopicModelFile = {
    version: 1,
    meta: m.meta,
    topics: m.topics,
    scale,
    bias: [...m.bias].map(r),
    thresholds: [...m.thresholds].map(r),
    calibration: m.calibration.map(([a, b]) => [r(a), r(b)]),
    weights,
    ...(m.features ? { features: m.features } : {}),
    ...(m.decoder ? { decoder: m.decoder } : {}),
    ...(second ? { second } : {}),
  };
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

export function writeTopicModel(file: string, bytes: Buffer): void {
  writeFileSync(file, bytes);
}
