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
}

export function serializeMeetingModel(m: MeetingModel): SerializedMeetingModel {
  const weights: Record<string, number[]> = {};
  for (const f of [...m.weights.keys()].sort()) {
    const w = [...m.weights.get(f)!].map((x) => Math.round(x * 1e4) / 1e4);
    if (w.some((x) => x !== 0)) weights[f] = w;
  }
  return { labels: [...m.labels], margin: m.margin, candidates: m.candidates, weights };
}

export function deserializeMeetingModel(s: SerializedMeetingModel): MeetingModel {
  return { labels: s.labels, margin: s.margin, candidates: s.candidates, weights: new Map(Object.entries(s.weights).map(([f, w]) => [f, Float64Array.from(w)])) };
}

let cached: MeetingModel | null | undefined;

/** The trained model (`npm run train:meetings`), or null when none has been trained. */
export function loadMeetingModel(file = MEETING_MODEL_FILE): MeetingModel | null {
  if (cached !== undefined && file === MEETING_MODEL_FILE) return cached;
  const model = existsSync(file) ? deserializeMeetingModel(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'))) : null;
  if (file === MEETING_MODEL_FILE) cached = model;
  return model;
}
