import { partitionPoint } from '../intervals.js';
import { isTitleWord } from '../titles.js';
import type { MeetingFinding, PersonRef, Sentence } from '../types.js';
import { mentionsBySentenceOf, sentenceIndex } from './anchors.js';
import { loadCues, type CueClasses } from './cues.js';
import { withoutNameCues } from './name-cues.js';

/**
 * Group meetings of the ordinary shape: when one person met two others in a sentence that
 * lists those two together ("X met A, B and C", "A and B were briefed by X"), the two met each
 * other too (the guide's rule: every pair of the people present met). A list is names joined
 * by commas and "and", with titles between ("A, Foreign Minister B and C"). A sentence that says
 * the meetings were apart ("separately", "respectively"), or that has a negation or modality cue
 * ("had suggested a meeting with A, B and C", "will not meet A and B": the pairs may be
 * misread as held, and a list would multiply the error), joins no one. `meetings` may also hold the
 * article's other contacts (with a `status`): they join nothing, and their pairs are never listed as met.
 */
const APART = new Set(['separately', 'respectively', 'individually', 'separate']);
/** Cue classes that keep a sentence's list from joining; "to" ("met A and B to discuss") is too common to count. */
const UNSURE = ['negation', 'modal'];
const UNSURE_EXCEPT = new Set(['to']);
const JOINERS = new Set([',', 'and', 'as', 'well', 'both']);

export function listPartners(meetings: readonly MeetingFinding[], text: string, original: Sentence[], people: readonly PersonRef[], cues: CueClasses = loadCues()): MeetingFinding[] {
  const sentences = withoutNameCues(original, people, cues);
  const bySentence = new Map<number, MeetingFinding[]>();
  for (const m of meetings) {
    if (m.status !== undefined || m.participants.length !== 2) continue;
    const si = sentenceIndex(sentences, m.evidence.start);
    if (si < 0) continue;
    const list = bySentence.get(si) ?? [];
    list.push(m);
    bySentence.set(si, list);
  }
  // Pairs already decided, met or not (planned, negated, remote), are never joined again: a pair is never both.
  const met = new Set(meetings.map((m) => [...m.participants].sort().join('\0')));
  const out: MeetingFinding[] = [];
  // Each sentence's mentions, indexed once per article (only when some sentence holds two met pairs or more).
  let bySentencePeople: ReturnType<typeof mentionsBySentenceOf> | undefined;
  for (const [si, found] of bySentence) {
    if (found.length < 2) continue;
    const s = sentences[si];
    const lower = s.tokens.map((t) => t.text.toLowerCase());
    if (lower.some((w) => APART.has(w) || (!UNSURE_EXCEPT.has(w) && (cues.get(w) ?? []).some((c) => UNSURE.includes(c))))) continue;
    const partners = new Map<string, Set<string>>();
    for (const m of found) {
      const [a, b] = m.participants;
      partners.set(a, (partners.get(a) ?? new Set()).add(b));
      partners.set(b, (partners.get(b) ?? new Set()).add(a));
    }
    const here = (bySentencePeople ??= mentionsBySentenceOf(sentences, [...people])).get(si) ?? [];
    // Each person's mentions and the sentence's tokens outside every mention, read once per sentence (not once per
    // pair of partners): a one-sentence round-up of n names asks about n² pairs.
    const mentionsOf = new Map<string, PersonRef['mentions']>();
    for (const m of here) {
      const list = mentionsOf.get(m.person);
      if (list) list.push(m.span);
      else mentionsOf.set(m.person, [m.span]);
    }
    const between = tokensBetween(s, here.map((m) => m.span));
    for (const [, others] of partners) {
      const list = [...others].sort();
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const key = `${list[i]}\0${list[j]}`;
          if (met.has(key)) continue;
          if (!listed(between, mentionsOf.get(list[i]) ?? [], mentionsOf.get(list[j]) ?? [])) continue;
          met.add(key);
          out.push({ participants: [list[i], list[j]], evidence: found[0].evidence });
        }
      }
    }
  }
  return out;
}

/** The most words a list puts between two of its names ("A, Foreign Minister B"). */
const MAX_BETWEEN = 12;

/**
 * The sentence's tokens that lie outside every mention, by position, and a function giving those between two
 * offsets (start at or after `from`, end at or before `to`): two binary searches, however long the sentence.
 */
function tokensBetween(s: Sentence, mentions: ReadonlyArray<{ start: number; end: number }>): (from: number, to: number) => Sentence['tokens'] {
  // A token inside a mention: some mention starting at or before it ends at or after it (the longest end of the
  // mentions starting so far, swept along the tokens in order).
  const byStart = [...mentions].sort((x, y) => x.start - y.start);
  const tokens = [...s.tokens].sort((x, y) => x.start - y.start);
  const free: Sentence['tokens'] = [];
  let reach = -Infinity;
  let k = 0;
  for (const t of tokens) {
    while (k < byStart.length && byStart[k].start <= t.start) reach = Math.max(reach, byStart[k++].end);
    if (!(t.end <= reach)) free.push(t);
  }
  // Tokens do not overlap, so their ends are in the order of their starts.
  return (from, to) => {
    const lo = partitionPoint(free, (t) => t.start >= from);
    const hi = partitionPoint(free, (t) => t.end > to);
    return hi > lo ? free.slice(lo, hi) : [];
  };
}

/** Whether some mention of one and some of the other are items of one list in the sentence. */
function listed(between: (from: number, to: number) => Sentence['tokens'], a: PersonRef['mentions'], b: PersonRef['mentions']): boolean {
  for (const x of a) {
    for (const y of b) {
      const [first, second] = x.start < y.start ? [x, y] : [y, x];
      if (first.end > second.start) continue;
      const tokens = between(first.end, second.start);
      if (tokens.length === 0 || tokens.length > MAX_BETWEEN) continue;
      const words = tokens.map((t) => t.text);
      if (!words.some((w) => w === ',' || w === 'and')) continue;
      if (words.every((w) => JOINERS.has(w.toLowerCase()) || isTitleWord(w) || /^\p{Lu}/u.test(w) || w === "'s")) return true;
    }
  }
  return false;
}
