import { describe, expect, it } from 'vitest';
import { MEMO_MAX_KEY_CHARS, memoized } from '../../src/article/memo.js';

describe('memoized', () => {
  it('answers as the function does, computing each string once while it is kept', () => {
    const seen: string[] = [];
    const upper = memoized((s) => (seen.push(s), s.toUpperCase()), 10);
    expect([upper('a'), upper('b'), upper('a'), upper('')]).toEqual(['A', 'B', 'A', '']);
    expect(seen).toEqual(['a', 'b', '']);
  });

  it('forgets everything when full, so it never holds more than its size', () => {
    const seen: string[] = [];
    const same = memoized((s) => (seen.push(s), s), 2);
    same('a');
    same('b');
    same('c'); // full: forgets a and b
    same('a'); // forgotten: computed again
    same('c'); // kept
    same('b'); // full again: forgets c and a
    same('c');
    expect(seen).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });
});

describe('memoized, answers that may be undefined', () => {
  it('remembers an undefined answer too', () => {
    let calls = 0;
    const none = memoized((s) => (calls++, s === 'x' ? { s } : undefined), 10);
    expect([none('a'), none('a')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
    expect(none('x')).toBe(none('x'));
    expect(calls).toBe(2);
  });
});

describe('memoized, long strings', () => {
  it('answers a string longer than MEMO_MAX_KEY_CHARS without remembering it', () => {
    let calls = 0;
    const same = memoized((s) => (calls++, s.length), 10);
    const long = 'x'.repeat(MEMO_MAX_KEY_CHARS + 1);
    const edge = 'y'.repeat(MEMO_MAX_KEY_CHARS);
    expect([same(long), same(long)]).toEqual([MEMO_MAX_KEY_CHARS + 1, MEMO_MAX_KEY_CHARS + 1]);
    expect(calls).toBe(2);
    expect([same(edge), same(edge)]).toEqual([MEMO_MAX_KEY_CHARS, MEMO_MAX_KEY_CHARS]);
    expect(calls).toBe(3);
  });
});
