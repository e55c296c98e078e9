import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { loadNerModel, type NerModel } from '../../src/extract/ner/index.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { foldOf } from '../../src/train/org-verifier.js';
import { foldCountOf, foldTaggerPath, inExcludedFold, parseFoldSpec } from '../../src/train/tagger-folds.js';

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
