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
export function loadScopeWords(file = path.join(repoRoot, 'data/meetings/scope.json')): ScopeWords {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  const set = (k: string) => new Set(raw[k] ?? []);
  cached = {
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
  return cached;
}

/** Tokens that end a clause for the scope: sentence punctuation and quotes. */
const HARD_END = new Set(['.', ';', ':', '?', '!', '"', '“', '”', "''", '``']);
/** How far left of the trigger its governing word is looked for. */
const GOVERN_REACH = 6;
const MOOD = ['modal', 'negation', 'future'];

const classesOf = (cues: CueClasses, w: string | undefined) => (w === undefined ? [] : (cues.get(w) ?? []));

/** The trigger's form: past, present, progressive, infinitive, after an auxiliary, gerund or noun. */
export function triggerForm(lower: readonly string[], trig: number, cues: CueClasses, words: ScopeWords = loadScopeWords()): string {
  const w = lower[trig];
  const prev = lower[trig - 1] ?? '';
  const verb = classesOf(cues, w).includes('meetVerb') || classesOf(cues, w).includes('remote') || classesOf(cues, w).includes('attendVerb');
  if (verb && prev === 'to') return 'inf';
  if (verb && words.aux.has(prev)) return 'aux';
  if (verb && w.endsWith('ing') && words.be.has(prev)) return 'prog';
  if (verb && (w.endsWith('ed') || words.pastIrregular.has(w))) return 'past';
  if (verb && w.endsWith('s') && !classesOf(cues, w).includes('meetNoun')) return 'pres';
  if (!verb || classesOf(cues, w).includes('meetNoun')) return 'noun';
  if (w.endsWith('ing')) return 'ger';
  return 'base';
}

/** The clause around index `k`: from after the nearest hard end or clause opener before it to before the next hard end after it. */
function clauseBounds(lower: readonly string[], k: number, words: ScopeWords): [number, number, string] {
  let from = k;
  let opener = '<s>';
  while (from > 0) {
    const w = lower[from - 1];
    if (HARD_END.has(w)) break;
    if (words.clauseOpen.has(w) || words.report.has(w)) {
      opener = w;
      break;
    }
    from--;
  }
  let to = k;
  while (to + 1 < lower.length && !HARD_END.has(lower[to + 1]) && !words.clauseOpen.has(lower[to + 1])) to++;
  return [from, to, opener];
}

/** The features of what governs the trigger at `trig`: its governing word, clause opener, form and clause time. */
export function moodFeatures(lower: readonly string[], trig: number, cues: CueClasses, words: ScopeWords = loadScopeWords()): string[] {
  const out: string[] = [];
  const [from, to, opener] = clauseBounds(lower, trig, words);
  out.push(`mood:open:${opener}`);
  // The governing word: left past skippable words, within the clause.
  let k = trig - 1;
  let passedTo = false;
  while (k >= from && trig - k <= GOVERN_REACH && (words.skip.has(lower[k]) || words.be.has(lower[k]))) {
    if (lower[k] === 'to') passedTo = true;
    k--;
  }
  if (k >= from && trig - k <= GOVERN_REACH) {
    const g = lower[k];
    const moods = classesOf(cues, g).filter((c) => MOOD.includes(c));
    for (const c of moods) out.push(`mood:gov:${c}`);
    if (words.aux.has(g)) out.push('mood:gov:aux');
    if (moods.length > 0 || words.aux.has(g) || words.prep.has(g)) out.push(`mood:govw:${g}`);
    if (words.prep.has(g)) out.push('mood:gov:prep');
  }
  if (passedTo) out.push('mood:to');
  // Any mood word in the clause before the trigger ("X, who is expected on Monday to hold talks").
  for (let j = from; j < trig; j++) for (const c of classesOf(cues, lower[j])) if (MOOD.includes(c)) out.push(`mood:clause:${c}`);
  // A passive modal after the trigger: "a meeting with Y was agreed", "talks are expected".
  for (let j = trig + 1; j < to; j++) {
    if (words.be.has(lower[j]) && classesOf(cues, lower[j + 1]).includes('modal')) out.push('mood:R:modal');
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
  out.push(`mood:form:${form}`);
  for (const t of time) out.push(`mood:time:${t}`, `mood:form:${form}&${t}`);
  if (time.size === 0) out.push(`mood:form:${form}&none`);
  return out;
}

/** How a person's mention [f, l] stands to the trigger at `trig` in the window's tokens. */
export function personRole(lower: readonly string[], f: number, l: number, trig: number, words: ScopeWords = loadScopeWords()): string {
  const prev = lower[f - 1] ?? '<s>';
  const next = lower[l + 1] ?? '</s>';
  if (prev === 'between' || (prev === 'and' && lower.slice(Math.max(0, f - 8), f - 1).includes('between'))) return 'between';
  if (l < trig) {
    const gap = lower.slice(l + 1, trig);
    if ((next === "'s" || next === '’s') && gap.length <= 4) return 'poss';
    if (gap.some((w) => words.report.has(w))) return 'speaker';
    if (gap.some((w) => HARD_END.has(w) || words.clauseOpen.has(w))) return 'far-before';
    if (prev === 'with') return 'with-before';
    if (words.prep.has(prev) || words.topic.has(prev)) return 'pp-before';
    return 'subj';
  }
  const gap = lower.slice(trig + 1, f);
  if (gap.some((w) => HARD_END.has(w) || words.clauseOpen.has(w) || words.report.has(w))) return 'far-after';
  if (gap.some((w) => words.topic.has(w))) return 'topic';
  if (prev === 'with' || gap.includes('with')) return 'with';
  if (gap.length <= 7 && !gap.includes(',')) return 'obj';
  return 'after';
}

/** The scope features of a pair whose trigger is at `trig`: the trigger's mood and the two people's roles. */
export function scopeFeatures(lower: readonly string[], f1: number, l1: number, f2: number, l2: number, trig: number, cues: CueClasses): string[] {
  const words = loadScopeWords();
  const r1 = personRole(lower, f1, l1, trig, words);
  const r2 = personRole(lower, f2, l2, trig, words);
  const mood = moodFeatures(lower, trig, cues, words);
  const out = [...mood, `role:${r1}`, `role:${r2}`, `roles:${r1}|${r2}`];
  // Joined by "and" or a comma alone: one side of the trigger ("talks with X and Y") or its joint subjects.
  const between = lower.slice(l1 + 1, f2);
  if (between.length > 0 && between.length <= 2 && between.every((w) => w === 'and' || w === ',')) out.push(`roles:${r1}|${r2}&joined`);
  return out;
}
