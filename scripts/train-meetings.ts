// Trains the meeting model (models/meetings.json.gz) from the annotated corpus (annotations/):
//
//   npm run train:meetings            train on the train split, tune the decision margin on tune
//   npm run train:meetings -- --dry   report only, write nothing
//   default: window and anchored candidates together (--window, --anchor: one kind only), the
//   pattern finder's verdicts as features (--no-pattern-hints: without), and the event path
//   (src/extract/meetings/events.ts; --no-events: without); anchored candidates take their
//   label from any sentence of their event (--sentence-labels: from the anchor sentence only)
//   --folds: also score the train split out of fold (5 models, each without the articles it scores);
//   --folds-at M,W[,G]: at margin M, event weight W (and group margin G) instead of the tuned ones
//   --at M,W,G: ship the model at margin M, event weight W and group margin G instead of tuning them
//                 on the tune sets (an operating point chosen out of fold: see docs/quality-log.md, Meetings)
//   --cache FILE: keep the extracted people and sentences between runs
//   --errors: list tune false positives and misses
//   --article-cap N: an article counts as at most N met pairs of ordinary ones (default 1; 0: unweighted)
//   --l2 X: the learners' L2 penalty (default 3e-4)
//   --seed N: the learners' shuffle seed (default 1; the shipped model is seed 1)
//   --no-references: candidates from named mentions only (src/extract/meetings/references.ts)
//   --no-groups: without the group-event path (src/extract/meetings/group-events.ts); --group-grid: its margin grid
//   --drop P1,P2: leave out the features with these prefixes (an ablation)
//   --fraction F: learn from a seeded subset of F (0-1] of the train articles (a learning curve; the subsets
//                 are nested: an article in the 25% subset is in the 50% one); --folds scores every train
//                 article out of fold, each fold's model learning from the subset's articles outside it;
//                 --fraction-seed N draws another subset (default 1, the draw of earlier rounds; nested within a seed;
//                 refused without --fraction, of no effect with --fraction 1)
//   --oof-errors FILE: with --folds, write the out-of-fold false alarms and misses of train (with the
//                 pair's annotated label, the evidence sentence and the pair's score less the margin) to FILE,
//                 for an error census or a label audit (the surest disagreements first)
//   --export FILE: with --folds, write every train and tune candidate as the learner sees it (features,
//                 label, article, fold, weight) with the shipped learner's out-of-fold met lead and the
//                 pairs' event leads, pattern and group findings and annotated match, one JSON line per
//                 article, with the article's text, sentences and people's mentions and each candidate's
//                 sentences: to measure other learners, text encoders too, on the same examples and folds
//                 (see exportArticle)
//
// The locked test split is never read here: `newsgraph eval --annotations --split test` scores it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { gzipSync } from 'node:zlib';
import { foldName } from '../src/article/names.js';
import { parseArticle } from '../src/article/parse.js';
import { annotationGold, loadAnnotated, type AnnotatedArticle } from '../src/eval/annotations.js';
import { scoreArticle, totals, type ArticleScore } from '../src/eval/gold.js';
import { articleSentences, extractArticle } from '../src/pipeline/extract.js';
import { candidates, decidePairs, findContactsLearned, findMeetingsLearned, type CandidateKind } from '../src/extract/meetings/decode.js';
import { patternHints } from '../src/extract/meetings/hints.js';
import { findMeetings } from '../src/extract/meetings/patterns/find.js';
import { EVENT_FLOOR, MEETING_MODEL_FILE, combinedLead, metLead, scoreParticipant, scoreFeatures, serializeMeetingModel, type ContactLabel, type MeetingModel } from '../src/extract/meetings/model.js';
import { articleWeight, trainBinaryLogistic, trainLogistic, trainPerceptron, type Example } from '../src/train/meetings.js';
import { exportedText, FeatureIds, goldPairIndex } from '../src/train/meetings-export.js';
import { inDrawnShare } from '../src/train/seeds.js';

const DEFAULT_ARTICLE_CAP = 1;
import { EVENT_AFTER, EVENT_BEFORE, eventClusters, participantCandidates } from '../src/extract/meetings/events.js';
import { loadCues } from '../src/extract/meetings/cues.js';
import { groupCandidates, scoreGroup } from '../src/extract/meetings/group-events.js';
import { sentenceIndex } from '../src/extract/meetings/anchors.js';
import { eventPairs } from '../src/extract/meetings/decode.js';
import { countryMentionsOf, meetingPeople } from '../src/extract/meetings/references.js';
import type { PersonRef } from '../src/extract/types.js';

const dry = process.argv.includes('--dry');
/** --seed N: the learners' shuffle seed (default 1): several seeds tell a change's gain from the shuffle's noise. */
const seedArg = process.argv.includes('--seed') ? (process.argv[process.argv.indexOf('--seed') + 1] ?? '') : '1';
const SEED = Number(seedArg);
if (!Number.isInteger(SEED) || SEED < 0 || seedArg.trim() === '') {
  console.error(`train:meetings: --seed wants a whole number of 0 or more, got "${seedArg}"`);
  process.exit(2);
}
if (SEED !== 1 && !dry) console.warn(`train:meetings: seed ${SEED} writes the model; the shipped model is seed 1`);
/** The learners' L2 penalty (--l2 X). */
const L2 = process.argv.includes('--l2') ? Number(process.argv[process.argv.indexOf('--l2') + 1]) : 3e-4;
const useEvents = !process.argv.includes('--no-events');
const useGroups = !process.argv.includes('--no-groups');
/** A comma-separated list of numbers after `name` ("--at 0,0.5,1.75"), of one of the `lengths` given; undefined when absent. */
function numbersOpt(name: string, lengths: number[]): number[] | undefined {
  if (!process.argv.includes(name)) return undefined;
  const raw = process.argv[process.argv.indexOf(name) + 1] ?? '';
  const xs = raw.split(',').map(Number);
  if (!lengths.includes(xs.length) || xs.some((x) => Number.isNaN(x))) throw new Error(`${name}: ${JSON.stringify(raw)} is not ${lengths.join(' or ')} comma-separated numbers`);
  return xs;
}
/** --group-grid: print the tune sets' figures at each group margin and every tuning group candidate with its score. */
const groupGrid = process.argv.includes('--group-grid');
const clusterLabels = !process.argv.includes('--sentence-labels');
const usePatterns = !process.argv.includes('--no-pattern-hints');
/**
 * --article-cap N: an article's examples count as much as N met pairs of ordinary articles at
 * most (articleWeight), so the few round-ups that make dozens of quoted people met do not
 * dominate; 0 = unweighted.
 */
const ARTICLE_CAP = process.argv.includes('--article-cap') ? Number(process.argv[process.argv.indexOf('--article-cap') + 1]) : DEFAULT_ARTICLE_CAP;
/** --fraction F: the share of train articles learned from (1: all). */
const FRACTION = process.argv.includes('--fraction') ? Number(process.argv[process.argv.indexOf('--fraction') + 1]) : 1;
if (!(FRACTION > 0 && FRACTION <= 1)) {
  process.stderr.write(`--fraction must be a number in (0, 1], got ${process.argv[process.argv.indexOf('--fraction') + 1]}\n`);
  process.exit(2);
}
if (FRACTION < 1 && !process.argv.includes('--dry')) {
  process.stderr.write('--fraction below 1 trains on a subset: add --dry (the shipped model learns from every train article)\n');
  process.exit(2);
}
/** --fraction-seed N: which subset --fraction draws (1, the default, is the draw the earlier learning curves used). */
const fractionSeedArg = process.argv.includes('--fraction-seed') ? (process.argv[process.argv.indexOf('--fraction-seed') + 1] ?? '') : '1';
const FRACTION_SEED = Number(fractionSeedArg);
if (!Number.isInteger(FRACTION_SEED) || FRACTION_SEED < 1 || fractionSeedArg.trim() === '') {
  process.stderr.write(`--fraction-seed wants a whole number of 1 or more, got "${fractionSeedArg}"\n`);
  process.exit(2);
}
// A seed without a subset to draw would be silently ignored, and a run read as another draw of the curve.
if (process.argv.includes('--fraction-seed') && !process.argv.includes('--fraction')) {
  process.stderr.write('--fraction-seed draws a --fraction subset: give --fraction F too (without it every train article is learned from)\n');
  process.exit(2);
}
if (process.argv.includes('--fraction-seed') && FRACTION >= 1) process.stderr.write('--fraction-seed has no effect with --fraction 1: every train article is learned from\n');
const FRACTION_SALT = FRACTION_SEED === 1 ? 'newsgraph-fraction-v1' : `newsgraph-fraction-v1-${FRACTION_SEED}`;
/** Whether a train article is in the --fraction subset (seeds.ts inDrawnShare: nested and reproducible). */
const inFraction = (name: string, fraction: number) => inDrawnShare(name, fraction, FRACTION_SALT);
const kind: CandidateKind = process.argv.includes('--anchor') ? 'anchor' : process.argv.includes('--window') ? 'window' : 'both';

interface Prepared {
  a: AnnotatedArticle;
  text: string;
  sentences: ReturnType<typeof articleSentences>;
  x: ReturnType<typeof extractArticle>;
  hints: Map<string, Set<string>>;
  /** The people candidates are built from: the extracted ones with their references resolved (references.ts). */
  people: PersonRef[];
}

/** --drop P1,P2: leave out the features starting with these prefixes (after the W:/A: tag): an ablation. */
const DROP = process.argv.includes('--drop') ? process.argv[process.argv.indexOf('--drop') + 1].split(',') : [];
const kept = (features: string[]) => (DROP.length === 0 ? features : features.filter((f) => !DROP.some((d) => f.replace(/^[WA]:/, '').startsWith(d))));
const useReferences = !process.argv.includes('--no-references');
function candidatePeople(text: string, sentences: Prepared['sentences'], x: Prepared['x']): PersonRef[] {
  return useReferences ? meetingPeople(text, sentences, x.people, countryMentionsOf(x.countries)) : x.people;
}

function hintsFor(text: string, sentences: Prepared['sentences'], people: Prepared['x']['people']): Map<string, Set<string>> {
  return usePatterns ? patternHints(text, sentences, people) : new Map();
}

function prepare(a: AnnotatedArticle): Prepared {
  const article = parseArticle(a.text, a.name);
  const sentences = articleSentences(article);
  const x = extractArticle(article);
  return { a, text: article.text, sentences, x, hints: hintsFor(article.text, sentences, x.people), people: candidatePeople(article.text, sentences, x) };
}

/** The weight of each of an article's training examples (--article-cap). */
function weightOf(p: Prepared): number {
  return ARTICLE_CAP > 0 ? articleWeight(p.a.annotation.pairs.filter((x) => x.label === 'met').length, ARTICLE_CAP) : 1;
}

/** Training examples of one article: each candidate pair labelled from the annotation. */
function examples(p: Prepared): Example[] {
  return labelledCandidates(p).flatMap((c) => (c.example ? [c.example] : []));
}

/**
 * Every candidate of one article (in decoding order) with its training example, or none for the
 * instances of an annotated pair other than the one holding its evidence (left out of training).
 */
function labelledCandidates(p: Prepared): Array<{ a: string; b: string; from: number; to: number; features: string[]; example?: Example }> {
  const gold = p.a.annotation;
  const weight = weightOf(p);
  const spellings = gold.people.map((e) => new Set((Array.isArray(e) ? e : [e]).map(foldName)));
  const goldOf = (name: string, aliases: string[]) => spellings.findIndex((s) => [name, ...aliases].some((n) => s.has(foldName(n))));
  const entityOfPerson = new Map(p.x.people.map((q) => [q.name, goldOf(q.name, q.aliases)]));
  const entityOfName = (n: string) => spellings.findIndex((s) => s.has(foldName(n)));
  const labelled = new Map<string, { label: ContactLabel; start?: number; end?: number }>();
  for (const pair of gold.pairs) {
    const [i, j] = [entityOfName(pair.a), entityOfName(pair.b)].sort((x, y) => x - y);
    labelled.set(`${i}|${j}`, { label: pair.label, start: pair.start, end: pair.end });
  }
  // An anchored candidate's evidence is the whole event its anchor belongs to (events.ts): annotators cite any of its sentences.
  const span = new Map<number, [number, number]>();
  if (clusterLabels) for (const cl of eventClusters(p.sentences, loadCues())) for (const s of cl) span.set(s, [cl[0], cl.at(-1)!]);
  const out: Array<{ a: string; b: string; from: number; to: number; features: string[]; example?: Example }> = [];
  for (const c of candidates(p.sentences, p.people, kind, p.hints)) {
    const [i, j] = [entityOfPerson.get(c.a) ?? -1, entityOfPerson.get(c.b) ?? -1].sort((x, y) => x - y);
    const gold = i >= 0 && j >= 0 && i !== j ? labelled.get(`${i}|${j}`) : undefined;
    const features = kept(c.features);
    let label: ContactLabel = 'none';
    if (gold && gold.label !== 'none') {
      const anchored = c.from === c.to && c.features[0]?.startsWith('A:');
      const [f0, t0] = anchored ? (span.get(c.from) ?? [c.from, c.to]) : [c.from, c.to];
      const from = p.sentences[f0].start;
      const to = p.sentences[t0].end;
      // The instance that holds the evidence carries the label; the pair's other instances are left out, not called none.
      if (gold.start === undefined || !(gold.start < to && from < (gold.end ?? gold.start))) {
        out.push({ a: c.a, b: c.b, from: c.from, to: c.to, features });
        continue;
      }
      label = gold.label;
    }
    out.push({ a: c.a, b: c.b, from: c.from, to: c.to, features, example: { features, label, ...(weight !== 1 ? { weight } : {}) } });
  }
  return out;
}

/** The gold entity (index into the annotation's people) of each extracted person. */
function goldEntities(p: Prepared) {
  const spellings = p.a.annotation.people.map((e) => new Set((Array.isArray(e) ? e : [e]).map(foldName)));
  const goldOf = (name: string, aliases: string[]) => spellings.findIndex((s) => [name, ...aliases].some((n) => s.has(foldName(n))));
  return { ofPerson: new Map(p.x.people.map((q) => [q.name, goldOf(q.name, q.aliases)])), ofName: (n: string) => spellings.findIndex((s) => s.has(foldName(n))) };
}

/**
 * Participant examples of one article: a person is a participant of the event at sentence S
 * when they are in a gold met pair whose evidence is S, or, when the evidence sentence has no
 * contact cue ("Also at the table were ..."), whose evidence lies in S's window (nearest event,
 * before first). Also counts the gold met pairs whose two people share their event (coverage).
 */
function participantExamples(p: Prepared, stats?: { met: number; covered: number }): Array<{ features: string[]; positive: boolean }> {
  const cands = participantCandidates(p.sentences, p.people, loadCues());
  const events = [...new Map(cands.map((c) => [c.event, c.last])).entries()].sort((x, y) => x[0] - y[0]);
  const g = goldEntities(p);
  const positives = new Set<string>();
  const pairsAt: Array<[number, number, number]> = [];
  for (const pair of p.a.annotation.pairs) {
    if (pair.label !== 'met' || pair.start === undefined) continue;
    const e0 = sentenceIndex(p.sentences, pair.start);
    const e1 = Math.max(e0, sentenceIndex(p.sentences, Math.max(pair.start, (pair.end ?? pair.start) - 1)));
    let event = events.find(([s, l]) => s <= e1 && e0 <= l)?.[0];
    if (event === undefined) {
      const before = events.filter(([, l]) => l < e0 && e0 - l <= EVENT_AFTER).at(-1)?.[0];
      const after = events.find(([s]) => s > e1 && s - e1 <= EVENT_BEFORE)?.[0];
      event = before ?? after;
    }
    if (event === undefined) continue;
    const [i, j] = [g.ofName(pair.a), g.ofName(pair.b)];
    positives.add(`${event}|${i}`).add(`${event}|${j}`);
    pairsAt.push([event, i, j]);
  }
  if (stats) {
    const present = new Set(cands.map((c) => `${c.event}|${g.ofPerson.get(c.person)}`));
    for (const pair of p.a.annotation.pairs) if (pair.label === 'met') stats.met++;
    for (const [e, i, j] of pairsAt) if (present.has(`${e}|${i}`) && present.has(`${e}|${j}`)) stats.covered++;
  }
  const weight = weightOf(p);
  return cands.map((c) => ({ features: c.features, weight, positive: positives.has(`${c.event}|${g.ofPerson.get(c.person) ?? -1}`) && (g.ofPerson.get(c.person) ?? -1) >= 0 }));
}

/**
 * Group-event examples of one article (group-events.ts): a contact sentence naming three people
 * or more is a group meeting when at least GROUP_MET of the pairs of its people are annotated met
 * (anywhere in the article: the group rule makes them all met, so that is the precision the
 * sentence would give).
 */
/** The group model learns from contact sentences naming two people or more (more examples); it decides those naming three or more. */
const GROUP_TRAIN_MIN = 2;
const GROUP_MET = 2 / 3;
function groupExamples(p: Prepared, stats?: { candidates: number; positive: number }): Array<{ features: string[]; positive: boolean; weight?: number }> {
  const g = goldEntities(p);
  const met = new Set(
    p.a.annotation.pairs
      .filter((x) => x.label === 'met')
      .map((x) => [g.ofName(x.a), g.ofName(x.b)].sort((u, v) => u - v).join('|')),
  );
  return groupCandidates(p.sentences, p.people, loadCues(), GROUP_TRAIN_MIN).map((c) => {
    const ids = c.people.map((n) => g.ofPerson.get(n) ?? -1);
    let pairs = 0;
    let good = 0;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        pairs++;
        if (ids[i] >= 0 && ids[j] >= 0 && ids[i] !== ids[j] && met.has([ids[i], ids[j]].sort((u, v) => u - v).join('|'))) good++;
      }
    }
    const positive = pairs > 0 && good / pairs >= GROUP_MET;
    if (stats) {
      stats.candidates++;
      if (positive) stats.positive++;
    }
    // Unweighted: an article's sentences are few, and the round-ups' group sentences are what this path learns from.
    return { features: c.features, positive };
  });
}

function pairScores(prepared: Prepared[], model: MeetingModel | null): ReturnType<typeof totals> {
  const scores: ArticleScore[] = prepared.map((p) => {
    const patterns = () => findMeetings(p.text, p.sentences.map((s) => ({ start: s.start, end: s.end, text: p.text.slice(s.start, s.end) })), p.x.people);
    const x = { ...p.x, meetings: model ? findMeetingsLearned(model, p.text, p.sentences, p.people, p.hints) : patterns() };
    return scoreArticle(p.a.name, x, annotationGold(p.a.annotation));
  });
  return totals(scores);
}

const fmt = (t: ReturnType<typeof totals>['meetings']) => `P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} F1 ${t.f1.toFixed(3)} (${t.tp}/${t.fp}/${t.fn})`;

const all = await loadAnnotated({ splits: ['train', 'tune'] });
// --cache FILE: keep the extracted people and sentences between runs (feature work only; extraction changes invalidate it).
const cacheAt = process.argv.indexOf('--cache');
const cacheFile = cacheAt >= 0 ? process.argv[cacheAt + 1] : undefined;
const extracted: Record<string, Pick<Prepared, 'text' | 'sentences' | 'x'>> = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const prepareCached = (a: AnnotatedArticle): Prepared => {
  const hit = extracted[a.name];
  if (!hit) {
    const p = prepare(a);
    extracted[a.name] = { text: p.text, sentences: p.sentences, x: p.x };
    return p;
  }
  return { a, ...hit, hints: hintsFor(hit.text, hit.sentences, hit.x.people), people: candidatePeople(hit.text, hit.sentences, hit.x) };
};
const train = all.filter((a) => a.split === 'train').map(prepareCached);
const tune = all.filter((a) => a.split === 'tune').map(prepareCached);
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(extracted));
const learnFrom = train.filter((p) => inFraction(p.a.name, FRACTION));
const trainExamples = learnFrom.flatMap(examples);
const counts = new Map<string, number>();
for (const e of trainExamples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
process.stdout.write(`train: ${train.length} articles (learning from ${learnFrom.length}), ${trainExamples.length} candidate pairs (${[...counts].map(([l, n]) => `${l} ${n}`).join(', ')}); tune: ${tune.length} articles\n`);

const model = process.argv.includes('--perceptron')
  ? trainPerceptron(trainExamples, { epochs: 12, seed: SEED, candidates: kind })
  : trainLogistic(trainExamples, { epochs: 15, seed: SEED, l2: L2, candidates: kind });

if (useEvents) {
  const stats = { met: 0, covered: 0 };
  const pex = learnFrom.flatMap((p) => participantExamples(p, stats));
  const tuneStats = { met: 0, covered: 0 };
  for (const p of tune) participantExamples(p, tuneStats);
  process.stdout.write(`participants: ${pex.length} (${pex.filter((e) => e.positive).length} positive); met pairs sharing an event: train ${stats.covered}/${stats.met}, tune ${tuneStats.covered}/${tuneStats.met}\n`);
  model.participants = { weights: trainBinaryLogistic(pex, { epochs: 15, seed: SEED, l2: L2 }), weight: 1, pairFloor: -20 };
}

if (useGroups) {
  const stats = { candidates: 0, positive: 0 };
  const gex = learnFrom.flatMap((p) => groupExamples(p, stats));
  process.stdout.write(`group events: ${stats.candidates} candidate sentences (${stats.positive} positive)\n`);
  model.groups = { weights: trainBinaryLogistic(gex, { epochs: 15, seed: SEED, l2: L2 }), margin: Infinity };
}

// The margin is chosen on every tune set together: the tune split and the team's two gold folders
// (../shared/eval/dev and test/fixtures/gold, whose errors were read while writing the patterns).
const goldFolder = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const article = parseArticle(readFileSync(path.join(dir, f), 'utf8'), f);
      const sentences = articleSentences(article);
      const x = extractArticle(article);
      const gold = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
      return { name: f, sentences, x, hints: hintsFor(article.text, sentences, x.people), people: candidatePeople(article.text, sentences, x), gold: { people: [], countries: [], organizations: [], meetings: [], not_meetings: [], ...gold } };
    });
const pool = [
  ...tune.map((p) => ({ name: p.a.name, sentences: p.sentences, x: p.x, hints: p.hints, people: p.people, gold: annotationGold(p.a.annotation) })),
  ...goldFolder(path.join(repoRoot, '../shared/eval/dev')),
  ...goldFolder(path.join(repoRoot, 'test/fixtures/gold')),
];
// Each tuning pair's best lead on either path, computed once; the grid only thresholds them.
const leads = pool.map((p) => {
  const m = new Map<string, { participants: [string, string]; pair: number; event: number }>();
  const get = (participants: [string, string]) => {
    const key = participants.join('\0');
    if (!m.has(key)) m.set(key, { participants, pair: -Infinity, event: -Infinity });
    return m.get(key)!;
  };
  for (const c of candidates(p.sentences, p.people, kind, p.hints)) {
    const e = get([c.a, c.b].sort() as [string, string]);
    e.pair = Math.max(e.pair, metLead(model, scoreFeatures(model, c.features)));
  }
  if (model.participants) for (const e of eventPairs(model.participants, p.sentences, p.people).values()) get(e.participants).event = e.lead;
  return [...m.values()];
});
// Pairs the pattern finder found: met whatever the model says (findMeetingsLearned takes both).
const patternPairs = (hints: Map<string, Set<string>>) =>
  [...hints].filter(([, h]) => h.has('pattern')).map(([key]) => key.split('\0').slice(0, 2) as [string, string]);
// Each tuning article's group events with their scores, computed once; the grid only thresholds them.
const groupsOf = pool.map((p) => (model.groups ? groupCandidates(p.sentences, p.people, loadCues()).map((c) => ({ people: c.people, score: scoreGroup(model.groups!, c.features) })) : []));
const groupPairs = (k: number, groupMargin: number) =>
  groupsOf[k].filter((g) => g.score > groupMargin).flatMap((g) => g.people.flatMap((a, i) => g.people.slice(i + 1).map((b) => [a, b].sort() as [string, string])));
const tuneScore = (weight: number, pairFloor: number, margin: number, range: [number, number] = [0, pool.length], groupMargin = model.groups?.margin ?? Infinity) =>
  totals(
    pool.slice(...range).map((p, i) => {
      const k = range[0] + i;
      const m = { ...model, participants: model.participants && { ...model.participants, weight, pairFloor } };
      const found = [...leads[k].filter((l) => combinedLead(m, l.pair, l.event) > margin).map((l) => l.participants), ...patternPairs(p.hints), ...groupPairs(k, groupMargin)];
      const unique = [...new Map(found.map((x) => [x.join('\0'), x])).values()];
      const meetings = unique.map((participants) => ({ participants, evidence: { start: 0, end: 0, text: '' } }));
      return scoreArticle(p.name, { ...p.x, meetings }, p.gold);
    }),
  ).meetings;
// --at M,W,G: the operating point given, not tuned.
const at = numbersOpt('--at', [3]);
// The margin on the decision score (pair lead plus weighted event lead), and the event path's weight, tuned together for F1 on the tune sets.
let best = { weight: 0, pairFloor: -20, margin: 0, f1: -1 };
if (at) best = { weight: at[1], pairFloor: -20, margin: at[0], f1: tuneScore(at[1], -20, at[0]).f1 };
else for (const weight of useEvents ? [0, 0.5, 1, 2] : [0]) {
  for (const pairFloor of useEvents ? [-20, -8, -6, -4, -2] : [-20]) {
    for (let margin = -16; margin <= 6; margin += 0.5) {
      const f1 = tuneScore(weight, pairFloor, margin).f1;
      if (f1 > best.f1 + 1e-9) best = { weight, pairFloor, margin, f1 };
    }
  }
}
model.margin = best.margin;
if (model.participants) Object.assign(model.participants, { weight: best.weight, pairFloor: best.pairFloor });
// The group events' margin, tuned on the same tune sets once the pair path's is chosen (Infinity: no group is trusted).
if (model.groups && at) model.groups.margin = at[2];
else if (model.groups) {
  let bestGroup = { margin: Infinity, f1: tuneScore(best.weight, best.pairFloor, best.margin, [0, pool.length], Infinity).f1 };
  const fx = groupGrid ? readdirSync(path.join(repoRoot, 'test/fixtures/gold')).filter((x) => x.endsWith('.txt')).length : 0;
  for (let gm = -4; gm <= 4; gm += 0.25) {
    const f1 = tuneScore(best.weight, best.pairFloor, best.margin, [0, pool.length], gm).f1;
    if (groupGrid) {
      const on = (r: [number, number]) => fmt(tuneScore(best.weight, best.pairFloor, best.margin, r, gm));
      process.stdout.write(`  group margin ${gm}: all ${f1.toFixed(3)} | tune ${on([0, tune.length])} | dev ${on([tune.length, pool.length - fx])} | fix ${on([pool.length - fx, pool.length])}\n`);
    }
    if (f1 > bestGroup.f1 + 1e-9) bestGroup = { margin: gm, f1 };
  }
  model.groups.margin = bestGroup.margin;
  if (groupGrid)
    pool.forEach((p, k) =>
      groupCandidates(p.sentences, p.people, loadCues()).forEach((c, i) => {
        const t = p.sentences[c.sentence].tokens.map((x) => x.text).join(' ').slice(0, 200);
        process.stdout.write(`POOL ${k < tune.length ? 'tune' : 'gold'} ${groupsOf[k][i].score.toFixed(2)} [${c.people.join('; ')}] ${t}\n`);
      }),
    );
}
process.stdout.write(`margin ${model.margin}${model.participants ? ` event weight ${model.participants.weight} pair floor ${model.participants.pairFloor}` : ''}${model.groups ? ` group margin ${model.groups.margin}` : ''}\n`);
process.stdout.write(`train  patterns ${fmt(pairScores(train, null).meetings)}\n       model    ${fmt(pairScores(train, model).meetings)}\n`);
process.stdout.write(`tune   patterns ${fmt(pairScores(tune, null).meetings)}\n       model    ${fmt(pairScores(tune, model).meetings)}\n`);
process.stdout.write(`all tune sets (tune split, dev, fixtures), model: ${fmt(tuneScore(model.participants?.weight ?? 0, model.participants?.pairFloor ?? -20, model.margin))}\n`);
{
  const [w, f] = [model.participants?.weight ?? 0, model.participants?.pairFloor ?? -20];
  const only = (from: number, to: number) => fmt(tuneScore(w, f, model.margin, [from, to]));
  const dev = pool.length - tune.length;
  const fixtures = readdirSync(path.join(repoRoot, 'test/fixtures/gold')).filter((x) => x.endsWith('.txt')).length;
  process.stdout.write(`  tune split ${only(0, tune.length)}\n  dev        ${only(tune.length, pool.length - fixtures)}\n  fixtures   ${only(pool.length - fixtures, pool.length)}\n`);
  void dev;
}

// --folds: the train split scored out of fold (FOLDS models, each trained without the articles it
// scores, decided with the tuned margin): what the model does on articles it has not seen, which
// the in-sample train figure above overstates. Reported only; nothing is tuned on it.
/** --folds-at M,W[,G]: score out of fold at this margin, event weight (and group margin) instead of the tuned ones (to compare two models at one operating point). */
const foldsAt = numbersOpt('--folds-at', [2, 3]);
const oofErrors = process.argv.includes('--oof-errors') ? process.argv[process.argv.indexOf('--oof-errors') + 1] : undefined;
const oofLines: string[] = [];
/**
 * One line per false alarm (FP) and miss (FN) of an article: the pair, its annotated label (FP) or
 * what the model decided instead (FN: planned, negated, remote, or none), the evidence sentence, and
 * last how sure the model was: the pair's decision score less the margin (negative for a miss), or
 * `pattern` (the pattern finder found it), `group` (the group-event path did) or `none` (no candidate).
 */
function errorLines(p: Prepared, s: ArticleScore, contacts: ReturnType<typeof findContactsLearned>, m: MeetingModel): string[] {
  const found = contacts.filter((f) => f.status === undefined);
  const canon = new Map<string, string>();
  for (const e of p.a.annotation.people) for (const n of Array.isArray(e) ? e : [e]) canon.set(foldName(n), foldName(Array.isArray(e) ? e[0] : e));
  const key = (a: string, b: string) => [a, b].map((n) => canon.get(foldName(n)) ?? foldName(n)).sort().join(' + ');
  const gold = new Map(p.a.annotation.pairs.map((x) => [key(x.a, x.b), x]));
  const flat = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ').slice(0, 260);
  const leads = new Map(decidePairs(m, p.sentences, p.people, p.hints).map((d) => [key(d.participants[0], d.participants[1]), d.lead]));
  const patterned = new Set([...p.hints].filter(([, h]) => h.has('pattern')).map(([k]) => key(k.split('\0')[0], k.split('\0')[1])));
  const sure = (k: string) => {
    const lead = leads.get(k) ?? -Infinity;
    if (lead > m.margin) return (lead - m.margin).toFixed(2);
    if (patterned.has(k)) return 'pattern';
    if (found.some((f) => key(f.participants[0], f.participants[1]) === k)) return 'group';
    return lead === -Infinity ? 'none' : (lead - m.margin).toFixed(2);
  };
  const out: string[] = [];
  for (const fa of s.falseAlarms.meetings) {
    const [a, b] = fa.split(' + ');
    const f = found.find((x) => key(x.participants[0], x.participants[1]) === key(a, b));
    out.push(`FP\t${p.a.name}\t${fa}\t${gold.get(key(a, b))?.label ?? 'unlisted'}\t${flat(f?.evidence.text)}\t${sure(key(a, b))}`);
  }
  for (const miss of s.misses.meetings) {
    const [a, b] = miss.split(' + ');
    const g = gold.get(key(a, b));
    const decided = contacts.find((f) => f.status !== undefined && key(f.participants[0], f.participants[1]) === key(a, b))?.status ?? 'none';
    out.push(`FN\t${p.a.name}\t${miss}\t${decided}\t${flat(g?.start !== undefined ? p.text.slice(g.start, g.end) : g?.evidence)}\t${sure(key(a, b))}`);
  }
  return out;
}
/**
 * --export FILE (with --folds): one JSON line per train and tune article, as the trainer sees it, for
 * measuring other learners on the same examples and folds: its fold (-1 for tune), example weight and
 * met pairs; its text, sentences ([start, end]) and each candidate person's mentions ([start, end], by
 * name, references included unless --no-references: what a learner reading the text marks); each
 * candidate in decoding order as [pair, training label or null (an instance left out of training),
 * feature ids, the shipped learner's met lead, first sentence, last sentence]; each pair as [name, name,
 * annotated met pair it matches or -1, event lead or null, found by the pattern finder, found by the
 * group path]. The train split's leads are out of fold (the fold's model), tune's the model's. A last
 * line holds the feature names and the operating point. The locked test is never read here.
 */
const exportFile = process.argv.includes('--export') ? process.argv[process.argv.indexOf('--export') + 1] : undefined;
if (exportFile && !process.argv.includes('--folds')) {
  process.stderr.write('--export writes out-of-fold leads: give --folds too\n');
  process.exit(2);
}
const featureIds = new FeatureIds();
const exportLines: string[] = [];
function exportArticle(p: Prepared, fold: number, m: MeetingModel, contacts: ReturnType<typeof findContactsLearned>): string {
  type Pair = { index: number; names: [string, string]; event: number | null; pattern: boolean; group: boolean };
  const pairs = new Map<string, Pair>();
  const pairOf = (a: string, b: string): Pair => {
    const names = [a, b].sort() as [string, string];
    const key = names.join('\0');
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { index: pairs.size, names, event: null, pattern: false, group: false }));
    return pair;
  };
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const cands = labelledCandidates(p).map((c) => [pairOf(c.a, c.b).index, c.example?.label ?? null, featureIds.of(c.features), round(metLead(m, scoreFeatures(m, c.features))), c.from, c.to]);
  if (m.participants) for (const e of eventPairs(m.participants, p.sentences, p.people).values()) pairOf(...e.participants).event = round(e.lead);
  for (const [key, h] of p.hints) {
    const [a, b, si] = key.split('\0');
    if (h.has('pattern') && Number(si) >= 0) pairOf(a, b).pattern = true;
  }
  // The group path's pairs (or the list rule's, without it): found, but neither by the pair path nor by a pattern.
  const byPairPath = new Set(decidePairs(m, p.sentences, p.people, p.hints).filter((d) => d.label === 'met').map((d) => d.participants.join('\0')));
  for (const f of contacts) {
    if (f.status !== undefined) continue;
    for (let i = 0; i < f.participants.length; i++)
      for (let j = i + 1; j < f.participants.length; j++) {
        const pair = pairOf(f.participants[i], f.participants[j]);
        if (!byPairPath.has(pair.names.join('\0')) && !pair.pattern) pair.group = true;
      }
  }
  const gold = annotationGold(p.a.annotation);
  const list = [...pairs.values()];
  const golds = goldPairIndex(gold, list.map((x) => x.names));
  return JSON.stringify({
    name: p.a.name,
    split: p.a.split,
    fold,
    weight: weightOf(p),
    metPairs: gold.meetings.length,
    ...exportedText(p.text, p.sentences, p.people),
    cands,
    pairs: list.map((x, i) => [...x.names, golds[i], x.event, x.pattern, x.group]),
  });
}
if (process.argv.includes('--folds')) {
  const FOLDS = 5;
  const perArticle = train.map(examples);
  const participantsOf = useEvents ? train.map((p) => participantExamples(p)) : [];
  const groupsOfTrain = useGroups ? train.map((p) => groupExamples(p)) : [];
  const scores: ArticleScore[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const keep = (_: unknown, i: number) => i % FOLDS !== k && inFraction(train[i].a.name, FRACTION);
    const ex = perArticle.filter(keep).flat();
    const m = process.argv.includes('--perceptron') ? trainPerceptron(ex, { epochs: 12, seed: SEED, candidates: kind }) : trainLogistic(ex, { epochs: 15, seed: SEED, l2: L2, candidates: kind });
    m.margin = foldsAt ? foldsAt[0] : model.margin;
    if (model.participants) m.participants = { ...model.participants, ...(foldsAt ? { weight: foldsAt[1] } : {}), weights: trainBinaryLogistic(participantsOf.filter(keep).flat(), { epochs: 15, seed: SEED, l2: L2 }) };
    if (model.groups) m.groups = { margin: foldsAt?.[2] ?? model.groups.margin, weights: trainBinaryLogistic(groupsOfTrain.filter(keep).flat(), { epochs: 15, seed: SEED, l2: L2 }) };
    train.forEach((p, i) => {
      if (i % FOLDS !== k) return;
      const contacts = findContactsLearned(m, p.text, p.sentences, p.people, p.hints);
      const found = contacts.filter((f) => f.status === undefined);
      const s = scoreArticle(p.a.name, { ...p.x, meetings: found }, annotationGold(p.a.annotation));
      scores.push(s);
      if (oofErrors) oofLines.push(...errorLines(p, s, contacts, m));
      if (exportFile) exportLines.push(exportArticle(p, k, m, contacts));
    });
  }
  process.stdout.write(`train out of fold (${FOLDS} folds${foldsAt ? `, margin ${foldsAt[0]}, event weight ${foldsAt[1]}` : ''}), model: ${fmt(totals(scores).meetings)}\n`);
  // The ordinary articles (at most ORDINARY met pairs): what the tune split, the locked test and news in general look like.
  const ORDINARY = 10;
  const ordinary = new Set(train.filter((p) => p.a.annotation.pairs.filter((x) => x.label === 'met').length <= ORDINARY).map((p) => p.a.name));
  process.stdout.write(`  ordinary articles (<= ${ORDINARY} met pairs, ${ordinary.size}): ${fmt(totals(scores.filter((s) => ordinary.has(s.name))).meetings)}\n`);
  if (oofErrors) writeFileSync(oofErrors, `${oofLines.join('\n')}\n`);
  if (exportFile) {
    for (const p of tune) exportLines.push(exportArticle(p, -1, model, findContactsLearned(model, p.text, p.sentences, p.people, p.hints)));
    const point = { margin: model.margin, eventWeight: model.participants?.weight ?? 0, pairFloor: model.participants?.pairFloor ?? -20, eventFloor: EVENT_FLOOR, labels: model.labels };
    exportLines.push(JSON.stringify({ features: featureIds.names, ...point }));
    writeFileSync(exportFile, `${exportLines.join('\n')}\n`);
    process.stdout.write(`wrote ${exportFile} (${exportLines.length - 1} articles, ${featureIds.names.length} features)\n`);
  }
}

if (!dry) {
  writeFileSync(MEETING_MODEL_FILE, gzipSync(`${JSON.stringify(serializeMeetingModel(model))}\n`, { level: 9 }));
  process.stdout.write(`wrote ${MEETING_MODEL_FILE}\n`);
}

if (process.argv.includes('--errors') && model.groups) {
  for (const [name, set] of [['train', train], ['tune', tune]] as const) {
    for (const p of set) {
      const ex = groupExamples(p);
      groupCandidates(p.sentences, p.people, loadCues()).forEach((c, i) => {
        const t = p.text.slice(p.sentences[c.sentence].start, p.sentences[c.sentence].end).replace(/\s+/g, ' ').slice(0, 220);
        process.stdout.write(`GROUP ${name} ${ex[i].positive ? '+' : '-'} ${scoreGroup(model.groups!, c.features).toFixed(2)} [${c.people.join('; ')}] ${t}\n`);
      });
    }
  }
}
if (process.argv.includes('--errors')) {
  for (const p of tune) {
    const contacts = findContactsLearned(model, p.text, p.sentences, p.people, p.hints);
    const s = scoreArticle(p.a.name, { ...p.x, meetings: contacts.filter((f) => f.status === undefined) }, annotationGold(p.a.annotation));
    for (const line of errorLines(p, s, contacts, model)) process.stdout.write(`${line}\n`);
  }
}
