// Trains the organization verifier (models/org-verifier.json.gz) from the annotated corpus (annotations/):
//
//   npm run train:orgs             learn from the train split read through the shipped tagger and through the
//                                  out-of-fold taggers in .cache/taggers (required: see --tagger-folds), choose the
//                                  threshold out of fold on train (the best F1 averaged over neighbouring
//                                  thresholds), write the model: the committed model, byte for byte
//   npm run train:orgs -- --dry    report only, write nothing
//   --folds K: out-of-fold folds, by article (default 5); --c X: the logistic regression's inverse regularisation
//     (default 1; the learner is deterministic, so there is no seed); --min-count N: features seen in fewer examples of
//     one view are left out (default 1: out of fold, 2 lost a little; quality-log, twenty-first session)
//   --fraction F --subset-seed N: learn from a fixed random share F of the train articles only (a learning curve);
//     every train article is still scored out of fold (same folds) and tune as before
//   --errors: list the out-of-fold train organizations the verifier would drop, with their scores
//   --census: count, by kind (mentions, a body-kind head word, one word, an acronym, the tagger's labels over the
//     mentions), the annotated organizations the verifier drops and the false ones it keeps, out of fold on train and on tune
//   --tagger-folds DIR (default .cache/taggers): the out-of-fold taggers, DIR/ner-fold-i.bin.gz for i < K, each trained
//     by `npm run train -- --exclude-fold i/K --out DIR/ner-fold-i.bin.gz`; missing, or not trained as the shipped
//     tagger less fold i (checked against its meta), the script stops. Each train article is also tagged by the tagger
//     that did not learn from it, as served news is by the shipped tagger (which learnt from the train articles: its
//     tags there are cleaner than on news it never saw); the view is out of fold for the tagger (and for the span types
//     with --span-type-folds; never for the entity lexicon). The verifier learns from both views of every train
//     article, the shipped tagger's and the out-of-fold one's; the threshold is chosen, and train reported, out of fold
//     on the out-of-fold view. Tune is read through the shipped tagger, as served.
//     --oof-view-only: learn from the out-of-fold view alone (measured, not kept)
//   --span-type-folds DIR: the out-of-fold view types its spans with the span types that did not learn from the
//     article either (without it the shipped span types, which learnt from every train article, type both views),
//     DIR/span-types-fold-i.json.gz for fold i, each trained by
//     `npm run train:span-types -- --exclude-fold i/K --tagger <fold tagger i> --out DIR/span-types-fold-i.json.gz`;
//     missing, or not fold i's (its meta: the fold, the train split less fold i, fold i's tagger's sha256), the script
//     stops; the model's meta records their sha256. Measured, not the committed recipe (quality-log, fifteenth session)
//   --in-sample (with --dry only): the earlier recipe, no fold taggers, the shipped tagger's view alone (measuring)
//   --export FILE: also write every example as the learner sees it (JSON: its features, label, article, fold and view,
//     whether it is curated and whether the models learn from it; train's out-of-fold view first, then the shipped
//     tagger's view of train, then tune, whose fold is null), the options, each split's counts before the verifier and
//     at the threshold chosen, and `oof`, the out-of-fold decision scores of the first rows (train's out-of-fold view)
//     in their order, a curated organization's null (it is kept whatever the score), for measuring other learners on
//     the same folds outside this script; the locked test is not in it
//
// An organization's label is whether it matches an annotated organization of its article by its name or one of its
// spellings, as `newsgraph eval --annotations` matches them. The tune split is scored once, at the end, with the
// threshold chosen out of fold; it chooses nothing. The locked test split is never read here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldName } from '../src/article/names.js';
import { repoRoot } from '../src/config.js';
import { parseArticle } from '../src/article/parse.js';
import { annotationGold, loadAnnotated, type AnnotatedArticle } from '../src/eval/annotations.js';
import { scoreArticle, type Gold } from '../src/eval/gold.js';
import type { Extraction } from '../src/extract/contract.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { DEFAULT_ORG_VERIFIER_PATH } from '../src/pipeline/models.js';
import { LBFGS_STOP } from '../src/train/logistic.js';
import { CURATED, decisionScore } from '../src/resolve/org-verifier.js';
import { bestThreshold, censusKinds, foldOf, inFraction, orgVerifierFile, outOfFoldScores, trainOrgVerifier, type OrgExample } from '../src/train/org-verifier.js';
import { DEFAULT_MODEL_PATH, loadNerModel, type NerModel } from '../src/extract/ner/index.js';
import { checkFoldTagger, fileSha256, foldCountOf, foldTaggerFor, foldTaggerPath } from '../src/train/tagger-folds.js';
import { commandOptions } from './options.js';
import { gunzipSync } from 'node:zlib';
import { checkFoldSpanTypes, foldSpanTypesPath } from '../src/train/span-type-folds.js';
import { spanTypeModelFromFile, type SpanTypeModel } from '../src/resolve/span-types.js';

const { values, usage } = commandOptions('train:orgs', {
  dry: { type: 'boolean', default: false },
  errors: { type: 'boolean', default: false },
  census: { type: 'boolean', default: false },
  folds: { type: 'string', default: '5' },
  c: { type: 'string', default: '1' },
  'min-count': { type: 'string', default: '1' },
  fraction: { type: 'string', default: '1' },
  'subset-seed': { type: 'string' },
  'tagger-folds': { type: 'string' },
  'oof-view-only': { type: 'boolean', default: false },
  'in-sample': { type: 'boolean', default: false },
  'span-type-folds': { type: 'string' },
  export: { type: 'string' },
});
/** A number option's value: empty text is no number (Number('') would be 0). */
function numberOption(name: string): number {
  const text = String(values[name] ?? '').trim();
  return text === '' ? NaN : Number(text);
}
const dry = values.dry === true;
const K = numberOption('folds');
const C = numberOption('c');
const MIN_COUNT = numberOption('min-count');
const FRACTION = numberOption('fraction');
const SUBSET_SEED = values['subset-seed'] === undefined ? 1 : numberOption('subset-seed');
if (!Number.isInteger(K) || K < 2) usage(`--folds must be a whole number of 2 or more, got "${values.folds}"`);
if (!(C > 0 && Number.isFinite(C))) usage(`--c must be a finite number above 0, got "${values.c}"`);
if (!(FRACTION > 0 && FRACTION <= 1)) usage(`--fraction must be a number in (0, 1], got "${values.fraction}"`);
if (!Number.isInteger(SUBSET_SEED) || SUBSET_SEED < 1) usage(`--subset-seed must be a whole number of 1 or more, got "${values['subset-seed']}"`);
// A subset seed without a subset would be silently ignored, and the run read as another draw of the curve.
if (values['subset-seed'] !== undefined && FRACTION >= 1) usage('--subset-seed draws a --fraction subset: give --fraction F below 1 too');
// A model of a share of the articles is for a learning curve only: it is never written over the shipped one.
if (FRACTION < 1 && !dry) usage('--fraction below 1 measures a learning curve: add --dry (no model is written from a share of the articles)');
if (!(Number.isInteger(MIN_COUNT) && MIN_COUNT >= 1)) usage(`--min-count must be a whole number of 1 or more, got "${values['min-count']}"`);
const opts = { C, minCount: MIN_COUNT };
const EXPORT = values.export === undefined ? null : path.resolve(String(values.export));
// Checked before the two minutes of reading the articles, not when the file is written at the end.
if (EXPORT !== null && (String(values.export).trim() === '' || !existsSync(path.dirname(EXPORT)))) usage(`--export needs a file in an existing folder, got "${values.export}"`);
const inSample = values['in-sample'] === true;
const oofViewOnly = values['oof-view-only'] === true;
// Without the fold taggers the script would learn the earlier, in-sample kind of verifier: measured only, never written.
if (inSample && !dry) usage('--in-sample learns without the fold taggers, the earlier recipe: add --dry (the committed model needs them)');
if (inSample && (values['tagger-folds'] !== undefined || oofViewOnly)) usage('--in-sample reads no fold taggers: drop --tagger-folds / --oof-view-only');
const TAGGER_DIR = path.resolve(repoRoot, String(values['tagger-folds'] ?? '.cache/taggers'));
const trainArticles = await loadAnnotated({ splits: ['train'] });
/** The out-of-fold taggers, fold i's at index i, each checked against the shipped tagger's meta and the train split. */
function loadFoldTaggers(dir: string): NerModel[] {
  const inRepo = path.relative(repoRoot, dir);
  const rel = inRepo === '' ? '.' : inRepo.startsWith('..') || path.isAbsolute(inRepo) ? dir : inRepo;
  const missing = (file: string) => usage(`no fold taggers in ${dir} (${path.basename(file)} missing). Build them (about 5 minutes each; README, "How the extraction is built and retrained"):\n` +
      `  for i in 0 1 2 3 4; do npm run train -- --exclude-fold $i/5 --out ${rel}/ner-fold-$i.bin.gz; done\n` +
      'or point --tagger-folds DIR at them (--in-sample --dry measures the earlier recipe without them)');
  const firstFile = foldTaggerPath(dir, 0);
  if (!existsSync(firstFile)) missing(firstFile);
  const shipped = loadNerModel(DEFAULT_MODEL_PATH).data.meta;
  const first = loadNerModel(firstFile);
  let k = 0;
  try {
    k = foldCountOf(first.data.meta, 0, firstFile);
  } catch (e) {
    usage((e as Error).message);
  }
  const out: NerModel[] = [];
  for (let i = 0; i < k; i++) {
    if (!existsSync(foldTaggerPath(dir, i))) missing(foldTaggerPath(dir, i));
    const m = i === 0 ? first : loadNerModel(foldTaggerPath(dir, i));
    const articles = trainArticles.filter((a) => foldOf(a.name, k) !== i).length;
    try {
      checkFoldTagger(m.data.meta, { fold: i, k, articles, options: shipped }, m.path);
    } catch (e) {
      usage((e as Error).message);
    }
    out.push(m);
  }
  return out;
}
const foldTaggers = inSample ? [] : loadFoldTaggers(TAGGER_DIR);
if (inSample && values['span-type-folds'] !== undefined) usage('--in-sample reads no fold span types: drop --span-type-folds');
const SPAN_TYPE_DIR = values['span-type-folds'] === undefined ? null : path.resolve(repoRoot, String(values['span-type-folds']));
/** The out-of-fold span types, fold i's at index i, each checked against its fold, the train split and fold i's tagger. */
function loadFoldSpanTypes(dir: string): Array<{ model: SpanTypeModel; path: string }> {
  return foldTaggers.map((tagger, i) => {
    const file = foldSpanTypesPath(dir, i);
    if (!existsSync(file)) {
      usage(`no fold span types in ${dir} (${path.basename(file)} missing). Build them (under a minute each; README, "How the extraction is built and retrained"):\n` +
        `  for i in ${foldTaggers.map((_, j) => j).join(' ')}; do npm run train:span-types -- --exclude-fold $i/${foldTaggers.length} --tagger ${path.dirname(tagger.path)}/ner-fold-$i.bin.gz --out ${dir}/span-types-fold-$i.json.gz; done\n` +
        'or point --span-type-folds DIR at them');
    }
    const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { meta?: Record<string, unknown> };
    try {
      const articles = trainArticles.filter((a) => foldOf(a.name, foldTaggers.length) !== i).length;
      checkFoldSpanTypes(json.meta ?? {}, { fold: i, k: foldTaggers.length, articles, taggerSha256: fileSha256(tagger.path) }, file);
      return { model: spanTypeModelFromFile(json), path: file };
    } catch (e) {
      return usage((e as Error).message);
    }
  });
}
const foldSpanTypes = SPAN_TYPE_DIR ? loadFoldSpanTypes(SPAN_TYPE_DIR) : [];
if (foldTaggers.length) console.log(`train articles read through ${foldTaggers.length} out-of-fold taggers (${TAGGER_DIR})${oofViewOnly ? ' only' : ' and the shipped one'}`);
else console.log('--in-sample: train articles read through the shipped tagger alone (the earlier recipe; measured, never written)');
if (foldSpanTypes.length) console.log(`  the out-of-fold view's spans typed by ${foldSpanTypes.length} out-of-fold span type models (${SPAN_TYPE_DIR})`);
/** The tagger of a train article's out-of-fold view: the one that did not learn from it. */
const oofTagger = (article: string) => foldTaggerFor(article, foldTaggers);
const learnFrom = (article: string) => inFraction(article, FRACTION, SUBSET_SEED);

interface Doc {
  name: string;
  x: Extraction;
  gold: Gold;
  /** Index of each organization's example in the examples array. */
  first: number;
}

/** The split's articles as the pipeline resolves them without the verifier, each read by `tagger` (the shipped one by default). */
async function collect(articles: readonly AnnotatedArticle[], examples: OrgExample[], tagger?: (article: string) => NerModel, spanTypes?: (article: string) => SpanTypeModel): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const a of articles) {
    const gold = annotationGold(a.annotation);
    const entries = gold.organizations.map((g) => new Set((Array.isArray(g) ? g : [g]).map(foldName)));
    const known = (s: string) => entries.some((e) => e.has(foldName(s)));
    let feats: string[][] = [];
    const nerModel = tagger?.(a.name);
    const x = extractArticle(parseArticle(a.text, a.name), { orgVerifier: null, observeOrganizations: (_, f) => (feats = f), nerModel, spanTypes: spanTypes?.(a.name) });
    const first = examples.length;
    x.organizations.forEach((o, i) => examples.push({ article: a.name, features: feats[i], positive: known(o.name) || o.aliases.some(known) }));
    docs.push({ name: a.name, x, gold, first });
  }
  return docs;
}

/** Organizations' tp/fp/fn over the documents, keeping those whose score is at least `t`, as the eval counts them. */
function countsAt(docs: readonly Doc[], scores: ArrayLike<number>, t: number) {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const organizations = d.x.organizations.filter((_, i) => scores[d.first + i] >= t);
    const s = scoreArticle(d.name, { ...d.x, organizations }, d.gold).counts.organizations;
    c.tp += s.tp;
    c.fp += s.fp;
    c.fn += s.fn;
  }
  return c;
}
const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const show = (c: { tp: number; fp: number; fn: number }) =>
  `P ${(c.tp / (c.tp + c.fp)).toFixed(3)} R ${(c.tp / (c.tp + c.fn)).toFixed(3)} F1 ${f1(c).toFixed(3)} (${c.tp}/${c.fp}/${c.fn})`;

// trainEx: the view the threshold is chosen on and train reported (the out-of-fold taggers' when given); learned: all the
// examples the verifier learns from (with --tagger-folds, the shipped tagger's view of the same articles too).
const trainEx: OrgExample[] = [];
const oofSpanTypes = foldSpanTypes.length ? (article: string) => foldTaggerFor(article, foldSpanTypes).model : undefined;
const trainDocs = await collect(trainArticles, trainEx, foldTaggers.length ? oofTagger : undefined, oofSpanTypes);
console.log(`train: ${trainDocs.length} articles, ${trainEx.length} organizations, ${trainEx.filter((e) => e.positive).length} annotated${foldTaggers.length ? ' (out-of-fold view)' : ''}`);
const servedEx: OrgExample[] = [];
if (foldTaggers.length && !oofViewOnly) {
  await collect(trainArticles, servedEx);
  console.log(`  and the shipped tagger's view: ${servedEx.length} organizations, ${servedEx.filter((e) => e.positive).length} annotated`);
}
const learned = servedEx.length ? [...trainEx, ...servedEx.map((ex) => ({ ...ex, view: 1 }))] : trainEx;
if (FRACTION < 1) console.log(`learning from ${trainDocs.filter((d) => learnFrom(d.name)).length} articles (fraction ${FRACTION}, subset seed ${SUBSET_SEED})`);
// The decision's scores (decisionScore): a curated organization is kept whatever the model says.
const oof = outOfFoldScores(trainEx, K, opts, learnFrom, learned);
const grid = Array.from({ length: 81 }, (_, i) => Math.round((-6 + i * 0.1) * 10) / 10);
const none = -Infinity;
console.log(`train, no verifier:        ${show(countsAt(trainDocs, oof, none))}`);
// The out-of-fold curve is flat near its top and noisy, so its single best point moves by 0.1-0.3 with any small change
// upstream. The threshold is the best of the curve averaged over the neighbouring thresholds within 0.2 (bestThreshold).
const SMOOTH_RADIUS = 2;
const curve = new Map(grid.map((t) => [t, f1(countsAt(trainDocs, oof, t))]));
const best = bestThreshold(grid, (t) => curve.get(t)!, SMOOTH_RADIUS);
const peak = bestThreshold(grid, (t) => curve.get(t)!);
console.log(`threshold ${best.threshold}: out-of-fold F1 ${best.f1.toFixed(4)}, within 0.2 ${best.smoothed.toFixed(4)}`);
console.log(`train out of fold at ${best.threshold}: ${show(countsAt(trainDocs, oof, best.threshold))}`);
console.log(`  the curve's own best, ${peak.threshold}: F1 ${peak.f1.toFixed(4)}`);
for (const t of [best.threshold - 1, best.threshold - 0.5, best.threshold + 0.5]) console.log(`  at ${t.toFixed(1)}: ${show(countsAt(trainDocs, oof, t))}`);
if (values.errors === true) {
  trainDocs.forEach((d) => d.x.organizations.forEach((o, i) => {
    const k = d.first + i;
    if (oof[k] < best.threshold) console.log(`  drop ${trainEx[k].positive ? 'ANNOTATED' : 'fa'} ${oof[k].toFixed(2)} ${o.name} [${d.name}]${values.census === true ? ` ${censusKinds(trainEx[k].features).join('; ')}` : ''}`);
  }));
}

/** Per kind: annotated organizations (and how many dropped), false ones (and how many kept). */
function census(label: string, examples: readonly OrgExample[], scores: ArrayLike<number>, t: number) {
  const rows = new Map<string, { pos: number; dropped: number; neg: number; kept: number }>();
  examples.forEach((ex, i) => {
    for (const k of ['all', ...censusKinds(ex.features)]) {
      const r = rows.get(k) ?? { pos: 0, dropped: 0, neg: 0, kept: 0 };
      if (ex.positive) {
        r.pos++;
        if (scores[i] < t) r.dropped++;
      } else {
        r.neg++;
        if (scores[i] >= t) r.kept++;
      }
      rows.set(k, r);
    }
  });
  console.log(`census, ${label} at ${t}: kind: annotated (dropped), false (kept)`);
  for (const [k, r] of [...rows].sort((a, b) => b[1].dropped + b[1].kept - a[1].dropped - a[1].kept)) {
    console.log(`  ${k.padEnd(34)} ${String(r.pos).padStart(5)} (${String(r.dropped).padStart(3)} dropped, ${(r.pos ? (100 * r.dropped) / r.pos : 0).toFixed(1).padStart(4)}%)  ${String(r.neg).padStart(4)} (${String(r.kept).padStart(3)} kept)`);
  }
}
if (values.census === true) census('train out of fold', trainEx, oof, best.threshold);

const weights = trainOrgVerifier(learned.filter((ex) => learnFrom(ex.article)), opts);
const tuneEx: OrgExample[] = [];
const tuneDocs = await collect(await loadAnnotated({ splits: ['tune'] }), tuneEx);
const tuneScores = tuneEx.map((ex) => decisionScore({ weights }, ex.features));
console.log(`tune, no verifier:         ${show(countsAt(tuneDocs, tuneScores, none))}`);
console.log(`tune at ${best.threshold}:            ${show(countsAt(tuneDocs, tuneScores, best.threshold))}`);
if (values.census === true) {
  census('tune', tuneEx, tuneScores, best.threshold);
  tuneDocs.forEach((d) => d.x.organizations.forEach((o, i) => {
    const k = d.first + i;
    const wrong = tuneEx[k].positive ? tuneScores[k] < best.threshold : tuneScores[k] >= best.threshold;
    if (wrong) console.log(`  ${tuneEx[k].positive ? 'drop ANNOTATED' : 'keep fa'} ${tuneScores[k].toFixed(2)} ${o.name} [${d.name}] ${censusKinds(tuneEx[k].features).join('; ')}`);
  }));
}
if (peak.threshold !== best.threshold) console.log(`  tune at the raw best, ${peak.threshold}: ${show(countsAt(tuneDocs, tuneScores, peak.threshold))}`);

if (EXPORT !== null) {
  const rows = (split: 'train' | 'tune', view: number, examples: readonly OrgExample[]) =>
    examples.map((ex) => ({
      split,
      view,
      article: ex.article,
      fold: split === 'train' ? foldOf(ex.article, K) : null,
      learnFrom: split === 'train' && learnFrom(ex.article),
      curated: ex.features.includes(CURATED),
      positive: ex.positive,
      features: ex.features,
    }));
  const out = {
    options: { folds: K, C, minCount: MIN_COUNT, fraction: FRACTION, subsetSeed: SUBSET_SEED, oofViewOnly, inSample, spanTypeFolds: foldSpanTypes.length > 0 },
    before: { train: countsAt(trainDocs, oof, none), tune: countsAt(tuneDocs, tuneScores, none) },
    atThreshold: { threshold: best.threshold, train: countsAt(trainDocs, oof, best.threshold), tune: countsAt(tuneDocs, tuneScores, best.threshold) },
    examples: [...rows('train', 0, trainEx), ...rows('train', 1, servedEx), ...rows('tune', 0, tuneEx)],
    oof: [...oof].map((z) => (Number.isFinite(z) ? z : null)),
  };
  writeFileSync(EXPORT, JSON.stringify(out));
  console.log(`wrote ${out.examples.length} examples to ${EXPORT}`);
}

if (!dry) {
  if (FRACTION < 1) throw new Error('--fraction is for measuring (with --dry): the shipped model learns from every train article');
  if (!foldTaggers.length) throw new Error('the verifier is written only when learnt with the fold taggers');
  // How it was made: the taggers whose views it learnt from (their files' sha256), so a model is traced to them.
  const views = {
    taggerFolds: foldTaggers.length,
    views: oofViewOnly ? 'out-of-fold' : 'out-of-fold + shipped',
    shippedTaggerSha256: fileSha256(DEFAULT_MODEL_PATH),
    foldTaggerSha256: foldTaggers.map((m) => fileSha256(m.path)),
    ...(foldSpanTypes.length ? { foldSpanTypesSha256: foldSpanTypes.map((m) => fileSha256(m.path)) } : {}),
  };
  const meta = { ...views, trainArticles: trainDocs.length, examples: learned.length, folds: K, C, minCount: MIN_COUNT, learner: 'logistic regression, L-BFGS', ...LBFGS_STOP, smoothRadius: SMOOTH_RADIUS, oofF1: Number(best.f1.toFixed(4)) };
  const bytes = orgVerifierFile(weights, best.threshold, meta);
  writeFileSync(DEFAULT_ORG_VERIFIER_PATH, bytes);
  console.log(`wrote ${DEFAULT_ORG_VERIFIER_PATH} (${bytes.length} bytes, ${weights.size} features before rounding)`);
}
