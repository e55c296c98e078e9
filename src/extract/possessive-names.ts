/**
 * Names whose "'s" is part of the name, not a possessive: "McDonald's", "Moody's", "Sotheby's". The list is data
 * (data/ner/possessive-names.json, scripts/build-possessive-names.ts): the corpus writes the word with "'s" far
 * more often than without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const POSSESSIVE_NAMES_PATH = fileURLToPath(new URL('../../data/ner/possessive-names.json', import.meta.url));

/** Written with "'s" in at least this many articles. */
export const MIN_DOCS = 3;
/** Written without it at most this share of the times with it. */
export const MAX_BARE = 0.25;

export interface PossessiveCounts {
  /** Articles with the word followed by "'s", mid-sentence. */
  docs: Map<string, number>;
  /** Times with "'s" and without, mid-sentence. */
  withS: Map<string, number>;
  bare: Map<string, number>;
}

const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * A capitalised word after a lower-case word or a comma (not a sentence's first word, nor a name's second word:
 * "Mao Zedong's", "Warren Buffett's" are possessives of people), with its "'s" if any.
 */
const WORD = /(?<=(?:^|[\s("“])\p{Ll}[\p{Ll}-]* |, )(\p{Lu}[\p{L}&-]*)(['’]s)?(?![\p{L}\p{N}'’])/gu;

export function countPossessiveNames(texts: Iterable<string>): PossessiveCounts {
  const c: PossessiveCounts = { docs: new Map(), withS: new Map(), bare: new Map() };
  for (const text of texts) {
    const seen = new Set<string>();
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      if (m[2]) {
        inc(c.withS, m[1]);
        seen.add(m[1]);
      } else inc(c.bare, m[1]);
    }
    for (const w of seen) inc(c.docs, w);
  }
  return c;
}

/** The words written with "'s" in MIN_DOCS articles and bare at most MAX_BARE as often, sorted, each with its "'s". */
export function possessiveNamesOf(c: PossessiveCounts): string[] {
  return [...c.docs]
    .filter(([w, d]) => d >= MIN_DOCS && (c.bare.get(w) ?? 0) <= MAX_BARE * (c.withS.get(w) ?? 0))
    .map(([w]) => `${w}'s`)
    .sort();
}

let NAMES: Set<string> | undefined;
function names(): Set<string> {
  return (NAMES ??= existsSync(POSSESSIVE_NAMES_PATH) ? new Set((JSON.parse(readFileSync(POSSESSIVE_NAMES_PATH, 'utf8')) as { names: string[] }).names) : new Set());
}

/** Whether "X's" (either apostrophe) is a name with its own "'s": "McDonald's", not "Obama's". */
export function isPossessiveName(word: string, list: ReadonlySet<string> = names()): boolean {
  return list.has(word.replace(/’s$/, "'s"));
}

/** Whether a name ending in "'s" owns it: its last word is a name with its own "'s" ("Macy's", "the Moody's"). */
export function endsInOwnS(name: string, list: ReadonlySet<string> = names()): boolean {
  return isPossessiveName(/\S+$/.exec(name)?.[0] ?? '', list);
}

/** The length of a name's own "'s" right after `end` ("McDonald" + "'s"), else 0. */
export function ownSAfter(text: string, start: number, end: number, list: ReadonlySet<string> = names()): number {
  const s = text.slice(end, end + 2);
  if (s !== "'s" && s !== '’s') return 0;
  if (/[\p{L}\p{N}]/u.test(text.charAt(end + 2))) return 0;
  const word = /\S+$/.exec(text.slice(start, end))?.[0];
  return word && isPossessiveName(`${word}'s`, list) ? 2 : 0;
}
