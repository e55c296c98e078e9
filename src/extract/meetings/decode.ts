import type { MeetingFinding, PersonRef, Sentence } from '../types.js';
import { anchoredFeatures } from './anchor-features.js';
import { anchoredPairs, sentenceIndex } from './anchors.js';
import { pairInstances } from './candidates.js';
import { loadCues } from './cues.js';
import { mentionIndex, pairFeatures } from './features.js';
import { bestLabel, metLead, scoreFeatures, type ContactLabel, type MeetingModel } from './model.js';

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

/** Each pair of people near each other, labelled by its most `met`-like candidate. */
export function decidePairs(model: MeetingModel, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): PairDecision[] {
  const best = new Map<string, PairDecision>();
  for (const c of candidates(sentences, people, model.candidates, hints)) {
    const scores = scoreFeatures(model, c.features);
    const lead = metLead(model, scores);
    const participants = [c.a, c.b].sort() as [string, string];
    const key = participants.join('\0');
    const prev = best.get(key);
    if (!prev || lead > prev.lead) {
      const label = lead > model.margin ? 'met' : bestLabel(model, scores) === 'met' ? 'none' : bestLabel(model, scores);
      best.set(key, { participants, label, candidate: c, lead });
    }
  }
  return [...best.values()];
}

/** The pairs the model says met, each with the sentence (or two) that says so. */
export function findMeetingsLearned(model: MeetingModel, text: string, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): MeetingFinding[] {
  return decidePairs(model, sentences, people, hints)
    .filter((d) => d.label === 'met')
    .map((d) => {
      const start = sentences[d.candidate.from].start;
      const end = sentences[d.candidate.to].end;
      return { participants: d.participants, evidence: { start, end, text: text.slice(start, end) } };
    });
}
