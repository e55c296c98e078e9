/**
 * A pure function of a string that remembers its answers for the strings it was last given: the news names the same
 * people, firms and places again and again, so normalising a name (foldName, organizationKey) mostly repeats work.
 * At most `size` answers are kept; when full, all are forgotten and it starts again (bounded memory, no bookkeeping
 * per call).
 */
export function memoized(f: (s: string) => string, size: number): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let out = known.get(s);
    if (out === undefined) {
      if (known.size >= size) known.clear();
      known.set(s, (out = f(s)));
    }
    return out;
  };
}
