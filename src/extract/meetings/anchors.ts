import type { PersonRef, Sentence, Span } from '../types.js';
import type { CueClasses } from './cues.js';

/**
 * A candidate contact anchored on a sentence that has a contact cue (a meeting word, a
 * remote-contact word): two people named near it, each by the mention closest to it. Group
 * meetings name their participants around the sentence that reports the meeting ("Euro zone
 * ministers met on Monday. ... Schaeuble said ...; Rehn said ..."), and two-party ones may name
 * a side in the sentence before ("X arrived in Beijing. The two discussed ..."), so the window
 * runs from one sentence before the anchor to WINDOW_AFTER after it.
 */
export interface AnchoredPair {
  a: string;
  b: string;
  first: Span;
  second: Span;
  anchor: number;
}

export const WINDOW_BEFORE = 1;
export const WINDOW_AFTER = 4;
/** People considered per anchor, nearest first: keeps a sentence listing hundreds of names linear. */
export const MAX_PEOPLE_PER_ANCHOR = 24;

const ANCHOR_CLASSES = new Set(['meetVerb', 'meetNoun', 'remote']);

export function sentenceIndex(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function isAnchor(s: Sentence, cues: CueClasses): boolean {
  return s.tokens.some((t) => (cues.get(t.text.toLowerCase()) ?? []).some((c) => ANCHOR_CLASSES.has(c)));
}

/** Each sentence's mentions of people, by sentence index. */
export function mentionsBySentenceOf(sentences: Sentence[], people: PersonRef[]): Map<number, Array<{ person: string; span: Span }>> {
  const out = new Map<number, Array<{ person: string; span: Span }>>();
  for (const p of people) {
    for (const m of p.mentions) {
      const s = sentenceIndex(sentences, m.start);
      if (s < 0) continue;
      const list = out.get(s) ?? [];
      list.push({ person: p.name, span: m });
      out.set(s, list);
    }
  }
  return out;
}

export function anchoredPairs(sentences: Sentence[], people: PersonRef[], cues: CueClasses): AnchoredPair[] {
  const mentionsBySentence = mentionsBySentenceOf(sentences, people);
  const out: AnchoredPair[] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (!isAnchor(sentences[s], cues)) continue;
    // Each person's mention nearest the anchor: in it first, then before, then after.
    const nearest = new Map<string, { span: Span; distance: number }>();
    for (let k = Math.max(0, s - WINDOW_BEFORE); k <= Math.min(sentences.length - 1, s + WINDOW_AFTER); k++) {
      for (const m of mentionsBySentence.get(k) ?? []) {
        const distance = k === s ? 0 : k < s ? (s - k) * 2 - 1 : (k - s) * 2;
        const prev = nearest.get(m.person);
        if (!prev || distance < prev.distance) nearest.set(m.person, { span: m.span, distance });
      }
    }
    const near = [...nearest].sort((x, y) => x[1].distance - y[1].distance || x[1].span.start - y[1].span.start).slice(0, MAX_PEOPLE_PER_ANCHOR);
    for (let i = 0; i < near.length; i++) {
      for (let j = i + 1; j < near.length; j++) {
        const [x, y] = near[i][1].span.start <= near[j][1].span.start ? [near[i], near[j]] : [near[j], near[i]];
        out.push({ a: x[0], b: y[0], first: x[1].span, second: y[1].span, anchor: s });
      }
    }
  }
  return out;
}
