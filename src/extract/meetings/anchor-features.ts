import type { Sentence, Span, Token } from '../types.js';
import type { AnchoredPair } from './anchors.js';
import { sentenceIndex } from './anchors.js';
import { clauseFeatures } from './clause-features.js';
import type { CueClasses } from './cues.js';
import { tokenAt, windowOf } from './features.js';
import { moodFeatures } from './scope-features.js';

const TRIGGER = new Set(['meetVerb', 'meetNoun', 'remote']);

export { tokenAt };

/** Token k's lower-case text, or the sentence's start or end mark beyond its edges. */
function lowerAt(tokens: Sentence['tokens'], k: number): string {
  return tokens[k]?.text.toLowerCase() ?? (k < 0 ? '<s>' : '</s>');
}

/**
 * Features of one person's mention relative to the anchor sentence: where it stands (sentence
 * offset; before or after the cue), what precedes it ("with", "between", "and", a comma),
 * whether it opens its sentence's people (a subject), sits in a list, a quote or a possessive.
 * Both people's features go under one prefix, so the model weighs "both are participants".
 */
export function personFeatures(m: Span, sentences: Sentence[], anchor: number, trig: number, firstPersonIn: Map<number, number>, allMentionStarts: Set<number>): string[] {
  const s = sentenceIndex(sentences, m.start);
  const tokens = sentences[s].tokens;
  const i = tokenAt(tokens, m.start);
  const j = Math.max(i, tokenAt(tokens, m.end - 1));
  const out = [`p:off:${Math.max(-2, Math.min(4, s - anchor))}`, `p:prev:${lowerAt(tokens, i - 1)}`, `p:prev2:${lowerAt(tokens, i - 2)} ${lowerAt(tokens, i - 1)}`, `p:next:${lowerAt(tokens, j + 1)}`];
  if (s === anchor && trig >= 0) {
    const d = i < trig ? trig - j : i - trig;
    out.push(`p:${i < trig ? 'before' : 'after'}`, `p:${i < trig ? 'before' : 'after'}:${d <= 1 ? 1 : d <= 3 ? 3 : d <= 8 ? 8 : 'far'}`);
  }
  if (firstPersonIn.get(s) === m.start) out.push('p:firstInSentence');
  if (i <= 2) out.push('p:opens');
  if (lowerAt(tokens, j + 1) === "'s" || lowerAt(tokens, j + 1) === '’s') out.push('p:possessive');
  if ([',', 'and'].includes(lowerAt(tokens, j + 1)) || [',', 'and'].includes(lowerAt(tokens, i - 1))) {
    // A list of people: a neighbour token beyond the comma or "and" starts another mention.
    const near = [tokens[j + 2]?.start, tokens[i - 2]?.start].filter((x): x is number => x !== undefined);
    if (near.some((x) => allMentionStarts.has(x))) out.push('p:list');
  }
  if (windowOf(sentences, s, s).quotes[i] % 2 === 1) out.push('p:quoted');
  return out;
}

/** The cue classes read in the sentence of a side named away from the anchor. */
const OWN: ReadonlySet<string> = new Set(['meetVerb', 'meetNoun', 'remote', 'attendVerb', 'report', 'modal', 'negation', 'future', 'past']);
/**
 * The cue classes of a sentence naming a side away from the anchor (one feature per class of that sentence, so a pair
 * whose two sides stand in two such sentences gets each sentence's; `p:own:none` without
 * any): "X is also in Boston" after a meeting sentence is no participant's sentence, "X said after the
 * talks ..." or "X, who attended, ..." may be.
 */
function ownSentenceFeatures(lower: readonly string[], cues: CueClasses): string[] {
  const found = new Set<string>();
  for (const w of lower) for (const c of cues.get(w) ?? []) if (OWN.has(c)) found.add(`p:own:${c}`);
  return found.size > 0 ? [...found] : ['p:own:none'];
}

export function anchoredFeatures(inst: AnchoredPair, sentences: Sentence[], cues: CueClasses, firstPersonIn: Map<number, number>, allMentionStarts: Set<number>): string[] {
  const anchor = sentences[inst.anchor];
  // The anchor sentence's window (cached per article): one lower-case array for all its pairs, so its mood is read once.
  const { lower } = windowOf(sentences, inst.anchor, inst.anchor);
  const trig = lower.findIndex((w) => (cues.get(w) ?? []).some((c) => TRIGGER.has(c)));
  const out = ['bias'];
  const classes = new Set<string>();
  for (const w of lower) {
    for (const c of cues.get(w) ?? []) {
      classes.add(c);
      out.push(`aw:${w}`);
    }
  }
  for (const c of classes) out.push(`ac:${c}`);
  const meet = classes.has('meetVerb') || classes.has('meetNoun');
  for (const c of ['negation', 'modal', 'future', 'past', 'remote', 'group', 'attend', 'together', 'report']) if (meet && classes.has(c)) out.push(`meet&${c}`);
  if (trig >= 0) out.push(`trig:${lower[trig]}`, `trig-1:${lower[trig - 1] ?? '<s>'} ${lower[trig]}`, `trig+1:${lower[trig]} ${lower[trig + 1] ?? '</s>'}`);
  // What governs the anchor's trigger in its clause, its form and time (scope-features.ts), for pairs named around it too.
  if (trig >= 0) for (const f of moodFeatures(lower, trig, cues)) out.push(`anchor:${f}`);

  const fa = personFeatures(inst.first, sentences, inst.anchor, trig, firstPersonIn, allMentionStarts);
  const fb = personFeatures(inst.second, sentences, inst.anchor, trig, firstPersonIn, allMentionStarts);
  out.push(...fa, ...fb);
  const sa = sentenceIndex(sentences, inst.first.start);
  const sb = sentenceIndex(sentences, inst.second.start);
  const where = (s: number) => (s === inst.anchor ? 'in' : s < inst.anchor ? 'before' : 'after');
  out.push(`pair:${where(sa)}-${where(sb)}`);
  // A side named outside the anchor sentence: what its own sentence says (a meeting of its own, a report, a plan).
  for (const si of new Set([sa, sb])) if (si !== inst.anchor && si >= 0) out.push(...ownSentenceFeatures(windowOf(sentences, si, si).lower, cues));
  if (sa === inst.anchor && sb === inst.anchor && trig >= 0) {
    const ia = tokenAt(anchor.tokens, inst.first.start);
    const ib = tokenAt(anchor.tokens, inst.second.start);
    out.push(ia < trig && ib > trig ? 'pair:acrossTrigger' : ia > trig ? 'pair:bothAfter' : 'pair:bothBefore');
    const between = lower.slice(tokenAt(anchor.tokens, inst.first.end - 1) + 1, ib);
    if (between.length <= 3) out.push(`pair:gap:${between.join(' ')}`);
    for (const w of between) if (cues.has(w)) out.push(`pair:bw:${w}`);
    // The clause features window candidates have: the trigger's lemma, joint subjects, the object of the trigger.
    const la = Math.max(ia, tokenAt(anchor.tokens, inst.first.end - 1));
    const lb = Math.max(ib, tokenAt(anchor.tokens, inst.second.end - 1));
    out.push(...clauseFeatures(lower, ia, la, ib, lb, cues));
  }
  // Conjunctions the linear model cannot form itself: each side's position with the other's.
  const pos = (f: string[]) => f.find((x) => x.startsWith('p:before') || x.startsWith('p:after')) ?? 'p:out';
  out.push(`pair:${[pos(fa), pos(fb)].sort().join('|')}`);
  return out;
}
