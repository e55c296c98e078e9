import type { MeetingFinding, PersonRef, Sentence } from '../types.js';
import { pairInstances, type PairInstance } from './candidates.js';
import { loadCues } from './cues.js';
import { mentionIndex, pairFeatures } from './features.js';
import { bestLabel, metLead, scoreFeatures, type ContactLabel, type MeetingModel } from './model.js';

export interface PairDecision {
  participants: [string, string];
  label: ContactLabel;
  /** The instance that decided: its sentences are the evidence. */
  instance: PairInstance;
  lead: number;
}

/**
 * Every candidate pair of an article with its features. `hints` are further facts about a
 * candidate from other stages, keyed by the pair's sorted names and the sentence index
 * (`a\0b\0sentence`), each becoming a feature of its own.
 */
export function instanceFeatures(sentences: Sentence[], people: PersonRef[], hints: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Array<{ inst: PairInstance; features: string[] }> {
  const cues = loadCues();
  const between = mentionIndex(people.flatMap((p) => p.mentions.map((m) => m.start)));
  return pairInstances(sentences, people).map((inst) => {
    const key = [inst.a, inst.b].sort().join('\0');
    const h = new Set([...(hints.get(`${key}\0${inst.sentence}`) ?? []), ...(hints.get(`${key}\0${inst.sentence2}`) ?? [])]);
    return { inst, features: pairFeatures(inst, sentences, cues, between(inst.first.end, inst.second.start), h) };
  });
}

/** Each pair of people near each other, labelled by its most `met`-like instance. */
export function decidePairs(model: MeetingModel, text: string, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): PairDecision[] {
  const best = new Map<string, PairDecision>();
  for (const { inst, features } of instanceFeatures(sentences, people, hints)) {
    const scores = scoreFeatures(model, features);
    const lead = metLead(model, scores);
    const participants = [inst.a, inst.b].sort() as [string, string];
    const key = participants.join('\0');
    const prev = best.get(key);
    if (!prev || lead > prev.lead) {
      const label = lead > model.margin ? 'met' : bestLabel(model, scores) === 'met' ? 'none' : bestLabel(model, scores);
      best.set(key, { participants, label, instance: inst, lead });
    }
  }
  return [...best.values()];
}

/** The pairs the model says met, each with the sentence (or two) that says so. */
export function findMeetingsLearned(model: MeetingModel, text: string, sentences: Sentence[], people: PersonRef[], hints?: ReadonlyMap<string, ReadonlySet<string>>): MeetingFinding[] {
  return decidePairs(model, text, sentences, people, hints)
    .filter((d) => d.label === 'met')
    .map((d) => {
      const start = sentences[d.instance.sentence].start;
      const end = sentences[d.instance.sentence2].end;
      return { participants: d.participants, evidence: { start, end, text: text.slice(start, end) } };
    });
}
