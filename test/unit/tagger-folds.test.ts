import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { loadNerModel, type NerModel } from '../../src/extract/ner/index.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { foldOf } from '../../src/train/org-verifier.js';
import { annotatedCountOf, checkFoldTagger, foldCountOf, foldTaggerFor, foldTaggerPath, inExcludedFold, parseFoldSpec } from '../../src/train/tagger-folds.js';

describe('parseFoldSpec', () => {
  it('reads "i/K"', () => {
    expect(parseFoldSpec('0/3')).toEqual({ fold: 0, k: 3 });
    expect(parseFoldSpec(' 4 / 5 ')).toEqual({ fold: 4, k: 5 });
  });
  it('refuses a fold out of range, one fold, or other text', () => {
    for (const bad of ['3/3', '5/3', '0/1', '0/0', '-1/3', '1', '1/3/5', 'a/3', '', '1.5/3']) expect(() => parseFoldSpec(bad), bad).toThrow(/i\/K/);
  });
});

describe('inExcludedFold', () => {
  const articles = Array.from({ length: 60 }, (_, i) => `20120${i}_article-${i}`);
  it("is the verifier's article fold (foldOf), so the tagger and the verifier agree on what fold i is", () => {
    for (const a of articles) expect(inExcludedFold(a, { fold: foldOf(a, 3), k: 3 })).toBe(true);
  });
  it('puts every article in exactly one of the K folds, and every fold gets some', () => {
    const sizes = [0, 0, 0];
    for (const a of articles) {
      const hits = [0, 1, 2].filter((fold) => inExcludedFold(a, { fold, k: 3 }));
      expect(hits).toHaveLength(1);
      sizes[hits[0]]++;
    }
    expect(Math.min(...sizes)).toBeGreaterThan(5);
  });
});

describe('fold tagger files', () => {
  it('names fold i\'s tagger in the folder', () => {
    expect(foldTaggerPath('/tmp/taggers', 2)).toBe('/tmp/taggers/ner-fold-2.bin.gz');
  });
  it("reads K from a fold tagger's meta", () => {
    expect(foldCountOf({ excludeFold: '1/3' }, 1, 'f')).toBe(3);
  });
  it('refuses a tagger without the meta (the shipped one) or of another fold', () => {
    expect(() => foldCountOf({ epochs: 12 }, 0, 'ner.bin.gz')).toThrow(/not a fold tagger/);
    expect(() => foldCountOf({ excludeFold: '2/3' }, 1, 'f')).toThrow(/fold 2\/3, expected fold 1/);
  });
});

describe('foldTaggerFor', () => {
  const articles = Array.from({ length: 60 }, (_, i) => `20130${i}_story-${i}`);
  const taggers = [0, 1, 2, 3, 4].map((fold) => ({ fold }));
  it('reads an article through the tagger trained without its fold, never a neighbour\'s', () => {
    for (const a of articles) {
      const t = foldTaggerFor(a, taggers);
      // The tagger train-ner built with --exclude-fold i/5 left out exactly the articles for which this holds.
      expect(inExcludedFold(a, { fold: t.fold, k: 5 }), a).toBe(true);
      for (const other of taggers.filter((o) => o !== t)) expect(inExcludedFold(a, { fold: other.fold, k: 5 })).toBe(false);
    }
  });
  it('uses every tagger for some articles (the folds are the taggers\' count)', () => {
    expect(new Set(articles.map((a) => foldTaggerFor(a, taggers).fold)).size).toBe(5);
    expect(new Set(articles.map((a) => foldTaggerFor(a, taggers.slice(0, 3)).fold))).toEqual(new Set([0, 1, 2]));
  });
});

describe('checkFoldTagger', () => {
  const shipped = { epochs: 12, passes: 2, folds: 4, minCount: 1, annotatedWeight: 0.5, trainedOn: 'conll2003/eng.train + 930 annotated Reuters articles (train split)' };
  const fold1 = { ...shipped, excludeFold: '1/5', trainedOn: 'conll2003/eng.train + 836 annotated Reuters articles (train split)' };
  const want = { fold: 1, k: 5, articles: 836, options: shipped };
  it('reads the annotated articles a tagger learnt from', () => {
    expect(annotatedCountOf(fold1)).toBe(836);
    expect(annotatedCountOf({ trainedOn: 'conll2003/eng.train' })).toBe(0);
    expect(annotatedCountOf({})).toBeNaN();
  });
  it("accepts fold i's tagger trained on the train split less fold i, with the shipped tagger's options", () => {
    expect(() => checkFoldTagger(fold1, want, 'ner-fold-1.bin.gz')).not.toThrow();
  });
  it('refuses another number of articles (stale, or its fold not left out), naming the file and both counts', () => {
    expect(() => checkFoldTagger(fold1, { ...want, articles: 850 }, 'ner-fold-1.bin.gz')).toThrow(/ner-fold-1\.bin\.gz: trained on 836 annotated articles, expected 850/);
    expect(() => checkFoldTagger({ ...fold1, trainedOn: 'conll2003/eng.train' }, want, 'f')).toThrow(/trained on 0 annotated/);
  });
  it('refuses other training options than the shipped tagger\'s, naming the option', () => {
    expect(() => checkFoldTagger({ ...fold1, epochs: 8 }, want, 'f')).toThrow(/f: trained with epochs 8, the shipped tagger with 12/);
    expect(() => checkFoldTagger({ ...fold1, annotatedWeight: 1 }, want, 'f')).toThrow(/annotatedWeight/);
    expect(() => checkFoldTagger({ ...fold1, seed: 3 }, want, 'f')).toThrow(/seed 3/);
  });
  it('refuses another fold or another K', () => {
    expect(() => checkFoldTagger(fold1, { ...want, fold: 2 }, 'f')).toThrow(/expected fold 2/);
    expect(() => checkFoldTagger({ ...fold1, excludeFold: '1/3' }, want, 'f')).toThrow(/3 folds, expected 5/);
  });
});

describe('extractArticle: the tagger it runs', () => {
  const text = 'Talks end\n2012-03-05 10:00:00.0\n\nGerman Chancellor Angela Merkel met Siemens AG chief executive Peter Loescher in Berlin on Monday, Siemens said.';
  const article = () => parseArticle(text, 'tagger-injection');
  it('runs the tagger it is given instead of the shipped one', () => {
    const shipped = loadNerModel();
    let calls = 0;
    const spy: NerModel = { ...shipped, tagger: { tag: (...a: Parameters<NerModel['tagger']['tag']>) => (calls++, shipped.tagger.tag(...a)) } as NerModel['tagger'] };
    const a = extractArticle(article(), { nerModel: spy });
    expect(calls).toBe(1);
    expect(a).toEqual(extractArticle(article()));
  });
  it("reads the given tagger's tags: the verifier's tagger features follow it", () => {
    const shipped = loadNerModel();
    const blind: NerModel = { ...shipped, tagger: { tag: (words: string[]) => new Int8Array(words.length) } as unknown as NerModel['tagger'] };
    const featuresOf = (nerModel?: NerModel) => {
      let out: Array<[string, string[]]> = [];
      extractArticle(article(), { nerModel, orgVerifier: null, observeOrganizations: (orgs, f) => (out = orgs.map((o, i) => [o.name, f[i]])) });
      return new Map(out);
    };
    expect(featuresOf().get('Siemens AG')).toContain('tagall:ORG');
    const blindSiemens = featuresOf(blind).get('Siemens AG');
    expect(blindSiemens).toContain('tag:noORG');
    expect(blindSiemens).not.toContain('tagall:ORG');
  });
});
