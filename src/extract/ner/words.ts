/**
 * What the tagger knows of a word form, computed once per word type and cached: the summed
 * weights of its word-level features at offsets -2..2 for every pass, its shape, capitalization
 * and the ids of its token-level features (INIT|shape, SHORT, RL/RF/RB/RA, HLW), its bigram
 * vocabulary id, and the gazetteer entries that start with it.
 */
import { capClass, shapeShort } from './features.js';
import { NT as NT_ } from './labels.js';
import type { FeatureTables } from './tables.js';

const NT: number = NT_;
const WORD_CACHE_MAX = 200000;

/** A lower-cased word form. `stamp` and `local` number the distinct forms of the document being tagged. */
export class LowerEntry {
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
  /** its id among the words of multi-word gazetteer phrases (-1: none), and the ids that can follow it in one (FeatureTables.gazSecond) */
  phraseWord: number;
  gazNext: Int32Array | undefined;
  tgazNext: Int32Array | undefined;
  /** the word alone's gazetteer classes and training-gazetteer types (WordTypes.gazOne, tgazOne); undefined until asked */
  gaz1: Int32Array | null | undefined = undefined;
  tgaz1: Int32Array | null | undefined = undefined;
  stamp = -1;
  local = 0;
  constructor(
    readonly lower: string,
    t: FeatureTables,
  ) {
    this.lid = t.lowerVocab.get(lower) ?? -1;
    // RL=, RF=, RB=, RA=, HLW= + lower, in one look-up
    const { pool } = t.wordFeats;
    const runs = t.wordFeats.at(t.wordFeats.runs, lower);
    this.rl = pool[runs];
    this.rf = pool[runs + 1];
    this.rb = pool[runs + 2];
    this.ra = pool[runs + 3];
    this.hlcs = t.fid('HL|' + (t.res.capStat.get(lower) ?? 'u'));
    this.hlw = pool[runs + 4];
    this.conn = lower === 'of' || lower === '&' || lower === 'and' || lower === 'de';
    this.gazLens = t.res.gazFirst.get(lower);
    this.tgazLens = t.res.tgaz.size ? t.res.tgazFirst.get(lower) : undefined;
    this.phraseWord = t.phraseWords.get(lower) ?? -1;
    this.gazNext = t.gazSecond.get(lower);
    this.tgazNext = t.tgazSecond.get(lower);
  }
}

/** A word form as written. */
export class WordEntry {
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
  constructor(w: string, t: FeatureTables, types: WordTypes) {
    this.cap = capClass(w);
    const c0 = w.charAt(0);
    this.capOrDigit = c0 !== c0.toLowerCase() || (c0 >= '0' && c0 <= '9');
    this.hasAZ = /[A-Za-z]/.test(w);
    this.isUpper = w === w.toUpperCase();
    this.punctPrev = w === '"' || w === '(' || w === '``' || w === ':' || w === '-';
    this.isHyphen = w === '-';
    const ss = shapeShort(w);
    // INIT|, SHORT1|, SHORT2| + shape, in one look-up
    const { pool } = t.wordFeats;
    const shape = t.wordFeats.at(t.wordFeats.shortShape, ss);
    this.init = pool[shape];
    this.short1 = pool[shape + 1];
    this.short2 = pool[shape + 2];
    const lower = w.toLowerCase();
    this.vec = wordWeightSums(t.weights, t.wordFeats.wordFeats(w, lower, ss));
    this.le = types.lowerEntry(lower);
  }
}

/**
 * The weights of a word's word-level features (`wf[o]`, offsets -2..2) summed per
 * pass and offset: P*5*NT floats. Inference cost per token is then five vector additions
 * plus the token-level and dynamic features.
 */
export function wordWeightSums(weights: Float32Array[], wf: Int32Array[]): Float32Array {
  const v = new Float32Array(weights.length * 5 * NT);
  for (let p = 0; p < weights.length; p++) {
    const W = weights[p];
    for (let o = 0; o < 5; o++) {
      const arr = wf[o];
      const base = (p * 5 + o) * NT;
      for (let k = 0; k < arr.length; k++) {
        const fo = arr[k] * NT;
        for (let t = 0; t < NT; t++) v[base + t] += W[fo + t];
      }
    }
  }
  return v;
}

/** The caches of word entries and gazetteer lookups, each emptied when it grows past WORD_CACHE_MAX. */
export class WordTypes {
  private words = new Map<string, WordEntry>();
  private lowers = new Map<string, LowerEntry>();
  private gazMemo = new Map<string, Int32Array | null>();
  private tgazMemo = new Map<string, Int32Array | null>();

  constructor(private tables: FeatureTables) {}

  /** Called before each document: empties the word caches when they are full. */
  trim(): void {
    if (this.words.size > WORD_CACHE_MAX || this.lowers.size > WORD_CACHE_MAX) {
      // both at once: a word's LowerEntry must be the one the lower-case map gives
      this.words.clear();
      this.lowers.clear();
    }
  }

  lowerEntry(lower: string): LowerEntry {
    let e = this.lowers.get(lower);
    if (!e) this.lowers.set(lower, (e = new LowerEntry(lower, this.tables)));
    return e;
  }

  word(w: string): WordEntry {
    let e = this.words.get(w);
    if (!e) this.words.set(w, (e = new WordEntry(w, this.tables, this)));
    return e;
  }

  /** gazLookup of the word alone, kept on its entry (most gazetteer questions are of one word). */
  gazOne(le: LowerEntry): Int32Array | null {
    return le.gaz1 === undefined ? (le.gaz1 = this.gazLookup(le.lower)) : le.gaz1;
  }

  /** tgazLookup of the word alone, kept on its entry. */
  tgazOne(le: LowerEntry): Int32Array | null {
    return le.tgaz1 === undefined ? (le.tgaz1 = this.tgazLookup(le.lower)) : le.tgaz1;
  }

  /** Gazetteer classes (FeatureTables.gazClass indices) of a lower-cased phrase, or null. */
  gazLookup(key: string): Int32Array | null {
    let r = this.gazMemo.get(key);
    if (r === undefined) {
      const cls = this.tables.res.gaz.get(key);
      r = cls ? Int32Array.from(cls, (c) => this.tables.gazClass(c)) : null;
      if (this.gazMemo.size > WORD_CACHE_MAX) this.gazMemo.clear();
      this.gazMemo.set(key, r);
    }
    return r;
  }

  /** Entity types a lower-cased phrase has in the training-data gazetteer, or null. */
  tgazLookup(key: string): Int32Array | null {
    let r = this.tgazMemo.get(key);
    if (r === undefined) {
      const cnt = this.tables.res.tgaz.get(key);
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
}

/** The lower-cased words ent[i..i+len) joined by spaces: a gazetteer key. */
export function joinLowers(ent: WordEntry[], i: number, len: number): string {
  let key = ent[i].le.lower;
  for (let j = i + 1; j < i + len; j++) key += ' ' + ent[j].le.lower;
  return key;
}
