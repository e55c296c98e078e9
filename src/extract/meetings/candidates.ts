import type { PersonRef, Sentence, Span } from '../types.js';
import { mentionsBySentenceOf } from './anchors.js';

/**
 * A candidate for a contact between two people: one mention of each, in one sentence or in
 * two neighbouring ones (the guide's window), the closest such pair of mentions for that
 * window. `first` is the earlier mention in the text.
 */
export interface PairInstance {
  /** Canonical names, in text order of the two mentions. */
  a: string;
  b: string;
  first: Span;
  second: Span;
  /** Index of the sentences holding `first` and `second` (equal, or second = first + 1). */
  sentence: number;
  sentence2: number;
}

/**
 * Every pair of people with mentions in one sentence or two neighbouring sentences, once per
 * window: linear in the mentions per sentence window, so a long article with many people
 * costs in proportion to its pairs that are actually near each other.
 */
export function pairInstances(sentences: Sentence[], people: PersonRef[]): PairInstance[] {
  const bySentence = mentionsBySentenceOf(sentences, people);
  const out: PairInstance[] = [];
  for (const [s, here] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    for (const s2 of [s, s + 1]) {
      const there = bySentence.get(s2);
      if (!there) continue;
      const best = new Map<string, PairInstance & { gap: number }>();
      for (const x of here) {
        for (const y of there) {
          if (x.person === y.person) continue;
          // In one sentence each unordered pair is seen twice; keep it in text order only.
          if (s2 === s && y.span.start <= x.span.start) continue;
          const [first, second] = x.span.start <= y.span.start ? [x, y] : [y, x];
          const key = [x.person, y.person].sort().join('\0');
          const gap = second.span.start - first.span.end;
          const prev = best.get(key);
          if (!prev || gap < prev.gap) {
            best.set(key, { a: first.person, b: second.person, first: first.span, second: second.span, sentence: s, sentence2: s2, gap });
          }
        }
      }
      for (const { gap: _gap, ...inst } of best.values()) out.push(inst);
    }
  }
  return out;
}
