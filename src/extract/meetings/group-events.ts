import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import { isTitleWord } from '../titles.js';
import type { MeetingFinding, PersonRef, Sentence, Span } from '../types.js';
import { mentionsBySentenceOf } from './anchors.js';
import { lemmaOf } from './clause-features.js';
import type { CueClasses } from './cues.js';
import { EVENT_CLASSES, MERGE_GAP, refersBack } from './events.js';
import { tokenAt } from './features.js';
import { scoreParticipant, type GroupModel } from './model.js';
import { withoutNameCues } from './name-cues.js';

/**
 * Group meetings as events: a sentence that reports a contact (a meeting, attendance or
 * contact word) and names three people or more is a candidate group event ("X met A, B, C and
 * D at the White House", "A and B were briefed by X", "Also at the meeting were A, B and C").
 * A learned binary model (GroupModel, trained from the annotations by train-meetings) scores
 * whether the sentence reports a meeting that all its named people held together; when it
 * does, every pair of them met (the guide's group rule). Whether they met apart
 * ("separately", "respectively"), not at all, or may yet meet (negation, modality before the
 * trigger), and whether they were on the phone, are features the model weighs, read from the
 * cue classes (data/meetings/cues.json) and the words of data/meetings/groups.json.
 */
export type { GroupModel };

/** The fewest people a group event names: two are a pair, which the pair model decides. */
export const MIN_GROUP = 3;
/** The most people one group event joins: a sentence listing more is a round-up, not a meeting. */
export const MAX_GROUP = 12;

/** Words that say the people met apart, each with another (data/meetings/groups.json). */
let apartWords: ReadonlySet<string> | undefined;
const apartOf = () => (apartWords ??= new Set((JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/groups.json'), 'utf8')) as { apart: string[] }).apart));
const SCOPE = new Set(['negation', 'modal', 'future']);
const REPORT_END = new Set(['said', 'says', 'told', 'added']);
const bucket = (n: number) => (n <= 3 ? String(n) : n <= 4 ? '4' : n <= 6 ? '5-6' : '7+');

export interface GroupCandidate {
  sentence: number;
  /** The distinct people named in the sentence, in text order of their first mention there. */
  people: string[];
  /** When the sentence refers back to the previous event's: that sentence, and its people the sentence does not name. */
  earlier?: { sentence: number; people: string[] };
  features: string[];
}

/** Every candidate group event of an article (a contact sentence naming MIN_GROUP to MAX_GROUP people) with its features. */
export function groupCandidates(original: Sentence[], people: PersonRef[], cues: CueClasses, min = MIN_GROUP): GroupCandidate[] {
  const sentences = withoutNameCues(original, people, cues);
  const bySentence = mentionsBySentenceOf(sentences, people);
  const out: GroupCandidate[] = [];
  // The last event sentence read, with the people present at it: a sentence that refers back to "the meeting"
  // ("Also at the meeting were A and B", "X was accompanied at that meeting by A") adds its people to that one's.
  let previous: { sentence: number; people: string[] } | undefined;
  for (const [si, mentions] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    const s = sentences[si];
    const lower = s.tokens.map((t) => t.text.toLowerCase());
    const trig = lower.findIndex((w) => (cues.get(w) ?? []).some((c) => EVENT_CLASSES.has(c)));
    if (trig < 0) continue;
    // The people present: each person's first mention that is not a bystander's (see bystander).
    const first = new Map<string, Span>();
    const seen = new Set<string>();
    for (const m of [...mentions].sort((x, y) => x.span.start - y.span.start)) {
      seen.add(m.person);
      if (!first.has(m.person) && !bystander(s, lower, trig, m.span)) first.set(m.person, m.span);
    }
    const bystanders = seen.size - first.size;
    const own = [...first.keys()];
    const earlier = previous && si - previous.sentence <= MERGE_GAP && refersBack(s, cues) ? previous.people.filter((p) => !first.has(p)) : [];
    const prevSentence = previous?.sentence;
    previous = { sentence: si, people: [...new Set([...(earlier.length > 0 ? previous!.people : []), ...own])] };
    const group = [...earlier, ...own];
    if (group.length < min || group.length > MAX_GROUP) continue;
    const features = groupFeatures(s, si, [...first.values()], mentions.map((m) => m.span), lower, trig, cues);
    features.push(`g:bystanders:${Math.min(bystanders, 2)}`);
    if (earlier.length > 0) features.push('g:refers-back', `g:refers-back:own:${Math.min(own.length, 3)}`);
    out.push({ sentence: si, people: group, features, ...(earlier.length > 0 ? { earlier: { sentence: prevSentence!, people: earlier } } : {}) });
  }
  return out;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);
/**
 * A mention that names someone the sentence talks about rather than one of the meeting's people:
 * a possessive ("Murdoch's newspaper arm"), a name inside a quotation, or the reporter of a meeting
 * after its trigger ("..., when they met on Friday, spokesman Dmitry Peskov said").
 */
const quoteCounts = new WeakMap<readonly string[], Int32Array>();
/** counts[k]: the quote marks among a sentence's first k words; counted once per sentence, not once per mention. */
function quotesBefore(lower: readonly string[]): Int32Array {
  let counts = quoteCounts.get(lower);
  if (!counts) {
    counts = new Int32Array(lower.length + 1);
    for (let k = 0; k < lower.length; k++) counts[k + 1] = counts[k] + (QUOTE_MARKS.has(lower[k]) ? 1 : 0);
    quoteCounts.set(lower, counts);
  }
  return counts;
}

function bystander(s: Sentence, lower: string[], trig: number, span: Span): boolean {
  const first = tokenAt(s.tokens, span.start);
  let last = first;
  while (last + 1 < s.tokens.length && s.tokens[last + 1].end <= span.end) last++;
  const next = lower[last + 1] ?? '';
  if (next === "'s" || next === '’s') return true;
  if (quotesBefore(lower)[first] % 2 === 1) return true;
  if (first > trig && (REPORT_END.has(lower[first - 1] ?? '') || REPORT_END.has(next))) return true;
  return false;
}

function groupFeatures(s: Sentence, index: number, spans: Span[], allSpans: Span[], lower: string[], trig: number, cues: CueClasses): string[] {
  const tokens = s.tokens;
  // The tokens inside a mention, marked once: a scan of every mention for each token was quadratic in a
  // sentence that names the same few people many times.
  const inMention = new Uint8Array(tokens.length);
  for (const m of allSpans) {
    for (let k = tokenAt(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) if (tokens[k].start >= m.start && tokens[k].end <= m.end) inMention[k] = 1;
  }
  const trigAt = tokens[trig].start;
  const before = spans.filter((m) => m.end <= trigAt).length;
  const after = spans.length - before;
  const lemma = lemmaOf(lower[trig]);
  const f = ['g:bias', `g:n:${bucket(spans.length)}`, `g:trig:${lemma}`, `g:side:${Math.min(before, 3)}>${Math.min(after, 3)}`, `g:side:${Math.min(before, 3)}>${Math.min(after, 3)}:${lemma}`];
  if (index === 0) f.push('g:title');
  const classes = new Set<string>();
  for (const w of lower) for (const c of cues.get(w) ?? []) classes.add(c);
  for (const c of classes) f.push(`g:c:${c}`);
  for (const w of new Set(lower)) if (cues.has(w)) f.push(`g:w:${w}`);
  for (const w of lower.slice(Math.max(0, trig - 3), trig)) for (const c of cues.get(w) ?? []) if (SCOPE.has(c)) f.push(`g:pretrig:${c}`);
  // Negation, modality or the future anywhere in the sentence, before or after the trigger: a planned or refused meeting.
  const scoped = new Set<string>();
  lower.forEach((w, k) => {
    for (const c of cues.get(w) ?? []) if (SCOPE.has(c)) scoped.add(`g:scope:${c}@${k < trig ? 'before' : 'after'}`);
  });
  f.push(...scoped);
  if (scoped.size === 0) f.push('g:unscoped');
  if (lower.some((w) => apartOf().has(w))) f.push('g:apart');
  f.push(`g:trig-1:${lower[trig - 1] ?? '<s>'}`, `g:trig+1:${lower[trig + 1] ?? '</s>'}`);
  if (lower[trig + 1] === 'by' || lower[trig + 1] === 'with') f.push(`g:trig+${lower[trig + 1]}`);
  // How the names are joined: one list (commas, "and", titles and capitalised words between them) or apart.
  let listed = 0;
  let apart = 0;
  for (let i = 0; i + 1 < spans.length; i++) {
    // The words between two neighbours, read from the first's end only: a filter over the whole sentence for each
    // neighbour pair cost its length times its mentions.
    const gap: string[] = [];
    for (let k = tokenAt(tokens, spans[i].end); k < tokens.length && tokens[k].start < spans[i + 1].start; k++) {
      const t = tokens[k];
      if (t.start >= spans[i].end && t.end <= spans[i + 1].start && !inMention[k]) gap.push(t.text);
    }
    const isList = gap.length > 0 && gap.length <= 12 && gap.some((w) => w === ',' || w === 'and') && gap.every((w) => /^(,|and|as|well|both|'s|’s)$/i.test(w) || isTitleWord(w) || /^\p{Lu}/u.test(w));
    if (isList) listed++;
    else apart++;
  }
  f.push(`g:listed:${Math.min(listed, 3)}`, `g:unlisted:${Math.min(apart, 3)}`);
  if (apart === 0) f.push('g:one-list');
  // A quote or a report verb: the sentence may be someone speaking about the others, not meeting them.
  if (lower.some((w) => QUOTE_MARKS.has(w))) f.push('g:quoted');
  if (lower.some((w) => REPORT_END.has(w))) f.push('g:report');
  if (lower.some((w) => w === "'s" || w === '’s')) f.push('g:possessive');
  return f;
}

/** A group sentence's score: the sum of its features' weights, as a participant's (model.ts). */
export function scoreGroup(model: Pick<GroupModel, 'weights'>, features: readonly string[]): number {
  return scoreParticipant(model, features);
}

/**
 * The met pairs of the group events the model accepts: every pair of the people a group
 * sentence names, with that sentence as evidence (a pair of two people the earlier sentence it
 * refers back to names: that one), except pairs in `decided` (already met, or planned, negated
 * or remote: a pair is never both).
 */
export function groupPartners(model: GroupModel, text: string, sentences: Sentence[], people: PersonRef[], decided: ReadonlySet<string>, cues: CueClasses): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  const seen = new Set(decided);
  const sentenceSpan = (i: number) => ({ start: sentences[i].start, end: sentences[i].end, text: text.slice(sentences[i].start, sentences[i].end) });
  for (const g of groupCandidates(sentences, people, cues)) {
    if (scoreGroup(model, g.features) <= model.margin) continue;
    const evidence = sentenceSpan(g.sentence);
    const before = g.earlier && { people: new Set(g.earlier.people), evidence: sentenceSpan(g.earlier.sentence) };
    const names = [...g.people].sort();
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = `${names[i]}\0${names[j]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const both = before && before.people.has(names[i]) && before.people.has(names[j]);
        out.push({ participants: [names[i], names[j]], evidence: both ? before.evidence : evidence });
      }
    }
  }
  return out;
}
