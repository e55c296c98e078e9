/**
 * The NER tagger: the model's greedy decisions over a document (features in features.ts,
 * decoding in decode.ts), with no feature strings built per token.
 *
 * - Everything that depends only on a word form is computed once per word type and cached
 *   (words.ts); the model's feature strings become integer tables once per model (tables.ts).
 * - Document-level state (case statistics, prediction history, pass-1 aggregates) lives in
 *   typed arrays indexed by per-document ids of the lower-cased words.
 * - A token's static scores for every pass come from one pass over its feature ids; BIAS, DF
 *   and T3 are pre-summed per (reliable, doc case, cap classes), and the tag-transition
 *   features per (p2, p1, cap class).
 *
 * The model is trained on the same features built as strings (src/train/doc-features.ts and
 * src/train/decode.ts); src/train/reference.ts tags with them, and a unit test checks that both
 * give the same spans. Identical output: the word-level sums are float32 sums in the same order
 * as the reference's; every other sum is done in float64, where it is exact (all weights are
 * multiples of the same power of two, see src/train/save-model.ts's quantization), so the order
 * of token-level features does not matter.
 */
import type { Featurizer } from './features.js';
import { decodePasses } from './decode.js';
import { NT as NT_ } from './labels.js';
import { B as B_, FeatureTables, holdsId, I as I_, L as L_, U as U_ } from './tables.js';
import { joinLowers, WordTypes, type WordEntry } from './words.js';

// local copies: module namespace getters are slow in hot loops under some loaders
const NT: number = NT_;
const U: number = U_;
const B: number = B_;
const I: number = I_;
const L: number = L_;
const fround = Math.fround;

export class Tagger {
  readonly tables: FeatureTables;
  private types: WordTypes;
  private stamp = 0;
  // scratch buffers, grown as needed
  private fb = new Int32Array(1 << 14);
  private fo = new Int32Array(1 << 10);
  private ent: WordEntry[] = [];
  private loc = new Int32Array(1 << 10);
  private ctxRow = new Int32Array(1 << 10);
  private base = new Float64Array(1 << 12);
  private gz: (number[] | undefined)[] = [];
  private tg: (number[] | undefined)[] = [];
  private scores = new Float64Array(NT);

  constructor(fz: Featurizer, weights: Float32Array[]) {
    this.tables = new FeatureTables(fz, weights);
    this.types = new WordTypes(this.tables);
  }

  /**
   * Tag a document given as a flat array of words with sentence starts
   * (sentStart[k]..sentStart[k+1], the last one ending at words.length) and
   * optional glue flags (glue[i]: token i touches token i-1). Returns BILOU tag ids.
   */
  tag(words: string[], sentStart: ArrayLike<number>, glue: Uint8Array | null): Int8Array {
    const N = words.length;
    const tb = this.tables;
    const wt = this.types;
    const P = tb.P;
    const S = sentStart.length;
    wt.trim();
    if (this.ent.length < N) this.ent.length = N;
    if (this.loc.length < N) this.loc = new Int32Array(N * 2);
    if (this.fo.length < N + 1) this.fo = new Int32Array(N * 2 + 1);
    if (this.base.length < N * P * NT) this.base = new Float64Array(N * P * NT * 2);
    if (this.gz.length < N) {
      this.gz.length = N;
      this.tg.length = N;
    }
    const ent = this.ent;
    const loc = this.loc;
    if (this.ctxRow.length < N) this.ctxRow = new Int32Array(N * 2);
    const ctxRow = this.ctxRow;
    const stamp = ++this.stamp;
    let nLocal = 0;
    for (let i = 0; i < N; i++) {
      const e = wt.word(words[i]);
      ent[i] = e;
      const le = e.le;
      if (le.stamp !== stamp) {
        le.stamp = stamp;
        le.local = nLocal++;
      }
      loc[i] = le.local;
    }
    // document-level case statistics in reliable positions
    const caseStat = new Uint8Array(nLocal);
    const headline = new Uint8Array(S);
    for (let s = 0; s < S; s++) {
      const a = sentStart[s];
      const b = s + 1 < S ? sentStart[s + 1] : N;
      let letters = 0;
      let upperWords = 0;
      let lowerWords = 0;
      for (let i = a; i < b; i++) {
        const e = ent[i];
        if (e.hasAZ) {
          letters++;
          if (e.isUpper) upperWords++;
          else lowerWords++;
        }
      }
      const hl = letters >= 2 && lowerWords === 0 ? true : letters >= 4 && upperWords / letters > 0.8;
      headline[s] = hl ? 1 : 0;
      if (hl) continue;
      for (let i = a + 1; i < b; i++) {
        if (ent[i - 1].punctPrev) continue;
        const c = ent[i].cap;
        if (c === 3) continue;
        caseStat[loc[i]] |= c === 0 ? 2 : 1;
      }
    }

    // static token features
    let fb = this.fb;
    const fo = this.fo;
    let nf = 0;
    const gz = this.gz;
    const tg = this.tg;
    const gmIds = tb.gmIds;
    const tgIds = tb.tgIds;
    const useTgaz = tb.res.tgaz.size > 0;
    for (let s = 0; s < S; s++) {
      const a = sentStart[s];
      const b = s + 1 < S ? sentStart[s + 1] : N;
      const n = b - a;
      const hl = headline[s] === 1;
      // gazetteer matches
      for (let i = a; i < b; i++) {
        const e = ent[i];
        if (!e.capOrDigit) continue;
        const lens = e.le.gazLens;
        if (!lens) continue;
        for (const len of lens) {
          if (i + len > b) continue;
          // a match must end in a capital or digit too: asked first, it spares joining and looking up the phrase
          if (!ent[i + len - 1].capOrDigit) continue;
          // and a phrase must begin with a pair of words some gazetteer phrase begins with
          if (len > 1 && !holdsId(e.le.gazNext, ent[i + 1].le.phraseWord)) continue;
          const cls = len === 1 ? wt.gazOne(e.le) : wt.gazLookup(joinLowers(ent, i, len));
          if (!cls) continue;
          for (let k = 0; k < cls.length; k++) {
            const c = cls[k] * 4;
            if (len === 1) (gz[i] ??= []).push(c + U);
            else {
              (gz[i] ??= []).push(c + B);
              for (let j = i + 1; j < i + len - 1; j++) (gz[j] ??= []).push(c + I);
              (gz[i + len - 1] ??= []).push(c + L);
            }
          }
        }
      }
      // training-data gazetteer matches
      if (useTgaz) {
        for (let i = a; i < b; i++) {
          const e = ent[i];
          if (!e.capOrDigit) continue;
          const lens = e.le.tgazLens;
          if (!lens) continue;
          for (const len of lens) {
            if (i + len > b) continue;
            if (len > 1 && !holdsId(e.le.tgazNext, ent[i + 1].le.phraseWord)) continue;
            const types = len === 1 ? wt.tgazOne(e.le) : wt.tgazLookup(joinLowers(ent, i, len));
            if (!types) continue;
            for (let j = i; j < i + len; j++) {
              const pos = len === 1 ? U : j === i ? B : j === i + len - 1 ? L : I;
              const l = (tg[j] ??= []);
              for (let k = 0; k < types.length; k++) l.push(tgIds[(types[k] * 4 + pos) * 2]);
              if (types.length === 1) l.push(tgIds[(types[0] * 4 + pos) * 2 + 1]);
            }
          }
        }
      }
      // runs of capitalized tokens
      let ra = -1;
      let rb = -1;
      for (let i = a; i < b; i++) {
        const need = 32 + (gz[i]?.length ?? 0) + (i > a ? (gz[i - 1]?.length ?? 0) : 0) + (i + 1 < b ? (gz[i + 1]?.length ?? 0) : 0) + (tg[i]?.length ?? 0);
        if (nf + need > fb.length) {
          const nb = new Int32Array(Math.max(fb.length * 2, nf + need));
          nb.set(fb.subarray(0, nf));
          this.fb = fb = nb;
        }
        fo[i] = nf;
        const e = ent[i];
        const le = e.le;
        const cc = e.cap;
        let f: number;
        if (i >= rb) {
          // outside the last run: does a new one start here?
          ra = -1;
          if (cc === 1 || cc === 2) {
            let j = i + 1;
            while (j < b) {
              const cj = ent[j].cap;
              if (cj === 1 || cj === 2) j++;
              else if (ent[j].le.conn && j + 1 < b && ent[j + 1].cap >= 1 && ent[j + 1].cap <= 2) j += 2;
              else break;
            }
            ra = i;
            rb = j;
          }
        }
        if (ra >= 0) {
          const len = rb - ra;
          if (len >= 2) {
            if ((f = ent[rb - 1].le.rl) >= 0) fb[nf++] = f;
            if ((f = ent[ra].le.rf) >= 0) fb[nf++] = f;
            if ((f = tb.rp[Math.min(len, 4) * 4 + (i === ra ? B : i === rb - 1 ? L : I)]) >= 0) fb[nf++] = f;
          } else if ((f = tb.r1) >= 0) fb[nf++] = f;
          if ((f = ra > a ? ent[ra - 1].le.rb : tb.rbS) >= 0) fb[nf++] = f;
          if ((f = rb < b ? ent[rb].le.ra : tb.raS) >= 0) fb[nf++] = f;
        }
        if (i === a) {
          if ((f = tb.wS) >= 0) fb[nf++] = f;
          if ((f = e.init) >= 0) fb[nf++] = f;
        }
        if (i === b - 1 && (f = tb.wE) >= 0) fb[nf++] = f;
        if (hl) {
          if ((f = tb.hl) >= 0) fb[nf++] = f;
          if ((f = le.hlcs) >= 0) fb[nf++] = f;
          if ((f = le.hlw) >= 0) fb[nf++] = f;
        }
        const reliable = !hl && i > a ? 1 : 0;
        ctxRow[i] = (((reliable * 4 + caseStat[loc[i]]) * 4 + cc) * 5 + (i > a && i + 1 < b ? ent[i - 1].cap : 4)) * 5 + (i > a && i + 1 < b ? ent[i + 1].cap : 4);
        // word bigrams
        const lid = le.lid;
        if (lid >= 0) {
          const l1 = i > a ? ent[i - 1].le.lid : tb.lidS;
          if (l1 >= 0 && (f = tb.bigM1.get(l1 * tb.lvSize + lid)) >= 0) fb[nf++] = f;
          const r1 = i + 1 < b ? ent[i + 1].le.lid : tb.lidE;
          if (r1 >= 0 && (f = tb.bigP1.get(lid * tb.lvSize + r1)) >= 0) fb[nf++] = f;
        }
        let g = gz[i];
        if (g) for (let k = 0; k < g.length; k++) if ((f = gmIds[g[k] * 3]) >= 0) fb[nf++] = f;
        if (i > a && (g = gz[i - 1])) for (let k = 0; k < g.length; k++) if ((f = gmIds[g[k] * 3 + 1]) >= 0) fb[nf++] = f;
        if (i + 1 < b && (g = gz[i + 1])) for (let k = 0; k < g.length; k++) if ((f = gmIds[g[k] * 3 + 2]) >= 0) fb[nf++] = f;
        if ((g = tg[i])) for (let k = 0; k < g.length; k++) if ((f = g[k]) >= 0) fb[nf++] = f;
        if (glue) {
          if (e.isHyphen && glue[i] && i + 1 < b && glue[i + 1] && (f = tb.gh0) >= 0) fb[nf++] = f;
          if (i + 1 < b && ent[i + 1].isHyphen && glue[i + 1] && (f = tb.ghP1) >= 0) fb[nf++] = f;
          if (i > a && ent[i - 1].isHyphen && glue[i] && (f = tb.ghM1) >= 0) fb[nf++] = f;
        }
        if (n <= 2 && (f = n === 1 ? e.short1 : e.short2) >= 0) fb[nf++] = f;
      }
      if (n) for (let i = a; i < b; i++) {
        gz[i] = undefined;
        tg[i] = undefined;
      }
    }
    fo[N] = nf;

    // static scores of every pass: word-level sums (float32, as tagDocFeats), then token features (float64)
    const base = this.base;
    const W0 = tb.weights[0];
    const W1 = P > 1 ? tb.weights[1] : null;
    const ctx = tb.ctx;
    const PNT = P * NT;
    for (let s = 0; s < S; s++) {
      const a = sentStart[s];
      const b = s + 1 < S ? sentStart[s + 1] : N;
      for (let i = a; i < b; i++) {
        const ob = i * PNT;
        const j0 = i - 2 < a ? a : i - 2;
        const j1 = i + 2 >= b ? b - 1 : i + 2;
        if (j1 - j0 === 4) {
          // the usual case: all five neighbours present; float32 sums in order -2..2
          const v0 = ent[i - 2].vec;
          const v1 = ent[i - 1].vec;
          const v2 = ent[i].vec;
          const v3 = ent[i + 1].vec;
          const v4 = ent[i + 2].vec;
          for (let p = 0; p < P; p++) {
            const o = ob + p * NT;
            const vb = p * 5 * NT;
            for (let t = 0; t < NT; t++) {
              const k = vb + t;
              let x = fround(v0[k] + v1[k + NT]);
              x = fround(x + v2[k + 2 * NT]);
              x = fround(x + v3[k + 3 * NT]);
              base[o + t] = fround(x + v4[k + 4 * NT]);
            }
          }
        } else {
          // near a sentence edge: the neighbours present, the same float32 sums in the same order (from +0)
          for (let p = 0; p < P; p++) {
            const o = ob + p * NT;
            for (let t = 0; t < NT; t++) {
              let x = 0;
              for (let j = j0; j <= j1; j++) x = fround(x + ent[j].vec[(p * 5 + j - i + 2) * NT + t]);
              base[o + t] = x;
            }
          }
        }
        const co = ctxRow[i] * PNT;
        for (let t = 0; t < PNT; t++) base[ob + t] += ctx[co + t];
        for (let k = fo[i], end = fo[i + 1]; k < end; k++) {
          const wo = fb[k] * NT;
          if (W1 !== null) {
            // the usual two passes in one loop (each score still gets its features' weights in the same order)
            for (let t = 0; t < NT; t++) {
              base[ob + t] += W0[wo + t];
              base[ob + NT + t] += W1[wo + t];
            }
          } else for (let t = 0; t < NT; t++) base[ob + t] += W0[wo + t];
          for (let p = 2; p < P; p++) {
            const W = tb.weights[p];
            const o = ob + p * NT;
            for (let t = 0; t < NT; t++) base[o + t] += W[wo + t];
          }
        }
      }
    }

    return decodePasses(tb, N, sentStart, base, this.scores, ent, loc, nLocal);
  }
}
