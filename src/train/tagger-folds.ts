import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldOf } from './org-verifier.js';

/**
 * Out-of-fold taggers: K taggers, tagger i trained without the annotated train articles of fold i (the verifier's
 * article folds, `foldOf`), so that the pipeline's view of fold i's articles is a view of unseen news, as on tune.
 * `npm run train -- --exclude-fold i/K` trains one; `npm run train:orgs -- --tagger-folds DIR` reads them.
 */
export interface FoldSpec {
  fold: number;
  k: number;
}

/** "i/K" (0 <= i < K, K >= 2) as a fold spec; an error naming the text otherwise. */
export function parseFoldSpec(text: string): FoldSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const fold = m ? Number(m[1]) : NaN;
  const k = m ? Number(m[2]) : NaN;
  if (!m || !(k >= 2) || !(fold < k)) throw new Error(`a fold is "i/K" with K of 2 or more and 0 <= i < K, got "${text}"`);
  return { fold, k };
}

/** Whether an annotated article is one of the fold the spec leaves out. */
export function inExcludedFold(article: string, spec: FoldSpec): boolean {
  return foldOf(article, spec.k) === spec.fold;
}

/** A model file's sha256 (hex): what a fold model's meta records of the tagger it read, and a verifier's of its taggers. */
export function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The file of fold i's tagger in a folder of fold taggers. */
export function foldTaggerPath(dir: string, fold: number): string {
  return path.join(dir, `ner-fold-${fold}.bin.gz`);
}

/**
 * The number of folds K a fold tagger was trained for, from its model's meta (`excludeFold: "i/K"`, written by
 * `--exclude-fold`): an error when the file is not fold `fold`'s tagger (no meta, another fold), so that a folder of
 * taggers of mixed runs, or the shipped tagger copied in, is never read as out of fold.
 */
export function foldCountOf(meta: Record<string, unknown>, fold: number, file: string): number {
  const text = meta.excludeFold;
  if (typeof text !== 'string') throw new Error(`${file}: not a fold tagger (no excludeFold in its meta; train it with --exclude-fold ${fold}/K)`);
  const spec = parseFoldSpec(text);
  if (spec.fold !== fold) throw new Error(`${file}: trained without fold ${spec.fold}/${spec.k}, expected fold ${fold}`);
  return spec.k;
}

/** The tagger that reads a train article's out-of-fold view: fold `foldOf(article, K)`'s, the one that did not learn from it. */
export function foldTaggerFor<T>(article: string, taggers: readonly T[]): T {
  return taggers[foldOf(article, taggers.length)];
}

/** The number of annotated articles a tagger learnt from, read from its meta's `trainedOn` ("... + N annotated ..."): 0 without any, NaN when unreadable. */
export function annotatedCountOf(meta: Record<string, unknown>): number {
  const text = meta.trainedOn;
  if (typeof text !== 'string') return NaN;
  const m = /\+\s*(\d+) annotated/.exec(text);
  return m ? Number(m[1]) : /annotated/.test(text) ? NaN : 0;
}

/** The training options a fold tagger must share with the shipped tagger: otherwise its view is another tagger's, not the served one's out of fold. */
export const FOLD_TAGGER_OPTIONS = ['epochs', 'passes', 'folds', 'minCount', 'annotatedWeight', 'seed'] as const;

/** What a fold tagger must be: fold `fold` of `k`, trained on `articles` annotated articles, with the shipped tagger's `options`. */
export interface FoldTaggerExpectation {
  fold: number;
  k: number;
  /** The train split's size less fold `fold`'s. */
  articles: number;
  /** The shipped tagger's meta (its values of FOLD_TAGGER_OPTIONS are compared). */
  options: Record<string, unknown>;
}

/**
 * An error naming the file and the mismatch when a fold tagger is not what the verifier's out-of-fold view needs: not
 * fold `fold` of `k` (foldCountOf), trained on another number of annotated articles (a stale file from before articles
 * were annotated, or one whose training did not leave its fold out), or with other options than the shipped tagger's.
 */
export function checkFoldTagger(meta: Record<string, unknown>, want: FoldTaggerExpectation, file: string): void {
  const k = foldCountOf(meta, want.fold, file);
  if (k !== want.k) throw new Error(`${file}: trained for ${k} folds, expected ${want.k}`);
  const n = annotatedCountOf(meta);
  if (n !== want.articles) {
    throw new Error(`${file}: trained on ${Number.isNaN(n) ? 'an unknown number of' : n} annotated articles, expected ${want.articles} (the train split less fold ${want.fold}/${k}): rebuild it`);
  }
  for (const key of FOLD_TAGGER_OPTIONS) {
    if (meta[key] !== want.options[key]) {
      throw new Error(`${file}: trained with ${key} ${JSON.stringify(meta[key])}, the shipped tagger with ${JSON.stringify(want.options[key])}: rebuild it`);
    }
  }
}
