// Trains the model that gives a held meeting its place among the article's places
// (src/extract/meetings/place-candidates.ts): models/meeting-places.json.
//
//   npm run train:places             choose the threshold by 5-fold cross-validation over the train and
//                                    tune splits (folds by article), report the out-of-fold figures beside
//                                    the evidence-sentence rule's alone; then fit on all and write the model
//   npm run train:places -- --dry    report only, write nothing
//
// The model places only meetings whose stating sentences introduce no venue (src/extract/meetings/
// when-where.ts), so it learns from those. Examples: every such meeting extraction finds in an
// annotated article that joins an annotated met pair;
// a candidate is positive when it is the annotated place (src/train/places.ts isAnnotatedPlace); a
// figure's place is right as the eval counts it (one folded name contains the other). The out-of-fold
// figures are those the threshold was chosen on: a selection figure, not a held-out one. The locked test split is never read here: `newsgraph eval --annotations --split test` scores it.
import { writeFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse.js';
import { loadAnnotated } from '../src/eval/annotations.js';
import { pairJoins } from '../src/eval/meeting-details.js';
import { serializeCandidateModel } from '../src/extract/meetings/candidate-model.js';
import { PLACE_MODEL_FILE } from '../src/extract/meetings/place-candidates.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { createHash } from 'node:crypto';
import { crossValidate, fitPlaces, isAnnotatedPlace, scoreChosen, scorePlaces, type PlaceItem, type PlaceScores } from '../src/train/places.js';

const FOLDS = 5;

const dry = process.argv.includes('--dry');
const articles = await loadAnnotated({ splits: ['train', 'tune'], textDir: process.env.REUTERS_DIR });
const items: PlaceItem[] = [];
/** Meetings the stating sentences place, with the annotated place: the rule's, scored beside. */
const stated: Array<{ place: string; gold: string | null }> = [];
for (const a of articles) {
  const met = a.annotation.pairs.filter((p) => p.label === 'met');
  if (!met.length) continue;
  const joins = pairJoins(a.annotation);
  extractArticle(parseArticle(a.text, a.name), {
    onCandidates: (m, candidates, place) => {
      const pairs = met.filter((p) => joins(p, m.participants));
      // The pairs of one meeting may disagree (one annotated without its place): a stated place wins.
      const fold = createHash('sha256').update(a.name).digest()[0] % FOLDS;
      const gold = pairs.find((p) => p.place)?.place ?? null;
      if (!pairs.length) return;
      if (place) stated.push({ place: place.name, gold });
      else items.push({ candidates, gold, fold });
    },
  });
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(0)}%`;
const fmt = (s: PlaceScores) => `right ${s.right}/${s.stated} (${pct(s.right, s.stated)}), placed where none is named ${s.placedAnyway}/${s.unstated}, right answers ${pct(s.accuracy, 1)}`;
const reachable = items.filter((i) => i.gold && i.candidates.some((c) => isAnnotatedPlace(i.gold!, c))).length;
console.log(`train + tune: ${stated.length + items.length} meetings; ${stated.length} placed by their stating sentences, ${items.length} left to the model (${items.filter((i) => i.gold).length} of them with a place, ${reachable} of those among the candidates)`);
const byRule = scoreChosen(
  stated.map((s) => ({ candidates: [], gold: s.gold, fold: 0, place: s.place })),
  (i) => ({ name: (i as unknown as { place: string }).place }),
);
const none = scoreChosen(items, () => null);
const add = (a: PlaceScores, b: PlaceScores): PlaceScores => {
  const stated = a.stated + b.stated;
  const unstated = a.unstated + b.unstated;
  const right = a.right + b.right;
  const placedAnyway = a.placedAnyway + b.placedAnyway;
  return { stated, unstated, right, placedAnyway, accuracy: (right + unstated - placedAnyway) / (stated + unstated) };
};
console.log(`  the stating sentences alone: ${fmt(add(byRule, none))}`);
const { threshold, scores } = crossValidate(items, FOLDS);
console.log(`  with the model out of fold, threshold ${threshold} chosen so: ${fmt(add(byRule, scores))}`);
const shipped = fitPlaces(items);
shipped.threshold = threshold;
console.log(`  with the model fitted on all at ${threshold} (in sample): ${fmt(add(byRule, scorePlaces(shipped, items)))}`);
if (!dry) {
  writeFileSync(PLACE_MODEL_FILE, serializeCandidateModel(shipped));
  console.log(`wrote ${PLACE_MODEL_FILE}`);
}
