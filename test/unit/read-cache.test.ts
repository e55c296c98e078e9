import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../src/read/cache.js';

const rowsOf = (xs: number[]) => xs.length;

describe('ReadCache', () => {
  it('computes a missing answer once for concurrent askers, then serves it', async () => {
    const cache = new ReadCache(100);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 20));
      return [1, 2, 3];
    };
    const answers = await Promise.all([1, 2, 3].map(() => cache.fetch('k', compute, rowsOf)));
    expect(answers).toEqual([[1, 2, 3], [1, 2, 3], [1, 2, 3]]);
    expect(computed).toBe(1);
    await cache.fetch('k', compute, rowsOf);
    expect(computed).toBe(1);
  });

  it('keeps at most its bound in rows, dropping the least recently used first', async () => {
    const cache = new ReadCache(10);
    const computed: string[] = [];
    const fetch = (key: string, rows: number) =>
      cache.fetch(key, async () => (computed.push(key), Array.from({ length: rows }, (_, i) => i)), rowsOf);
    await fetch('a', 4);
    await fetch('b', 4);
    await fetch('a', 4); // a is now the most recently used
    await fetch('c', 4); // 12 rows > 10: b goes
    expect(computed).toEqual(['a', 'b', 'c']);
    await fetch('a', 4);
    await fetch('b', 4);
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    // Larger than the whole cache: answered, never kept.
    expect(await fetch('huge', 11)).toHaveLength(11);
    await fetch('huge', 11);
    expect(computed.filter((k) => k === 'huge')).toHaveLength(2);
  });

  it('answers those waiting on a computation that was pushed out while it ran', async () => {
    const cache = new ReadCache(10);
    const slow = cache.fetch('slow', () => new Promise<number[]>((resolve) => setTimeout(() => resolve([1, 2]), 50)), rowsOf);
    // While 'slow' runs, two answers of 6 rows fill the cache past its bound.
    await cache.fetch('a', async () => [1, 2, 3, 4, 5, 6], rowsOf);
    await cache.fetch('b', async () => [1, 2, 3, 4, 5, 6], rowsOf);
    expect(await slow).toEqual([1, 2]);
  });

  it('does not keep a failure: the next asker computes again', async () => {
    const cache = new ReadCache(100);
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls === 1) throw new Error('database went away');
      return [7];
    };
    await expect(cache.fetch('k', flaky, rowsOf)).rejects.toThrow('database went away');
    expect(await cache.fetch('k', flaky, rowsOf)).toEqual([7]);
    expect(calls).toBe(2);
  });
});
