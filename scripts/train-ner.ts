/**
 * Train the NER model: `npm run train` (options: --epochs N, --passes 1|2,
 * --folds K, --seed S (the shuffles' seed, src/train/seeds.ts; 0 = the committed model's), --no-reuters, --no-annotated (CoNLL only, without the annotated Reuters train
 * split), --no-cues (no corpus type cues, src/train/corpus-cues.ts), --lexicon-cache (cache the Reuters statistics in the
 * OS temp dir), --brown C (Brown clusters, 0 = none), --brown-min F (minimum
 * word frequency for Brown clustering), --no-tgaz (no training-data
 * gazetteer), --aug K (add a headline-re-cased copy of every K-th document,
 * 0 = none), --exclude-fold i/K (leave out the annotated train articles of fold i of K, src/train/tagger-folds.ts:
 * an out-of-fold tagger for `npm run train:orgs -- --tagger-folds`), --out FILE).
 * Deterministic: fixed document orders (seeded shuffles, --seed), no wall-clock input: the same command
 * gives the same file byte for byte.
 * Data: ../shared/data/conll2003/eng.train (train), eng.testa (reported only),
 * ../shared/data/reuters/reuters-2006-2013-20k.tar.gz (unlabeled statistics), and the train split
 * of annotations/reuters/ (src/eval/split.ts; never tune or the locked test): its article-level
 * people and organizations projected onto tokens over a CoNLL-only tagging (src/train/project.ts).
 */
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { FeatSpace, indexFirst, type Resources } from '../src/extract/ner/features.ts';
import { bilouToSpans, TYPES } from '../src/extract/ner/labels.ts';
import { iobToSpans, readConll, spansToBilou, type ConllDoc } from '../src/train/conll.ts';
import { decodeDoc, Trainer } from '../src/train/decode.ts';
import { DocFeaturizer, type DocFeats } from '../src/train/doc-features.ts';
import { addGaz, buildGazetteers, emptyResources } from '../src/train/gazetteers.ts';
import { buildReutersStats, readTarGz, rng } from '../src/train/reuters-stats.ts';
import { countCues, cueClass, loadTypeCues, placeTest, type CueCounts } from '../src/train/corpus-cues.ts';
import { saveModel } from '../src/train/save-model.ts';
import { DEFAULT_ANNOTATED_WEIGHT, passSeed, shuffled } from '../src/train/seeds.ts';
import { projectNames, spansToIob } from '../src/train/project.ts';
import { loadAnnotated } from '../src/eval/annotations.ts';
import { inExcludedFold, parseFoldSpec } from '../src/train/tagger-folds.ts';
import { parseArticle } from '../src/article/parse.ts';
import { articleSentences } from '../src/pipeline/extract.ts';
import { findCreditSpans } from '../src/extract/credits.ts';
import { truecaseView } from '../src/extract/ner/truecase.ts';
import type { Sentence, Span } from '../src/extract/types.ts';
import { scoreSpans, formatConllScores, type DocSpan } from '../src/eval/conll.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : def;
};
const flag = (name: string) => args.includes('--' + name);

const EPOCHS = Number(opt('epochs', '12'));
const PASSES = Number(opt('passes', '2'));
const FOLDS = Number(opt('folds', '4'));
const MIN_COUNT = Number(opt('min-count', '1'));
// Off by default: on eng.testa they added ~0.1 F1 over the k-means classes for 5 minutes of training and 0.3 s of load time.
const BROWN_C = Number(opt('brown', '0'));
const BROWN_MINF = Number(opt('brown-min', '3'));
const OUT = path.resolve(repoRoot, opt('out', 'models/ner.bin.gz'));
/** The size of the updates on the annotated Reuters articles against CoNLL's 1. */
const ANNOTATED_WEIGHT = Number(opt('annotated-weight', String(DEFAULT_ANNOTATED_WEIGHT)));
/** The shuffles' seed (src/train/seeds.ts): 0 keeps each pass's base seed. */
const SEED = Number(opt('seed', '0'));
/** --exclude-fold i/K: the annotated train articles of fold i are left out (an out-of-fold tagger). */
const EXCLUDE = opt('exclude-fold', '') ? parseFoldSpec(opt('exclude-fold', '')) : null;

function log(msg: string) {
  process.stderr.write(`[train-ner ${(performance.now() / 1000).toFixed(1)}s] ${msg}\n`);
}


interface Prepared {
  df: DocFeats;
  /** The size of the perceptron's updates on this document (the annotated Reuters articles: --annotated-weight). */
  weight: number;
  glue?: boolean[][];
  gold: Int8Array;
  goldSpans: DocSpan[];
  sents: string[][];
}

function goldOf(doc: ConllDoc): { gold: Int8Array; spans: DocSpan[] } {
  const parts: Int8Array[] = [];
  const spans: DocSpan[] = [];
  doc.tags.forEach((t, si) => {
    const sp = iobToSpans(t);
    parts.push(spansToBilou(t.length, sp));
    for (const s of sp) spans.push({ sent: si, ...s });
  });
  const n = parts.reduce((a, p) => a + p.length, 0);
  const gold = new Int8Array(n);
  let o = 0;
  for (const p of parts) {
    gold.set(p, o);
    o += p.length;
  }
  return { gold, spans };
}

function predSpans(df: DocFeats, sents: string[][], tags: Int8Array): DocSpan[] {
  const out: DocSpan[] = [];
  sents.forEach((s, si) => {
    const a = df.sentStart[si];
    for (const sp of bilouToSpans(tags.subarray(a, a + s.length))) out.push({ sent: si, ...sp });
  });
  return out;
}

/** Most frequent casing of each lower-cased word in non-headline sentences of the training data. */
function buildTruecaser(docs: ConllDoc[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of docs)
    for (const s of d.sents) {
      if (isAllCapsSentence(s)) continue;
      for (let i = 1; i < s.length; i++) {
        const k = s[i].toLowerCase();
        let m = counts.get(k);
        if (!m) counts.set(k, (m = new Map()));
        m.set(s[i], (m.get(s[i]) ?? 0) + 1);
      }
    }
  const out = new Map<string, string>();
  for (const [k, m] of counts) out.set(k, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  return out;
}
function isAllCapsSentence(s: string[]): boolean {
  let letters = 0;
  for (const w of s) {
    if (!/[A-Za-z]/.test(w)) continue;
    letters++;
    if (w !== w.toUpperCase()) return false;
  }
  return letters >= 2;
}
/**
 * Real Reuters headlines are sentence case ("Merkel says Obama call helped
 * seal Opel deal"), CoNLL's are ALL CAPS: re-case the ALL-CAPS sentences of
 * a document the way a news headline is written (entity words capitalized,
 * other words in their usual casing, first word capitalized). Null when the
 * document has no such sentence.
 */
function recaseHeadlines(d: ConllDoc, truecase: Map<string, string>): ConllDoc | null {
  let changed = false;
  const sents = d.sents.map((s, si) => {
    if (!isAllCapsSentence(s) || s.length < 3) return s;
    changed = true;
    const tags = d.tags[si];
    return s.map((w, i) => {
      const lw = w.toLowerCase();
      let out = truecase.get(lw);
      if (tags[i] !== 'O') {
        if (!out || out === lw) out = lw.charAt(0).toUpperCase() + lw.slice(1);
      } else if (!out) out = /^[A-Z]{2,4}$/.test(w) ? w : lw;
      if (i === 0) out = out.charAt(0).toUpperCase() + out.slice(1);
      return out;
    });
  });
  return changed ? { sents, tags: d.tags } : null;
}

function trainPass(
  fz: DocFeaturizer,
  docs: Prepared[],
  pass1: (Int8Array | null)[],
  epochs: number,
  seed: number,
  dev?: { docs: Prepared[]; prev: Float32Array[] },
): Float32Array {
  const tr = new Trainer(fz.space.size);
  const r = rng(passSeed(seed, SEED));
  const idx = docs.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    let errs = 0;
    let n = 0;
    for (const i of shuffled(idx, r)) {
      const d = docs[i];
      const tags = decodeDoc(fz, d.df, tr.W, pass1[i], { gold: d.gold, trainer: tr, weight: d.weight });
      for (let k = 0; k < tags.length; k++) if (tags[k] !== d.gold[k]) errs++;
      n += tags.length;
    }
    let msg = `epoch ${e + 1}/${epochs}: train token error ${(100 * errs / n).toFixed(2)}%`;
    if (dev && (e === epochs - 1 || flag('dev-every-epoch'))) {
      const W = tr.averaged();
      const s = evalDocs(fz, dev.docs, [...dev.prev, W]);
      msg += ` | dev F1 ALL ${(100 * s.ALL.strict.f1).toFixed(2)} PER ${(100 * s.PER.strict.f1).toFixed(2)} ORG ${(100 * s.ORG.strict.f1).toFixed(2)} LOC ${(100 * s.LOC.strict.f1).toFixed(2)} MISC ${(100 * s.MISC.strict.f1).toFixed(2)}`;
    }
    log(msg);
  }
  return tr.averaged();
}

function runPasses(fz: DocFeaturizer, d: Prepared, weights: Float32Array[]): Int8Array {
  let tags = decodeDoc(fz, d.df, weights[0], null);
  for (let p = 1; p < weights.length; p++) tags = decodeDoc(fz, d.df, weights[p], tags);
  return tags;
}

function evalDocs(fz: DocFeaturizer, docs: Prepared[], weights: Float32Array[]) {
  const gold = docs.map((d) => d.goldSpans);
  const pred = docs.map((d) => predSpans(d.df, d.sents, runPasses(fz, d, weights)));
  return scoreSpans(gold, pred);
}

async function main() {
  passSeed(1, SEED); // a bad --seed fails here, not after the first minutes of training
  log(`seed ${SEED}`);
  const trainDocs: Array<ConllDoc & { glue?: boolean[][] }> = readConll(path.join(dataDir, 'conll2003/eng.train'));
  const conllCount = trainDocs.length;
  const devPath = path.join(dataDir, 'conll2003/eng.testa');
  const devDocs = existsSync(devPath) ? readConll(devPath) : [];
  log(`read ${trainDocs.length} train docs, ${devDocs.length} dev docs`);

  const res: Resources = emptyResources();
  await buildGazetteers(res);
  log(`gazetteer: ${res.gaz.size} phrases`);
  if (!flag('no-reuters')) {
    const tar = path.join(dataDir, 'reuters/reuters-2006-2013-20k.tar.gz');
    const brown = { clusters: BROWN_C, minFreq: BROWN_MINF };
    const cache = flag('lexicon-cache') ? path.join(os.tmpdir(), `newsgraph-reuters-stats-cache-b${BROWN_C}-${BROWN_MINF}.json`) : undefined;
    const st = await buildReutersStats(tar, { cachePath: cache, log, brown: BROWN_C > 0 ? brown : undefined });
    res.clusters = st.clusters;
    res.brown = st.brown;
    res.capStat = st.capStat;
    log(`reuters stats: ${res.capStat.size} cap stats, ${res.clusters.size} clustered words, ${res.brown.size} Brown-clustered words`);
    if (!flag('no-cues')) {
      // Corpus-wide type cues of names ("X Inc", "shares of X", "Mr. X"), as gazetteer classes.
      const cuesCache = flag('lexicon-cache') ? path.join(os.tmpdir(), 'newsgraph-type-cues-cache.json') : undefined;
      let counts: CueCounts;
      if (cuesCache && existsSync(cuesCache)) counts = new Map(JSON.parse(readFileSync(cuesCache, 'utf8')));
      else {
        counts = new Map();
        const cues = loadTypeCues();
        const isPlace = placeTest(res.gaz);
        const files = [...readTarGz(tar)].filter((f) => f.name.endsWith('.txt')).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const f of files) {
          const text = f.data.toString('utf8');
          const nl1 = text.indexOf('\n');
          const nl2 = text.indexOf('\n', nl1 + 1);
          countCues(text, nl2 < 0 ? text.length : nl2 + 1, cues, counts, isPlace);
        }
        if (cuesCache) writeFileSync(cuesCache, JSON.stringify([...counts]));
      }
      let classed = 0;
      for (const key of [...counts.keys()].sort()) {
        const cls = cueClass(counts.get(key)!);
        if (!cls) continue;
        addGaz(res, key, cls);
        classed++;
      }
      log(`corpus type cues: ${counts.size} names with cues, ${classed} classed`);
    }
  }

  // The annotated Reuters train split: the words as the tagger sees them at run time (truecased view, glue).
  const annotated: Array<{ sentences: Sentence[]; text: string; credits: Span[]; names: { people: Array<string | string[]>; organizations: Array<string | string[]> }; doc: ConllDoc & { glue: boolean[][] } }> = [];
  if (!flag('no-annotated')) {
    for (const a of await loadAnnotated({ splits: ['train'] })) {
      if (EXCLUDE && inExcludedFold(a.name, EXCLUDE)) continue;
      const parsed = parseArticle(a.text, a.name);
      const sentences = articleSentences(parsed).filter((x) => x.tokens.length > 0);
      const words = sentences.flatMap((x) => x.tokens.map((t) => t.text));
      const starts: number[] = [];
      let k = 0;
      for (const x of sentences) {
        starts.push(k);
        k += x.tokens.length;
      }
      const view = truecaseView(words, starts, res.capStat);
      const sents = sentences.map((x, si) => view.slice(starts[si], starts[si] + x.tokens.length) as string[]);
      const glue = sentences.map((x) => x.tokens.map((t, i) => i > 0 && t.start === x.tokens[i - 1].end));
      annotated.push({ sentences, text: parsed.text, credits: findCreditSpans(parsed.text), names: a.annotation, doc: { sents, tags: sents.map((x) => x.map(() => 'O')), glue } });
    }
    if (EXCLUDE) log(`fold ${EXCLUDE.fold}/${EXCLUDE.k} of the annotated train articles left out`);
    log(`annotated Reuters train split: ${annotated.length} articles, ${annotated.reduce((n, a) => n + a.doc.sents.flat().length, 0)} tokens`);
  }

  // training-data gazetteer: entity strings per type, counted in documents
  const ownOf = (d: ConllDoc) => {
    const m = new Map<string, number[]>();
    if (flag('no-tgaz')) return m;
    d.tags.forEach((t, si) => {
      for (const sp of iobToSpans(t)) {
        if (sp.end - sp.start > 6) continue;
        const key = d.sents[si].slice(sp.start, sp.end).join(' ').toLowerCase();
        let c = m.get(key);
        if (!c) m.set(key, (c = [0, 0, 0, 0]));
        c[TYPES.indexOf(sp.type)] = 1;
      }
    });
    return m;
  };
  let own: Map<string, number[]>[] = [];
  const buildTgaz = () => {
    own = trainDocs.map(ownOf);
    res.tgaz = new Map();
    for (const m of own) {
      for (const [k, c] of m) {
        let a = res.tgaz.get(k);
        if (!a) res.tgaz.set(k, (a = [0, 0, 0, 0]));
        for (let t = 0; t < 4; t++) a[t] += c[t];
      }
    }
    res.tgazFirst = indexFirst(res.tgaz.keys());
    log(`training-data gazetteer: ${res.tgaz.size} phrases`);
  };
  buildTgaz();

  // feature counting pass (the annotated articles' words count too: their labels come later)
  const counter = new DocFeaturizer(new FeatSpace(undefined, true), res);
  trainDocs.forEach((d, i) => counter.docFeats({ sents: d.sents, tgazOwn: own[i] }));
  for (const a of annotated) counter.docFeats({ sents: a.doc.sents, glue: a.doc.glue });
  const kept = new Map<string, number>();
  for (const [s, i] of counter.space.map) if (counter.space.counts[i] >= MIN_COUNT) kept.set(s, kept.size);
  log(`features: ${counter.space.size} seen, ${kept.size} kept (count >= ${MIN_COUNT})`);
  const space = new FeatSpace(kept, true); // dynamic features get added by the constructor
  const fz = new DocFeaturizer(space, res);
  space.grow = false;

  const prep = (d: ConllDoc & { glue?: boolean[][] }, i: number, tgazOwn?: Map<string, number[]>[]): Prepared => {
    const df = fz.docFeats({ sents: d.sents, glue: d.glue, tgazOwn: tgazOwn?.[i] });
    const g = goldOf(d);
    return { df, weight: tgazOwn && i >= conllCount ? ANNOTATED_WEIGHT : 1, gold: g.gold, goldSpans: g.spans, sents: d.sents };
  };
  if (annotated.length) {
    // Base labels for what the annotations do not cover (places, MISC): a CoNLL-only tagger, trained
    // here so that the model depends on the data alone, not on the model it replaces.
    const conll = trainDocs.map((d, i) => prep(d, i, own));
    const W0 = trainPass(fz, conll, conll.map(() => null), EPOCHS, 7);
    let spans = 0;
    for (const a of annotated) {
      const df = fz.docFeats({ sents: a.doc.sents, glue: a.doc.glue });
      const tags = decodeDoc(fz, df, W0, null);
      const base = a.doc.sents.map((x, si) => bilouToSpans(tags.subarray(df.sentStart[si], df.sentStart[si] + x.length)));
      const projected = projectNames(a.text, a.sentences, a.names, base, a.credits);
      a.doc.tags = projected.map((sp, si) => spansToIob(a.doc.sents[si].length, sp));
      spans += projected.reduce((n, sp) => n + sp.length, 0);
      trainDocs.push(a.doc);
    }
    log(`projected the annotations: ${spans} spans over ${annotated.length} articles`);
    // --dump-projection FILE: the projected labels in CoNLL form, for reading
    const dump = opt('dump-projection', '');
    if (dump) writeFileSync(dump, annotated.map((a) => a.doc.sents.map((x, si) => x.map((w, i) => `${w} ${a.doc.tags[si][i]}`).join('\n')).join('\n\n')).join('\n\n-DOCSTART- O\n\n'));
    buildTgaz();
  }
  const train = trainDocs.map((d, i) => prep(d, i, own));
  const foldOf = trainDocs.map((_, i) => i);
  // headline augmentation: copies of some documents whose ALL-CAPS headlines are re-cased
  const AUG = Number(opt('aug', '0')); // off by default: -0.2 F1 on eng.testa, no gain on the dev articles
  if (AUG > 0) {
    const truecase = buildTruecaser(trainDocs);
    let added = 0;
    trainDocs.forEach((d, i) => {
      if (i % AUG !== 0 || i >= conllCount) return;
      const v = recaseHeadlines(d, truecase);
      if (!v) return;
      train.push(prep(v, i, own));
      foldOf.push(i);
      added++;
    });
    log(`headline augmentation: ${added} re-cased document copies`);
  }
  const dev = devDocs.map((d, i) => prep(d, i));
  log(`featurized; ${train.reduce((a, d) => a + d.gold.length, 0)} train tokens`);

  const weights: Float32Array[] = [];
  const W1 = trainPass(fz, train, train.map(() => null), EPOCHS, 1, { docs: dev, prev: [] });
  weights.push(W1);
  if (PASSES >= 2) {
    // jackknifed pass-1 predictions for training the second pass
    const pass1: Int8Array[] = new Array(train.length);
    for (let k = 0; k < FOLDS; k++) {
      const inF = train.filter((_, i) => foldOf[i] % FOLDS !== k);
      const Wk = trainPass(fz, inF, inF.map(() => null), EPOCHS, 100 + k);
      train.forEach((d, i) => {
        if (foldOf[i] % FOLDS === k) pass1[i] = decodeDoc(fz, d.df, Wk, null);
      });
      log(`fold ${k + 1}/${FOLDS} done`);
    }
    const W2 = trainPass(fz, train, pass1, EPOCHS, 2, { docs: dev, prev: [W1] });
    weights.push(W2);
  }
  if (dev.length) {
    log('dev (eng.testa) scores:\n' + formatConllScores(evalDocs(fz, dev, weights)));
  }
  mkdirSync(path.dirname(OUT), { recursive: true });
  const info = saveModel(OUT, {
    space,
    res,
    weights,
    meta: { epochs: EPOCHS, passes: PASSES, folds: FOLDS, minCount: MIN_COUNT, ...(SEED ? { seed: SEED } : {}), ...(EXCLUDE ? { excludeFold: `${EXCLUDE.fold}/${EXCLUDE.k}` } : {}), ...(annotated.length ? { annotatedWeight: ANNOTATED_WEIGHT } : {}), trainedOn: annotated.length ? `conll2003/eng.train + ${annotated.length} annotated Reuters articles (train split)` : 'conll2003/eng.train' },
  });
  log(`saved ${OUT}: ${info.features} features, ${(info.bytes / 1e6).toFixed(2)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
