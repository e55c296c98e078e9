import { describe, expect, it } from 'vitest';
import { sgd, shuffle, softmaxGradient } from '../../src/train/sgd.js';
import { rng } from '../../src/train/reuters-stats.js';

describe('the shared SGD loop', () => {
  const examples = [
    { features: [['a', 1]] as Array<[string, number]>, label: 0 },
    { features: [['b', 1]] as Array<[string, number]>, label: 1 },
    { features: [['a', 0.5], ['c', 1]] as Array<[string, number]>, label: 0 },
  ];
  const opts = { seed: 1, epochs: 30, rate: 0.5, decay: 1, l2: 0, bias: true };
  const train = (o = opts) => sgd(examples, 2, o, (z, ex) => softmaxGradient(z, ex.label, 1));

  it('learns a separable problem, the same weights for the same seed', () => {
    const m = train();
    expect(m.weights.get('a')![0]).toBeGreaterThan(m.weights.get('a')![1]);
    expect(m.weights.get('b')![1]).toBeGreaterThan(m.weights.get('b')![0]);
    expect(train()).toEqual(m);
  });

  it('learns no bias when told not to', () => {
    expect([...train({ ...opts, bias: false }).bias]).toEqual([0, 0]);
    expect([...train().bias].some((x) => x !== 0)).toBe(true);
  });

  it('shrinks the weights by L2', () => {
    const m = train({ ...opts, l2: 0.5 });
    const free = train();
    expect(Math.abs(m.weights.get('c')![0])).toBeLessThan(Math.abs(free.weights.get('c')![0]));
  });
});

describe('the softmax gradient', () => {
  it('is p minus one for the gold class and p for the others, times the weight', () => {
    const z = Float64Array.from([0, Math.log(3)]);
    softmaxGradient(z, 1, 2);
    expect(z[0]).toBeCloseTo(0.5, 12);
    expect(z[1]).toBeCloseTo(-0.5, 12);
    const big = Float64Array.from([1000, 1000]);
    softmaxGradient(big, 0, 1);
    expect([...big]).toEqual([-0.5, 0.5]);
  });
});

describe('shuffle', () => {
  it('permutes in place, the same way for the same seed', () => {
    const a = [0, 1, 2, 3, 4, 5, 6, 7];
    const b = [...a];
    shuffle(a, rng(3));
    shuffle(b, rng(3));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(a).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
