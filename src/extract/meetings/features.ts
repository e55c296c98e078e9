import type { Sentence, Token } from '../types.js';
import type { PairInstance } from './candidates.js';
import type { CueClasses } from './cues.js';
import { lowerBound, partitionPoint } from '../intervals.js';
import { clauseFeatures } from './clause-features.js';

const QUOTES = new Set(['"', '“', '”', "''", '``']);
const bucket = (n: number) => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 7 ? '5-7' : n <= 12 ? '8-12' : n <= 20 ? '13-20' : '21+');

/**
 * The features of one candidate pair, as strings: the words and cue classes between,
 * before and after the two mentions, their distance, how they are joined, and the cue
 * classes of the sentence around them (meeting words, negation, modality, remote contact,
 * future and past time, reporting). The model weighs them; none decides alone.
 */
/** Index of the first token ending after `pos` (tokens in text order): a binary search. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  return partitionPoint(tokens, (t) => t.end > pos);
}

/** A window's tokens and their lower-case forms, built once per window of an article, not once per pair. */
export interface TokenWindow {
  tokens: Token[];
  lower: string[];
  /** quotes[i]: quote marks before token i, so a mention's quotedness costs O(1). */
  quotes: number[];
  /** The index of the first token of the window's second sentence; -1 for a window of one sentence. */
  brk: number;
}
const windows = new WeakMap<Sentence[], Map<string, TokenWindow>>();
export function windowOf(sentences: Sentence[], from: number, to: number): TokenWindow {
  let byKey = windows.get(sentences);
  if (!byKey) windows.set(sentences, (byKey = new Map()));
  const key = `${from}-${to}`;
  let win = byKey.get(key);
  if (!win) {
    const tokens: Token[] = [];
    for (let s = from; s <= to; s++) tokens.push(...sentences[s].tokens);
    const lower = tokens.map((t) => t.text.toLowerCase());
    const quotes = [0];
    for (const w of lower) quotes.push(quotes[quotes.length - 1] + (QUOTES.has(w) ? 1 : 0));
    win = { tokens, lower, quotes, brk: to > from ? sentences[from].tokens.length : -1 };
    byKey.set(key, win);
  }
  return win;
}

/** Words read between two mentions: all of a short gap, the two ends of a long one (bounded work per pair). */
export const GAP_EDGE = 20;

export function pairFeatures(inst: PairInstance, sentences: Sentence[], cues: CueClasses, mentionsBetween: number, hints: ReadonlySet<string> = new Set()): string[] {
  const { tokens, lower, quotes, brk } = windowOf(sentences, inst.sentence, inst.sentence2);
  const f1 = tokenAt(tokens, inst.first.start);
  const l1 = Math.max(f1, tokenAt(tokens, inst.first.end - 1));
  const f2 = tokenAt(tokens, inst.second.start);
  const l2 = Math.max(f2, tokenAt(tokens, inst.second.end - 1));
  const gap = Math.max(0, f2 - l1 - 1);
  const between = gap <= 2 * GAP_EDGE ? lower.slice(l1 + 1, f2) : [...lower.slice(l1 + 1, l1 + 1 + GAP_EDGE), ...lower.slice(f2 - GAP_EDGE, f2)];
  const before = lower.slice(Math.max(0, f1 - 8), f1);
  const after = lower.slice(l2 + 1, l2 + 9);
  const quotesBefore = (i: number) => quotes[Math.min(i, quotes.length - 1)];

  const out: string[] = ['bias', inst.sentence === inst.sentence2 ? 'same' : 'adjacent', `dist:${bucket(gap)}`];
  if (inst.sentence === 0) out.push('title');

  const classesIn = (words: string[]) => {
    const found = new Set<string>();
    for (const w of words) for (const c of cues.get(w) ?? []) found.add(c);
    return found;
  };
  const zones: Array<[string, string[]]> = [
    ['B', between],
    ['L', before.slice(-8)],
    ['R', after.slice(0, 8)],
  ];
  const classes = new Map<string, Set<string>>();
  for (const [zone, words] of zones) {
    const found = classesIn(words);
    classes.set(zone, found);
    for (const c of found) out.push(`c:${c}@${zone}`);
    for (const w of words) if (cues.has(w)) out.push(`w:${w}@${zone}`);
  }
  const all = new Set([...classes.values()].flatMap((s) => [...s]));
  const meet = all.has('meetVerb') || all.has('meetNoun');
  if (meet) {
    for (const c of ['negation', 'modal', 'remote', 'future', 'past', 'report', 'group', 'attend', 'together']) if (all.has(c)) out.push(`meet&${c}`);
    const meetB = classes.get('B')!.has('meetVerb') || classes.get('B')!.has('meetNoun');
    out.push(meetB ? 'meet@B' : 'meet@outside');
  } else out.push('nomeet');
  if (all.has('remote') && all.has('negation')) out.push('remote&neg');

  // Short gaps are read whole; long ones by their edges.
  if (between.length <= 4) out.push(`gap:${between.join(' ')}`);
  else out.push(`gapL:${between.slice(0, 2).join(' ')}`, `gapR:${between.slice(-2).join(' ')}`);
  for (const w of between) out.push(`bw:${w}`);
  for (let i = 0; i + 1 < between.length; i++) out.push(`bb:${between[i]} ${between[i + 1]}`);
  out.push(`pre1:${before.at(-1) ?? '<s>'}`, `pre2:${before.slice(-2).join(' ')}`, `post1:${after[0] ?? '</s>'}`, `post2:${after.slice(0, 2).join(' ')}`);

  // How the two are joined: "X and Y", "between X and Y", "X ... with Y", a list.
  if (between.length === 1 && between[0] === 'and') out.push('join:and');
  if (before.at(-1) === 'between' && between.includes('and')) out.push('join:between');
  if (lower[f2 - 1] === 'with') out.push('join:with');
  if (between.length > 0 && between.every((w) => w === ',' || w === 'and' || /^[a-z]/.test(w) === false)) out.push('join:list');
  if (lower[l1 + 1] === "'s" || lower[l1 + 1] === '’s') out.push('first:possessive');
  if (lower[l2 + 1] === "'s" || lower[l2 + 1] === '’s') out.push('second:possessive');

  // Quotation: a mention inside a quote is often the speaker's topic, not a participant.
  if (quotesBefore(f1) % 2 === 1) out.push('first:quoted');
  if (quotesBefore(f2) % 2 === 1) out.push('second:quoted');

  // Other people named between the two: lists, or a third party in the middle.
  const others = mentionsBetween;
  out.push(`others:${others > 2 ? '3+' : others}`);
  if (others > 0 && meet) out.push('others&meet');
  for (const h of hints) out.push(`hint:${h}`, meet ? `hint:${h}&meet` : `hint:${h}&nomeet`);
  out.push(...clauseFeatures(lower, f1, l1, f2, l2, cues, brk));
  // A side stated by a reference ("the two leaders", "his French counterpart"; references.ts), not a name.
  if (/^[a-z]/.test(tokens[f1]?.text ?? '')) out.push('first:reference');
  if (/^[a-z]/.test(tokens[f2]?.text ?? '')) out.push('second:reference');
  if (inst.first.start === inst.second.start) out.push('join:same-reference');
  return out;
}

/** Start offsets of every mention, sorted: counts the mentions between two offsets in O(log n). */
export function mentionIndex(starts: number[]): (from: number, to: number) => number {
  const sorted = [...starts].sort((a, b) => a - b);
  return (from, to) => Math.max(0, lowerBound(sorted, to) - lowerBound(sorted, from));
}
