import { bestCandidate, type CandidateModel } from '../extract/meetings/candidate-model.js';
import { trainBinaryLogistic } from './meetings.js';

/**
 * One held meeting of an annotated article, for a model choosing among candidates (its place among
 * the article's places): its candidates, what each would give (a place's name), what choosing none
 * gives (no place), and the annotation's answer (null: the text names none).
 */
export interface ChoiceItem<C extends { features: readonly string[] }> {
  candidates: C[];
  valueOf: (c: C) => string;
  fallback: string | null;
  gold: string | null;
}

export interface ChoiceScores {
  /** Meetings the annotation gives an answer for, and of those answered right. */
  stated: number;
  right: number;
  /** Meetings it gives none for, and of those given one all the same. */
  unstated: number;
  answeredAnyway: number;
  /** Right answers (one, or none where the text names none) over all meetings. */
  accuracy: number;
}

export function scoreChoices<C extends { features: readonly string[] }>(
  model: CandidateModel,
  items: ReadonlyArray<ChoiceItem<C>>,
  same: (gold: string, found: string) => boolean,
  threshold = model.threshold,
): ChoiceScores {
  const out = { stated: 0, right: 0, unstated: 0, answeredAnyway: 0, accuracy: 0 };
  for (const item of items) {
    const best = bestCandidate(model, item.candidates, threshold)?.candidate;
    const got = best ? item.valueOf(best) : item.fallback;
    if (item.gold) {
      out.stated++;
      if (got !== null && same(item.gold, got)) out.right++;
    } else {
      out.unstated++;
      if (got !== null) out.answeredAnyway++;
    }
  }
  out.accuracy = items.length ? (out.right + out.unstated - out.answeredAnyway) / items.length : 0;
  return out;
}

/** The threshold (0.05 to 0.95 by 0.05) with the most right answers; ties to the higher threshold (fewer answers claimed). */
export function tuneThreshold<C extends { features: readonly string[] }>(model: CandidateModel, items: ReadonlyArray<ChoiceItem<C>>, same: (gold: string, found: string) => boolean): number {
  let best = { t: 0.5, accuracy: -1 };
  for (let i = 1; i <= 19; i++) {
    const t = i / 20;
    const { accuracy } = scoreChoices(model, items, same, t);
    if (accuracy >= best.accuracy) best = { t, accuracy };
  }
  return best.t;
}

/** Logistic weights over every candidate, positive when it gives the annotation's answer; seeded, so byte-reproducible. */
export function fitChoices<C extends { features: readonly string[] }>(items: ReadonlyArray<ChoiceItem<C>>, same: (gold: string, found: string) => boolean): CandidateModel {
  const examples = items.flatMap((item) => item.candidates.map((c) => ({ features: [...c.features], positive: item.gold !== null && same(item.gold, item.valueOf(c)) })));
  return { weights: trainBinaryLogistic(examples, { epochs: 20, seed: 7, l2: 1e-3 }), threshold: 0.5 };
}
