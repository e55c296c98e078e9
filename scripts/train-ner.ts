/**
 * Train the NER model: `npm run train` (options: --epochs N, --passes 1|2,
 * --folds K, --no-reuters, --lexicon-cache, --out FILE, --quick).
 * Deterministic: fixed document orders (seeded shuffles), no wall-clock input.
 * Data: ../shared/data/conll2003/eng.train (train), eng.testa (reported only),
 * ../shared/data/reuters/reuters-2006-2013-20k.tar.gz (unlabeled statistics).
 */
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync } from 'node:fs';
import { readConll, type ConllDoc } from '../src/extract/ner/conll-reader.ts';
import { FeatSpace, Featurizer, type DocFeats, type Resources } from '../src/extract/ner/features.ts';
import { iobToSpans, spansToBilou, bilouToSpans } from '../src/extract/ner/labels.ts';
import { decodeDoc, Trainer } from '../src/extract/ner/model.ts';
import { saveModel } from '../src/extract/ner/io.ts';
import { buildGazetteers, emptyResources } from '../src/extract/ner/lexicon.ts';
import { buildReutersStats } from '../src/extract/ner/reuters-stats.ts';
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
const OUT = path.resolve(repoRoot, opt('out', 'models/ner.bin.gz'));

function log(msg: string) {
  process.stderr.write(`[train-ner ${(performance.now() / 1000).toFixed(1)}s] ${msg}\n`);
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled<T>(xs: T[], r: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

interface Prepared {
  df: DocFeats;
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

function trainPass(
  fz: Featurizer,
  docs: Prepared[],
  pass1: (Int8Array | null)[],
  epochs: number,
  seed: number,
  dev?: { docs: Prepared[]; prev: Float32Array[] },
): Float32Array {
  const tr = new Trainer(fz.space.size);
  const r = rng(seed);
  const idx = docs.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    let errs = 0;
    let n = 0;
    for (const i of shuffled(idx, r)) {
      const d = docs[i];
      const tags = decodeDoc(fz, d.df, tr.W, pass1[i], { gold: d.gold, trainer: tr });
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

function runPasses(fz: Featurizer, d: Prepared, weights: Float32Array[]): Int8Array {
  let tags = decodeDoc(fz, d.df, weights[0], null);
  for (let p = 1; p < weights.length; p++) tags = decodeDoc(fz, d.df, weights[p], tags);
  return tags;
}

function evalDocs(fz: Featurizer, docs: Prepared[], weights: Float32Array[]) {
  const gold = docs.map((d) => d.goldSpans);
  const pred = docs.map((d) => predSpans(d.df, d.sents, runPasses(fz, d, weights)));
  return scoreSpans(gold, pred);
}

async function main() {
  const trainDocs = readConll(path.join(dataDir, 'conll2003/eng.train'));
  const devPath = path.join(dataDir, 'conll2003/eng.testa');
  const devDocs = existsSync(devPath) ? readConll(devPath) : [];
  log(`read ${trainDocs.length} train docs, ${devDocs.length} dev docs`);

  const res: Resources = emptyResources();
  await buildGazetteers(res);
  log(`gazetteer: ${res.gaz.size} phrases`);
  if (!flag('no-reuters')) {
    const tar = path.join(dataDir, 'reuters/reuters-2006-2013-20k.tar.gz');
    const cache = flag('lexicon-cache') ? path.join(os.tmpdir(), 'newsgraph-reuters-stats-cache.json') : undefined;
    const st = await buildReutersStats(tar, { cachePath: cache, log });
    res.clusters = st.clusters;
    res.capStat = st.capStat;
    log(`reuters stats: ${res.capStat.size} cap stats, ${res.clusters.size} clustered words`);
  }

  // feature counting pass
  const counter = new Featurizer(new FeatSpace(undefined, true), res);
  for (const d of trainDocs) counter.docFeats({ sents: d.sents });
  const kept = new Map<string, number>();
  for (const [s, i] of counter.space.map) if (counter.space.counts[i] >= MIN_COUNT) kept.set(s, kept.size);
  log(`features: ${counter.space.size} seen, ${kept.size} kept (count >= ${MIN_COUNT})`);
  const space = new FeatSpace(kept, true); // dynamic features get added by the constructor
  const fz = new Featurizer(space, res);
  space.grow = false;

  const prep = (d: ConllDoc): Prepared => {
    const df = fz.docFeats({ sents: d.sents });
    const g = goldOf(d);
    return { df, gold: g.gold, goldSpans: g.spans, sents: d.sents };
  };
  const train = trainDocs.map(prep);
  const dev = devDocs.map(prep);
  log(`featurized; ${train.reduce((a, d) => a + d.gold.length, 0)} train tokens`);

  const weights: Float32Array[] = [];
  const W1 = trainPass(fz, train, train.map(() => null), EPOCHS, 1, { docs: dev, prev: [] });
  weights.push(W1);
  if (PASSES >= 2) {
    // jackknifed pass-1 predictions for training the second pass
    const pass1: Int8Array[] = new Array(train.length);
    for (let k = 0; k < FOLDS; k++) {
      const inF = train.filter((_, i) => i % FOLDS !== k);
      const Wk = trainPass(fz, inF, inF.map(() => null), EPOCHS, 100 + k);
      train.forEach((d, i) => {
        if (i % FOLDS === k) pass1[i] = decodeDoc(fz, d.df, Wk, null);
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
    meta: { epochs: EPOCHS, passes: PASSES, folds: FOLDS, minCount: MIN_COUNT, trainedOn: 'conll2003/eng.train' },
  });
  log(`saved ${OUT}: ${info.features} features, ${(info.bytes / 1e6).toFixed(2)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
