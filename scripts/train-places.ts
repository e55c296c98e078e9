// Trains the model that gives a held meeting its place among the article's places
// (src/extract/meetings/place-candidates.ts): models/meeting-places.json.
//
//   npm run train:places             fit on the train split, tune the threshold on the tune split and
//                                    report both; then fit on train + tune and write the model
//   npm run train:places -- --dry    report only, write nothing
//
// Examples: every meeting extraction finds in an annotated article that joins an annotated met pair;
// a candidate is positive when it is the annotated place (one folded name contains the other). The locked test split is never read here: `newsgraph eval --annotations --split test` scores it.
import { writeFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse.js';
import { loadAnnotated } from '../src/eval/annotations.js';
import { pairJoins, samePlace } from '../src/eval/meeting-details.js';
import { serializeCandidateModel, type CandidateModel } from '../src/extract/meetings/candidate-model.js';
import { PLACE_MODEL_FILE, type PlaceCandidate } from '../src/extract/meetings/place-candidates.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { fitChoices, scoreChoices, tuneThreshold, type ChoiceItem, type ChoiceScores } from '../src/train/choices.js';

const dry = process.argv.includes('--dry');
const articles = await loadAnnotated({ splits: ['train', 'tune'], textDir: process.env.REUTERS_DIR });
type Split = 'train' | 'tune';
const places: Record<Split, ChoiceItem<PlaceCandidate>[]> = { train: [], tune: [] };
for (const a of articles) {
  const met = a.annotation.pairs.filter((p) => p.label === 'met');
  if (!met.length) continue;
  const joins = pairJoins(a.annotation);
  extractArticle(parseArticle(a.text, a.name), {
    onCandidates: (m, candidates) => {
      const pairs = met.filter((p) => joins(p, m.participants));
      if (!pairs.length) return;
      // The pairs of one meeting may disagree (one annotated without its place): a stated one wins.
      places[a.split as Split].push({ candidates, valueOf: (c) => c.name, fallback: null, gold: pairs.find((p) => p.place)?.place ?? null });
    },
  });
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(0)}%`;
function train<C extends { features: readonly string[] }>(
  what: string,
  data: Record<Split, ChoiceItem<C>[]>,
  same: (gold: string, found: string) => boolean,
  file: string,
  fmt: (s: ChoiceScores) => string,
) {
  const reachable = (items: ChoiceItem<C>[]) => items.filter((i) => i.gold && (i.candidates.some((c) => same(i.gold!, i.valueOf(c))) || (i.fallback !== null && same(i.gold, i.fallback)))).length;
  console.log(`${what}: train ${data.train.length} meetings (${data.train.filter((i) => i.gold).length} stated, ${reachable(data.train)} reachable), tune ${data.tune.length} (${data.tune.filter((i) => i.gold).length} stated, ${reachable(data.tune)} reachable)`);
  const held: CandidateModel = fitChoices(data.train, same);
  held.threshold = tuneThreshold(held, data.tune, same);
  console.log(`  fit on train, threshold ${held.threshold} tuned on tune`);
  console.log(`    train: ${fmt(scoreChoices(held, data.train, same))}`);
  console.log(`    tune:  ${fmt(scoreChoices(held, data.tune, same))}`);
  const shipped = fitChoices([...data.train, ...data.tune], same);
  shipped.threshold = held.threshold;
  console.log(`  fit on train + tune at ${shipped.threshold}: ${fmt(scoreChoices(shipped, [...data.train, ...data.tune], same))}`);
  if (!dry) {
    writeFileSync(file, serializeCandidateModel(shipped));
    console.log(`  wrote ${file}`);
  }
}

train('places', places, samePlace, PLACE_MODEL_FILE, (s) => `right ${s.right}/${s.stated} (${pct(s.right, s.stated)}), placed where none is named ${s.answeredAnyway}/${s.unstated}, right answers ${pct(s.accuracy * 100, 100)}`);
