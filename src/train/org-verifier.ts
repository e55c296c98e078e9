import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CURATED, decisionScore, type OrgVerifierFile } from '../resolve/org-verifier.js';
import { LBFGS_STOP, trainLogistic } from './logistic.js';
import { inDrawnShare } from './seeds.js';

/** One organization the pipeline output for an article, with its features and whether the annotation has it. */
export interface OrgExample {
  article: string;
  features: string[];
  positive: boolean;
  /**
   * Which reading of the article gave the example (0, the default: the one the threshold is chosen on; 1: the same
   * articles read through another tagger). A feature is kept when one view has it `minCount` times: the same
   * organization read twice is not two pieces of evidence.
   */
  view?: number;
}

export interface VerifierTrainOptions {
  /**
   * Inverse regularisation of the logistic regression: it minimises ½‖w‖² + ½b² + C·Σ log-loss (default 1). With the
   * `bias` column beside the learner's own intercept b, the score's constant is penalised at half that strength.
   */
  C?: number;
  /** Features seen in fewer training examples of one view than this are left out (default 1: all). */
  minCount?: number;
}

/**
 * The organization verifier's weights: binary L2-regularised logistic regression fitted to convergence by L-BFGS
 * (the topic models' `trainLogistic`: deterministic, no seed), over the features seen in `minCount` examples at least
 * of one view (default 1: out of fold on train, leaving out the features seen once lost a little). Every
 * organization's features carry `bias` (organizationFeatures), so the learner's
 * intercept is added to that feature's weight. Out of fold on train it decides better than the earlier 15 epochs of
 * SGD at L2 1e-3 (docs/quality-log.md, twenty-first session).
 */
export function trainOrgVerifier(examples: readonly OrgExample[], opts: VerifierTrainOptions = {}): Map<string, number> {
  // Each example's features once (a feature repeated in one example is one piece of evidence).
  const own = examples.map((ex) => [...new Set(ex.features)]);
  const counts = new Map<string, number>();
  examples.forEach((ex, i) => {
    for (const f of own[i]) {
      const key = `${ex.view ?? 0}\0${f}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  const min = opts.minCount ?? 1;
  const views = [...new Set(examples.map((ex) => ex.view ?? 0))];
  const enough = (f: string) => views.some((v) => (counts.get(`${v}\0${f}`) ?? 0) >= min);
  // Columns in sorted feature order, so the same examples in another order give the same weights.
  const names = [...new Set(own.flat())].filter(enough).sort();
  const column = new Map(names.map((f, j) => [f, j]));
  const rows = own.map((features) => {
    const idx = features.flatMap((f) => (column.has(f) ? [column.get(f)!] : [])).sort((a, b) => a - b);
    return { idx: Int32Array.from(idx), val: new Float64Array(idx.length).fill(1) };
  });
  const w = trainLogistic(rows, names.length, examples.map((ex) => (ex.positive ? 1 : 0)), { C: opts.C ?? 1, ...LBFGS_STOP });
  const weights = new Map(names.map((f, j) => [f, w[j]]));
  weights.set('bias', (weights.get('bias') ?? 0) + w[names.length]);
  return weights;
}

/** The fold (0..k-1) of an article: a hash of its name, so a fold holds whole articles and never changes with the order. */
export function foldOf(article: string, k: number): number {
  return createHash('sha1').update(article).digest().readUInt32BE(0) % k;
}

/** Whether an article is in the share `fraction` of the train articles drawn with `seed` (seeds.ts inDrawnShare). */
export function inFraction(article: string, fraction: number, seed: number): boolean {
  return inDrawnShare(article, fraction, `${seed}`, 'sha1');
}

/**
 * Out-of-fold decision scores (decisionScore: a curated organization's is Infinity): each example scored by a model
 * trained without its article's fold. The threshold chosen on these is chosen on articles no model saw, as the tune
 * split's are. `learnFrom` (all by default) limits the articles the models learn from, as for a learning curve: every
 * example is still scored, by the model of its fold. `learned` (the scored examples by default) are the examples the
 * models learn from, when they are more than the scored ones (the same articles read through another tagger): a fold's
 * models learn from none of its articles' examples, whichever set they come from.
 */
export function outOfFoldScores(
  examples: readonly OrgExample[],
  k: number,
  opts: VerifierTrainOptions = {},
  learnFrom: (article: string) => boolean = () => true,
  learned: readonly OrgExample[] = examples,
): Float64Array {
  const scores = new Float64Array(examples.length);
  const folds = examples.map((ex) => foldOf(ex.article, k));
  const learnedFolds = learned === examples ? folds : learned.map((ex) => foldOf(ex.article, k));
  for (let fold = 0; fold < k; fold++) {
    const w = trainOrgVerifier(learned.filter((ex, i) => learnedFolds[i] !== fold && learnFrom(ex.article)), opts);
    examples.forEach((ex, i) => {
      if (folds[i] === fold) scores[i] = decisionScore({ weights: w }, ex.features);
    });
  }
  return scores;
}

/**
 * The threshold of the best F1 over `thresholds` (ascending, evenly spaced) by `f1At` (a function scoring the whole set
 * at a threshold), each point's F1 taken as the mean over it and its `radius` neighbours on each side (fewer at the
 * ends). The out-of-fold curve is flat near its top and noisy from one step to the next, so its single best point moves
 * with any small change upstream (it wandered 0.2-0.5 with the earlier SGD learner's seeds), trading precision for recall by chance; the mean
 * over neighbours is best in the middle of the plateau. Of equal means, the highest threshold (fewer false alarms).
 * `f1` is the F1 at the threshold chosen, `smoothed` the mean.
 */
export function bestThreshold(
  thresholds: readonly number[],
  f1At: (t: number) => number,
  radius = 0,
): { threshold: number; f1: number; smoothed: number } {
  const f1s = thresholds.map(f1At);
  let best = { threshold: thresholds[0], f1: f1s[0], smoothed: -1 };
  f1s.forEach((_, i) => {
    const near = f1s.slice(Math.max(0, i - radius), i + radius + 1);
    const smoothed = near.reduce((a, b) => a + b, 0) / near.length;
    if (smoothed >= best.smoothed - 1e-12) best = { threshold: thresholds[i], f1: f1s[i], smoothed };
  });
  return best;
}

/** The model file: weights rounded to 1e-6 and sorted by feature, zeros left out, gzipped without a time stamp. */
export function orgVerifierFile(weights: ReadonlyMap<string, number>, threshold: number, meta: Record<string, unknown>): Buffer {
  const rows: Array<[string, number]> = [...weights]
    .map(([f, w]): [string, number] => [f, Math.round(w * 1e6) / 1e6])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const file: OrgVerifierFile = { format: 1, threshold, meta, weights: rows };
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

/**
 * The kinds `npm run train:orgs -- --census` counts an organization under, read from its verifier features: how often it
 * is named, where its candidate came from (the curated list, or the tagger's labels over its mentions), whether its
 * words say a body's kind (data/ner/org-kinds.json) at its head or elsewhere, one word (an acronym or not), unknown to
 * the corpus lexicon, named in the headline only.
 */
export function censusKinds(features: readonly string[]): string[] {
  const has = (f: string) => features.includes(f);
  const mentions = has('mentions:<2') ? 'named once' : has('mentions:2') ? 'named twice' : 'named 3+';
  const source = has(CURATED) ? 'curated' : has('tagall:ORG') ? 'tagged ORG all' : has('tag:ORG') ? 'tagged ORG some' : (features.find((f) => f.startsWith('tagall:')) ?? 'tag:mixed');
  const out = [mentions, `source ${source}`];
  if (features.some((f) => f.startsWith('kind:'))) out.push('body-kind head', `${mentions}, body-kind head`);
  else if (features.some((f) => f.startsWith('haskind:'))) out.push('body-kind word not head');
  if (has('len:<2')) out.push(has('shape:acronym') ? 'one word, acronym' : 'one word, not acronym');
  if (has('lex:none')) out.push('not in the lexicon');
  if (has('titleonly')) out.push('headline only');
  return out;
}
