/**
 * A function of a span of the article (a sentence, an evidence span) worked out once per span, however many
 * meetings read it: a sentence stating hundreds of meetings ("A (Reuters) - B (Reuters) - ...", "A met B, C, ...
 * and Z") was read whole again for each of them, which grew with the square of its length. The values are kept
 * for one article only (the caller's closure), never across articles.
 */
export function perSpan<S extends { start: number; end: number }, T>(f: (s: S) => T): (s: S) => T {
  const memo = new Map<string, T>();
  return (s: S) => {
    const key = `${s.start}:${s.end}`;
    if (memo.has(key)) return memo.get(key)!;
    const value = f(s);
    memo.set(key, value);
    return value;
  };
}
