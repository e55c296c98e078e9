/**
 * What the organization censuses (org-stages.mts, org-lost-stage.mts) share: the out-of-fold taggers they read train
 * through, and where a name stands in a text.
 */
import { existsSync } from 'node:fs';
import { escapeRegExp } from '../../src/article/regex.ts';
import { loadNerModel, type NerModel } from '../../src/extract/ner/index.ts';
import { foldTaggerPath } from '../../src/train/tagger-folds.ts';

/** The out-of-fold taggers in `dir`, fold 0 up, as many as there are (`npm run train -- --exclude-fold i/5`). */
export function foldTaggers(dir = '.cache/taggers'): NerModel[] {
  const out: NerModel[] = [];
  for (let i = 0; existsSync(foldTaggerPath(dir, i)); i++) out.push(loadNerModel(foldTaggerPath(dir, i)));
  return out;
}

/** A stretch of text: [start, end]. */
export type Occ = [number, number];

/** Every whole-word occurrence of `s` in `text`. */
export function occurrences(text: string, s: string): Occ[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m): Occ => [m.index!, m.index! + m[0].length]);
}
