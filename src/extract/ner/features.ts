/**
 * The features of the greedy averaged-perceptron NER tagger.
 * Static features (not depending on predicted tags) are computed once per
 * token; word-level ones are cached per word form (and, at inference, their
 * summed weights too: see words.ts). Dynamic features (previous tags,
 * document-level prediction history, pass-1 output) are added during decoding.
 * The tagger (tagger.ts) builds the token-level features from integer ids, the
 * trainer (src/train/doc-features.ts) as strings; this module holds what both share.
 *
 * Word-level features (offsets -2..2 unless noted):
 * - W: the lower-cased word (digits -> 0); S: short word shape ("Xx", "X.X.");
 *   at offset 0 also the cased word, long shape, prefixes/suffixes 1-4,
 *   has-digit/hyphen/period: the classic lexical evidence.
 * - CS (-1..1): how often the word is capitalized mid-sentence in unlabeled
 *   Reuters news, bucketed: separates names ("Merkel", always capitalized)
 *   from sentence-initial or headline-capitalized common words.
 * - Ca/Cb/C2 (-1..1): k-means distributional word classes from Reuters
 *   (3-level hierarchy), and BR4/6/10/20 (-1..1; 20 bits only at 0): Brown
 *   cluster path prefixes from Reuters (src/train/brown.ts). Both generalize from
 *   training names to unseen words used in the same contexts.
 * Token-level features:
 * - runs of capitalized words (RL/RF/RP/RB/RA: last and first word of the run,
 *   position in it, words around it) for span boundaries of multi-word names;
 * - HL*: the sentence is a headline (ALL CAPS or no lower-case word), where
 *   capitalization says nothing;
 * - DF: document casing: whether the word appears capitalized and/or lower-case
 *   in reliable (non-initial, non-headline) positions of the same document;
 * - B-1/B+1 word bigrams, T3 capitalization trigram, INIT, SHORT;
 * - GM (-1..1): gazetteer matches from compromise's lexicon (first/last names,
 *   places, organizations, titles, organization words) with B/I/L/U position;
 * - TG: training-data gazetteer match (entity strings annotated in eng.train,
 *   with their types), leave-one-document-out while training;
 * - GH*: hyphen glued to its neighbours ("U.S.-led" split by the tokenizer).
 */
import { NT, TAGS, TYPES } from './labels.js';

export interface Resources {
  /** case-sensitive word -> cluster ids at several granularities */
  clusters: Map<string, string[]>;
  /** case-sensitive word -> Brown cluster bit string (path in the cluster tree) */
  brown: Map<string, string>;
  /** lower-cased word -> capitalization bucket from unlabeled news */
  capStat: Map<string, string>;
  /** gazetteer: lower-cased phrase (tokens joined by ' ') -> classes */
  gaz: Map<string, string[]>;
  /** lower-cased first token -> phrase lengths present (descending) */
  gazFirst: Map<string, number[]>;
  /**
   * "Training-data gazetteer": lower-cased entity strings annotated in the
   * training set -> number of training documents in which the string is
   * annotated as PER, ORG, LOC, MISC. While training, each document sees the
   * counts minus its own (DocInput.tgazOwn), so the feature behaves as it will
   * on new text (an entity known from *other* documents).
   */
  tgaz: Map<string, number[]>;
  tgazFirst: Map<string, number[]>;
}

/** Index phrase -> first token -> lengths (descending). */
export function indexFirst(keys: Iterable<string>): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const key of keys) {
    const toks = key.split(' ');
    let l = m.get(toks[0]);
    if (!l) m.set(toks[0], (l = []));
    if (!l.includes(toks.length)) {
      l.push(toks.length);
      l.sort((x, y) => y - x);
    }
  }
  return m;
}

export class FeatSpace {
  map: Map<string, number>;
  grow: boolean;
  counts: number[] = [];
  constructor(map?: Map<string, number>, grow = false) {
    this.map = map ?? new Map();
    this.grow = grow;
  }
  get size(): number {
    return this.map.size;
  }
  id(s: string): number {
    const v = this.map.get(s);
    if (v !== undefined) {
      if (this.grow) this.counts[v]++;
      return v;
    }
    if (!this.grow) return -1;
    const n = this.map.size;
    this.map.set(s, n);
    this.counts.push(1);
    return n;
  }
}

const BROWN_PREFIXES = [4, 6, 10, 20];

/**
 * Brown cluster of a word: the exact form, else (for ALL-CAPS headline words)
 * its Title-case form, else the lower-case form, else Title-case of that.
 */
export function brownOf(brown: Map<string, string>, w: string, lower: string): string | undefined {
  let b = brown.get(w);
  if (b !== undefined) return b;
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (w.length > 1 && w === w.toUpperCase()) {
    b = brown.get(title);
    if (b !== undefined) return b;
  }
  return brown.get(lower) ?? brown.get(title);
}

export function charClass(c: string): string {
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= '0' && c <= '9') return 'd';
  const l = c.toLowerCase();
  const u = c.toUpperCase();
  if (l !== u) return c === u ? 'X' : 'x';
  return c;
}

/** Long shape: char classes with runs capped at 4. */
export function shapeLong(w: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    const c = charClass(ch);
    if (c === prev) {
      run++;
      if (run > 4) continue;
    } else {
      prev = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** Short shape: runs collapsed. */
export function shapeShort(w: string): string {
  let out = '';
  let prev = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

/** 0 lower/other, 1 Capitalized, 2 ALLCAPS (>=2 letters), 3 digit-initial */
export function capClass(w: string): number {
  const c = w.charAt(0);
  if (c >= '0' && c <= '9') return 3;
  const l = c.toLowerCase();
  if (l === c) return 0;
  if (w.length > 1 && w === w.toUpperCase() && w.toLowerCase() !== w) return 2;
  return 1;
}

export function normDigits(s: string): string {
  return s.replace(/[0-9]/g, '0');
}

/**
 * The model's features that do not depend on the document: the word-level features of a word
 * (offsets -2..2), and the ids of the dynamic features (previous tags, prediction history, pass-1
 * output). The tagger (tagger.ts) computes the token-level features itself, from integer ids;
 * src/train/doc-features.ts builds them as strings for training.
 */
export class Featurizer {
  space: FeatSpace;
  res: Resources;
  /** dynamic feature ids */
  dynP1!: Int32Array; // (NT+1)
  dynP2!: Int32Array; // (NT+1)*(NT+1)
  dynP1C!: Int32Array; // (NT+1)*4
  dynH!: Int32Array; // 4 types
  dynHM!: Int32Array;
  dynHC!: Int32Array; // 4 types x 4 cap classes
  dyn2!: Int32Array; // pass-2 features
  constructor(space: FeatSpace, res: Resources) {
    this.space = space;
    this.res = res;
    this.initDynamic();
  }

  initDynamic(): void {
    const sp = this.space;
    const tn = (t: number) => (t < 0 ? 'S' : TAGS[t]);
    this.dynP1 = new Int32Array(NT + 1);
    this.dynP2 = new Int32Array((NT + 1) * (NT + 1));
    this.dynP1C = new Int32Array((NT + 1) * 4);
    for (let a = -1; a < NT; a++) {
      this.dynP1[a + 1] = sp.id('P1=' + tn(a));
      for (let c = 0; c < 4; c++) this.dynP1C[(a + 1) * 4 + c] = sp.id(`P1C=${tn(a)}|${c}`);
      for (let b = -1; b < NT; b++) this.dynP2[(a + 1) * (NT + 1) + b + 1] = sp.id(`P2=${tn(a)}|${tn(b)}`);
    }
    this.dynH = new Int32Array(4);
    this.dynHM = new Int32Array(4);
    this.dynHC = new Int32Array(16);
    this.dyn2 = new Int32Array(4 * 8);
    for (let t = 0; t < 4; t++) {
      this.dynH[t] = sp.id('H=' + TYPES[t]);
      this.dynHM[t] = sp.id('HM=' + TYPES[t]);
      for (let c = 0; c < 4; c++) this.dynHC[t * 4 + c] = sp.id(`HC=${TYPES[t]}|${c}`);
      for (let k = 0; k < 8; k++) this.dyn2[t * 8 + k] = sp.id(`D2_${k}=${TYPES[t]}`);
    }
  }

  /** Word-level features of a word for offsets -2..2 (index 0..4), uncached. The tagger reads the same ids from per-template maps (word-feats.ts). */
  computeWordFeats(w: string): Int32Array[] {
    const sp = this.space;
    const lower = w.toLowerCase();
    const nl = normDigits(lower);
    const ss = shapeShort(w);
    const cl = this.res.clusters.get(w) ?? this.res.clusters.get(lower);
    const br = brownOf(this.res.brown, w, lower);
    const cs = this.res.capStat.get(lower) ?? 'u';
    const lists: number[][] = [[], [], [], [], []];
    const add = (o: number, s: string) => {
      const id = sp.id(s);
      if (id >= 0) lists[o + 2].push(id);
    };
    for (let o = -2; o <= 2; o++) {
      add(o, `W${o}=${nl}`);
      add(o, `S${o}=${ss}`);
    }
    for (let o = -1; o <= 1; o++) {
      add(o, `CS${o}=${cs}`);
      if (cl) {
        add(o, `Ca${o}=${cl[0]}`);
        add(o, `Cb${o}=${cl[1]}`);
      } else add(o, `C${o}=none`);
    }
    if (cl) for (let k = 2; k < cl.length; k++) add(0, `C${k}=${cl[k]}`);
    // Brown cluster path prefixes (4/6/10/20 bits, Ratinov & Roth 2009) of the word and its neighbours
    for (let o = -1; o <= 1; o++) {
      if (br === undefined) add(o, `BR${o}=none`);
      else for (const L of BROWN_PREFIXES) if (L <= 10 || o === 0) add(o, `BR${L}${o}=${br.slice(0, L)}`);
    }
    add(0, `Wc=${normDigits(w)}`);
    add(0, `SL=${shapeLong(w)}`);
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      add(0, `pre${k}=${lower.slice(0, k)}`);
      add(0, `suf${k}=${lower.slice(n - k)}`);
    }
    add(0, `CSS=${cs}|${ss}`);
    if (/[0-9]/.test(w)) add(0, 'hasDigit');
    if (w.includes('-') && w.length > 1) add(0, 'hasHyphen');
    if (w.includes('.') && w.length > 1) add(0, 'hasPeriod');
    return lists.map((l) => Int32Array.from(l));
  }
}
