import type { PersonRef, Sentence, Span } from '../types.js';
import { personFeatures, tokenAt } from './anchor-features.js';
import { windowOf } from './features.js';
import { mentionsBySentenceOf } from './anchors.js';
import type { CueClasses } from './cues.js';
import { withoutNameCues } from './name-cues.js';

/**
 * Contact events and their participants. A sentence with a contact cue (a meeting word, an
 * attendance word, a remote-contact word) reports an event; each person named around it (one
 * sentence before to EVENT_AFTER after, nearest mention, at most MAX_PARTICIPANTS people) is a
 * possible participant. A linear model scores each (event, person) as "a participant of a held
 * meeting reported here"; every pair of participants of one event then met (the guide's group
 * rule). Work is linear in the article: bounded windows, a cap on people per event.
 */
export const EVENT_BEFORE = 1;
export const EVENT_AFTER = 4;
export const MAX_PARTICIPANTS = 16;
/**
 * The lead event (the first event sentence among the title and the first LEAD_SENTENCES of the
 * body) reaches the whole article: "Highlights", "Key quotes" and summit stories report one
 * meeting up front and quote its participants all the way down. At most MAX_LEAD_PARTICIPANTS.
 */
export const LEAD_SENTENCES = 3;
export const MAX_LEAD_PARTICIPANTS = 24;
/** Cue classes that make a sentence an event. */
export const EVENT_CLASSES: ReadonlySet<string> = new Set(['meetVerb', 'meetNoun', 'remote', 'attendVerb']);
const TRIGGER = EVENT_CLASSES;
/** Classes whose presence in the event sentence changes what a position means. */
const CONTEXT = ['negation', 'modal', 'future', 'past', 'remote', 'group', 'attend', 'attendVerb', 'together', 'report'];

export interface ParticipantCandidate {
  /** The event's first and last sentence. */
  event: number;
  last: number;
  person: string;
  span: Span;
  features: string[];
}

const classesOf = (s: Sentence, cues: CueClasses) => {
  const found = new Set<string>();
  for (const t of s.tokens) for (const c of cues.get(t.text.toLowerCase()) ?? []) found.add(c);
  return found;
};

export function isEvent(s: Sentence, cues: CueClasses): boolean {
  return s.tokens.some((t) => (cues.get(t.text.toLowerCase()) ?? []).some((c) => EVENT_CLASSES.has(c)));
}

/** The event sentence's own features: its cue words and classes, the trigger and its neighbours. */
export function eventFeatures(s: Sentence, cues: CueClasses, index: number): { features: string[]; classes: Set<string>; trig: number } {
  const lower = s.tokens.map((t) => t.text.toLowerCase());
  const trig = lower.findIndex((w) => (cues.get(w) ?? []).some((c) => TRIGGER.has(c)));
  const classes = classesOf(s, cues);
  const out = ['bias'];
  if (index === 0) out.push('e:title');
  for (const w of lower) if (cues.has(w)) out.push(`e:w:${w}`);
  for (const c of classes) out.push(`e:c:${c}`);
  const meet = classes.has('meetVerb') || classes.has('meetNoun');
  for (const c of CONTEXT) if (meet && classes.has(c)) out.push(`e:meet&${c}`);
  if (trig >= 0) out.push(`e:trig:${lower[trig]}`, `e:trig-1:${lower[trig - 1] ?? '<s>'} ${lower[trig]}`, `e:trig+1:${lower[trig]} ${lower[trig + 1] ?? '</s>'}`);
  // Negation or modality governing the trigger: the words just before it.
  for (const w of lower.slice(Math.max(0, trig - 3), Math.max(0, trig))) for (const c of cues.get(w) ?? []) if (c === 'negation' || c === 'modal' || c === 'future') out.push(`e:pretrig:${c}`);
  return { features: out, classes, trig };
}

/** A word that refers back to a meeting already reported: "the meeting", "that session", "also attended". */
const DEFINITE = new Set(['the', 'that', 'this', 'their', 'its', 'same']);
export function refersBack(s: Sentence, cues: CueClasses): boolean {
  const lower = s.tokens.map((t) => t.text.toLowerCase());
  return lower.some((w, i) => ((cues.get(w) ?? []).includes('meetNoun') && DEFINITE.has(lower[i - 1] ?? '')) || (cues.get(w) ?? []).includes('attendVerb'));
}

/**
 * Event sentences grouped into events: a sentence that refers back to a meeting ("the meeting
 * was also attended by ...", "at the talks") within MERGE_GAP sentences of the previous event
 * sentence continues that event, since annotators give any of them as the evidence.
 */
export const MERGE_GAP = 3;
export function eventClusters(sentences: Sentence[], cues: CueClasses): number[][] {
  const clusters: number[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (!isEvent(sentences[s], cues)) continue;
    const last = clusters.at(-1);
    if (last && s - last.at(-1)! <= MERGE_GAP && refersBack(sentences[s], cues)) last.push(s);
    else clusters.push([s]);
  }
  return clusters;
}

/** Every (event, person) candidate of an article with its features; `event` is the event's first sentence. */
export function participantCandidates(original: Sentence[], people: PersonRef[], cues: CueClasses): ParticipantCandidate[] {
  const sentences = withoutNameCues(original, people, cues);
  const bySentence = mentionsBySentenceOf(sentences, people);
  const allStarts = new Set<number>();
  const firstPersonIn = new Map<number, number>();
  for (const [s, list] of bySentence) {
    for (const { span } of list) {
      allStarts.add(span.start);
      if (!firstPersonIn.has(s) || firstPersonIn.get(s)! > span.start) firstPersonIn.set(s, span.start);
    }
  }
  const clusters = eventClusters(sentences, cues);
  const eventSet = new Set(clusters.flat());
  const lead = clusters.find((c) => c[0] <= LEAD_SENTENCES);
  const out: ParticipantCandidate[] = [];
  for (const cluster of clusters) {
    const isLead = cluster === lead;
    const head = cluster[0];
    const last = cluster.at(-1)!;
    // Each person's mention nearest one of the event's sentences.
    const nearest = new Map<string, { span: Span; distance: number; sentence: number; anchor: number; count: number }>();
    for (let k = Math.max(0, head - EVENT_BEFORE); k <= Math.min(sentences.length - 1, last + (isLead ? sentences.length : EVENT_AFTER)); k++) {
      let anchor = head;
      let distance = Infinity;
      for (const s of cluster) {
        const d = k === s ? 0 : k < s ? (s - k) * 2 - 1 : (k - s) * 2;
        if (d < distance) [distance, anchor] = [d, s];
      }
      for (const m of bySentence.get(k) ?? []) {
        const prev = nearest.get(m.person);
        if (!prev || distance < prev.distance) nearest.set(m.person, { span: m.span, distance, sentence: k, anchor, count: (prev?.count ?? 0) + 1 });
        else prev.count++;
      }
    }
    const near = [...nearest].sort((x, y) => x[1].distance - y[1].distance || x[1].span.start - y[1].span.start).slice(0, isLead ? MAX_LEAD_PARTICIPANTS : MAX_PARTICIPANTS);
    if (near.length < 2) continue;
    const evs = new Map(cluster.map((s) => [s, eventFeatures(sentences[s], cues, s)]));
    const clusterClasses = new Set(cluster.flatMap((s) => [...evs.get(s)!.classes]));
    const clusterFeatures = [`cl:size:${Math.min(cluster.length, 3)}`, ...[...clusterClasses].map((c) => `cl:c:${c}`)];
    if (isLead) clusterFeatures.push('e:lead');
    const size = near.length <= 2 ? '2' : near.length <= 4 ? '3-4' : near.length <= 8 ? '5-8' : '9+';
    near.forEach(([person, v], rank) => {
      const ev = evs.get(v.anchor)!;
      const inEvent = near.filter(([, u]) => u.sentence === v.anchor).length;
      const pf = personFeatures(v.span, sentences, v.anchor, ev.trig, firstPersonIn, allStarts);
      const d = v.sentence - v.anchor;
      const off = d <= 3 ? `o${d}` : d <= 6 ? 'o4-6' : d <= 12 ? 'o7-12' : 'o13+';
      const own = v.sentence === v.anchor ? ev.classes : classesOf(sentences[v.sentence], cues);
      const f = [...ev.features, ...clusterFeatures, ...pf, `n:${size}`, `inEvent:${Math.min(inEvent, 3)}`, `rank:${Math.min(rank, 4)}`, `${off}&n:${size}`];
      // What the event says, seen from where the person stands.
      for (const c of CONTEXT) if (ev.classes.has(c)) f.push(`${off}&e:${c}`);
      if (isLead) f.push(`lead&${off}`, `lead&n:${size}`);
      // A speaker's header line ("EUROGROUP CHAIRMAN JEAN-CLAUDE JUNCKER") in a list of comments.
      if (/\p{Lu}{2}/u.test(v.span.text) && v.span.text === v.span.text.toUpperCase()) f.push('caps', `${off}&caps`);
      f.push(`mentions:${Math.min(v.count, 3)}`);
      if (v.sentence !== v.anchor) {
        for (const c of own) f.push(`${off}&own:${c}`);
        if (eventSet.has(v.sentence)) f.push(`${off}&ownEvent`);
      }
      for (const x of pf) if (x.startsWith('p:prev:') || x.startsWith('p:next:') || x === 'p:quoted' || x === 'p:list' || x === 'p:firstInSentence') f.push(`${off}&${x}`);
      const tokens = sentences[v.sentence].tokens;
      const i = tokenAt(tokens, v.span.start);
      if (windowOf(sentences, v.sentence, v.sentence).quotes[i] % 2 === 1) f.push(`${off}&quoted`);
      out.push({ event: head, last, person, span: v.span, features: f });
    });
  }
  return out.sort((x, y) => x.event - y.event || x.span.start - y.span.start);
}
