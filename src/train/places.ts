import { foldName } from '../article/names.js';
import type { CandidateModel } from '../extract/meetings/candidate-model.js';
import { choosePlace, type PlaceCandidate } from '../extract/meetings/place-candidates.js';
import { samePlace } from '../eval/meeting-details.js';
import { trainBinaryLogistic } from './meetings.js';

/** One held meeting of an annotated article: its candidate places and the annotated place (null: the text names none). */
export interface PlaceItem {
  candidates: PlaceCandidate[];
  gold: string | null;
  /** The cross-validation fold of its article (every meeting of an article in one fold). */
  fold: number;
}

const ARTICLE = /^(?:the|a|an)\s+/i;
const words = (s: string) => foldName(s.replace(ARTICLE, '')).replace(/,/g, ' ').split(' ').filter(Boolean);
const endsWith = (whole: string[], part: string[]) => part.length <= whole.length && part.every((w, i) => whole[whole.length - part.length + i] === w);
const contains = (whole: string[], part: string[]) => whole.some((_, i) => part.length > 0 && part.every((w, k) => whole[i + k] === w));

/**
 * Whether a candidate is the annotated place, as a training label: stricter than the eval's "one name
 * contains the other", which would also teach "Asia" for "the Asia Pacific Economic Cooperation summit",
 * "Black Sea" for "the Black Sea resort of Sochi" and "Switzerland" for "Davos, Switzerland". The same
 * place, a name that holds the annotated one, the place that ends it ("a palace north of Budapest",
 * "Davos" of "Davos, Switzerland"; a country only when it is the whole place), or the name it opens
 * when common words follow ("the White House healthcare summit") and name no other place.
 */
export function isAnnotatedPlace(gold: string, candidate: Pick<PlaceCandidate, 'name' | 'features'>): boolean {
  const g = words(gold);
  const c = words(candidate.name);
  if (!c.length || !g.length) return false;
  if (contains(c, g)) return true;
  const country = candidate.features.some((f) => f.startsWith('kind:country'));
  const comma = gold.lastIndexOf(',');
  const beforeComma = comma > 0 ? words(gold.slice(0, comma)) : [];
  if (!country && (endsWith(g, c) || (beforeComma.length && endsWith(beforeComma, c)))) return true;
  const original = gold.replace(ARTICLE, '').split(/\s+/);
  // "the Black Sea resort of Sochi" opens with a name, but the place is the one it ends with.
  const placeLater = original.slice(c.length).some((w, i, rest) => /^(?:of|in|near|outside)$/.test(w) && /^\p{Lu}/u.test(rest[i + 1] ?? ''));
  return !country && !placeLater && c.every((w, i) => g[i] === w) && /^\p{Ll}/u.test(original[c.length] ?? '');
}

/** How well a model places meetings: right where a place is named, and how often it places one where none is. */
export interface PlaceScores {
  stated: number;
  right: number;
  unstated: number;
  placedAnyway: number;
  /** Right answers (the place, or none where the text names none) over all meetings. */
  accuracy: number;
}

/**
 * Places chosen by `choose` for each item, scored as the eval scores them (src/eval/meeting-details.ts
 * samePlace): right where the annotation names one, given where it names none.
 */
export function scoreChosen(items: readonly PlaceItem[], choose: (item: PlaceItem) => { name: string } | null): PlaceScores {
  const out = { stated: 0, right: 0, unstated: 0, placedAnyway: 0, accuracy: 0 };
  for (const item of items) {
    const got = choose(item);
    if (item.gold) {
      out.stated++;
      if (got && samePlace(item.gold, got.name)) out.right++;
    } else {
      out.unstated++;
      if (got) out.placedAnyway++;
    }
  }
  out.accuracy = items.length ? (out.right + out.unstated - out.placedAnyway) / items.length : 0;
  return out;
}

export function scorePlaces(model: CandidateModel, items: readonly PlaceItem[], threshold = model.threshold): PlaceScores {
  return scoreChosen(items, (item) => choosePlace(model, item.candidates, threshold));
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/**
 * The threshold chosen out of fold: each fold's meetings placed by a model fitted on the other folds,
 * at every threshold from 0.05 to 0.95; the one with the most right answers (ties to the higher: fewer
 * places claimed), with its out-of-fold scores.
 */
export function crossValidate(items: readonly PlaceItem[], folds: number): { threshold: number; scores: PlaceScores } {
  const models = Array.from({ length: folds }, (_, f) => fitPlaces(items.filter((i) => i.fold !== f)));
  let best: { threshold: number; scores: PlaceScores } | null = null;
  for (const t of THRESHOLDS) {
    const scores = scoreChosen(items, (item) => choosePlace(models[item.fold], item.candidates, t));
    if (!best || scores.accuracy >= best.scores.accuracy) best = { threshold: t, scores };
  }
  return best!;
}

/** Logistic weights over every candidate, positive when it is the annotated place; seeded, so byte-reproducible. */
export function fitPlaces(items: readonly PlaceItem[]): CandidateModel {
  const examples = items.flatMap((item) => item.candidates.map((c) => ({ features: c.features, positive: item.gold !== null && isAnnotatedPlace(item.gold, c) })));
  return { weights: trainBinaryLogistic(examples, { epochs: 20, seed: 7, l2: 1e-3 }), threshold: 0.5 };
}
