/** Strings longer than this are answered without being remembered: names are short, and a long run of words is rarely met twice. */
export const MEMO_MAX_KEY_CHARS = 256;

/**
 * A copy of a string that shares no memory with it. A name cut from an article or a request (a slice, a match, a
 * GraphQL literal) may point into that whole text in V8; remembered as it is, it would keep the text alive until the
 * memo clears (2,000 articles of 20 KB held about 40 MB per memo). Concatenation then slicing makes a new flat string.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * A function of a string that remembers its answers for the strings it was last given: the news names the same
 * people, firms and places again and again, so normalising a name (foldName, organizationKey) or looking it up
 * (countryOfSurface) mostly repeats work. The function must answer from the string alone, or from tables loaded once
 * per process that never change (clear the memo by making a new one if they ever could). At most `size` answers are
 * kept, for strings of at most MEMO_MAX_KEY_CHARS characters; when full, all are forgotten and it starts again (memory
 * bounded by the number of entries, each key a copy of its own, no bookkeeping per call). Every caller gets the same
 * answer object: keep answers immutable.
 */
export function memoized<T>(f: (s: string) => T, size: number): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    if (s.length > MEMO_MAX_KEY_CHARS) return f(s);
    let out = known.get(s);
    if (out === undefined && !known.has(s)) {
      if (known.size >= size) known.clear();
      // Computed from the copy too: an answer may be its input, or a piece of it (foldName of a name already folded).
      const own = ownCopy(s);
      known.set(own, (out = f(own)));
    }
    return out as T;
  };
}
