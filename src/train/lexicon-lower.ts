/**
 * The lexicon's lower-case count (scripts/build-lexicon.ts): how often a name's words stand in lower case in the corpus
 * ("man" for "Man"), which tells a name from a common word capitalised. Every case variant of a name is the same word
 * in lower case, so each gets the whole count: "MAN" as much as "Man" (credited to one variant only, "MAN" had none and
 * looked like a name never written as a word).
 */

/**
 * The lower-case form of each surface that is not itself a surface, mapped to every surface written that way in lower
 * case, in the order given. A lower-case form that is itself a surface is counted as that surface (tagged or not),
 * not as a lower-case use of the others.
 */
export function lowerCaseVariants(surfaces: readonly string[]): Map<string, string[]> {
  const wanted = new Set(surfaces);
  const variants = new Map<string, string[]>();
  for (const s of surfaces) {
    const lower = s.toLowerCase();
    if (lower === s || wanted.has(lower)) continue;
    const list = variants.get(lower);
    if (list) list.push(s);
    else variants.set(lower, [s]);
  }
  return variants;
}
