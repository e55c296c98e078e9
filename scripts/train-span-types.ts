// Trains the learned span types (models/span-types.json.gz, src/resolve/span-types.ts):
//
//   npm run train:span-types             learn from eng.train's gold spans, choose the margin on eng.testa, write the model
//   npm run train:span-types -- --dry    report only, write nothing
//   --l2 X (default 1e-5); --epochs N (default 10); --seed N (default 1)
//   --reuters-weight W: how much an annotated Reuters span counts against a CoNLL one (default 0.3); --no-reuters: CoNLL only
//   --train FILE, --tune FILE: the CoNLL files (default ../shared/data/conll2003/eng.train and eng.testa)
//   The annotated articles' texts are read from REUTERS_DIR, as `newsgraph eval --annotations` reads them.
//   --exclude-fold i/K --tagger FILE --out FILE: out-of-fold span types for the verifier's out-of-fold view
//     (src/train/span-type-folds.ts): the annotated train articles of fold i left out, the others read through FILE,
//     the tagger trained without fold i (.cache/taggers/ner-fold-i.bin.gz), whose resources the model reads as
//     served; the margin chosen as for the shipped model, with that tagger. Written to FILE (--out), never over the
//     shipped model.
//
// The model learns from the gold spans of CoNLL-2003 eng.train (not from the tagger's output there: the tagger learned
// from the same file, so its types there are right far more often than on new text). The training-data gazetteer's
// counts a span reads leave its own document out, as the tagger's training does. The margin by which the model must
// prefer another type over the tagger's is chosen on the odd-numbered documents of eng.testa (after the pipeline's span
// chain), the even-numbered ones printed as the check. It learns too from the annotated Reuters articles of the train
// split (never tune or the locked test): the tagger's spans there typed by the annotations (annotatedSpanType).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { predictConll, scoreSpans, type ConllPrediction } from '../src/eval/conll.js';
import { foldName } from '../src/article/names.js';
import { parseArticle } from '../src/article/parse.js';
import { loadAnnotated } from '../src/eval/annotations.js';
import { loadNerModel, tagDocument } from '../src/extract/ner/index.js';
import { articleSentences } from '../src/pipeline/extract.js';
import { repairEntitySpans } from '../src/resolve/spans.js';
import { DEFAULT_SPAN_TYPES_PATH, loadLexicon } from '../src/pipeline/models.js';
import { settleTaggedSpans } from '../src/resolve/settle-spans.js';
import { SPAN_TYPES, documentContext, spanDocOf, spanTypeFeatures, type SpanDoc } from '../src/resolve/span-types.js';
import { iobToSpans, readConll } from '../src/train/conll.js';
import { annotatedSpanType, spanTypeFile, trainSpanTypes, type SpanTypeExample } from '../src/train/span-types.js';
import { commandOptions } from './options.js';
import { fileSha256, foldCountOf, inExcludedFold, parseFoldSpec, type FoldSpec } from '../src/train/tagger-folds.js';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data');

const { values, usage } = commandOptions('train:span-types', {
  dry: { type: 'boolean', default: false },
  l2: { type: 'string', default: '1e-5' },
  epochs: { type: 'string', default: '10' },
  seed: { type: 'string', default: '1' },
  train: { type: 'string', default: path.join(DATA_DIR, 'conll2003/eng.train') },
  tune: { type: 'string', default: path.join(DATA_DIR, 'conll2003/eng.testa') },
  'no-reuters': { type: 'boolean', default: false },
  'reuters-weight': { type: 'string', default: '0.3' },
  'exclude-fold': { type: 'string' },
  tagger: { type: 'string' },
  out: { type: 'string' },
});
let EXCLUDE: FoldSpec | null = null;
if (values['exclude-fold'] !== undefined) {
  try {
    EXCLUDE = parseFoldSpec(String(values['exclude-fold']));
  } catch (e) {
    usage((e as Error).message);
  }
}
// An out-of-fold model goes with its fold's tagger and its own file; the shipped model with neither.
if (EXCLUDE && (values.tagger === undefined || (values.out === undefined && !values.dry))) usage('--exclude-fold needs --tagger FILE (the tagger trained without the same fold) and --out FILE');
if (!EXCLUDE && (values.tagger !== undefined || values.out !== undefined)) usage('--tagger and --out are for --exclude-fold i/K only');
if (EXCLUDE && values['no-reuters']) usage('--exclude-fold leaves out annotated articles: drop --no-reuters');
const L2 = Number(values.l2);
const EPOCHS = Number(values.epochs);
const SEED = Number(values.seed);
const REUTERS_WEIGHT = Number(values['reuters-weight']);
if (!(REUTERS_WEIGHT > 0 && Number.isFinite(REUTERS_WEIGHT))) usage(`--reuters-weight must be a positive number, got "${values['reuters-weight']}"`);
if (!(L2 >= 0 && Number.isFinite(L2))) usage(`--l2 must be a finite number of 0 or more, got "${values.l2}"`);
if (!Number.isInteger(EPOCHS) || EPOCHS < 1) usage(`--epochs must be a whole number of 1 or more, got "${values.epochs}"`);
if (!Number.isInteger(SEED)) usage(`--seed must be a whole number, got "${values.seed}"`);

const ner = loadNerModel(values.tagger === undefined ? undefined : String(values.tagger));
// The tagger must be the one that left the same fold out: otherwise the model's Reuters spans are read in sample.
if (EXCLUDE) {
  try {
    if (foldCountOf(ner.data.meta, EXCLUDE.fold, ner.path) !== EXCLUDE.k) usage(`${ner.path}: not trained for ${EXCLUDE.k} folds`);
  } catch (e) {
    usage((e as Error).message);
  }
}
const res = ner.data.res;
const examples: SpanTypeExample[] = [];
const trainDocs = readConll(String(values.train));
for (const d of trainDocs) {
  const gold = d.tags.flatMap((t, sent) => iobToSpans(t).map((s) => ({ sent, start: s.start, end: s.end, type: s.type })));
  // The document's own names, counted as the tagger's training counts them (once per document and type), left out.
  const own = new Map<string, number[]>();
  for (const s of gold) {
    if (s.end - s.start > 6) continue;
    const key = d.sents[s.sent].slice(s.start, s.end).join(' ').toLowerCase();
    let c = own.get(key);
    if (!c) own.set(key, (c = [0, 0, 0, 0]));
    c[SPAN_TYPES.indexOf(s.type)] = 1;
  }
  const tgaz = {
    get(key: string) {
      const all = res.tgaz.get(key);
      const mine = own.get(key);
      return all && mine ? all.map((n, k) => Math.max(0, n - mine[k])) : all;
    },
  };
  const doc: SpanDoc = { sents: d.sents, spans: gold };
  const ctx = documentContext(doc, { gaz: res.gaz, tgaz, capStat: res.capStat });
  gold.forEach((s, i) => examples.push({ features: spanTypeFeatures(doc, i, { gaz: res.gaz, tgaz, capStat: res.capStat }, ctx), label: SPAN_TYPES.indexOf(s.type) }));
}
console.log(`train: ${trainDocs.length} documents, ${examples.length} gold spans`);

// The annotated Reuters articles of the train split: the tagger's spans (after the edge repairs) typed by the
// annotations (annotatedSpanType), so that the model learns how served news writes firms and people too.
let reutersArticles = 0;
if (!values['no-reuters']) {
  const conllExamples = examples.length;
  for (const a of await loadAnnotated({ splits: ['train'] })) {
    if (EXCLUDE && inExcludedFold(a.name, EXCLUDE)) continue;
    const article = parseArticle(a.text, a.name);
    const sentences = articleSentences(article);
    const spans = repairEntitySpans(article.text, sentences, tagDocument(ner, sentences, article.text), { capStat: res.capStat });
    const { doc, index } = spanDocOf(sentences, spans);
    const labels = index.map((k) => annotatedSpanType(spans[k].text, spans[k].label, a.annotation, foldName));
    // The training-data gazetteer counted this article's own names (projected, once per type): left out as above.
    const own = new Map<string, number>();
    doc.spans.forEach((s, i) => {
      const label = labels[i];
      if (label) own.set(`${doc.sents[s.sent].slice(s.start, s.end).join(' ').toLowerCase()}|${SPAN_TYPES.indexOf(label)}`, 1);
    });
    const tgaz = {
      get(key: string) {
        const all = res.tgaz.get(key);
        return all && all.map((n, k) => Math.max(0, n - (own.get(`${key}|${k}`) ?? 0)));
      },
    };
    const ctx = documentContext(doc, { gaz: res.gaz, tgaz, capStat: res.capStat });
    doc.spans.forEach((_, i) => {
      const label = labels[i];
      if (label) examples.push({ features: spanTypeFeatures(doc, i, { gaz: res.gaz, tgaz, capStat: res.capStat }, ctx), label: SPAN_TYPES.indexOf(label), weight: REUTERS_WEIGHT });
    });
    reutersArticles++;
  }
  console.log(`annotated Reuters train: ${reutersArticles} articles, ${examples.length - conllExamples} typed spans`);
}
const weights = trainSpanTypes(examples, { l2: L2, epochs: EPOCHS, seed: SEED });

const lexicon = loadLexicon();
const capStat = res.capStat;
const at = (margin: number) =>
  predictConll(String(values.tune), { model: ner, postprocess: (text, sentences, spans) => settleTaggedSpans(text, sentences, spans, { capStat, lexicon, conll: true, spanTypes: Number.isFinite(margin) ? { model: { weights, margin }, res } : undefined }) });
const half = (docs: ConllPrediction[], odd: boolean) => docs.filter((_, i) => i % 2 === (odd ? 0 : 1));
const scores = (docs: ConllPrediction[]) => scoreSpans(docs.map((d) => d.gold), docs.map((d) => d.pred));
const show = (docs: ConllPrediction[]) => {
  const s = scores(docs);
  return [...SPAN_TYPES, 'ALL' as const].map((t) => `${t} ${(100 * s[t].strict.f1).toFixed(2)}`).join('  ');
};
let best = { margin: Infinity, f1: -1, docs: at(Infinity) };
console.log(`tagger's types:  odd ${show(half(best.docs, true))}\n                 even ${show(half(best.docs, false))}\n                 all  ${show(best.docs)}`);
best.f1 = scores(half(best.docs, true)).ALL.strict.f1;
for (const margin of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  const docs = at(margin);
  const f1 = scores(half(docs, true)).ALL.strict.f1;
  console.log(`margin ${margin}:      odd ${show(half(docs, true))}`);
  if (f1 > best.f1 + 1e-9) best = { margin, f1, docs };
}
console.log(`chosen margin ${best.margin} on the odd half:\n  odd  ${show(half(best.docs, true))}\n  even ${show(half(best.docs, false))} (held out)\n  all  ${show(best.docs)}`);

if (!values.dry) {
  const fold = EXCLUDE ? { excludeFold: `${EXCLUDE.fold}/${EXCLUDE.k}`, taggerSha256: fileSha256(ner.path) } : {};
  const meta = { ...fold, trainDocuments: trainDocs.length, reutersArticles, reutersWeight: REUTERS_WEIGHT, examples: examples.length, l2: L2, epochs: EPOCHS, seed: SEED, oddAllF1: Number(best.f1.toFixed(4)) };
  const bytes = spanTypeFile(weights, best.margin, meta);
  const out = EXCLUDE ? path.resolve(String(values.out)) : DEFAULT_SPAN_TYPES_PATH;
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${bytes.length} bytes, ${weights.size} features before rounding)`);
}
