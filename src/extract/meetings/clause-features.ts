import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import type { CueClasses } from './cues.js';
import { scopeFeatures } from './scope-features.js';

/**
 * Features of how a candidate pair sits in its clause, meant to hold across articles rather
 * than remember them: the contact trigger's lemma, whether the two are the joint subjects of
 * a meeting verb ("X and Y held talks"), whether the second is the object of one ("X received
 * Y", "X held talks with Y"), and the negation, modality, future or remote cues that govern
 * the trigger (the three words before it). Input: the window's lower-case tokens and the token
 * indices of the two mentions (first [f1, l1], second [f2, l2]); `brk`, the first token of the window's
 * second sentence (-1 for one sentence), a clause end for the trigger's scope.
 */
const TRIGGERS = new Set(['meetVerb', 'meetNoun', 'remote', 'attendVerb']);
const SCOPE = ['negation', 'modal', 'future', 'remote'];
/** Tokens that end a clause for these features. */
const CLAUSE_END = new Set(['.', ';', ':', '?', '!', '"', '“', '”', "''", '``', 'said', 'says', 'told']);
/** Light verbs that make a meeting noun a predicate: "held talks", "had dinner". */
const LIGHT = new Set(['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'having']);
/** Tokens that end a sentence: the first and the trigger must be in one ("X said he met Y" is; "X left. Z met Y" is not). */
const SENTENCE_END = new Set(['.', ';', '?', '!']);
/** How far after the trigger its object's name may start, in tokens: "met with Boeing commercial plane unit chief Y" (7; one title word more is out of reach). */
const OBJECT_REACH = 7;
/** Words that open a new clause after the trigger: what follows them is not its object. */
const NEW_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'when', 'where', 'while', 'after', 'before', 'because', 'but']);
/** How far after the second name the joint subjects' verb may stand ("X and Y on Monday held talks"). */
const SUBJECT_REACH = 4;

let lemmas: ReadonlyMap<string, string> | undefined;
export function lemmaOf(word: string): string {
  if (!lemmas) {
    const raw = JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/lemmas.json'), 'utf8')) as Record<string, unknown>;
    const m = new Map<string, string>();
    for (const [lemma, forms] of Object.entries(raw)) if (Array.isArray(forms)) for (const f of forms as string[]) m.set(f, lemma);
    lemmas = m;
  }
  return lemmas.get(word) ?? word;
}

const isTrigger = (cues: CueClasses, w: string | undefined) => w !== undefined && (cues.get(w) ?? []).some((c) => TRIGGERS.has(c));

/**
 * Where a window's triggers and clause ends are, for each token: the nearest trigger at or before it, the
 * nearest trigger that is not itself a clause end at or before / at or after it, and the nearest clause end at
 * or before / at or after it (-1 before the first, the window's length after the last). Built once per window.
 */
export interface TriggerIndex {
  prevTrigger: Int32Array;
  prevOpenTrigger: Int32Array;
  nextOpenTrigger: Int32Array;
  prevEnd: Int32Array;
  nextEnd: Int32Array;
}
const indexes = new WeakMap<readonly string[], WeakMap<CueClasses, TriggerIndex>>();
export function triggerIndex(lower: readonly string[], cues: CueClasses): TriggerIndex {
  let byCues = indexes.get(lower);
  if (!byCues) indexes.set(lower, (byCues = new WeakMap()));
  let ix = byCues.get(cues);
  if (ix) return ix;
  const n = lower.length;
  ix = { prevTrigger: new Int32Array(n), prevOpenTrigger: new Int32Array(n), nextOpenTrigger: new Int32Array(n), prevEnd: new Int32Array(n), nextEnd: new Int32Array(n) };
  const trigger = lower.map((w) => isTrigger(cues, w));
  const end = lower.map((w) => CLAUSE_END.has(w));
  for (let k = 0, t = -1, o = -1, e = -1; k < n; k++) {
    if (trigger[k]) t = k;
    if (trigger[k] && !end[k]) o = k;
    if (end[k]) e = k;
    [ix.prevTrigger[k], ix.prevOpenTrigger[k], ix.prevEnd[k]] = [t, o, e];
  }
  for (let k = n - 1, o = n, e = n; k >= 0; k--) {
    if (trigger[k] && !end[k]) o = k;
    if (end[k]) e = k;
    [ix.nextOpenTrigger[k], ix.nextEnd[k]] = [o, e];
  }
  byCues.set(cues, ix);
  return ix;
}

export function clauseFeatures(lower: readonly string[], f1: number, l1: number, f2: number, l2: number, cues: CueClasses, brk = -1): string[] {
  const out: string[] = [];
  // The trigger: the last one between the two, else the first after the second in its clause, else the last before the first.
  // Looked up in the window's trigger index, not scanned: every pair of a long sentence shares one clause.
  const ix = triggerIndex(lower, cues);
  let trig = -1;
  let where = '';
  const lastBetween = f2 - 1 >= 0 ? ix.prevTrigger[f2 - 1] : -1;
  if (lastBetween > l1) [trig, where] = [lastBetween, 'B'];
  if (trig < 0 && l2 + 1 < lower.length && ix.nextOpenTrigger[l2 + 1] < ix.nextEnd[l2 + 1]) [trig, where] = [ix.nextOpenTrigger[l2 + 1], 'R'];
  if (trig < 0 && f1 - 1 >= 0 && ix.prevOpenTrigger[f1 - 1] > ix.prevEnd[f1 - 1]) [trig, where] = [ix.prevOpenTrigger[f1 - 1], 'L'];
  if (trig < 0) return ['trig:none'];
  const lemma = lemmaOf(lower[trig]);
  out.push(`trig:${lemma}@${where}`);
  for (const w of lower.slice(Math.max(0, trig - 3), trig)) for (const c of cues.get(w) ?? []) if (SCOPE.includes(c)) out.push(`trig:scope:${c}`);
  if (LIGHT.has(lower[trig - 1] ?? '')) out.push('trig:light');

  // Joint subjects: "X and Y met", "X and Y held talks", "X, Y and Z met". (Words are sliced only where they
  // are read: a slice to a far trigger for every pair of a long sentence was quadratic.)
  const gap = f2 - l1 - 1;
  const between = gap > 0 && gap <= 3 ? lower.slice(l1 + 1, f2) : [];
  const joined = between.length > 0 && between.includes('and') && between.every((w) => w === 'and' || w === ',' || w === 'both');
  if (joined && where === 'R' && trig - l2 <= SUBJECT_REACH) out.push('clause:subjects', `clause:subjects:${lemma}`);
  // Object: "X met (with) Y", "X held talks with Y", "X received Y", "X met with Boeing's chief executive Y": the
  // first in the trigger's sentence (not "A attended. B was to meet Y"), then the trigger, at most OBJECT_REACH
  // words (a title) and the second, with no comma, clause end or new clause between (not "A told a news
  // conference that Y ...").
  const object =
    where === 'B' &&
    f2 - trig <= OBJECT_REACH &&
    !lower.slice(l1 + 1, trig).some((w) => SENTENCE_END.has(w)) &&
    !lower.slice(trig + 1, f2).some((w) => w === ',' || CLAUSE_END.has(w) || NEW_CLAUSE.has(w));
  if (object) {
    out.push('clause:object', `clause:object:${lemma}`);
    if (lower[f2 - 1] === 'with') out.push('clause:with');
  }
  // Meeting between the two: "talks between X and Y", "a meeting of X and Y".
  if ((lower[f1 - 1] === 'between' || lower[f1 - 1] === 'of') && joined && isTrigger(cues, lower[f1 - 2])) out.push('clause:between');
  out.push(...scopeFeatures(lower, f1, l1, f2, l2, trig, cues, brk));
  return out;
}
