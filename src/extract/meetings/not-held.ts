import type { Sentence } from '../types.js';
import { loadCues, sentenceHasCue } from './cues.js';
import { escapeRegExp } from '../../article/regex.js';
import { settingsWords } from './settings-words.js';

/** The class of cues.json whose words deny a meeting ("not", "refused", "cancelled"). */
const NEGATION: readonly string[] = ['negation'];

let before: RegExp | undefined;
let after: RegExp | undefined;

/** A list of phrases as a pattern over a clause's tokens joined by single spaces, lower case. */
const tokenPhrases = (list: readonly string[]) => new RegExp(`(?:^| )(?:${list.map((w) => escapeRegExp(w.toLowerCase())).join('|')})(?= |$)`);

/** Whether a token closes a clause: a comma or a semicolon. */
const closes = (t: { text: string }) => t.text === ',' || t.text === ';';

/**
 * Whether the clause of a venue named at `venueStart` in a sentence reports its meeting as one not held: a word of
 * data/meetings/settings.json `notHeld` ("ahead of", "called for", "proposed", "agreed to") or of cues.json `negation`
 * ("not", "refused", "cancelled") among the clause's words before the venue, back to the last comma or semicolon ("met
 * on Tuesday ahead of a summit in Paris", "called for an emergency summit in Paris"), or a word of `notHeldAfter`
 * ("cancelled", "postponed") after it up to the clause's end ("A summit in Paris was cancelled"). Time to come is
 * read apart (article-day.ts clauseToCome, places.ts venueToCome).
 */
export function venueNotHeld(s: Pick<Sentence, 'tokens'>, venueStart: number): boolean {
  const words = settingsWords();
  before ??= tokenPhrases(words.notHeld);
  after ??= tokenPhrases(words.notHeldAfter);
  const at = s.tokens.findIndex((t) => t.start >= venueStart);
  const split = at < 0 ? s.tokens.length : at;
  let from = split;
  while (from > 0 && !closes(s.tokens[from - 1])) from--;
  let to = split;
  while (to < s.tokens.length && !closes(s.tokens[to])) to++;
  const head = s.tokens.slice(from, split);
  const joined = (ts: ReadonlyArray<{ text: string }>) => ts.map((t) => t.text.toLowerCase()).join(' ');
  return before.test(joined(head)) || sentenceHasCue({ tokens: head }, loadCues(), NEGATION) || after.test(joined(s.tokens.slice(split, to)));
}
