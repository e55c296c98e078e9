import { describe, expect, it } from 'vitest';
import { metLead, scoreFeatures } from '../../src/extract/meetings/model.js';
import { articleWeight, trainBinaryLogistic, trainLogistic, type Example } from '../../src/train/meetings.js';

describe('article weights in meeting training', () => {
  it('lets an ordinary article count fully and a round-up count as `cap` met pairs', () => {
    expect(articleWeight(0, 5)).toBe(1);
    expect(articleWeight(5, 5)).toBe(1);
    expect(articleWeight(50, 5)).toBeCloseTo(0.1);
  });

  it('makes a down-weighted article count for less than an ordinary one', () => {
    // The same features, labelled met by one article and none by a round-up that outnumbers it.
    const ordinary: Example[] = Array.from({ length: 10 }, () => ({ features: ['bias', 'x'], label: 'met' as const }));
    const roundUp: Example[] = Array.from({ length: 30 }, () => ({ features: ['bias', 'x'], label: 'none' as const }));
    const lead = (ex: Example[]) => {
      const m = trainLogistic(ex, { epochs: 5, seed: 1 });
      return metLead(m, scoreFeatures(m, ['bias', 'x']));
    };
    expect(lead([...ordinary, ...roundUp])).toBeLessThan(0);
    expect(lead([...ordinary, ...roundUp.map((e) => ({ ...e, weight: articleWeight(30, 3) }))])).toBeGreaterThan(0);
  });

  it('weights the participant model alike', () => {
    const pos = Array.from({ length: 10 }, () => ({ features: ['x'], positive: true }));
    const neg = Array.from({ length: 30 }, () => ({ features: ['x'], positive: false }));
    expect(trainBinaryLogistic([...pos, ...neg], { epochs: 5 }).get('x')!).toBeLessThan(0);
    expect(trainBinaryLogistic([...pos, ...neg.map((e) => ({ ...e, weight: 0.1 }))], { epochs: 5 }).get('x')!).toBeGreaterThan(0);
  });
});
