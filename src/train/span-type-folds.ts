import path from 'node:path';
import { parseFoldSpec } from './tagger-folds.js';

/**
 * Out-of-fold span types: K models, model i trained without the annotated train articles of fold i and reading the
 * others through fold i's tagger (`npm run train:span-types -- --exclude-fold i/K --tagger ner-fold-i --out ...`), so
 * that the verifier's out-of-fold view of fold i's articles (fold i's tagger) types their spans with a model that never
 * saw them either, as the shipped pair reads tune.
 */
export function foldSpanTypesPath(dir: string, fold: number): string {
  return path.join(dir, `span-types-fold-${fold}.json.gz`);
}

/** What fold `fold`'s span types must be: of `k` folds, learnt from `articles` annotated articles through the tagger of sha256 `taggerSha256`. */
export interface FoldSpanTypesExpectation {
  fold: number;
  k: number;
  articles: number;
  taggerSha256: string;
}

/**
 * An error naming the file and the mismatch when a span type model is not fold `fold`'s: no `excludeFold` in its meta
 * (the shipped model copied in), another fold or fold count, another number of annotated articles (a stale file, or
 * one whose training read its fold), or learnt through another tagger than the fold tagger read beside it.
 */
export function checkFoldSpanTypes(meta: Record<string, unknown>, want: FoldSpanTypesExpectation, file: string): void {
  if (typeof meta.excludeFold !== 'string') throw new Error(`${file}: not fold span types (no excludeFold in its meta; train them with --exclude-fold ${want.fold}/${want.k})`);
  const spec = parseFoldSpec(meta.excludeFold);
  if (spec.fold !== want.fold || spec.k !== want.k) throw new Error(`${file}: trained without fold ${spec.fold}/${spec.k}, expected ${want.fold}/${want.k}`);
  if (meta.reutersArticles !== want.articles) {
    throw new Error(`${file}: learnt from ${JSON.stringify(meta.reutersArticles)} annotated articles, expected ${want.articles} (the train split less fold ${want.fold}/${want.k}): rebuild it`);
  }
  if (meta.taggerSha256 !== want.taggerSha256) throw new Error(`${file}: learnt through another tagger than fold ${want.fold}'s (sha256 differs): rebuild it`);
}
