/**
 * The seeded stochastic gradient descent the linear models share (topics' heads, the span types, the meeting models):
 * sparse features with values, a row of weights per feature (one per class), L2 decay and a rate that decays with the
 * steps taken. The same examples and seed give the same weights.
 */
import { rng } from './reuters-stats.js';

/** An example as the loop reads it: its features with their values. */
export interface SparseExample {
  features: ReadonlyArray<readonly [string, number]>;
}

export interface SgdOptions {
  seed: number;
  epochs: number;
  /** The first step's rate; step t's is rate / (1 + decay * t / examples). */
  rate: number;
  decay: number;
  l2: number;
  /** Whether to learn a bias per class apart from the features (else the scores start at zero). */
  bias: boolean;
}

/** Shuffles `order` in place (Fisher-Yates) with the seeded `random`: every trainer's order per epoch. */
export function shuffle<T>(order: T[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * The loop: each epoch in a seeded order, an example's scores `z` (one per class) are turned by `gradient` into the
 * loss gradient per class (in place); the bias and the example's features' weights step against it.
 */
export function sgd<E extends SparseExample>(
  examples: readonly E[],
  nClasses: number,
  o: SgdOptions,
  gradient: (z: Float64Array, ex: E) => void,
): { weights: Map<string, Float64Array>; bias: Float64Array } {
  const w = new Map<string, Float64Array>();
  const bias = new Float64Array(nClasses);
  const random = rng(o.seed);
  const order = examples.map((_, i) => i);
  let t = 0;
  const z = new Float64Array(nClasses);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const ex = examples[i];
      const rate = o.rate / (1 + (o.decay * t++) / examples.length);
      z.set(bias);
      const rows: Float64Array[] = [];
      for (const [f, v] of ex.features) {
        let row = w.get(f);
        if (!row) w.set(f, (row = new Float64Array(nClasses)));
        rows.push(row);
        for (let k = 0; k < nClasses; k++) z[k] += row[k] * v;
      }
      gradient(z, ex);
      if (o.bias) for (let k = 0; k < nClasses; k++) bias[k] -= rate * z[k];
      ex.features.forEach(([, v], j) => {
        const row = rows[j];
        for (let k = 0; k < nClasses; k++) row[k] -= rate * (z[k] * v + o.l2 * row[k]);
      });
    }
  }
  return { weights: w, bias };
}

/** The gradient of the softmax log loss, in place of the scores `z`: (p - 1 for the gold class, p for the others) times `weight`. */
export function softmaxGradient(z: Float64Array, gold: number, weight: number): void {
  let mx = -Infinity;
  for (let k = 0; k < z.length; k++) mx = Math.max(mx, z[k]);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - mx);
  for (let k = 0; k < z.length; k++) z[k] = (z[k] / sum - (k === gold ? 1 : 0)) * weight;
}
