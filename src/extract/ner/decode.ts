/**
 * Greedy left-to-right decoding of a document, pass by pass, from the static scores the tagger
 * computed (tagger.ts): the same decisions as src/train/decode.ts's decodeDoc, with the
 * document-level state (prediction history, pass-1 aggregates) in typed arrays indexed by
 * per-document ids of the lower-cased words instead of string-keyed maps.
 */
import { ALLOWED as ALLOWED_, NT as NT_ } from './labels.js';
import type { FeatureTables } from './tables.js';
import type { WordEntry } from './words.js';

// local copies: module namespace getters are slow in hot loops under some loaders
const NT: number = NT_;
const ALLOWED: Uint8Array = ALLOWED_;

/**
 * Every pass of the model over a document of N tokens: `base` holds the static scores of every
 * token for every pass (i*P*NT + p*NT), `ent` and `loc` each token's word entry and per-document
 * word id (nLocal ids). Returns BILOU tag ids.
 */
export function decodePasses(
  tb: FeatureTables,
  N: number,
  sentStart: ArrayLike<number>,
  base: Float64Array,
  scores: Float64Array,
  ent: WordEntry[],
  loc: Int32Array,
  nLocal: number,
): Int8Array {
  const P = tb.P;
  let tags: Int8Array | null = null;
  const hist = new Int32Array(nLocal * 4);
  const agg = P > 1 ? new Int32Array(nLocal * 5) : null;
  for (let p = 0; p < P; p++) {
    const pass1: Int8Array | null = tags;
    if (pass1) {
      hist.fill(0);
      agg!.fill(0);
      for (let i = 0; i < N; i++) {
        const c = ent[i].cap;
        if (c !== 1 && c !== 2) continue;
        const t = pass1[i];
        agg![loc[i] * 5 + (t === 0 ? 4 : (t - 1) >> 2)]++;
      }
    }
    tags = decodePass(tb, p, N, sentStart, base, scores, ent, loc, pass1, hist, pass1 ? agg : null);
  }
  return tags ?? new Int8Array(0);
}

/** One pass: greedy decoding with the previous pass's tags (pass1) and the document's history so far. */
function decodePass(
  tb: FeatureTables,
  p: number,
  N: number,
  starts: ArrayLike<number>,
  base: Float64Array,
  scores: Float64Array,
  ent: WordEntry[],
  loc: Int32Array,
  pass1: Int8Array | null,
  hist: Int32Array,
  agg: Int32Array | null,
): Int8Array {
  const P = tb.P;
  const PNT = P * NT;
  const tags = new Int8Array(N);
  const W = tb.weights[p];
  const tr = tb.trans[p];
  const { dynH, dynHM, dynHC, dyn2 } = tb;
  const S = starts.length;
  const add = (f: number) => {
    if (f < 0) return;
    const o = f * NT;
    for (let t = 0; t < NT; t++) scores[t] += W[o + t];
  };
  for (let s = 0; s < S; s++) {
    const a = starts[s];
    const b = s + 1 < S ? starts[s + 1] : N;
    let p1 = -1;
    let p2 = -1;
    for (let i = a; i < b; i++) {
      const cap = ent[i].cap;
      const ob = i * PNT + p * NT;
      const ot = (((p2 + 1) * (NT + 1) + p1 + 1) * 4 + cap) * NT;
      for (let t = 0; t < NT; t++) scores[t] = base[ob + t] + tr[ot + t];
      const keyed = cap === 1 || cap === 2;
      const l = loc[i];
      if (keyed) {
        const h = l * 4;
        let best = -1;
        let bc = 0;
        for (let t = 0; t < 4; t++) {
          const c = hist[h + t];
          if (c > 0) {
            add(dynH[t]);
            add(dynHC[t * 4 + cap]);
            if (c > bc) {
              bc = c;
              best = t;
            }
          }
        }
        if (best >= 0) add(dynHM[best]);
        if (agg) {
          const g = l * 5;
          const own = pass1![i];
          const ownT = own === 0 ? 4 : (own - 1) >> 2;
          best = -1;
          bc = 0;
          for (let t = 0; t < 4; t++) {
            const cnt = agg[g + t] - (ownT === t ? 1 : 0);
            if (cnt > 0) {
              add(dyn2[t * 8]);
              if (cnt > bc) {
                bc = cnt;
                best = t;
              }
            }
          }
          if (best >= 0) {
            add(dyn2[best * 8 + 1]);
            if (ownT !== best) add(dyn2[best * 8 + 3]);
          }
          if (ownT < 4) add(dyn2[ownT * 8 + 2]);
        }
      }
      if (pass1) {
        const own = pass1[i];
        if (own !== 0) add(dyn2[((own - 1) >> 2) * 8 + 4 + Math.min(3, (own - 1) % 4)]);
      }
      const row = (p1 < 0 ? NT : p1) * NT;
      const last = i === b - 1;
      let best = 0;
      let bs = -Infinity;
      for (let t = 0; t < NT; t++) {
        if (!ALLOWED[row + t]) continue;
        if (last && t !== 0 && ((t - 1) % 4 === 0 || (t - 1) % 4 === 1)) continue;
        if (scores[t] > bs) {
          bs = scores[t];
          best = t;
        }
      }
      tags[i] = best;
      p2 = p1;
      p1 = best;
      if (keyed && best !== 0) hist[l * 4 + ((best - 1) >> 2)]++;
    }
  }
  return tags;
}
