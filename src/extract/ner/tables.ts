/**
 * The model's feature strings turned into integer tables, once per model, for the tagger
 * (tagger.ts), which never builds a feature string per token:
 * - the ids of the constant token-level features (BIAS, R1, RP, W-1=<S>, HL, DF, T3, GH, TG, ...);
 * - word bigram features (B-1/B+1) by an integer pair key: every "B-1=a|b" feature is split
 *   at each '|' into (a, b), so that a lookup of the pair finds exactly the feature the string
 *   "B-1=" + a + "|" + b would;
 * - pre-summed weights: BIAS, DF and T3 per (reliable, doc case, cap classes), and the
 *   tag-transition features per (p2, p1, cap class), for every pass.
 */
import type { Featurizer, Resources } from './features.js';
import { NT as NT_, TYPES } from './labels.js';
import { WordFeatIndex } from './word-feats.js';

const NT: number = NT_;

/** Gazetteer positions */
export const U = 0;
export const B = 1;
export const I = 2;
export const L = 3;
const POS = ['U', 'B', 'I', 'L'];

export class FeatureTables {
  readonly P: number;
  readonly res: Resources;
  readonly map: Map<string, number>;
  readonly weights: Float32Array[];
  /** per pass: summed P1/P2/P1C weights, index ((p2+1)*(NT+1) + p1+1)*4 + cap, times NT */
  readonly trans: Float64Array[];
  /** lower-cased words of the bigram features, by id */
  readonly lowerVocab = new Map<string, number>();
  readonly lvSize: number;
  readonly bigM1: IntMap;
  readonly bigP1: IntMap;
  readonly lidS: number;
  readonly lidE: number;
  /** the words of multi-word gazetteer phrases (both gazetteers), by id */
  readonly phraseWords = new Map<string, number>();
  /** per first word of a multi-word gazetteer phrase: the ids of the words that follow it in one, ascending */
  readonly gazSecond: Map<string, Int32Array>;
  readonly tgazSecond: Map<string, Int32Array>;
  private gazClassIndex = new Map<string, number>();
  /** [(class*4+pos)*3 + k], k: 0 GM, 1 GM-1, 2 GM+1 */
  readonly gmIds: number[] = [];
  /** [(type*4+pos)*2 + k], k: 0 TG=TYPE:pos, 1 TG=1TYPE:pos */
  readonly tgIds = new Int32Array(32);
  // constant feature ids
  readonly bias: number;
  readonly r1: number;
  readonly rp: Int32Array; // [min(len,4)*4 + pos(B/I/L as 1/2/3)]
  readonly rbS: number;
  readonly raS: number;
  readonly wS: number;
  readonly wE: number;
  readonly hl: number;
  readonly df: Int32Array; // [(rel*4 + cst)*4 + cc]
  readonly t3: Int32Array; // [(a*4+b)*4+c]
  /** BIAS + DF + T3 weights of all passes summed (float64, exact): row ((((rel*4+cst)*4+cc)*5+cPrev)*5+cNext), cPrev/cNext 4 = none */
  readonly ctx: Float64Array;
  readonly gh0: number;
  readonly ghP1: number;
  readonly ghM1: number;
  readonly dynH: Int32Array;
  readonly dynHM: Int32Array;
  readonly dynHC: Int32Array;
  readonly dyn2: Int32Array;
  /** the word-level feature ids by template and bare value (word-feats.ts) */
  readonly wordFeats: WordFeatIndex;

  constructor(fz: Featurizer, weights: Float32Array[]) {
    this.map = fz.space.map;
    this.wordFeats = new WordFeatIndex(fz, this.map);
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
    this.gazSecond = this.secondWords(fz.res.gaz.keys());
    this.tgazSecond = this.secondWords(fz.res.tgaz.keys());
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

  /** First word -> the ids of the second words of the multi-word phrases among `keys` (words joined by ' '). */
  private secondWords(keys: Iterable<string>): Map<string, Int32Array> {
    const id = (w: string) => {
      let v = this.phraseWords.get(w);
      if (v === undefined) this.phraseWords.set(w, (v = this.phraseWords.size));
      return v;
    };
    const lists = new Map<string, Set<number>>();
    for (const key of keys) {
      const toks = key.split(' ');
      if (toks.length < 2) continue;
      let l = lists.get(toks[0]);
      if (!l) lists.set(toks[0], (l = new Set()));
      l.add(id(toks[1]));
    }
    const out = new Map<string, Int32Array>();
    for (const [w, l] of lists) out.set(w, Int32Array.from(l).sort());
    return out;
  }

  fid(s: string): number {
    return this.map.get(s) ?? -1;
  }

  /** The index of a gazetteer class; its GM/GM-1/GM+1 feature ids are added to gmIds the first time. */
  gazClass(c: string): number {
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
}

/** Whether ascending `ids` holds `id` (binary search; false for a missing list or id -1). */
export function holdsId(ids: Int32Array | undefined, id: number): boolean {
  if (ids === undefined || id < 0) return false;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Open-addressing hash map from non-negative int32 keys to int32 values; get() gives -1 when absent. */
export class IntMap {
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
