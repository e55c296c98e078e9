import { partitionPoint } from '../intervals.js';
import type { PersonRef, Sentence } from '../types.js';
import type { CueClasses } from './cues.js';
import { loadScopeWords, type ScopeWords } from './scope-features.js';
import { CAPITAL_START, LOWER_START } from '../../article/letters.js';

/** What a cue word inside a person's name reads as: no cue, no scope word ("Theresa May", "Will Smith", "Susan Rice"). */
export const NAME_TOKEN = '<name>';

/** Whether a mention is a name (every word capitalised), not a reference such as "the two leaders" or "his French counterpart". */
const isName = (words: readonly string[]) => words.length > 0 && words.every((w) => !LOWER_START.test(w));

/**
 * The words a name may not count as (the cue words and every scope list's), one set per cue map and scope lists, built
 * on first use: the map and the lists are loaded once and must not change after (the set would not see it).
 */
const cueWordSets = new WeakMap<CueClasses, WeakMap<ScopeWords, ReadonlySet<string>>>();
function cueWords(cues: CueClasses, words: ScopeWords): ReadonlySet<string> {
  let byWords = cueWordSets.get(cues);
  if (!byWords) cueWordSets.set(cues, (byWords = new WeakMap()));
  let all = byWords.get(words);
  if (!all) byWords.set(words, (all = new Set([...cues.keys(), ...Object.values(words).flatMap((x: ReadonlySet<string>) => [...x])])));
  return all;
}

const masked = new WeakMap<Sentence[], WeakMap<readonly PersonRef[], Sentence[]>>();

/**
 * The sentences as the meeting features read them: a word of a person's name that is also a cue or scope word
 * (data/meetings/cues.json, scope.json: the surname "May" read as the modal, "Will" as the future, "Rice" or
 * "Major" as anything) stands as NAME_TOKEN, so it never counts as a cue. Only capitalised words of mentions
 * that are names are changed; references ("the two leaders") keep their words, offsets are kept. The same
 * sentences and people give the same array (cached), so per-window caches keyed on it hold across calls.
 */
export function withoutNameCues(sentences: Sentence[], people: readonly PersonRef[], cues: CueClasses, words: ScopeWords = loadScopeWords()): Sentence[] {
  let byPeople = masked.get(sentences);
  if (!byPeople) masked.set(sentences, (byPeople = new WeakMap()));
  const hit = byPeople.get(people);
  if (hit) return hit;
  const cueSet = cueWords(cues, words);
  // Mentions by start: the one holding a token is the last starting at or before it (a binary search per cue word).
  const spans = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const holding = (pos: number) => {
    const lo = partitionPoint(spans, (m) => m.start > pos);
    // Mentions may nest or overlap: look back over those starting before the token for one that covers it.
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (spans[k].end > pos) return spans[k];
    return undefined;
  };
  let out = sentences;
  if (spans.length > 0) {
    out = sentences.map((s) => {
      // The sentence's tokens, copied at the first one masked (most sentences have none).
      let tokens: Sentence['tokens'] | undefined;
      s.tokens.forEach((t, i) => {
        if (!CAPITAL_START.test(t.text) || !cueSet.has(t.text.toLowerCase())) return;
        const m = holding(t.start);
        if (!m || t.end > m.end) return;
        // The mention's words, read from the token on either side while inside it.
        const words: string[] = [];
        for (let k = i; k >= 0 && s.tokens[k].start >= m.start; k--) words.push(s.tokens[k].text);
        for (let k = i + 1; k < s.tokens.length && s.tokens[k].end <= m.end; k++) words.push(s.tokens[k].text);
        if (!isName(words)) return;
        tokens ??= [...s.tokens];
        tokens[i] = { ...t, text: NAME_TOKEN };
      });
      return tokens ? { ...s, tokens } : s;
    });
    if (out.every((s, i) => s === sentences[i])) out = sentences;
  }
  byPeople.set(people, out);
  return out;
}
