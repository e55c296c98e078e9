import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';

/** Word classes (data/meetings/cues.json): each lower-case token to the classes it belongs to. */
export type CueClasses = ReadonlyMap<string, readonly string[]>;

let cached: CueClasses | undefined;

/** Whether a sentence holds a word of one of `classes` ("talks", "met"): its tokens looked up in the cue words. */
export function sentenceHasCue(sentence: { tokens: ReadonlyArray<{ text: string }> }, cues: CueClasses, classes: readonly string[]): boolean {
  return sentence.tokens.some((t) => (cues.get(t.text.toLowerCase()) ?? []).some((c) => classes.includes(c)));
}

/** The classes that name a meeting itself: a meeting verb or noun ("met", "talks"). */
export const MEETING_WORDS: readonly string[] = ['meetVerb', 'meetNoun'];

/** The cue words of any of `classes` ("met", "talks" for MEETING_WORDS). */
export function cueWordsOf(cues: CueClasses, classes: readonly string[]): string[] {
  return [...cues].filter(([, of]) => of.some((c) => classes.includes(c))).map(([w]) => w);
}

const DEFAULT_CUES_FILE = path.join(repoRoot, 'data/meetings/cues.json');

/** The cue classes of a cue file; the shipped file's are read once and shared, another file's are read each call. */
export function loadCues(file = DEFAULT_CUES_FILE): CueClasses {
  const shipped = file === DEFAULT_CUES_FILE;
  if (cached && shipped) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const map = new Map<string, string[]>();
  for (const [cls, words] of Object.entries(raw)) {
    if (cls.startsWith('_') || !Array.isArray(words)) continue;
    for (const w of words as string[]) map.set(w, [...(map.get(w) ?? []), cls]);
  }
  // Only the shipped file's map is kept: another file's must not answer later calls for the shipped one.
  if (shipped) cached = map;
  return map;
}
