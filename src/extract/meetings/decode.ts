import type { MeetingFinding, PersonRef, Sentence } from '../types.js';
import { anchoredFeatures } from './anchor-features.js';
import { anchoredPairs, sentenceIndex } from './anchors.js';
import { pairInstances } from './candidates.js';
import { loadCues } from './cues.js';
import { mentionIndex, pairFeatures } from './features.js';
import { participantCandidates } from './events.js';
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

export type CandidateKind = 'window' | 'anchor' | 'both';

/**
 * Every candidate pair of an article with its features: `window` pairs mentions in one or two
 * neighbouring sentences; `anchor` pairs the people named around each sentence with a contact
 * cue. `hints` are further facts from other stages, keyed by sorted names and sentence index.
 */
export function candidates(sentences: Sentence[], people: PersonRef[], kind: CandidateKind = 'anchor', hints: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Candidate[] {
  if (kind === 'both') {
    const tag = (p: string) => (c: Candidate) => ({ ...c, features: c.features.map((f) => `${p}${f}`) });
    return [...candidates(sentences, people, 'window', hints).map(tag('W:')), ...candidates(sentences, people, 'anchor', hints).map(tag('A:'))];
  }
  const cues = loadCues();
  const starts = people.flatMap((p) => p.mentions.map((m) => m.start));
  const hintsFor = (a: string, b: string, ...sents: number[]) => {
    const key = [a, b].sort().join('\0');
    return new Set(sents.flatMap((s) => [...(hints.get(`${key}\0${s}`) ?? [])]));
  };
  if (kind === 'window') {
    const between = mentionIndex(starts);
    return pairInstances(sentences, people).map((inst) => ({
      a: inst.a,
      b: inst.b,
      from: inst.sentence,
      to: inst.sentence2,
      features: pairFeatures(inst, sentences, cues, between(inst.first.end, inst.second.start), hintsFor(inst.a, inst.b, inst.sentence, inst.sentence2)),
    }));
  }
  const firstPersonIn = new Map<number, number>();
  for (const s of [...starts].sort((x, y) => x - y)) {
    const k = sentenceIndex(sentences, s);
    if (!firstPersonIn.has(k)) firstPersonIn.set(k, s);
  }
  const startSet = new Set(starts);
  return anchoredPairs(sentences, people, cues).map((inst) => {
    const features = anchoredFeatures(inst, sentences, cues, firstPersonIn, startSet);
    for (const h of hintsFor(inst.a, inst.b, inst.anchor)) features.push(`hint:${h}`);
    return { a: inst.a, b: inst.b, from: inst.anchor, to: inst.anchor, features };
  });
}

export interface PairDecision {
  participants: [string, string];
  label: ContactLabel;
  /** The candidate that decided: its sentences are the evidence. */
  candidate: Candidate;
  lead: number;
}

/**
 * Each pair of people near each other, labelled: `met` when its decision score (its most
 * `met`-like candidate's lead, plus the weighted event lead when the model has an event path)
 * exceeds the margin, else its best candidate's other label.
 */
export function decidePairs(model: MeetingModel, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): PairDecision[] {
  const best = new Map<string, { participants: [string, string]; candidate?: Candidate; lead: number; label: ContactLabel; event?: EventPair }>();
  for (const c of candidates(sentences, people, model.candidates, hints)) {
    const scores = scoreFeatures(model, c.features);
    const lead = metLead(model, scores);
    const participants = [c.a, c.b].sort() as [string, string];
    const key = participants.join('\0');
    const prev = best.get(key);
    if (!prev || lead > prev.lead) {
      const label = bestLabel(model, scores);
      best.set(key, { participants, candidate: c, lead, label: label === 'met' ? 'none' : label });
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
    const candidate = d.candidate ?? { a: d.participants[0], b: d.participants[1], from: d.event!.event, to: d.event!.event, features: [] };
    return { participants: d.participants, label: score > model.margin ? 'met' : d.label, candidate, lead: score };
  });
}

/**
 * The pairs that met, each with the sentence that says so: those the model scores past its
 * margin, and those the pattern finder found (`pattern` hints). The patterns are precise and
 * the model adds what they miss; the margin is tuned for the two together (train-meetings).
 */
export function findMeetingsLearned(model: MeetingModel, text: string, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): MeetingFinding[] {
  const decided = decidePairs(model, sentences, people, hints);
  const met = new Set(decided.filter((d) => d.label === 'met').map((d) => d.participants.join('\0')));
  for (const [key, h] of hints ?? []) {
    if (!h.has('pattern')) continue;
    const [a, b, si] = key.split('\0');
    if (met.has(`${a}\0${b}`) || !(Number(si) >= 0)) continue;
    met.add(`${a}\0${b}`);
    decided.push({ participants: [a, b], label: 'met', lead: Infinity, candidate: { a, b, from: Number(si), to: Number(si), features: [] } });
  }
  const cues = loadCues();
  return decided
    .filter((d) => d.label === 'met')
    .map((d) => {
      // The evidence is one sentence: of a candidate's sentences, the first with a contact cue.
      let si = d.candidate.from;
      for (let k = d.candidate.from; k <= d.candidate.to; k++) {
        if (sentences[k].tokens.some((t) => (cues.get(t.text.toLowerCase()) ?? []).some((c) => c === 'meetVerb' || c === 'meetNoun'))) {
          si = k;
          break;
        }
      }
      const { start, end } = sentences[si];
      return { participants: d.participants, evidence: { start, end, text: text.slice(start, end) } };
    });
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
