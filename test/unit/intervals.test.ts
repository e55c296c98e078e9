import { describe, expect, it } from 'vitest';
import { lowerBound, partitionPoint, sentenceHolding } from '../../src/extract/intervals.js';

/** A seeded stream of integers in [0, n). */
function ints(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

describe('partitionPoint', () => {
  it('finds the first index where the test starts to hold, as a scan would', () => {
    const next = ints(7);
    for (let trial = 0; trial < 300; trial++) {
      const xs = Array.from({ length: next(20) }, () => next(30)).sort((a, b) => a - b);
      const v = next(32);
      const scan = (from: number, to: number) => {
        for (let i = from; i < to; i++) if (xs[i] >= v) return i;
        return to;
      };
      expect(partitionPoint(xs, (x) => x >= v)).toBe(scan(0, xs.length));
      expect(lowerBound(xs, v)).toBe(scan(0, xs.length));
      const from = next(xs.length + 1);
      const to = from + next(xs.length - from + 1);
      expect(partitionPoint(xs, (x) => x >= v, from, to)).toBe(scan(from, to));
    }
  });
  it('gives the end of the range when the test never holds, and the start when it always does', () => {
    expect(partitionPoint([1, 2, 3], (x) => x > 9)).toBe(3);
    expect(partitionPoint([1, 2, 3], (x) => x > 9, 0, 2)).toBe(2);
    expect(partitionPoint([1, 2, 3], () => true, 1)).toBe(1);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});

describe('sentenceHolding', () => {
  it('is the sentence that holds the span whole, as a scan finds it', () => {
    const next = ints(11);
    for (let trial = 0; trial < 200; trial++) {
      const sentences: Array<{ start: number; end: number }> = [];
      let at = 0;
      for (let k = next(8); k >= 0; k--) {
        const start = at + next(3);
        const end = start + 1 + next(10);
        sentences.push({ start, end });
        at = end;
      }
      const start = next(at + 2);
      const span = { start, end: start + next(6) };
      expect(sentenceHolding(sentences, span)).toBe(sentences.find((s) => span.start >= s.start && span.end <= s.end));
    }
  });
});
