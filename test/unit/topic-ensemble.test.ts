import { describe, expect, it } from 'vitest';
import { keepByFolds, secondWeights, servedInEveryFold, servedTopics, SECOND_KEEP_RULE } from '../../src/train/topic-ensemble.ts';

describe('servedTopics', () => {
  const topics = ['oil', 'banks', 'sport'];
  const articles = [{ topics: ['oil', 'banks'] }, { topics: ['oil'] }, { topics: ['oil', 'oil'] }, { topics: ['banks'] }];
  it('serves the topics with at least `min` articles, an article counted once', () => {
    // oil 3 (the repeated label counts once), banks 2, sport 0
    expect(servedTopics(topics, articles, 3)).toEqual([true, false, false]);
    expect(servedTopics(topics, articles, 2)).toEqual([true, true, false]);
  });
  it('does not serve a topic one article short of the rule', () => {
    expect(servedTopics(topics, articles, 4)).toEqual([false, false, false]);
  });
  it('serves every topic with min 0, even one without articles', () => {
    expect(servedTopics(topics, articles, 0)).toEqual([true, true, true]);
    expect(servedTopics(topics, [], 0)).toEqual([true, true, true]);
  });
  it('counts the articles it is given: a fold of them can leave a topic out that all of them serve', () => {
    expect(servedTopics(topics, articles.slice(0, 2), 3)[0]).toBe(false);
    expect(servedTopics(topics, articles, 3)[0]).toBe(true);
  });
});

describe('secondWeights', () => {
  it('gives the weight where the second model serves and 0 elsewhere', () => {
    expect(secondWeights([true, false, true], 0.5)).toEqual([0.5, 0, 0.5]);
    expect(secondWeights([false], 0.3)).toEqual([0]);
  });
});

describe('keepByFolds', () => {
  const base = { overall: 0.78, perFold: [0.77, 0.78, 0.8] };
  it('keeps a variant that gains at least foldMin in every fold and overallMin overall', () => {
    const d = keepByFolds(base, { overall: 0.8, perFold: [0.785, 0.795, 0.815] });
    expect(d.keep).toBe(true);
    expect(d.gain).toBeCloseTo(0.02, 12);
    expect(d.gains.map((g) => Number(g.toFixed(3)))).toEqual([0.015, 0.015, 0.015]);
  });
  it('keeps a gain of exactly the rule (figures equal up to rounding)', () => {
    expect(keepByFolds(base, { overall: 0.78 + 0.01, perFold: [0.77 + 0.01, 0.78 + 0.01, 0.8 + 0.01] }).keep).toBe(true);
  });
  it('does not keep a variant that falls short in one fold, however large the overall gain', () => {
    expect(keepByFolds(base, { overall: 0.83, perFold: [0.85, 0.789, 0.85] }).keep).toBe(false);
  });
  it('does not keep a variant whose overall gain is under the rule', () => {
    expect(keepByFolds(base, { overall: 0.789, perFold: [0.781, 0.791, 0.811] }).keep).toBe(false);
  });
  it('keeps the second model of the 8,440-article cross-validation (0.014 overall, 0.010-0.021 in every fold)', () => {
    const first = { overall: 0.809, perFold: [0.809, 0.805, 0.811, 0.813, 0.807] };
    const both = { overall: 0.823, perFold: [0.823, 0.815, 0.825, 0.834, 0.819] };
    expect(keepByFolds(first, both).keep).toBe(true);
    expect(keepByFolds(first, both, { foldMin: 0.01, overallMin: 0.015 }).keep).toBe(false);
  });
  it('takes another rule: a small gain in every fold', () => {
    const rule = { foldMin: 0.001, overallMin: 0.005 };
    expect(keepByFolds(base, { overall: 0.786, perFold: [0.776, 0.786, 0.806] }, rule).keep).toBe(true);
    expect(keepByFolds(base, { overall: 0.786, perFold: [0.77, 0.79, 0.81] }, rule).keep).toBe(false);
    expect(SECOND_KEEP_RULE).toEqual({ foldMin: 0.01, overallMin: 0.01 });
  });
  it('refuses folds that do not match', () => {
    expect(() => keepByFolds(base, { overall: 0.8, perFold: [0.8, 0.8] })).toThrow(/folds/);
    expect(() => keepByFolds({ overall: 0.8, perFold: [] }, { overall: 0.8, perFold: [] })).toThrow(/folds/);
  });
});

describe('servedInEveryFold', () => {
  const topics = ['oil', 'banks'];
  // oil in 4 articles, one in each fold; banks in 3 articles of folds 0 and 1
  const articles = [{ topics: ['oil', 'banks'] }, { topics: ['oil', 'banks'] }, { topics: ['oil'] }, { topics: ['oil', 'banks'] }];
  const folds = [0, 1, 2, 0];
  it("serves a topic only if every fold's training articles have `min` of it", () => {
    // oil: folds' training articles have 2 (fold 0 out), 3, 3; banks: 1 (fold 0 out), 2, 3
    expect(servedInEveryFold(topics, articles, folds, 2)).toEqual([true, false]);
    expect(servedInEveryFold(topics, articles, folds, 1)).toEqual([true, true]);
    expect(servedInEveryFold(topics, articles, folds, 3)).toEqual([false, false]);
  });
  it('serves fewer topics than a count over all the articles', () => {
    expect(servedTopics(topics, articles, 3)).toEqual([true, true]);
    expect(servedInEveryFold(topics, articles, folds, 3)).toEqual([false, false]);
  });
  it('serves every topic with min 0', () => {
    expect(servedInEveryFold(topics, articles, folds, 0)).toEqual([true, true]);
  });
  it('refuses folds that do not match the articles', () => {
    expect(() => servedInEveryFold(topics, articles, [0, 1], 2)).toThrow(/folds/);
  });
});
