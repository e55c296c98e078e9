import { existsSync, readFileSync } from 'node:fs';
import { roundedWeights } from './model.js';

/**
 * A learned choice among candidates (a meeting's place among the article's places, its day among the
 * article's days): logistic weights over each candidate's features, and the probability the best
 * candidate must reach to be chosen (below it, none is). Trained by `npm run train:places`.
 */
export interface CandidateModel {
  weights: ReadonlyMap<string, number>;
  threshold: number;
}

export function serializeCandidateModel(m: CandidateModel): string {
  return `${JSON.stringify({ threshold: m.threshold, weights: roundedWeights(m.weights) }, null, 1)}\n`;
}

const cache = new Map<string, CandidateModel | null>();

/** A shipped model, read once per file; null when the file is absent. */
export function loadCandidateModel(file: string): CandidateModel | null {
  let model = cache.get(file);
  if (model !== undefined) return model;
  model = null;
  if (existsSync(file)) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { threshold: number; weights: Record<string, number> };
    model = { threshold: raw.threshold, weights: new Map(Object.entries(raw.weights)) };
  }
  cache.set(file, model);
  return model;
}

/** A candidate's probability of being the one. */
export function candidateProbability(model: Pick<CandidateModel, 'weights'>, c: { features: readonly string[] }): number {
  let z = 0;
  for (const f of c.features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The most probable candidate when it reaches the threshold (ties to the earlier one), else null. */
export function bestCandidate<C extends { features: readonly string[] }>(model: CandidateModel, candidates: readonly C[], threshold = model.threshold): { candidate: C; probability: number } | null {
  let best: { candidate: C; probability: number } | null = null;
  for (const c of candidates) {
    const probability = candidateProbability(model, c);
    if (!best || probability > best.probability) best = { candidate: c, probability };
  }
  return best && best.probability >= threshold ? best : null;
}
