import { rng } from './reuters-stats.js';
import { sgd, shuffle, softmaxGradient } from './sgd.js';
import { CONTACT_LABELS, type ContactLabel, type MeetingModel } from '../extract/meetings/model.js';

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

/** The features as the shared loop reads them: each present feature with the value 1. */
function withUnitValues<E extends { features: string[] }>(examples: readonly E[]): Array<E & { features: Array<[string, number]> }> {
  return examples.map((ex) => ({ ...ex, features: ex.features.map((f): [string, number] => [f, 1]) }));
}

/**
 * Multinomial logistic regression by the shared SGD loop (sgd.ts; step t's rate is rate / (1 + t / examples), no
 * bias), the same model shape as the perceptron's (a weight per label per feature). Gives scores whose differences are log-odds, so the `met` margin means the same thing across
 * retrainings.
 */
export function trainLogistic(examples: Example[], opts: { epochs?: number; seed?: number; rate?: number; l2?: number; candidates?: MeetingModel['candidates'] } = {}): MeetingModel {
  const labels = CONTACT_LABELS;
  const { weights } = sgd(
    withUnitValues(examples),
    labels.length,
    { seed: opts.seed ?? 1, epochs: opts.epochs ?? 15, rate: opts.rate ?? 0.2, decay: 1, l2: opts.l2 ?? 1e-4, bias: false },
    (z, ex) => softmaxGradient(z, labels.indexOf(ex.label), ex.weight ?? 1),
  );
  return { labels, weights, margin: 0, candidates: opts.candidates ?? 'anchor' };
}

/**
 * Binary logistic regression by the shared SGD loop (one score, no bias): the event path's participant model
 * (events.ts). The same data and seed give the same weights byte for byte.
 */
export function trainBinaryLogistic(examples: Array<{ features: string[]; positive: boolean; weight?: number }>, opts: { epochs?: number; seed?: number; rate?: number; l2?: number } = {}): Map<string, number> {
  const { weights } = sgd(
    withUnitValues(examples),
    1,
    { seed: opts.seed ?? 1, epochs: opts.epochs ?? 15, rate: opts.rate ?? 0.2, decay: 1, l2: opts.l2 ?? 1e-4, bias: false },
    // The log loss's gradient in the score: (p - 1 for a positive, p for a negative) times the example's weight.
    (z, ex) => {
      z[0] = (ex.weight ?? 1) * (1 / (1 + Math.exp(-z[0])) - (ex.positive ? 1 : 0));
    },
  );
  return new Map([...weights].map(([f, row]) => [f, row[0]]));
}
