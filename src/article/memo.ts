/**
 * A pure function of a string that remembers its answers for the strings it was last given: the news names the same
 * people, firms and places again and again, so normalising a name (foldName, organizationKey) or looking it up
 * (countryOfSurface) mostly repeats work. At most `size` answers are kept; when full, all are forgotten and it starts
 * again (bounded memory, no bookkeeping per call). Every caller gets the same answer object: keep answers immutable.
 */
export function memoized<T>(f: (s: string) => T, size: number): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let out = known.get(s);
    if (out === undefined && !known.has(s)) {
      if (known.size >= size) known.clear();
      known.set(s, (out = f(s)));
    }
    return out as T;
  };
}
