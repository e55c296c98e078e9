/**
 * Greedy left-to-right averaged perceptron over BILOU tags, with
 * document-level prediction history, and an optional second pass that sees
 * the first pass's predictions over the whole document (Ratinov & Roth 2009).
 *
 * Decoding over string-keyed document features (doc-features.ts): greedy, with perceptron
 * updates when training, and a beam variant for experiments. The runtime tagger
 * (src/extract/ner/tagger.ts) makes the same greedy decisions from integer ids.
 */
import { ALLOWED as ALLOWED_, NT as NT_, tagType } from '../extract/ner/labels.js';
import type { Featurizer } from '../extract/ner/features.js';
import type { DocFeats } from './doc-features.js';

// local copies: module namespace getters are slow in hot loops under some loaders
const NT: number = NT_;
const ALLOWED: Uint8Array = ALLOWED_;

export class Trainer {
  W: Float32Array;
  U: Float64Array;
  c = 1;
  constructor(n: number) {
    this.W = new Float32Array(n * NT);
    this.U = new Float64Array(n * NT);
  }
  update(feats: Int32Array, extra: number[], tag: number, delta: number): void {
    const W = this.W;
    const U = this.U;
    const cd = this.c * delta;
    for (let k = 0; k < feats.length; k++) {
      const i = feats[k] * NT + tag;
      W[i] += delta;
      U[i] += cd;
    }
    for (let k = 0; k < extra.length; k++) {
      const f = extra[k];
      if (f < 0) continue;
      const i = f * NT + tag;
      W[i] += delta;
      U[i] += cd;
    }
  }
  averaged(): Float32Array {
    const out = new Float32Array(this.W.length);
    const c = this.c;
    for (let i = 0; i < out.length; i++) out[i] = this.W[i] - this.U[i] / c;
    return out;
  }
}

/** Per-document aggregation of pass-1 predictions, keyed by history key. */
function aggregate(df: DocFeats, tags1: Int8Array): Map<string, Int32Array> {
  const agg = new Map<string, Int32Array>();
  for (let i = 0; i < tags1.length; i++) {
    const k = df.histKey[i];
    if (!k) continue;
    let a = agg.get(k);
    if (!a) agg.set(k, (a = new Int32Array(5)));
    const t = tags1[i];
    a[t === 0 ? 4 : tagType(t)]++;
  }
  return agg;
}

/** What a decoder knows of the document so far: the types predicted per history key, and the pass-1 tags. */
interface DocState {
  hist: Map<string, Int32Array>;
  pass1: Int8Array | null;
  agg: Map<string, Int32Array> | null;
}

function docState(df: DocFeats, pass1: Int8Array | null): DocState {
  return { hist: new Map(), pass1, agg: pass1 ? aggregate(df, pass1) : null };
}

/**
 * Token i's document-level features, appended to `extra`: the types its word was tagged with
 * earlier in the document, and in the second pass the pass-1 tags of its other occurrences and
 * its own.
 */
function pushDocFeatures(fz: Featurizer, df: DocFeats, i: number, st: DocState, extra: number[]): void {
  const { dynH, dynHM, dynHC, dyn2 } = fz;
  const cap = df.cap[i];
  const key = df.histKey[i];
  const pass1 = st.pass1;
  if (key) {
    const h = st.hist.get(key);
    if (h) {
      let best = -1;
      let bc = 0;
      for (let t = 0; t < 4; t++) {
        if (h[t] > 0) {
          extra.push(dynH[t], dynHC[t * 4 + cap]);
          if (h[t] > bc) {
            bc = h[t];
            best = t;
          }
        }
      }
      if (best >= 0) extra.push(dynHM[best]);
    }
    if (st.agg) {
      const g = st.agg.get(key)!;
      const own = pass1![i];
      const ownT = own === 0 ? 4 : tagType(own);
      // other occurrences
      let best = -1;
      let bc = 0;
      for (let t = 0; t < 4; t++) {
        const cnt = g[t] - (ownT === t ? 1 : 0);
        if (cnt > 0) {
          extra.push(dyn2[t * 8 + 0]);
          if (cnt > bc) {
            bc = cnt;
            best = t;
          }
        }
      }
      if (best >= 0) {
        extra.push(dyn2[best * 8 + 1]);
        if (ownT !== best) extra.push(dyn2[best * 8 + 3]);
      }
      if (ownT < 4) extra.push(dyn2[ownT * 8 + 2]);
    }
  }
  if (pass1) {
    const own = pass1[i];
    if (own !== 0) extra.push(dyn2[tagType(own) * 8 + 4 + Math.min(3, (own - 1) % 4)]);
  }
}

/** scores = token i's static scores (or 0) + the weights of its features, then of `extra`, in that order. */
function scoreToken(scores: Float64Array, W: Float32Array, df: DocFeats, i: number, extra: number[], staticScores: Float32Array | undefined): void {
  if (staticScores) for (let t = 0, o = i * NT; t < NT; t++) scores[t] = staticScores[o + t];
  else scores.fill(0);
  const f = df.feats[i];
  for (let k = 0; k < f.length; k++) {
    const o = f[k] * NT;
    for (let t = 0; t < NT; t++) scores[t] += W[o + t];
  }
  for (let k = 0; k < extra.length; k++) {
    const e = extra[k];
    if (e < 0) continue;
    const o = e * NT;
    for (let t = 0; t < NT; t++) scores[t] += W[o + t];
  }
}

/** A word tagged as an entity: its type counts for its later occurrences. */
function remember(st: DocState, key: string | null, tag: number): void {
  if (!key || tag === 0) return;
  let h = st.hist.get(key);
  if (!h) st.hist.set(key, (h = new Int32Array(4)));
  h[tagType(tag)]++;
}

/** B- and I- tags must continue: not at a sentence's last token. */
const mustContinue = (t: number) => t !== 0 && ((t - 1) % 4 === 0 || (t - 1) % 4 === 1);

/**
 * Tag one document. If `train` is given, perceptron updates are made against
 * its gold tags (predicted tags are used as history, as at test time), of size
 * `train.weight` (1 unless the document's source is weighted).
 */
export function decodeDoc(
  fz: Featurizer,
  df: DocFeats,
  W: Float32Array,
  pass1: Int8Array | null,
  train?: { gold: Int8Array; trainer: Trainer; weight?: number },
  staticScores?: Float32Array,
): Int8Array {
  const N = df.feats.length;
  const tags = new Int8Array(N);
  const st = docState(df, pass1);
  const scores = new Float64Array(NT);
  const extra: number[] = [];
  const { dynP1, dynP2, dynP1C } = fz;
  const starts = df.sentStart;
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s];
    const b = s + 1 < starts.length ? starts[s + 1] : N;
    let p1 = -1;
    let p2 = -1;
    for (let i = a; i < b; i++) {
      extra.length = 0;
      extra.push(dynP1[p1 + 1], dynP2[(p2 + 1) * (NT + 1) + p1 + 1], dynP1C[(p1 + 1) * 4 + df.cap[i]]);
      pushDocFeatures(fz, df, i, st, extra);
      scoreToken(scores, W, df, i, extra, staticScores);
      const row = (p1 < 0 ? NT : p1) * NT;
      let best = 0;
      let bs = -Infinity;
      for (let t = 0; t < NT; t++) {
        if (!ALLOWED[row + t]) continue;
        if (i === b - 1 && mustContinue(t)) continue;
        if (scores[t] > bs) {
          bs = scores[t];
          best = t;
        }
      }
      if (train) {
        const g = train.gold[i];
        if (g !== best) {
          const w = train.weight ?? 1;
          train.trainer.update(df.feats[i], extra, g, w);
          train.trainer.update(df.feats[i], extra, best, -w);
        }
        train.trainer.c++;
      }
      tags[i] = best;
      p2 = p1;
      p1 = best;
      remember(st, df.histKey[i], best);
    }
  }
  return tags;
}

/**
 * Beam-search variant of decodeDoc for inference: within a sentence it keeps
 * the `beam` best tag sequences (the tag-transition features are the only
 * ones that depend on the hypothesis); the document-level history is updated
 * after each sentence from the best sequence.
 */
export function decodeDocBeam(
  fz: Featurizer,
  df: DocFeats,
  W: Float32Array,
  pass1: Int8Array | null,
  staticScores: Float32Array | undefined,
  beam: number,
  temperature: number,
): Int8Array {
  const N = df.feats.length;
  const tags = new Int8Array(N);
  const st = docState(df, pass1);
  const base = new Float64Array(NT);
  const extra: number[] = [];
  const { dynP1, dynP2, dynP1C } = fz;
  const starts = df.sentStart;
  type Hyp = { score: number; p1: number; p2: number; prev: Hyp | null; tag: number };
  const local = new Float64Array(NT);
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s];
    const b = s + 1 < starts.length ? starts[s + 1] : N;
    let hyps: Hyp[] = [{ score: 0, p1: -1, p2: -1, prev: null, tag: -1 }];
    for (let i = a; i < b; i++) {
      const cap = df.cap[i];
      extra.length = 0;
      pushDocFeatures(fz, df, i, st, extra);
      scoreToken(base, W, df, i, extra, staticScores);
      const next: Hyp[] = [];
      const last = i === b - 1;
      for (const h of hyps) {
        const row = (h.p1 < 0 ? NT : h.p1) * NT;
        const o1 = dynP1[h.p1 + 1] * NT;
        const o2 = dynP2[(h.p2 + 1) * (NT + 1) + h.p1 + 1] * NT;
        const o3 = dynP1C[(h.p1 + 1) * 4 + cap] * NT;
        // local scores given this history, normalized (log-softmax at the temperature):
        // greedy-trained weights of history features are only defined up to a constant per history
        let mx = -Infinity;
        for (let t = 0; t < NT; t++) {
          let sc = base[t];
          if (o1 >= 0) sc += W[o1 + t];
          if (o2 >= 0) sc += W[o2 + t];
          if (o3 >= 0) sc += W[o3 + t];
          local[t] = sc;
          if (ALLOWED[row + t] && sc > mx) mx = sc;
        }
        let z = 0;
        for (let t = 0; t < NT; t++) if (ALLOWED[row + t]) z += Math.exp((local[t] - mx) / temperature);
        const lz = mx / temperature + Math.log(z);
        for (let t = 0; t < NT; t++) {
          if (!ALLOWED[row + t]) continue;
          if (last && mustContinue(t)) continue;
          const sc = h.score + local[t] / temperature - lz;
          if (next.length < beam) {
            next.push({ score: sc, p1: t, p2: h.p1, prev: h, tag: t });
            if (next.length === beam) next.sort((x, y) => y.score - x.score);
          } else if (sc > next[beam - 1].score) {
            let j = beam - 1;
            while (j > 0 && next[j - 1].score < sc) {
              next[j] = next[j - 1];
              j--;
            }
            next[j] = { score: sc, p1: t, p2: h.p1, prev: h, tag: t };
          }
        }
      }
      next.sort((x, y) => y.score - x.score);
      hyps = next;
    }
    let h: Hyp | null = hyps[0];
    for (let i = b - 1; i >= a; i--) {
      tags[i] = h!.tag;
      h = h!.prev;
    }
    for (let i = a; i < b; i++) remember(st, df.histKey[i], tags[i]);
  }
  return tags;
}
