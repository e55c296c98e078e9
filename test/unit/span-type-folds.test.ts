import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import type { SpanTypeModel } from '../../src/resolve/span-types.js';
import { checkFoldSpanTypes, foldSpanTypesPath } from '../../src/train/span-type-folds.js';

describe('fold span type files', () => {
  it("names fold i's span types in the folder", () => {
    expect(foldSpanTypesPath('/tmp/span-types', 3)).toBe('/tmp/span-types/span-types-fold-3.json.gz');
  });
});

describe('checkFoldSpanTypes', () => {
  const want = { fold: 1, k: 5, articles: 820, taggerSha256: 'abc' };
  const good = { excludeFold: '1/5', reutersArticles: 820, taggerSha256: 'abc' };
  it("accepts fold i's span types learnt from the train split less fold i through fold i's tagger", () => {
    expect(() => checkFoldSpanTypes(good, want, 'f')).not.toThrow();
  });
  it('refuses the shipped model (no excludeFold), naming the file', () => {
    expect(() => checkFoldSpanTypes({ reutersArticles: 1028 }, want, 'models/span-types.json.gz')).toThrow(/span-types\.json\.gz: not fold span types/);
  });
  it('refuses another fold or another K', () => {
    expect(() => checkFoldSpanTypes({ ...good, excludeFold: '2/5' }, want, 'f')).toThrow(/fold 2\/5, expected 1\/5/);
    expect(() => checkFoldSpanTypes({ ...good, excludeFold: '1/3' }, want, 'f')).toThrow(/fold 1\/3, expected 1\/5/);
  });
  it('refuses another number of annotated articles (stale, or its fold read)', () => {
    expect(() => checkFoldSpanTypes({ ...good, reutersArticles: 1028 }, want, 'f')).toThrow(/1028 annotated articles, expected 820/);
  });
  it("refuses a model learnt through another tagger than fold i's", () => {
    expect(() => checkFoldSpanTypes({ ...good, taggerSha256: 'def' }, want, 'f')).toThrow(/another tagger/);
  });
});

describe('extractArticle: the span types it applies', () => {
  // Names no lexicon knows, so that the types come from the tagger and the span types alone.
  const text = 'Talks end\n2012-03-05 10:00:00.0\n\nThe chairman of Brovanta Telkor met Ulrik Vandermeer in Berlin on Monday, Brovanta Telkor said.';
  const run = (spanTypes?: SpanTypeModel | null) => {
    const x = extractArticle(parseArticle(text, 'span-types-injection'), { spanTypes, orgVerifier: null });
    return { people: x.people.map((p) => p.name), organizations: x.organizations.map((o) => o.name) };
  };
  it('reads the model it is given instead of the shipped one', () => {
    let reads = 0;
    class CountingMap extends Map<string, Float64Array> {
      override get(k: string) {
        reads++;
        return super.get(k);
      }
    }
    run({ weights: new CountingMap(), margin: 0.6 });
    expect(reads).toBeGreaterThan(0);
  });
  it("follows the given model's types: one that types every span a place leaves neither a person nor an organization", () => {
    const places: SpanTypeModel = { weights: new Map([['bias', Float64Array.from([0, 0, 50, 0])]]), margin: 0 };
    expect(run(places)).toEqual({ people: [], organizations: [] });
  });
  it("applies none when given null: the tagger's types stand, where the shipped model retypes", () => {
    expect(run(null)).toEqual({ people: ['Ulrik Vandermeer'], organizations: ['Brovanta Telkor'] });
    expect(run(null)).toEqual(run({ weights: new Map(), margin: 0.6 }));
    expect(run()).not.toEqual(run(null));
  });
});
