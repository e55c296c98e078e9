/**
 * Greedy left-to-right averaged perceptron over BILOU tags, with
 * document-level prediction history, and an optional second pass that sees
 * the first pass's predictions over the whole document (Ratinov & Roth 2009).
 */
import { ALLOWED, NT, tagType } from './labels.js';
import { FeatSpace, Featurizer, type DocFeats, type Resources } from './features.js';

export interface NerModelData {
  space: FeatSpace;
  res: Resources;
  /** one weight matrix (nFeat*NT) per pass */
  weights: Float32Array[];
  meta: Record<string, unknown>;
}

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

/**
 * Tag one document. If `train` is given, perceptron updates are made against
 * its gold tags (predicted tags are used as history, as at test time).
 */
export function decodeDoc(
  fz: Featurizer,
  df: DocFeats,
  W: Float32Array,
  pass1: Int8Array | null,
  train?: { gold: Int8Array; trainer: Trainer },
): Int8Array {
  const N = df.feats.length;
  const tags = new Int8Array(N);
  const hist = new Map<string, Int32Array>();
  const agg = pass1 ? aggregate(df, pass1) : null;
  const scores = new Float64Array(NT);
  const extra: number[] = [];
  const { dynP1, dynP2, dynP1C, dynH, dynHM, dynHC, dyn2 } = fz;
  const starts = df.sentStart;
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s];
    const b = s + 1 < starts.length ? starts[s + 1] : N;
    let p1 = -1;
    let p2 = -1;
    for (let i = a; i < b; i++) {
      const cap = df.cap[i];
      extra.length = 0;
      extra.push(dynP1[p1 + 1], dynP2[(p2 + 1) * (NT + 1) + p1 + 1], dynP1C[(p1 + 1) * 4 + cap]);
      const key = df.histKey[i];
      if (key) {
        const h = hist.get(key);
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
        if (agg) {
          const g = agg.get(key)!;
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
      // scores
      scores.fill(0);
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
      const row = (p1 < 0 ? NT : p1) * NT;
      let best = 0;
      let bs = -Infinity;
      for (let t = 0; t < NT; t++) {
        if (!ALLOWED[row + t]) continue;
        // at sentence end, forbid tags that must continue
        if (i === b - 1 && t !== 0 && ((t - 1) % 4 === 0 || (t - 1) % 4 === 1)) continue;
        if (scores[t] > bs) {
          bs = scores[t];
          best = t;
        }
      }
      if (train) {
        const g = train.gold[i];
        if (g !== best) {
          train.trainer.update(f, extra, g, 1);
          train.trainer.update(f, extra, best, -1);
        }
        train.trainer.c++;
      }
      tags[i] = best;
      p2 = p1;
      p1 = best;
      if (key && best !== 0) {
        let h = hist.get(key);
        if (!h) hist.set(key, (h = new Int32Array(4)));
        h[tagType(best)]++;
      }
    }
  }
  return tags;
}

/** Run all passes of a model on a document. */
export function tagDocFeats(fz: Featurizer, df: DocFeats, weights: Float32Array[]): Int8Array {
  let tags = decodeDoc(fz, df, weights[0], null);
  for (let p = 1; p < weights.length; p++) tags = decodeDoc(fz, df, weights[p], tags);
  return tags;
}
