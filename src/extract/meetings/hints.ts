import { findMeetings } from './patterns/find.js';
import type { PersonRef, Sentence } from '../types.js';

/**
 * The pattern finder's verdicts (src/extract/meetings/patterns/) as hints for the meeting model: the
 * pair and the sentence it found a meeting in, keyed `a\0b\0sentence` with the names sorted.
 * The model weighs them as one feature among many; they decide nothing alone.
 */
export function patternHints(text: string, sentences: Sentence[], people: PersonRef[]): Map<string, Set<string>> {
  const hints = new Map<string, Set<string>>();
  const spans = sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  for (const m of findMeetings(text, spans, people)) {
    const si = sentences.findIndex((s) => s.start <= m.evidence.start && m.evidence.start < s.end);
    for (let i = 0; i < m.participants.length; i++) {
      for (let j = i + 1; j < m.participants.length; j++) {
        hints.set(`${[m.participants[i], m.participants[j]].sort().join('\0')}\0${si}`, new Set(['pattern']));
      }
    }
  }
  return hints;
}
