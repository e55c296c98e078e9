import { describe, expect, it } from 'vitest';
import { classify } from '../../explorer/src/classes.ts';

describe("the partners map's colour classes", () => {
  it('splits by rank, keeps ties together and spreads the classes used over the palette', () => {
    // Greece's partners by articles in the fixture graph: most share one or two articles.
    const values = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 5, 10, 14];
    const { shadeOf, ranges } = classify(values);
    expect(ranges).toEqual([
      { shade: 0, lo: 1, hi: 1 },
      { shade: 2, lo: 2, hi: 3 },
      { shade: 4, lo: 4, hi: 14 },
    ]);
    expect(shadeOf(1)).toBe(0);
    expect(shadeOf(14)).toBe(4);
  });

  it('gives five classes when the values differ, and the darkest to a lone value', () => {
    const lifts = [0.4, 0.6, 0.9, 1.1, 1.3, 1.6, 2, 2.5, 3, 4];
    expect(classify(lifts).ranges.map((r) => r.shade)).toEqual([0, 1, 2, 3, 4]);
    expect(classify(lifts).ranges.map((r) => [r.lo, r.hi])).toEqual([[0.4, 0.6], [0.9, 1.1], [1.3, 1.6], [2, 2.5], [3, 4]]);
    expect(classify([7]).ranges).toEqual([{ shade: 4, lo: 7, hi: 7 }]);
    expect(classify([]).ranges).toEqual([]);
  });
});
