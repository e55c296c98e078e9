import { rng } from './reuters-stats.js';
import { CONTACT_LABELS, type ContactLabel, type MeetingModel } from '../extract/meetings/model.js';

/** Fisher-Yates in place with the seeded generator: every learner here shuffles its epochs alike. */
function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

export interface Example {
  features: string[];
  label: ContactLabel;
  /** How much the example counts (default 1): see articleWeight. */
  weight?: number;
}

/**
 * How much each example of an article counts when it annotates `metPairs` met pairs: 1 for an
 * ordinary article, less for a round-up ("Highlights", "Key quotes") that makes everyone it
 * quotes met, so that such an article counts as much as `cap` met pairs of ordinary ones and
 * no single article's pattern dominates what the model learns.
 */
export function articleWeight(metPairs: number, cap: number): number {
  return metPairs > cap ? cap / metPairs : 1;
}

/**
 * Multiclass averaged perceptron (Collins 2002; the NER tagger's learner, without the
 * sequence): on a mistake, the gold label's weights gain the features and the predicted
 * label's lose them; the returned weights are the average over every step, which
 * generalises far better than the last ones. Examples are shuffled per epoch by a seeded
 * generator, so the same data gives the same model byte for byte.
 */
export function trainPerceptron(examples: Example[], opts: { epochs?: number; seed?: number; candidates?: MeetingModel['candidates'] } = {}): MeetingModel {
  const labels = CONTACT_LABELS;
  const L = labels.length;
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const touch = (f: string) => {
    if (!w.has(f)) {
      w.set(f, new Float64Array(L));
      totals.set(f, new Float64Array(L));
      stamps.set(f, new Float64Array(L));
    }
  };
  const update = (f: string, k: number, delta: number) => {
    touch(f);
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    const wf = w.get(f)!;
    tot[k] += (step - st[k]) * wf[k];
    st[k] = step;
    wf[k] += delta;
  };
  const random = rng(opts.seed ?? 1);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < (opts.epochs ?? 12); epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const ex = examples[i];
      const scores = new Float64Array(L);
      for (const f of ex.features) {
        const wf = w.get(f);
        if (wf) for (let k = 0; k < L; k++) scores[k] += wf[k];
      }
      let guess = 0;
      for (let k = 1; k < L; k++) if (scores[k] > scores[guess]) guess = k;
      const gold = labels.indexOf(ex.label);
      if (guess !== gold) {
        for (const f of ex.features) {
          update(f, gold, 1);
          update(f, guess, -1);
        }
      }
      step++;
    }
  }
  const averaged = new Map<string, Float64Array>();
  for (const [f, wf] of w) {
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    const avg = new Float64Array(L);
    for (let k = 0; k < L; k++) avg[k] = (tot[k] + (step - st[k]) * wf[k]) / step;
    averaged.set(f, avg);
  }
  return { labels, weights: averaged, margin: 0, candidates: opts.candidates ?? 'anchor' };
}

export type { ContactLabel };

/**
 * Multinomial logistic regression by stochastic gradient descent with L2 (lazily applied),
 * the same model shape as the perceptron's (a weight per label per feature). Gives scores
 * whose differences are log-odds, so the `met` margin means the same thing across retrainings.
 */
export function trainLogistic(examples: Example[], opts: { epochs?: number; seed?: number; rate?: number; l2?: number; candidates?: MeetingModel['candidates'] } = {}): MeetingModel {
  const labels = CONTACT_LABELS;
  const L = labels.length;
  const w = new Map<string, Float64Array>();
  const random = rng(opts.seed ?? 1);
  const order = examples.map((_, i) => i);
  const l2 = opts.l2 ?? 1e-4;
  const epochs = opts.epochs ?? 15;
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const rate = (opts.rate ?? 0.2) / (1 + t++ / examples.length);
      const ex = examples[i];
      const scores = new Float64Array(L);
      for (const f of ex.features) {
        const wf = w.get(f);
        if (wf) for (let k = 0; k < L; k++) scores[k] += wf[k];
      }
      const max = Math.max(...scores);
      let z = 0;
      for (let k = 0; k < L; k++) z += Math.exp(scores[k] - max);
      const gold = labels.indexOf(ex.label);
      const weight = ex.weight ?? 1;
      for (const f of ex.features) {
        let wf = w.get(f);
        if (!wf) w.set(f, (wf = new Float64Array(L)));
        for (let k = 0; k < L; k++) {
          const p = Math.exp(scores[k] - max) / z;
          wf[k] -= rate * (weight * (p - (k === gold ? 1 : 0)) + l2 * wf[k]);
        }
      }
    }
  }
  return { labels, weights: w, margin: 0, candidates: opts.candidates ?? 'anchor' };
}

/**
 * Binary logistic regression by SGD with lazily applied L2: the event path's participant model
 * (events.ts). Seeded shuffling, so the same data gives the same weights byte for byte.
 */
export function trainBinaryLogistic(examples: Array<{ features: string[]; positive: boolean; weight?: number }>, opts: { epochs?: number; seed?: number; rate?: number; l2?: number } = {}): Map<string, number> {
  const w = new Map<string, number>();
  const random = rng(opts.seed ?? 1);
  const order = examples.map((_, i) => i);
  const l2 = opts.l2 ?? 1e-4;
  let t = 0;
  for (let epoch = 0; epoch < (opts.epochs ?? 15); epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const rate = (opts.rate ?? 0.2) / (1 + t++ / examples.length);
      const ex = examples[i];
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (ex.weight ?? 1) * (p - (ex.positive ? 1 : 0));
      for (const f of ex.features) {
        const x = w.get(f) ?? 0;
        w.set(f, x - rate * (g + l2 * x));
      }
    }
  }
  return w;
}
