/**
 * Fast inference for the greedy NER tagger: the same model, features and
 * decisions as Featurizer.docFeats + tagDocFeats (features.ts, model.ts), with
 * no feature strings built per token.
 *
 * - Everything that depends only on a word form (word-level feature weights at
 *   offsets -2..2, shape, capitalization, the ids of its token-level features
 *   such as INIT|shape, SHORT, RL/RF/RB/RA, HLW, and its bigram vocabulary id)
 *   is computed once per word type and cached (WordEntry, LowerEntry).
 * - Word bigram features (B-1/B+1) are looked up by an integer pair key: at load
 *   time every "B-1=a|b" feature is split at each '|' into (a, b) so that a
 *   lookup of the pair finds exactly the feature the string "B-1=" + a + "|" + b
 *   would.
 * - Document-level state (case statistics, prediction history, pass-1
 *   aggregates) lives in typed arrays indexed by per-document ids of the
 *   lower-cased words, instead of string-keyed maps.
 * - A token's static scores for every pass come from one pass over its feature
 *   ids; BIAS, DF and T3 are pre-summed per (reliable, doc case, cap classes), and
 *   the tag-transition features per (p2, p1, cap class).
 *
 * Identical output: the word-level sums are float32 sums in the same order as
 * WordScoreCache/tagDocFeats; every other sum is done in float64, where it is
 * exact (all weights are multiples of the same power of two, see io.ts's
 * quantization), so the order of token-level features does not matter.
 */
import { ALLOWED as ALLOWED_, NT as NT_, TYPES } from './labels.js';
import { capClass, shapeShort, type Featurizer, type Resources } from './features.js';
import { wordWeightSums } from './model.js';

const NT: number = NT_;
const ALLOWED: Uint8Array = ALLOWED_;
const WORD_CACHE_MAX = 200000;
const fround = Math.fround;

class LowerEntry {
  lid: number;
  rl: number;
  rf: number;
  rb: number;
  ra: number;
  hlcs: number;
  hlw: number;
  conn: boolean;
  gazLens: number[] | undefined;
  tgazLens: number[] | undefined;
  stamp = -1;
  local = 0;
  constructor(
    readonly lower: string,
    t: FastTagger,
  ) {
    this.lid = t.lowerVocab.get(lower) ?? -1;
    this.rl = t.fid('RL=' + lower);
    this.rf = t.fid('RF=' + lower);
    this.rb = t.fid('RB=' + lower);
    this.ra = t.fid('RA=' + lower);
    this.hlcs = t.fid('HL|' + (t.res.capStat.get(lower) ?? 'u'));
    this.hlw = t.fid('HLW=' + lower);
    this.conn = lower === 'of' || lower === '&' || lower === 'and' || lower === 'de';
    this.gazLens = t.res.gazFirst.get(lower);
    this.tgazLens = t.res.tgaz.size ? t.res.tgazFirst.get(lower) : undefined;
  }
}

class WordEntry {
  cap: number;
  capOrDigit: boolean;
  hasAZ: boolean;
  isUpper: boolean;
  punctPrev: boolean;
  isHyphen: boolean;
  init: number;
  short1: number;
  short2: number;
  vec: Float32Array;
  le: LowerEntry;
  constructor(w: string, t: FastTagger) {
    this.cap = capClass(w);
    const c0 = w.charAt(0);
    this.capOrDigit = c0 !== c0.toLowerCase() || (c0 >= '0' && c0 <= '9');
    this.hasAZ = /[A-Za-z]/.test(w);
    this.isUpper = w === w.toUpperCase();
    this.punctPrev = w === '"' || w === '(' || w === '``' || w === ':' || w === '-';
    this.isHyphen = w === '-';
    const ss = shapeShort(w);
    this.init = t.fid('INIT|' + ss);
    this.short1 = t.fid('SHORT1|' + ss);
    this.short2 = t.fid('SHORT2|' + ss);
    this.vec = t.wordVec(w);
    this.le = t.lowerEntry(w.toLowerCase());
  }
}

/** Gazetteer positions */
const U = 0;
const B = 1;
const I = 2;
const L = 3;
const POS = ['U', 'B', 'I', 'L'];

export class FastTagger {
  readonly P: number;
  readonly res: Resources;
  private map: Map<string, number>;
  private weights: Float32Array[];
  /** per pass: summed P1/P2/P1C weights, index ((p2+1)*(NT+1) + p1+1)*4 + cap, times NT */
  private trans: Float64Array[];
  lowerVocab = new Map<string, number>();
  private lvSize = 0;
  private bigM1!: IntMap;
  private bigP1!: IntMap;
  private words = new Map<string, WordEntry>();
  private lowers = new Map<string, LowerEntry>();
  private gazMemo = new Map<string, Int32Array | null>();
  private tgazMemo = new Map<string, Int32Array | null>();
  private gazClassIndex = new Map<string, number>();
  /** [(class*4+pos)*3 + k], k: 0 GM, 1 GM-1, 2 GM+1 */
  private gmIds: number[] = [];
  /** [(type*4+pos)*2 + k], k: 0 TG=TYPE:pos, 1 TG=1TYPE:pos */
  private tgIds = new Int32Array(32);
  // constant feature ids
  private bias: number;
  private r1: number;
  private rp: Int32Array; // [min(len,4)*4 + pos(B/I/L as 1/2/3)]
  private rbS: number;
  private raS: number;
  private wS: number;
  private wE: number;
  private hl: number;
  private df: Int32Array; // [(rel*4 + cst)*4 + cc]
  private t3: Int32Array; // [(a*4+b)*4+c]
  /** BIAS + DF + T3 weights of all passes summed (float64, exact): row ((((rel*4+cst)*4+cc)*5+cPrev)*5+cNext), cPrev/cNext 4 = none */
  private ctx: Float64Array;
  private gh0: number;
  private ghP1: number;
  private ghM1: number;
  private lidS: number;
  private lidE: number;
  private dynH: Int32Array;
  private dynHM: Int32Array;
  private dynHC: Int32Array;
  private dyn2: Int32Array;
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

  constructor(
    private fz: Featurizer,
    weights: Float32Array[],
  ) {
    this.map = fz.space.map;
    this.res = fz.res;
    this.weights = weights;
    const P = (this.P = weights.length);
    // transition features
    this.trans = [];
    for (let p = 0; p < P; p++) {
      const W = weights[p];
      const tr = new Float64Array((NT + 1) * (NT + 1) * 4 * NT);
      for (let a = -1; a < NT; a++)
        for (let b = -1; b < NT; b++)
          for (let c = 0; c < 4; c++) {
            const o = (((a + 1) * (NT + 1) + b + 1) * 4 + c) * NT; // a = p2, b = p1
            const ids = [fz.dynP1[b + 1], fz.dynP2[(a + 1) * (NT + 1) + b + 1], fz.dynP1C[(b + 1) * 4 + c]];
            for (const e of ids) {
              if (e < 0) continue;
              for (let t = 0; t < NT; t++) tr[o + t] += W[e * NT + t];
            }
          }
      this.trans.push(tr);
    }
    // bigram features, keyed by pairs of vocabulary ids
    const vocab = (s: string) => {
      let v = this.lowerVocab.get(s);
      if (v === undefined) this.lowerVocab.set(s, (v = this.lowerVocab.size));
      return v;
    };
    let pk = new Int32Array(1 << 15); // (which, a, b, id) per pair
    let np = 0;
    for (const [s, id] of this.map) {
      // "B-1=..." or "B+1=..."
      if (s.charCodeAt(0) !== 66 || s.charCodeAt(3) !== 61 || s.charCodeAt(2) !== 49) continue;
      const which = s.charCodeAt(1) === 45 ? 0 : s.charCodeAt(1) === 43 ? 1 : -1;
      if (which < 0) continue;
      for (let k = s.indexOf('|', 4); k >= 0; k = s.indexOf('|', k + 1)) {
        if (np * 4 + 4 > pk.length) {
          const n2 = new Int32Array(pk.length * 2);
          n2.set(pk);
          pk = n2;
        }
        pk[np * 4] = which;
        pk[np * 4 + 1] = vocab(s.slice(4, k));
        pk[np * 4 + 2] = vocab(s.slice(k + 1));
        pk[np * 4 + 3] = id;
        np++;
      }
    }
    this.lvSize = this.lowerVocab.size + 1;
    if (this.lvSize * this.lvSize >= 2 ** 31) throw new Error('NER model: bigram vocabulary too large');
    let nM1 = 0;
    for (let k = 0; k < np; k++) if (pk[k * 4] === 0) nM1++;
    this.bigM1 = new IntMap(nM1);
    this.bigP1 = new IntMap(np - nM1);
    for (let k = 0; k < np; k++) (pk[k * 4] === 0 ? this.bigM1 : this.bigP1).set(pk[k * 4 + 1] * this.lvSize + pk[k * 4 + 2], pk[k * 4 + 3]);
    this.lidS = this.lowerVocab.get('<S>') ?? -1;
    this.lidE = this.lowerVocab.get('</S>') ?? -1;
    // constants
    this.bias = this.fid('BIAS');
    this.r1 = this.fid('R1');
    this.rp = new Int32Array(20).fill(-1);
    for (let len = 2; len <= 4; len++) for (const pos of [B, I, L]) this.rp[len * 4 + pos] = this.fid(`RP=${len}|${POS[pos]}`);
    this.rbS = this.fid('RB=<S>');
    this.raS = this.fid('RA=</S>');
    this.wS = this.fid('W-1=<S>');
    this.wE = this.fid('W1=</S>');
    this.hl = this.fid('HL');
    this.df = new Int32Array(32);
    for (let rel = 0; rel < 2; rel++)
      for (let cst = 0; cst < 4; cst++) for (let cc = 0; cc < 4; cc++) this.df[(rel * 4 + cst) * 4 + cc] = this.fid(`DF${rel ? 'r' : 'u'}=${cst}|${cc}`);
    this.t3 = new Int32Array(64);
    for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) for (let c = 0; c < 4; c++) this.t3[(a * 4 + b) * 4 + c] = this.fid(`T3=${a}${b}${c}`);
    this.ctx = new Float64Array(800 * P * NT);
    for (let rel = 0; rel < 2; rel++)
      for (let cst = 0; cst < 4; cst++)
        for (let cc = 0; cc < 4; cc++)
          for (let cp = 0; cp < 5; cp++)
            for (let cn = 0; cn < 5; cn++) {
              const o = ((((rel * 4 + cst) * 4 + cc) * 5 + cp) * 5 + cn) * P * NT;
              const ids = [this.bias, this.df[(rel * 4 + cst) * 4 + cc], cp < 4 && cn < 4 ? this.t3[(cp * 4 + cc) * 4 + cn] : -1];
              for (const f of ids) if (f >= 0) for (let p = 0; p < P; p++) for (let t = 0; t < NT; t++) this.ctx[o + p * NT + t] += weights[p][f * NT + t];
            }
    this.gh0 = this.fid('GH0');
    this.ghP1 = this.fid('GH+1');
    this.ghM1 = this.fid('GH-1');
    for (let t = 0; t < 4; t++)
      for (let pos = 0; pos < 4; pos++) {
        this.tgIds[(t * 4 + pos) * 2] = this.fid(`TG=${TYPES[t]}:${POS[pos]}`);
        this.tgIds[(t * 4 + pos) * 2 + 1] = this.fid(`TG=1${TYPES[t]}:${POS[pos]}`);
      }
    this.dynH = fz.dynH;
    this.dynHM = fz.dynHM;
    this.dynHC = fz.dynHC;
    this.dyn2 = fz.dyn2;
  }

  fid(s: string): number {
    return this.map.get(s) ?? -1;
  }

  /** Summed word-level weights at offsets -2..2 for every pass (as WordScoreCache). */
  wordVec(w: string): Float32Array {
    return wordWeightSums(this.weights, this.fz.computeWordFeats(w));
  }

  lowerEntry(lower: string): LowerEntry {
    let e = this.lowers.get(lower);
    if (!e) this.lowers.set(lower, (e = new LowerEntry(lower, this)));
    return e;
  }

  private word(w: string): WordEntry {
    let e = this.words.get(w);
    if (!e) this.words.set(w, (e = new WordEntry(w, this)));
    return e;
  }

  private gazClass(c: string): number {
    let k = this.gazClassIndex.get(c);
    if (k === undefined) {
      k = this.gazClassIndex.size;
      this.gazClassIndex.set(c, k);
      for (let pos = 0; pos < 4; pos++) {
        const g = `${c}:${POS[pos]}`;
        this.gmIds.push(this.fid('GM=' + g), this.fid('GM-1=' + g), this.fid('GM+1=' + g));
      }
    }
    return k;
  }

  private gazLookup(key: string): Int32Array | null {
    let r = this.gazMemo.get(key);
    if (r === undefined) {
      const cls = this.res.gaz.get(key);
      r = cls ? Int32Array.from(cls, (c) => this.gazClass(c)) : null;
      if (this.gazMemo.size > WORD_CACHE_MAX) this.gazMemo.clear();
      this.gazMemo.set(key, r);
    }
    return r;
  }

  private tgazLookup(key: string): Int32Array | null {
    let r = this.tgazMemo.get(key);
    if (r === undefined) {
      const cnt = this.res.tgaz.get(key);
      r = null;
      if (cnt) {
        const types: number[] = [];
        for (let t = 0; t < 4; t++) if (cnt[t] > 0) types.push(t);
        if (types.length) r = Int32Array.from(types);
      }
      if (this.tgazMemo.size > WORD_CACHE_MAX) this.tgazMemo.clear();
      this.tgazMemo.set(key, r);
    }
    return r;
  }

  /**
   * Tag a document given as a flat array of words with sentence starts
   * (sentStart[k]..sentStart[k+1], the last one ending at words.length) and
   * optional glue flags (glue[i]: token i touches token i-1). Returns BILOU tag ids.
   */
  tag(words: string[], sentStart: ArrayLike<number>, glue: Uint8Array | null): Int8Array {
    const N = words.length;
    const P = this.P;
    const S = sentStart.length;
    if (this.words.size > WORD_CACHE_MAX || this.lowers.size > WORD_CACHE_MAX) {
      // both at once: a word's LowerEntry must be the one the lower-case map gives
      this.words.clear();
      this.lowers.clear();
    }
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
      const e = this.word(words[i]);
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
    const gmIds = this.gmIds;
    const tgIds = this.tgIds;
    const useTgaz = this.res.tgaz.size > 0;
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
          const cls = this.gazLookup(len === 1 ? e.le.lower : joinLowers(ent, i, len));
          if (!cls) continue;
          if (!ent[i + len - 1].capOrDigit) continue;
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
            const types = this.tgazLookup(len === 1 ? e.le.lower : joinLowers(ent, i, len));
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
            if ((f = this.rp[Math.min(len, 4) * 4 + (i === ra ? B : i === rb - 1 ? L : I)]) >= 0) fb[nf++] = f;
          } else if ((f = this.r1) >= 0) fb[nf++] = f;
          if ((f = ra > a ? ent[ra - 1].le.rb : this.rbS) >= 0) fb[nf++] = f;
          if ((f = rb < b ? ent[rb].le.ra : this.raS) >= 0) fb[nf++] = f;
        }
        if (i === a) {
          if ((f = this.wS) >= 0) fb[nf++] = f;
          if ((f = e.init) >= 0) fb[nf++] = f;
        }
        if (i === b - 1 && (f = this.wE) >= 0) fb[nf++] = f;
        if (hl) {
          if ((f = this.hl) >= 0) fb[nf++] = f;
          if ((f = le.hlcs) >= 0) fb[nf++] = f;
          if ((f = le.hlw) >= 0) fb[nf++] = f;
        }
        const reliable = !hl && i > a ? 1 : 0;
        ctxRow[i] = (((reliable * 4 + caseStat[loc[i]]) * 4 + cc) * 5 + (i > a && i + 1 < b ? ent[i - 1].cap : 4)) * 5 + (i > a && i + 1 < b ? ent[i + 1].cap : 4);
        // word bigrams
        const lid = le.lid;
        if (lid >= 0) {
          const l1 = i > a ? ent[i - 1].le.lid : this.lidS;
          if (l1 >= 0 && (f = this.bigM1.get(l1 * this.lvSize + lid)) >= 0) fb[nf++] = f;
          const r1 = i + 1 < b ? ent[i + 1].le.lid : this.lidE;
          if (r1 >= 0 && (f = this.bigP1.get(lid * this.lvSize + r1)) >= 0) fb[nf++] = f;
        }
        let g = gz[i];
        if (g) for (let k = 0; k < g.length; k++) if ((f = gmIds[g[k] * 3]) >= 0) fb[nf++] = f;
        if (i > a && (g = gz[i - 1])) for (let k = 0; k < g.length; k++) if ((f = gmIds[g[k] * 3 + 1]) >= 0) fb[nf++] = f;
        if (i + 1 < b && (g = gz[i + 1])) for (let k = 0; k < g.length; k++) if ((f = gmIds[g[k] * 3 + 2]) >= 0) fb[nf++] = f;
        if ((g = tg[i])) for (let k = 0; k < g.length; k++) if ((f = g[k]) >= 0) fb[nf++] = f;
        if (glue) {
          if (e.isHyphen && glue[i] && i + 1 < b && glue[i + 1] && (f = this.gh0) >= 0) fb[nf++] = f;
          if (i + 1 < b && ent[i + 1].isHyphen && glue[i + 1] && (f = this.ghP1) >= 0) fb[nf++] = f;
          if (i > a && ent[i - 1].isHyphen && glue[i] && (f = this.ghM1) >= 0) fb[nf++] = f;
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
    const W0 = this.weights[0];
    const W1 = P > 1 ? this.weights[1] : null;
    const ctx = this.ctx;
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
          for (let p = 0; p < P; p++) {
            const o = ob + p * NT;
            for (let t = 0; t < NT; t++) base[o + t] = 0;
            for (let j = j0; j <= j1; j++) {
              const v = ent[j].vec;
              const vb = (p * 5 + j - i + 2) * NT;
              for (let t = 0; t < NT; t++) base[o + t] = fround(base[o + t] + v[vb + t]);
            }
          }
        }
        const co = ctxRow[i] * PNT;
        for (let t = 0; t < PNT; t++) base[ob + t] += ctx[co + t];
        for (let k = fo[i], end = fo[i + 1]; k < end; k++) {
          const wo = fb[k] * NT;
          for (let t = 0; t < NT; t++) base[ob + t] += W0[wo + t];
          if (W1 !== null) for (let t = 0; t < NT; t++) base[ob + NT + t] += W1[wo + t];
          for (let p = 2; p < P; p++) {
            const W = this.weights[p];
            const o = ob + p * NT;
            for (let t = 0; t < NT; t++) base[o + t] += W[wo + t];
          }
        }
      }
    }

    // decoding, pass by pass
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
      tags = this.decode(p, N, sentStart, pass1, hist, pass1 ? agg : null);
    }
    return tags ?? new Int8Array(0);
  }

  private decode(p: number, N: number, starts: ArrayLike<number>, pass1: Int8Array | null, hist: Int32Array, agg: Int32Array | null): Int8Array {
    const P = this.P;
    const PNT = P * NT;
    const tags = new Int8Array(N);
    const W = this.weights[p];
    const base = this.base;
    const tr = this.trans[p];
    const scores = this.scores;
    const ent = this.ent;
    const loc = this.loc;
    const { dynH, dynHM, dynHC, dyn2 } = this;
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
}

function joinLowers(ent: WordEntry[], i: number, len: number): string {
  let key = ent[i].le.lower;
  for (let j = i + 1; j < i + len; j++) key += ' ' + ent[j].le.lower;
  return key;
}

/** Open-addressing hash map from non-negative int32 keys to int32 values; get() gives -1 when absent. */
class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  constructor(n: number) {
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    this.keys = new Int32Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }
  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) ^ (key >>> 15)) & this.mask;
  }
  set(key: number, val: number): void {
    let h = this.slot(key);
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    this.keys[h] = key;
    this.vals[h] = val;
  }
  get(key: number): number {
    let h = this.slot(key);
    for (;;) {
      const k = this.keys[h];
      if (k === key) return this.vals[h];
      if (k === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }
}
