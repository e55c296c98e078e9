import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from '../../config.js';

/** What a pair of people is to each other in an article, as annotated (annotations/README.md). */
export const CONTACT_LABELS = ['met', 'planned', 'negated', 'remote', 'none'] as const;
export type ContactLabel = (typeof CONTACT_LABELS)[number];

/** A linear model over string features: one weight per label per feature (averaged perceptron). */
export interface MeetingModel {
  labels: readonly ContactLabel[];
  weights: ReadonlyMap<string, Float64Array>;
  /** A pair is `met` when its best instance's met score beats every other label's by more than this (tuned on the tune split). */
  margin: number;
  /** How candidates were generated for training; decoding must generate them alike. */
  candidates: 'window' | 'anchor' | 'both';
  /**
   * The event path (events.ts): a binary linear model of "participant of a held meeting". A
   * pair's event lead is the weaker participant's score at their best shared event; the pair is
   * `met` when its pair lead plus `weight` times its event lead exceeds `margin`.
   */
  participants?: ParticipantModel;
  /** The group-event path (group-events.ts): optional, so models trained before it still load. */
  groups?: GroupModel;
}

/** The group-event path's model (group-events.ts): a sentence's feature weights and the margin its score must exceed. */
export interface GroupModel {
  weights: ReadonlyMap<string, number>;
  /** A sentence is a group meeting when its score exceeds this (tuned on the tune sets). */
  margin: number;
}

export interface ParticipantModel {
  weights: ReadonlyMap<string, number>;
  weight: number;
  /** The pair lead of a pair no pair candidate reaches (tuned): what the event path must overcome alone. */
  pairFloor: number;
}

/** The event lead of a pair that shares no event. */
export const EVENT_FLOOR = -8;

/** The decision score of a pair: its pair lead plus the weighted event lead, each floored. */
export function combinedLead(model: MeetingModel, pairLead: number, eventLead: number): number {
  if (!model.participants) return pairLead;
  return Math.max(model.participants.pairFloor, pairLead) + model.participants.weight * Math.max(EVENT_FLOOR, eventLead);
}

export function scoreParticipant(model: Pick<ParticipantModel, 'weights'>, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

export const MEETING_MODEL_FILE = path.join(repoRoot, 'models/meetings.json.gz');

export function scoreFeatures(model: MeetingModel, features: readonly string[]): Float64Array {
  const scores = new Float64Array(model.labels.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
  return scores;
}

/** How far `met` leads the best other label (negative when another label wins). */
export function metLead(model: MeetingModel, scores: Float64Array): number {
  const met = model.labels.indexOf('met');
  let other = -Infinity;
  for (let k = 0; k < scores.length; k++) if (k !== met) other = Math.max(other, scores[k]);
  return scores[met] - other;
}

export function bestLabel(model: MeetingModel, scores: Float64Array): ContactLabel {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return model.labels[best];
}

export interface SerializedMeetingModel {
  labels: ContactLabel[];
  margin: number;
  candidates: 'window' | 'anchor' | 'both';
  weights: Record<string, number[]>;
  participants?: { weight: number; pairFloor: number; weights: Record<string, number> };
  groups?: { margin: number; weights: Record<string, number> };
}

export function serializeMeetingModel(m: MeetingModel): SerializedMeetingModel {
  const weights: Record<string, number[]> = {};
  for (const f of [...m.weights.keys()].sort()) {
    const w = [...m.weights.get(f)!].map((x) => Math.round(x * 1e4) / 1e4);
    if (w.some((x) => x !== 0)) weights[f] = w;
  }
  const out: SerializedMeetingModel = { labels: [...m.labels], margin: m.margin, candidates: m.candidates, weights };
  if (m.participants) out.participants = { weight: m.participants.weight, pairFloor: m.participants.pairFloor, weights: roundedWeights(m.participants.weights) };
  // A group path whose margin trusts no group (Infinity) is left out: JSON has no Infinity.
  if (m.groups && Number.isFinite(m.groups.margin)) out.groups = { margin: m.groups.margin, weights: roundedWeights(m.groups.weights) };
  return out;
}

/** Weights rounded to 4 places, sorted by feature, zeros left out: the same model gives the same bytes. */
function roundedWeights(weights: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...weights.keys()].sort()) {
    const x = Math.round(weights.get(f)! * 1e4) / 1e4;
    if (x !== 0) out[f] = x;
  }
  return out;
}

export function deserializeMeetingModel(s: SerializedMeetingModel): MeetingModel {
  const model: MeetingModel = { labels: s.labels, margin: s.margin, candidates: s.candidates, weights: new Map(Object.entries(s.weights).map(([f, w]) => [f, Float64Array.from(w)])) };
  if (s.groups) model.groups = { margin: s.groups.margin, weights: new Map(Object.entries(s.groups.weights)) };
  if (s.participants) model.participants = { weight: s.participants.weight, pairFloor: s.participants.pairFloor, weights: new Map(Object.entries(s.participants.weights)) };
  return model;
}

let cached: MeetingModel | null | undefined;

/** The trained model (`npm run train:meetings`), or null when none has been trained. */
export function loadMeetingModel(file = MEETING_MODEL_FILE): MeetingModel | null {
  if (cached !== undefined && file === MEETING_MODEL_FILE) return cached;
  const model = existsSync(file) ? deserializeMeetingModel(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'))) : null;
  if (file === MEETING_MODEL_FILE) cached = model;
  return model;
}
