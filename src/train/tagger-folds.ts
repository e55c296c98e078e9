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
