/**
 * Ends of a span's text read from the end, word by word, in time linear in the span: the regular expressions
 * these replace ("^(.*?\p{Lu}\S*)((?:\s+\p{Ll}+)+)$", "(?<=\p{Lu}\S*)\s+(?:Web)$") tried every start and took
 * time quadratic in a long run without spaces (a hostile or broken file's "BBBB...").
 */

const SPACE = /\s/;
const LOWER_WORD = /^\p{Ll}+$/u;
const UPPER = /\p{Lu}/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * A span's name and its trailing lower-case words ("Kyodo news" + " agency"? no: "Acme Corp" + " said today"):
 * [head, tail] where tail is one or more runs of spaces each followed by a word of lower-case letters only, as
 * long as it can be, and head's last word has a capital letter (and head no line break). Undefined if none.
 */
export function lowerCaseTail(surface: string): [string, string] | undefined {
  const parts = surface.split(/(\s+)/); // word, spaces, word, ...: words at even indices
  let j = parts.length - 1;
  while (j >= 2 && LOWER_WORD.test(parts[j]) && parts[j - 1] !== '') j -= 2;
  if (j === parts.length - 1 || !UPPER.test(parts[j])) return undefined;
  const head = parts.slice(0, j + 1).join('');
  if (LINE_BREAK.test(head)) return undefined;
  return [head, surface.slice(head.length)];
}

/**
 * Where the spaces before one of `tails` ending `s` begin, when the word before them has a capital letter
 * ("the CPSC Web", "Kyodo news agency"); -1 if none. The earliest such start when several tails end `s`.
 */
export function genericTailStart(s: string, tails: readonly string[]): number {
  let best = -1;
  for (const t of tails) {
    if (!s.endsWith(t)) continue;
    const p = s.length - t.length;
    let w = p;
    while (w > 0 && SPACE.test(s[w - 1])) w--;
    if (w === p || w === 0) continue;
    let k = w;
    while (k > 0 && !SPACE.test(s[k - 1])) k--;
    if (UPPER.test(s.slice(k, w)) && (best < 0 || w < best)) best = w;
  }
  return best;
}
