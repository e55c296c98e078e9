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
/** How many mentions apart two may be and still make a candidate; news sentences name far fewer. */
export const MAX_MENTIONS_APART = 24;

export function pairInstances(sentences: Sentence[], people: PersonRef[]): PairInstance[] {
  const bySentence = mentionsBySentenceOf(sentences, people);
  const out: PairInstance[] = [];
  for (const [s, here] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    for (const s2 of [s, s + 1]) {
      const there = bySentence.get(s2);
      if (!there) continue;
      const best = new Map<string, PairInstance & { gap: number }>();
      // The window's mentions in text order; a pair more than MAX_MENTIONS_APART mentions apart is
      // no candidate, so a sentence that lists hundreds of names costs in proportion to its names.
      const inHere = new Set(here);
      const order = (s2 === s ? here : [...here, ...there]).slice().sort((a, b) => a.span.start - b.span.start);
      for (let i = 0; i < order.length; i++) {
        for (let j = i + 1; j < order.length && j <= i + MAX_MENTIONS_APART; j++) {
          const [x, y] = [order[i], order[j]];
          // Across two sentences the first mention is in the first sentence and the second in the next.
          if (x.person === y.person || (s2 !== s && (!inHere.has(x) || inHere.has(y)))) continue;
          const key = [x.person, y.person].sort().join('\0');
          const gap = y.span.start - x.span.end;
          const prev = best.get(key);
          if (!prev || gap < prev.gap) {
            best.set(key, { a: x.person, b: y.person, first: x.span, second: y.span, sentence: s, sentence2: s2, gap });
          }
        }
      }
      for (const { gap: _gap, ...inst } of best.values()) out.push(inst);
    }
  }
  return out;
}
