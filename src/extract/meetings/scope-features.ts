import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import type { CueClasses } from './cues.js';

/**
 * The scope of a pair's contact trigger, as features (issue 14: planned meetings reported as
 * held, people discussed at a meeting or on the same side of it taken as its participants):
 *
 * - what governs the trigger in its own clause: the first word left of it past articles,
 *   auxiliaries, light verbs and adjectives ("is due to meet", "agreed to hold talks", "left
 *   for talks with"), the word that opens its clause ("when he meets"), a passive modal after
 *   it ("a meeting with Y was agreed");
 * - its form (past, present, progressive, infinitive, after a modal, noun) crossed with the time
 *   words of its clause ("are meeting on Thursday" against "met on Thursday");
 * - how each person stands to it: subject, object, object of "with", possessor ("X's meeting"),
 *   inside "between X and Y", a topic after "about", "raised" or "discussed", the speaker of a
 *   report, beyond a clause boundary; the two roles as one feature.
 *
 * Word lists are data (data/meetings/scope.json); the trained model weighs every feature.
 */
export interface ScopeWords {
  be: Set<string>;
  aux: Set<string>;
  skip: Set<string>;
  pastIrregular: Set<string>;
  prep: Set<string>;
  clauseOpen: Set<string>;
  futureTime: Set<string>;
  pastTime: Set<string>;
  weekday: Set<string>;
  topic: Set<string>;
  report: Set<string>;
}

let cached: ScopeWords | undefined;
const DEFAULT_FILE = path.join(repoRoot, 'data/meetings/scope.json');
/** The word lists of data/meetings/scope.json (kept after the first read), or of another file (read each time). */
export function loadScopeWords(file = DEFAULT_FILE): ScopeWords {
  if (file !== DEFAULT_FILE) return readScopeWords(file);
  return (cached ??= readScopeWords(file));
}

function readScopeWords(file: string): ScopeWords {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  const set = (k: string) => new Set(raw[k] ?? []);
  return {
    be: set('be'),
    aux: set('aux'),
    skip: set('skip'),
    pastIrregular: set('pastIrregular'),
    prep: set('prep'),
    clauseOpen: set('clauseOpen'),
    futureTime: set('futureTime'),
    pastTime: set('pastTime'),
    weekday: set('weekday'),
    topic: set('topic'),
    report: set('report'),
  };
}

/** Tokens that end a clause for the scope: sentence punctuation and quotes. */
const HARD_END = new Set(['.', ';', ':', '?', '!', '"', '“', '”', "''", '``']);
/** How far left of the trigger its governing word is looked for. */
const GOVERN_REACH = 6;
const MOOD = ['modal', 'negation', 'future'];
/** Words that join two clauses when an auxiliary or modal follows them ("met Y last week and will meet Z"). */
const COORD = new Set(['and', 'but']);

const classesOf = (cues: CueClasses, w: string | undefined) => (w === undefined ? [] : (cues.get(w) ?? []));
/** The tokenizer keeps curly apostrophes ("’ll", "n’t"); the word lists are written with straight ones. */
const straight = (w: string | undefined) => (w === undefined ? undefined : w.replace(/’/g, "'"));
const isMeetNoun = (cues: CueClasses, w: string | undefined) => classesOf(cues, w).includes('meetNoun');
/** "may" right before a meeting noun is the month ("X's May meeting"): a modal is followed by a verb. */
const monthMay = (lower: readonly string[], j: number, cues: CueClasses) => lower[j] === 'may' && isMeetNoun(cues, lower[j + 1]);

/**
 * `brk`: the index of the first token of the window's second sentence (-1 for one sentence). A sentence
 * may end at a line break without a punctuation token (headlines, datelines), so the break is a clause
 * end of its own. The span [a, b] of tokens between a person and the trigger crosses it when the break
 * falls before any of them or right after its last one: a clause starting exactly at the break counts.
 */
const crossesBreak = (brk: number, a: number, b: number) => brk > 0 && a <= brk && brk <= b;

/** The trigger's form: past, present, progressive, infinitive, after an auxiliary, gerund or noun. */
export function triggerForm(lower: readonly string[], trig: number, cues: CueClasses, words: ScopeWords = loadScopeWords()): string {
  const w = lower[trig];
  const prev = straight(lower[trig - 1]) ?? '';
  const classes = classesOf(cues, w);
  const verb = classes.includes('meetVerb') || classes.includes('remote') || classes.includes('attendVerb');
  if (monthMay(lower, trig - 1, cues)) return 'noun';
  if (verb && prev === 'to') return 'inf';
  if (verb && words.aux.has(prev)) return 'aux';
  if (verb && w.endsWith('ing') && words.be.has(prev)) return 'prog';
  if (verb && (w.endsWith('ed') || words.pastIrregular.has(w))) return 'past';
  if (verb && w.endsWith('s') && !classes.includes('meetNoun')) return 'pres';
  if (!verb || classes.includes('meetNoun')) return 'noun';
  if (w.endsWith('ing')) return 'ger';
  return 'base';
}

const isAuxOrModal = (w: string | undefined, cues: CueClasses, words: ScopeWords) => w !== undefined && (words.aux.has(straight(w)!) || classesOf(cues, w).includes('modal'));

/**
 * The clause around index `k`: from after the nearest hard end, clause opener or sentence break before it
 * to before the next one after it. A subordinate or relative clause closed by a comma before `k` ("X, who
 * will retire next year, met Y"; "When he arrived, X met Y") is not `k`'s clause: it starts after that comma.
 * "and" or "but" before an auxiliary or modal starts a clause of its own ("met Y and will meet Z").
 */
function clauseBounds(lower: readonly string[], k: number, words: ScopeWords, cues: CueClasses, brk: number): [number, number, string] {
  let from = k;
  let opener = '<s>';
  let comma = -1;
  while (from > 0) {
    const w = lower[from - 1];
    if (HARD_END.has(w) || from === brk) break;
    if (COORD.has(w) && isAuxOrModal(lower[from], cues, words)) break;
    if (w === ',' && comma < 0) comma = from - 1;
    if (words.clauseOpen.has(w) || words.report.has(w)) {
      if (comma >= 0) from = comma + 1;
      else opener = w;
      break;
    }
    from--;
  }
  let to = k;
  while (to + 1 < lower.length && to + 1 !== brk && !HARD_END.has(lower[to + 1]) && !words.clauseOpen.has(lower[to + 1]) && !(COORD.has(lower[to + 1]) && isAuxOrModal(lower[to + 2], cues, words))) to++;
  return [from, to, opener];
}

const moods = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * The features of what governs the trigger at `trig`: its governing word, clause opener, form and clause
 * time; each once. Kept per window and trigger: every pair of a long list shares them.
 */
export function moodFeatures(lower: readonly string[], trig: number, cues: CueClasses, words: ScopeWords = loadScopeWords(), brk = -1): string[] {
  let byTrig = moods.get(lower);
  if (!byTrig) moods.set(lower, (byTrig = new Map()));
  const key = `${trig}:${brk}`;
  let found = byTrig.get(key);
  if (!found) byTrig.set(key, (found = computeMood(lower, trig, cues, words, brk)));
  return found;
}

function computeMood(lower: readonly string[], trig: number, cues: CueClasses, words: ScopeWords, brk: number): string[] {
  const out = new Set<string>();
  const [from, to, opener] = clauseBounds(lower, trig, words, cues, brk);
  out.add(`mood:open:${opener}`);
  // The governing word: left past skippable words, within the clause.
  let k = trig - 1;
  let passedTo = false;
  while (k >= from && trig - k <= GOVERN_REACH && (words.skip.has(lower[k]) || words.be.has(lower[k]))) {
    if (lower[k] === 'to') passedTo = true;
    k--;
  }
  if (k >= from && trig - k <= GOVERN_REACH && !monthMay(lower, k, cues)) {
    const g = straight(lower[k])!;
    const found = classesOf(cues, g).filter((c) => MOOD.includes(c));
    for (const c of found) out.add(`mood:gov:${c}`);
    if (words.aux.has(g)) out.add('mood:gov:aux');
    if (found.length > 0 || words.aux.has(g) || words.prep.has(g)) out.add(`mood:govw:${g}`);
    if (words.prep.has(g)) out.add('mood:gov:prep');
  }
  if (passedTo) out.add('mood:to');
  // Any mood word in the clause before the trigger ("X, who is expected on Monday to hold talks"); "to" is
  // left to mood:to (a "to" of direction, "flew to Paris", is no mood), the month "May" is none either.
  for (let j = from; j < trig; j++) {
    if (lower[j] === 'to' || monthMay(lower, j, cues)) continue;
    for (const c of classesOf(cues, straight(lower[j]))) if (MOOD.includes(c)) out.add(`mood:clause:${c}`);
  }
  // A passive modal after the trigger: "a meeting with Y was agreed", "talks are expected".
  for (let j = trig + 1; j < to; j++) {
    if (words.be.has(lower[j]) && classesOf(cues, lower[j + 1]).includes('modal')) out.add('mood:R:modal');
  }
  // Form crossed with the clause's time words.
  const form = triggerForm(lower, trig, cues, words);
  const time = new Set<string>();
  for (let j = from; j <= to; j++) {
    const w = lower[j];
    if (words.futureTime.has(w)) time.add('future');
    if (words.pastTime.has(w)) time.add('past');
    if (words.weekday.has(w)) time.add('weekday');
  }
  out.add(`mood:form:${form}`);
  for (const t of time) out.add(`mood:time:${t}`).add(`mood:form:${form}&${t}`);
  if (time.size === 0) out.add(`mood:form:${form}&none`);
  return [...out];
}

/** Running counts over a window's tokens, so that what lies between a person and the trigger costs O(1) per pair. */
interface Counts {
  bound: Int32Array;
  report: Int32Array;
  topic: Int32Array;
  withWord: Int32Array;
  comma: Int32Array;
}
const countsOf = new WeakMap<readonly string[], Counts>();
function counts(lower: readonly string[], words: ScopeWords): Counts {
  let c = countsOf.get(lower);
  if (c) return c;
  const n = lower.length + 1;
  c = { bound: new Int32Array(n), report: new Int32Array(n), topic: new Int32Array(n), withWord: new Int32Array(n), comma: new Int32Array(n) };
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    c.bound[i + 1] = c.bound[i] + (HARD_END.has(w) || words.clauseOpen.has(w) ? 1 : 0);
    c.report[i + 1] = c.report[i] + (words.report.has(w) ? 1 : 0);
    c.topic[i + 1] = c.topic[i] + (words.topic.has(w) ? 1 : 0);
    c.withWord[i + 1] = c.withWord[i] + (w === 'with' ? 1 : 0);
    c.comma[i + 1] = c.comma[i] + (w === ',' ? 1 : 0);
  }
  countsOf.set(lower, c);
  return c;
}
/** How many tokens in [a, b) the running count `arr` counted. */
const within = (arr: Int32Array, a: number, b: number) => (b > a ? arr[b] - arr[a] : 0);

/** How a person's mention [f, l] stands to the trigger at `trig` in the window's tokens. */
export function personRole(lower: readonly string[], f: number, l: number, trig: number, words: ScopeWords = loadScopeWords(), brk = -1): string {
  const c = counts(lower, words);
  const prev = lower[f - 1] ?? '<s>';
  const next = lower[l + 1] ?? '</s>';
  // "between X and Y": the "between" within a few words before, with no comma after it ("Between sessions, X met Y and Z" is no such phrase).
  if (prev === 'between') return 'between';
  if (prev === 'and') {
    let b = f - 2;
    while (b >= 0 && f - b <= 8 && lower[b] !== 'between') b--;
    if (b >= 0 && f - b <= 8 && lower[b] === 'between' && within(c.comma, b, f) === 0) return 'between';
  }
  if (l < trig) {
    const [a, z] = [l + 1, trig];
    if (prev === 'to' && lower[f - 2] === 'according') return 'speaker';
    if (within(c.report, a, z) > 0) return 'speaker';
    if (within(c.bound, a, z) > 0 || crossesBreak(brk, a, z)) return 'far-before';
    if ((next === "'s" || next === '’s') && z - a <= 4) return 'poss';
    if (prev === 'with') return 'with-before';
    if (words.prep.has(prev) || words.topic.has(prev)) return 'pp-before';
    return 'subj';
  }
  const [a, z] = [trig + 1, f];
  if (within(c.bound, a, z) > 0 || within(c.report, a, z) > 0 || crossesBreak(brk, a, z)) return 'far-after';
  if (prev === 'with') return 'with';
  if (within(c.topic, a, z) > 0) return 'topic';
  if (within(c.withWord, a, z) > 0) return 'with';
  if (z - a <= 7 && within(c.comma, a, z) === 0) return 'obj';
  return 'after';
}

/** The scope features of a pair whose trigger is at `trig`: the trigger's mood and the two people's roles. */
export function scopeFeatures(lower: readonly string[], f1: number, l1: number, f2: number, l2: number, trig: number, cues: CueClasses, brk = -1): string[] {
  const words = loadScopeWords();
  const r1 = personRole(lower, f1, l1, trig, words, brk);
  const r2 = personRole(lower, f2, l2, trig, words, brk);
  const mood = moodFeatures(lower, trig, cues, words, brk);
  const out = [...mood, `role:${r1}`, `role:${r2}`, `roles:${r1}|${r2}`];
  // Joined by "and" or a comma alone: one side of the trigger ("talks with X and Y") or its joint subjects.
  const gap = f2 - l1 - 1;
  if (gap > 0 && gap <= 2 && lower.slice(l1 + 1, f2).every((w) => w === 'and' || w === ',')) out.push(`roles:${r1}|${r2}&joined`);
  return out;
}
