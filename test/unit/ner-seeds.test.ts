import { describe, expect, it } from 'vitest';
import { rng } from '../../src/train/reuters-stats.js';
import { passSeed, shuffled } from '../../src/train/seeds.js';

describe('tagger trainer seeds (--seed)', () => {
  const order = (base: number, seed: number) => shuffled([...Array(50).keys()], rng(passSeed(base, seed)));

  it('seed 0 keeps every pass its base seed, so the default command rebuilds the committed model', () => {
    for (const base of [7, 1, 100, 101, 102, 103, 2]) expect(passSeed(base, 0)).toBe(base);
  });

  it('the same seed gives the same document order, another seed another one', () => {
    expect(order(1, 5)).toEqual(order(1, 5));
    expect(order(1, 5)).not.toEqual(order(1, 6));
    expect(order(1, 5)).not.toEqual(order(1, 0));
    // passes keep distinct streams under one seed
    expect(order(1, 5)).not.toEqual(order(2, 5));
    expect(new Set([7, 1, 100, 101, 102, 103, 2].map((b) => passSeed(b, 5))).size).toBe(7);
  });

  it('rejects a seed that is not a non-negative integer', () => {
    expect(() => passSeed(1, Number.NaN)).toThrow(/--seed/);
    expect(() => passSeed(1, -1)).toThrow(/--seed/);
    expect(() => passSeed(1, 1.5)).toThrow(/--seed/);
  });

  it('shuffles a copy, keeping every element', () => {
    const xs = [1, 2, 3, 4, 5];
    const s = shuffled(xs, rng(3));
    expect(xs).toEqual([1, 2, 3, 4, 5]);
    expect([...s].sort()).toEqual(xs);
  });
});

describe('annotated articles weighted 0.5 (--annotated-weight)', () => {
  it('the default halves the perceptron updates on the annotated articles', async () => {
    const { DEFAULT_ANNOTATED_WEIGHT } = await import('../../src/train/seeds.js');
    const { Trainer } = await import('../../src/train/decode.js');
    expect(DEFAULT_ANNOTATED_WEIGHT).toBe(0.5);
    const t = new Trainer(4);
    t.update(Int32Array.from([1, 3]), [], 2, DEFAULT_ANNOTATED_WEIGHT);
    t.update(Int32Array.from([1]), [], 2, 1);
    const NT = t.W.length / 4;
    expect(t.W[1 * NT + 2]).toBe(1.5);
    expect(t.W[3 * NT + 2]).toBe(0.5);
  });

  it('the committed tagger says what it was trained with', async () => {
    const { loadNerModel } = await import('../../src/extract/ner/index.js');
    const meta = loadNerModel().data.meta as Record<string, unknown>;
    expect(meta.annotatedWeight).toBe(0.5);
    expect(String(meta.trainedOn)).toMatch(/annotated Reuters articles \(train split\)/);
  });
});
