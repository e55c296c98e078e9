import { createHash } from 'node:crypto';
import { shuffle } from './sgd.js';

/**
 * The size of the tagger's perceptron updates on the annotated Reuters train split, against CoNLL's 1
 * (scripts/train-ner.ts `--annotated-weight W`). At 0.5 the articles' projected labels (people and
 * organizations from article-level annotations, the rest from a CoNLL-only tagger) teach Reuters' names
 * without outweighing CoNLL's token-level gold. Against the weight-1 tagger it replaced: tune people
 * 0.950 -> 0.952, organizations 0.821 -> 0.824, CoNLL eng.testa ORG 0.843 -> 0.846, dev organizations
 * 0.929 -> 0.916 (docs/quality-log.md, Entities).
 */
export const DEFAULT_ANNOTATED_WEIGHT = 0.5;

/**
 * The seeds of the tagger trainer's document shuffles (scripts/train-ner.ts `--seed S`). Each training
 * pass shuffles with its own fixed base seed (the CoNLL-only base tagger 7, pass 1 1, the jackknife folds
 * 100 + k, pass 2 2); `--seed S` moves every one of them to another fixed stream, so a run is
 * byte-reproducible for a given S and runs with different S show the model's spread over shuffle orders.
 * S = 0 (the default) keeps the base seeds, so the default command rebuilds the committed model.
 */
export function passSeed(base: number, seed: number): number {
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got ${seed}`);
  if (seed === 0) return base;
  // A distinct 32-bit stream per (seed, pass): Knuth's multiplicative mix, so nearby seeds do not share shuffles.
  return (Math.imul(seed, 0x9e3779b1) ^ base) >>> 0;
}

/** Fisher-Yates shuffle of a copy of xs, drawing from r (the trainer's document order per epoch). */
export function shuffled<T>(xs: readonly T[], r: () => number): T[] {
  const a = xs.slice();
  shuffle(a, r);
  return a;
}

/**
 * Whether `name` is in the fixed random share `fraction` (0..1] drawn under `salt`: a hash of the salt and the name, so
 * a draw holds whole articles, ignores their order, and a larger share holds every smaller one. The learning curves'
 * subsets (`train:meetings` and `train:orgs` with `--fraction`); each keeps the hash its published curves were drawn with.
 */
export function inDrawnShare(name: string, fraction: number, salt: string, hash: 'sha1' | 'sha256' = 'sha256'): boolean {
  if (fraction >= 1) return true;
  return createHash(hash).update(`${salt}\0${name}`).digest().readUInt32BE(0) / 2 ** 32 < fraction;
}
