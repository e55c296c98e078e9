import type { ContactStatus, MeetingFinding, PersonRef, Sentence, Span } from '../types.js';
import { anchoredFeatures } from './anchor-features.js';
import { anchoredPairs, sentenceIndex } from './anchors.js';
import { pairInstances } from './candidates.js';
import { listPartners } from './lists.js';
import { groupPartners } from './group-events.js';
import { loadCues, MEETING_WORDS, sentenceHasCue } from './cues.js';
import { mentionIndex, pairFeatures } from './features.js';
import { participantCandidates } from './events.js';
import { withoutNameCues } from './name-cues.js';
import { bestLabel, combinedLead, metLead, scoreFeatures, scoreParticipant, type ContactLabel, type MeetingModel, type ParticipantModel } from './model.js';

/** One candidate: two people, the sentences that are its evidence, its features. */
export interface Candidate {
  a: string;
  b: string;
  /** First and last sentence index of the evidence. */
  from: number;
  to: number;
  features: string[];
}

/** A candidate's people and sentences: what a decision keeps of it. */
export type CandidateSpan = Omit<Candidate, 'features'>;

export type CandidateKind = 'window' | 'anchor' | 'both';

/**
 * Every candidate pair of an article with its features: `window` pairs mentions in one or two
 * neighbouring sentences; `anchor` pairs the people named around each sentence with a contact
 * cue. `hints` are further facts from other stages, keyed by sorted names and sentence index.
 */
export function candidates(sentences: Sentence[], people: PersonRef[], kind: CandidateKind = 'anchor', hints: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Candidate[] {
  return [...eachCandidate(sentences, people, kind, hints)];
}

/**
 * The candidates of `candidates`, in the same order, built one at a time: a reader that keeps only what it
 * decides (decidePairs) holds one candidate's features at once, not those of every pair of a sentence that names
 * hundreds of people (up to MAX_MENTIONS_APART pairs per mention, each with some seventy feature strings).
 */
export function* eachCandidate(original: Sentence[], people: PersonRef[], kind: CandidateKind = 'anchor', hints: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Generator<Candidate> {
  const sentences = withoutNameCues(original, people, loadCues());
  if (kind === 'both') {
    for (const c of eachCandidate(sentences, people, 'window', hints)) yield { ...c, features: c.features.map((f) => `W:${f}`) };
    for (const c of eachCandidate(sentences, people, 'anchor', hints)) yield { ...c, features: c.features.map((f) => `A:${f}`) };
    return;
  }
  const cues = loadCues();
  const starts = people.flatMap((p) => p.mentions.map((m) => m.start));
  const hintsFor = (a: string, b: string, ...sents: number[]) => {
    const key = [a, b].sort().join('\0');
    return new Set(sents.flatMap((s) => [...(hints.get(`${key}\0${s}`) ?? [])]));
  };
  if (kind === 'window') {
    const between = mentionIndex(starts);
    for (const inst of pairInstances(sentences, people)) {
      yield {
        a: inst.a,
        b: inst.b,
        from: inst.sentence,
        to: inst.sentence2,
        features: pairFeatures(inst, sentences, cues, between(inst.first.end, inst.second.start), hintsFor(inst.a, inst.b, inst.sentence, inst.sentence2)),
      };
    }
    return;
  }
  const firstPersonIn = new Map<number, number>();
  for (const s of [...starts].sort((x, y) => x - y)) {
    const k = sentenceIndex(sentences, s);
    if (!firstPersonIn.has(k)) firstPersonIn.set(k, s);
  }
  const startSet = new Set(starts);
  for (const inst of anchoredPairs(sentences, people, cues)) {
    const features = anchoredFeatures(inst, sentences, cues, firstPersonIn, startSet);
    for (const h of hintsFor(inst.a, inst.b, inst.anchor)) features.push(`hint:${h}`);
    yield { a: inst.a, b: inst.b, from: inst.anchor, to: inst.anchor, features };
  }
}

export interface PairDecision {
  participants: [string, string];
  label: ContactLabel;
  /** The candidate that decided, without its features (scored and let go): its sentences are the evidence. */
  candidate: CandidateSpan;
  lead: number;
}

/** How far `label`'s score leads every other label's. */
function otherLead(model: MeetingModel, scores: Float64Array, label: ContactLabel): number {
  const k = model.labels.indexOf(label);
  let other = -Infinity;
  for (let j = 0; j < scores.length; j++) if (j !== k) other = Math.max(other, scores[j]);
  return scores[k] - other;
}

/**
 * Each pair of people near each other, labelled: `met` when its decision score (its most
 * `met`-like candidate's lead, plus the weighted event lead when the model has an event path)
 * exceeds the margin, else planned, negated or remote when one of its candidates is labelled so
 * (the surest), else none.
 */
export function decidePairs(model: MeetingModel, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): PairDecision[] {
  const best = new Map<string, { participants: [string, string]; candidate?: CandidateSpan; lead: number; label: ContactLabel; event?: EventPair; other?: { candidate: CandidateSpan; label: ContactLabel; lead: number } }>();
  for (const built of eachCandidate(sentences, people, model.candidates, hints)) {
    const scores = scoreFeatures(model, built.features);
    // Scored, the features are done with: the decision keeps the candidate's people and sentences only.
    const c: CandidateSpan = { a: built.a, b: built.b, from: built.from, to: built.to };
    const lead = metLead(model, scores);
    const participants = [c.a, c.b].sort() as [string, string];
    const key = participants.join('\0');
    let prev = best.get(key);
    if (!prev || lead > prev.lead) {
      const next = { participants, candidate: c, lead, label: 'none' as ContactLabel, other: prev?.other };
      best.set(key, next);
      prev = next;
    }
    // A pair not met is planned, negated or remote when one of its candidates says so: the surest such one.
    const label = bestLabel(model, scores);
    if (label !== 'met' && label !== 'none') {
      const sure = otherLead(model, scores, label);
      if (!prev.other || sure > prev.other.lead) prev.other = { candidate: c, label, lead: sure };
    }
  }
  if (model.participants) {
    for (const [key, e] of eventPairs(model.participants, sentences, people)) {
      const prev = best.get(key);
      if (prev) prev.event = e;
      else best.set(key, { participants: e.participants, lead: -Infinity, label: 'none', event: e });
    }
  }
  return [...best.values()].map((d) => {
    const score = combinedLead(model, d.lead, d.event?.lead ?? -Infinity);
    const candidate = d.candidate ?? { a: d.participants[0], b: d.participants[1], from: d.event!.event, to: d.event!.event };
    if (score > model.margin) return { participants: d.participants, label: 'met', candidate, lead: score };
    return { participants: d.participants, label: d.other?.label ?? 'none', candidate: d.other?.candidate ?? candidate, lead: score };
  });
}

/**
 * The pairs that met, each with the sentence that says so: those the model scores past its
 * margin, and those the pattern finder found (`pattern` hints). The patterns are precise and
 * the model adds what they miss; the margin is tuned for the two together (train-meetings).
 */
export function findMeetingsLearned(model: MeetingModel, text: string, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): MeetingFinding[] {
  return findContactsLearned(model, text, sentences, people, hints).filter((f) => f.status === undefined);
}

/**
 * Every contact of an article, decided once: the meetings (as findMeetingsLearned, no
 * `status`), then the pairs the model labels planned, negated or remote, with that `status`
 * and their deciding candidate's sentence with a contact cue as evidence. The other contacts are kept so an
 * analyst can list them; they never count as meetings.
 */
export function findContactsLearned(
  model: MeetingModel,
  text: string,
  sentences: Sentence[],
  people: PersonRef[],
  hints?: ReadonlyMap<string, ReadonlySet<string>>,
  bodyStart = 0,
): MeetingFinding[] {
  // A cue word in a person's name ("Theresa May", "Will Smith") is no cue: every reading below sees it masked.
  sentences = withoutNameCues(sentences, people, loadCues());
  const decided = decidePairs(model, sentences, people, hints);
  const met = new Set(decided.filter((d) => d.label === 'met').map((d) => d.participants.join('\0')));
  for (const [key, h] of hints ?? []) {
    if (!h.has('pattern')) continue;
    const [a, b, si] = key.split('\0');
    if (met.has(`${a}\0${b}`) || !(Number(si) >= 0)) continue;
    met.add(`${a}\0${b}`);
    decided.push({ participants: [a, b], label: 'met', lead: Infinity, candidate: { a, b, from: Number(si), to: Number(si) } });
  }
  const cues = loadCues();
  const sentence = (si: number): Span => ({ start: sentences[si].start, end: sentences[si].end, text: text.slice(sentences[si].start, sentences[si].end) });
  // Once per sentence, not once per pair: a long sentence naming many people is read once.
  const meetCue = new Map<number, boolean>();
  const hasMeetCue = (k: number) => {
    let has = meetCue.get(k);
    if (has === undefined) meetCue.set(k, (has = sentenceHasCue(sentences[k], cues, MEETING_WORDS)));
    return has;
  };
  const bodySentenceOf = bodySentences(sentences, people, bodyStart);
  // The evidence is one sentence: of a candidate's sentences, the first with a contact cue; a headline
  // states a contact but seldom its day or place, so the first body sentence naming both with a cue does.
  const evidenceOf = (d: PairDecision): Span => {
    let si = d.candidate.from;
    for (let k = d.candidate.from; k <= d.candidate.to; k++) {
      if (hasMeetCue(k)) {
        si = k;
        break;
      }
    }
    if (sentences[si].start < bodyStart) si = bodySentenceOf(d.participants, hasMeetCue) ?? si;
    return sentence(si);
  };
  const meetings = decided.filter((d) => d.label === 'met').map((d) => ({ participants: d.participants, evidence: evidenceOf(d) }));
  const others = decided
    .filter((d): d is PairDecision & { label: ContactStatus } => d.label !== 'met' && d.label !== 'none')
    .map((d) => ({ participants: d.participants, evidence: evidenceOf(d), status: d.label }));
  // A sentence the group-event model (group-events.ts) reads as one meeting of all the people it names: every
  // pair of them met, unless the pair was decided planned, negated or remote (a pair is never both met and not
  // met). It learns what the list rule (lists.ts: "X met A, B and C" makes A, B and C meet) states by hand, and
  // replaces it; a model without the group path keeps the list rule.
  const listed = model.groups ? [] : listPartners([...meetings, ...others], text, sentences, people);
  const decidedKeys = new Set([...meetings, ...listed, ...others].map((m) => [...m.participants].sort().join('\0')));
  const grouped = model.groups ? groupPartners(model.groups, text, sentences, people, decidedKeys, cues) : [];
  return [...meetings, ...listed, ...grouped, ...others];
}

/**
 * The body sentences (at or after `bodyStart`) besides `evidence` that name at least two of a
 * meeting's people and carry a meeting word, in text order: where its day and place may be
 * stated when its evidence sentence does not say them.
 */
export function statingSentences(sentences: Sentence[], people: PersonRef[], participants: readonly string[], evidence: Span, bodyStart: number): Span[] {
  const cues = loadCues();
  const named = new Map<number, Set<string>>();
  for (const p of people) {
    if (!participants.includes(p.name)) continue;
    for (const m of p.mentions) {
      if (m.start < bodyStart) continue;
      const k = sentenceIndex(sentences, m.start);
      if (k < 0) continue;
      const set = named.get(k) ?? new Set<string>();
      set.add(p.name);
      named.set(k, set);
    }
  }
  return [...named.entries()]
    .filter(([k, names]) => names.size >= 2 && sentences[k].start !== evidence.start)
    .filter(([k]) => sentenceHasCue(sentences[k], cues, MEETING_WORDS))
    .sort(([a], [b]) => a - b)
    .map(([k]) => ({ start: sentences[k].start, end: sentences[k].end, text: '' }));
}

/** For a pair, the first body sentence (at or after `bodyStart`) that mentions both and passes `ok`. */
function bodySentences(sentences: Sentence[], people: PersonRef[], bodyStart: number) {
  let byName: Map<string, Set<number>> | undefined;
  return (pair: readonly string[], ok: (k: number) => boolean): number | undefined => {
    byName ??= new Map(people.map((p) => [p.name, new Set(p.mentions.filter((m) => m.start >= bodyStart).map((m) => sentenceIndex(sentences, m.start)))]));
    const a = byName.get(pair[0]);
    const b = byName.get(pair[1]);
    if (!a || !b) return undefined;
    return [...a].filter((k) => k >= 0 && b.has(k) && ok(k)).sort((x, y) => x - y)[0];
  };
}

export interface EventPair {
  participants: [string, string];
  event: number;
  /** The weaker participant's score: both must be participants. */
  lead: number;
}

/** Each pair of people that share an event, with its best event: linear in events times the per-event cap squared. */
export function eventPairs(model: Pick<ParticipantModel, 'weights'>, sentences: Sentence[], people: PersonRef[]): Map<string, EventPair> {
  const byEvent = new Map<number, Array<{ person: string; score: number }>>();
  for (const c of participantCandidates(sentences, people, loadCues())) {
    const list = byEvent.get(c.event) ?? [];
    list.push({ person: c.person, score: scoreParticipant(model, c.features) });
    byEvent.set(c.event, list);
  }
  const out = new Map<string, EventPair>();
  for (const [event, list] of byEvent) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const participants = [list[i].person, list[j].person].sort() as [string, string];
        const key = participants.join('\0');
        const lead = Math.min(list[i].score, list[j].score);
        const prev = out.get(key);
        if (!prev || lead > prev.lead) out.set(key, { participants, event, lead });
      }
    }
  }
  return out;
}
