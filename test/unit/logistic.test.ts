import { describe, expect, it } from 'vitest';
import type { SparseRow } from '../../src/extract/topic-tfidf.ts';
import { trainLogistic, trainSoftmax } from '../../src/train/logistic.ts';

const row = (pairs: Array<[number, number]>): SparseRow => ({ idx: Int32Array.from(pairs, (p) => p[0]), val: Float64Array.from(pairs, (p) => p[1]) });

describe('trainLogistic', () => {
  // Separable along feature 0, feature 1 noise.
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (let i = 0; i < 60; i++) {
    const y = i % 3 === 0 ? 1 : 0;
    xs.push(row([[0, y ? 1 : -1], [1, ((i * 7) % 5) / 5]]));
    ys.push(y);
  }
  it('reaches the optimum: the gradient of ½‖w‖² + C·Σ log-loss vanishes', () => {
    const C = 2;
    const w = trainLogistic(xs, 2, ys, { C, tol: 1e-8, maxIter: 1000 });
    const g = Float64Array.from(w);
    xs.forEach((x, i) => {
      const z = w[2] + x.val[0] * w[0] + x.val[1] * w[1];
      const r = C * (1 / (1 + Math.exp(-z)) - ys[i]);
      g[0] += r * x.val[0];
      g[1] += r * x.val[1];
      g[2] += r;
    });
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-5);
    expect(w[0]).toBeGreaterThan(1);
  });
  it('shrinks the weights with a stronger penalty (smaller C)', () => {
    expect(trainLogistic(xs, 2, ys, { C: 0.01 })[0]).toBeLessThan(trainLogistic(xs, 2, ys, { C: 10 })[0]);
  });
  it('gives a negative bias when no example is positive', () => {
    const w = trainLogistic(xs, 2, ys.map(() => 0), { C: 1 });
    expect(w[2]).toBeLessThan(-1);
  });
});

describe('trainSoftmax', () => {
  // Three classes told apart by features 0 and 1 (class 2: neither), feature 2 noise.
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (let i = 0; i < 90; i++) {
    const y = i % 3;
    xs.push(row([[0, y === 0 ? 1 : 0], [1, y === 1 ? 1 : 0], [2, ((i * 7) % 5) / 5]]));
    ys.push(y);
  }
  const K = 3;
  const logits = (w: Float64Array, x: SparseRow) =>
    Array.from({ length: K }, (_, k) => w[3 * K + k] + x.idx.reduce((s, j, t) => s + w[j * K + k] * x.val[t], 0));
  it('reaches the optimum: the gradient of ½‖W‖² + C·Σ −log softmax vanishes', () => {
    const C = 2;
    const w = trainSoftmax(xs, 3, ys, K, { C, tol: 1e-8, maxIter: 2000 });
    const g = Float64Array.from(w);
    xs.forEach((x, i) => {
      const z = logits(w, x);
      const mx = Math.max(...z);
      const e = z.map((v) => Math.exp(v - mx));
      const sum = e.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const r = C * (e[k] / sum - (k === ys[i] ? 1 : 0));
        g[3 * K + k] += r;
        x.idx.forEach((j, t) => (g[j * K + k] += r * x.val[t]));
      }
    });
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-4);
  });
  it('tells the classes apart, and is deterministic', () => {
    const w = trainSoftmax(xs, 3, ys, K, { C: 10 });
    xs.forEach((x, i) => {
      const z = logits(w, x);
      expect(z.indexOf(Math.max(...z))).toBe(ys[i]);
    });
    expect([...trainSoftmax(xs, 3, ys, K, { C: 10 })]).toEqual([...w]);
  });
  it('shrinks the weights with a stronger penalty (smaller C) and with fewer iterations', () => {
    const big = trainSoftmax(xs, 3, ys, K, { C: 10 });
    expect(trainSoftmax(xs, 3, ys, K, { C: 0.01 })[0]).toBeLessThan(big[0]);
    expect(trainSoftmax(xs, 3, ys, K, { C: 10, maxIter: 2 })[0]).toBeLessThan(big[0]);
  });
});
