/**
 * Feature extraction for the greedy averaged-perceptron NER tagger.
 * Static features (not depending on predicted tags) are computed once per
 * token; word-level ones are cached per word form (and, at inference, their
 * summed weights too: see WordScoreCache). Dynamic features (previous tags,
 * document-level prediction history, pass-1 output) are added during decoding.
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
 *   cluster path prefixes from Reuters (brown.ts). Both generalize from
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

const SHAPE_CACHE_MAX = 200000;
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

export function isCap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

function normDigits(s: string): string {
  return s.replace(/[0-9]/g, '0');
}

export interface DocInput {
  /** sentences of word strings */
  sents: string[][];
  /** whether two tokens are glued (no whitespace between): glue[s][i] true if token i touches token i-1 */
  glue?: boolean[][];
  /** training only: this document's own contributions to Resources.tgaz, subtracted */
  tgazOwn?: Map<string, number[]>;
}

/** Static features of all tokens of a document, flattened. */
export interface DocFeats {
  /** per token: feature ids */
  feats: Int32Array[];
  /** per token: lower-cased word (for history) */
  lower: string[];
  /** per token: whether the token may get history features (capitalized etc.) */
  histKey: (string | null)[];
  /** per token: cap class */
  cap: Uint8Array;
  /** sentence boundaries: sentStart[k] .. sentStart[k+1] */
  sentStart: number[];
  /** when computed with wordLevel=false: the token words (word-level features are left out of feats) */
  words?: string[];
}

export class Featurizer {
  space: FeatSpace;
  res: Resources;
  private wordCache = new Map<string, Int32Array[]>();
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

  /** Word-level features for offsets -2..2 (index 0..4). */
  wordFeats(w: string): Int32Array[] {
    let e = this.wordCache.get(w);
    if (e) return e;
    e = this.computeWordFeats(w);
    if (this.wordCache.size > SHAPE_CACHE_MAX) this.wordCache.clear();
    this.wordCache.set(w, e);
    return e;
  }

  /** wordFeats without caching. */
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

  /** Compute static features for a document. */
  docFeats(doc: DocInput, wordLevel = true): DocFeats {
    const sp = this.space;
    const feats: Int32Array[] = [];
    const lowerAll: string[] = [];
    const histKey: (string | null)[] = [];
    const sentStart: number[] = [];
    const capAll: number[] = [];

    // document-level case statistics in reliable positions
    const caseStat = new Map<string, number>(); // bit 1: seen capitalized, bit 2: seen lower
    const headline: boolean[] = [];
    for (const s of doc.sents) {
      let letters = 0;
      let upperWords = 0;
      let lowerWords = 0;
      for (const w of s) {
        if (/[A-Za-z]/.test(w)) {
          letters++;
          if (w === w.toUpperCase()) upperWords++;
          else lowerWords++;
        }
      }
      const hl = letters >= 2 && lowerWords === 0 ? true : letters >= 4 && upperWords / letters > 0.8;
      headline.push(hl);
      if (hl) continue;
      for (let i = 1; i < s.length; i++) {
        const w = s[i];
        const p = s[i - 1];
        if (p === '"' || p === '(' || p === '``' || p === ':' || p === '-' ) continue;
        const c = capClass(w);
        if (c === 3) continue;
        const k = w.toLowerCase();
        caseStat.set(k, (caseStat.get(k) ?? 0) | (c === 0 ? 2 : 1));
      }
    }

    const buf: number[] = [];
    const add = (s: string) => {
      const id = sp.id(s);
      if (id >= 0) buf.push(id);
    };
    const bias = sp.id('BIAS');
    for (let si = 0; si < doc.sents.length; si++) {
      const s = doc.sents[si];
      const glue = doc.glue?.[si];
      sentStart.push(feats.length);
      const hl = headline[si];
      const n = s.length;
      const wf = wordLevel ? s.map((w) => this.wordFeats(w)) : [];
      const lowers = s.map((w) => w.toLowerCase());
      // gazetteer matches
      const gz: string[][] = s.map(() => []);
      for (let i = 0; i < n; i++) {
        if (!isCap(s[i]) && !/^[0-9]/.test(s[i])) continue;
        const lens = this.res.gazFirst.get(lowers[i]);
        if (!lens) continue;
        for (const len of lens) {
          if (i + len > n) continue;
          const key = len === 1 ? lowers[i] : lowers.slice(i, i + len).join(' ');
          const cls = this.res.gaz.get(key);
          if (!cls) continue;
          if (!isCap(s[i + len - 1]) && !/^[0-9]/.test(s[i + len - 1])) continue;
          for (const c of cls) {
            if (len === 1) gz[i].push(`${c}:U`);
            else {
              gz[i].push(`${c}:B`);
              for (let j = i + 1; j < i + len - 1; j++) gz[j].push(`${c}:I`);
              gz[i + len - 1].push(`${c}:L`);
            }
          }
        }
      }
      // training-data gazetteer matches
      const tg: string[][] = s.map(() => []);
      if (this.res.tgaz.size) {
        for (let i = 0; i < n; i++) {
          if (!isCap(s[i]) && !/^[0-9]/.test(s[i])) continue;
          const lens = this.res.tgazFirst.get(lowers[i]);
          if (!lens) continue;
          for (const len of lens) {
            if (i + len > n) continue;
            const key = len === 1 ? lowers[i] : lowers.slice(i, i + len).join(' ');
            const cnt = this.res.tgaz.get(key);
            if (!cnt) continue;
            const own = doc.tgazOwn?.get(key);
            const types: number[] = [];
            for (let t = 0; t < 4; t++) if (cnt[t] - (own ? own[t] : 0) > 0) types.push(t);
            if (!types.length) continue;
            const pos = (j: number) => (len === 1 ? 'U' : j === i ? 'B' : j === i + len - 1 ? 'L' : 'I');
            for (let j = i; j < i + len; j++) {
              for (const t of types) tg[j].push(`${TYPES[t]}:${pos(j)}`);
              if (types.length === 1) tg[j].push(`1${TYPES[types[0]]}:${pos(j)}`);
            }
          }
        }
      }
      // runs of capitalized tokens (allowing inner connectors like "of", "&")
      const runId = new Int32Array(n).fill(-1);
      const runs: [number, number][] = [];
      for (let i = 0; i < n; ) {
        const c = capClass(s[i]);
        if (c === 1 || c === 2) {
          let j = i + 1;
          while (j < n) {
            const cj = capClass(s[j]);
            if (cj === 1 || cj === 2) j++;
            else if ((lowers[j] === 'of' || lowers[j] === '&' || lowers[j] === 'and' || lowers[j] === 'de') && j + 1 < n && capClass(s[j + 1]) >= 1 && capClass(s[j + 1]) <= 2) j += 2;
            else break;
          }
          for (let k = i; k < j; k++) runId[k] = runs.length;
          runs.push([i, j]);
          i = j;
        } else i++;
      }
      for (let i = 0; i < n; i++) {
        buf.length = 0;
        buf.push(bias);
        const r = runId[i];
        if (r >= 0) {
          const [ra, rb] = runs[r];
          const len = rb - ra;
          if (len >= 2) {
            add('RL=' + lowers[rb - 1]);
            add('RF=' + lowers[ra]);
            add(`RP=${Math.min(len, 4)}|${i === ra ? 'B' : i === rb - 1 ? 'L' : 'I'}`);
          } else add('R1');
          add('RB=' + (ra > 0 ? lowers[ra - 1] : '<S>'));
          add('RA=' + (rb < n ? lowers[rb] : '</S>'));
        }
        for (let o = -2; o <= 2; o++) {
          const j = i + o;
          if (j < 0) {
            if (o === -1) add('W-1=<S>');
            continue;
          }
          if (j >= n) {
            if (o === 1) add('W1=</S>');
            continue;
          }
          if (!wordLevel) continue;
          const arr = wf[j][o + 2];
          for (let k = 0; k < arr.length; k++) buf.push(arr[k]);
        }
        const w = s[i];
        const cc = capClass(w);
        const ss = shapeShort(w);
        const lw = lowers[i];
        if (i === 0) add('INIT|' + ss);
        if (hl) {
          add('HL');
          add('HL|' + (this.res.capStat.get(lw) ?? 'u'));
          add('HLW=' + lw);
        }
        const cst = caseStat.get(lw) ?? 0;
        const reliable = !hl && i > 0;
        add(`DF${reliable ? 'r' : 'u'}=${cst}|${cc}`);
        add(`B-1=${i > 0 ? lowers[i - 1] : '<S>'}|${lw}`);
        add(`B+1=${lw}|${i + 1 < n ? lowers[i + 1] : '</S>'}`);
        if (i > 0 && i + 1 < n) add(`T3=${capClass(s[i - 1])}${cc}${capClass(s[i + 1])}`);
        for (const g of gz[i]) add('GM=' + g);
        if (i > 0) for (const g of gz[i - 1]) add('GM-1=' + g);
        if (i + 1 < n) for (const g of gz[i + 1]) add('GM+1=' + g);
        for (const g of tg[i]) add('TG=' + g);
        if (glue) {
          if (w === '-' && glue[i] && i + 1 < n && glue[i + 1]) add('GH0');
          if (i + 1 < n && s[i + 1] === '-' && glue[i + 1]) add('GH+1');
          if (i > 0 && s[i - 1] === '-' && glue[i]) add('GH-1');
        }
        if (n <= 2) add(`SHORT${n}|${ss}`);
        feats.push(Int32Array.from(buf));
        lowerAll.push(lw);
        capAll.push(cc);
        histKey.push(cc === 1 || cc === 2 ? lw : null);
      }
    }
    const out: DocFeats = { feats, lower: lowerAll, histKey, cap: Uint8Array.from(capAll), sentStart };
    if (!wordLevel) out.words = doc.sents.flat();
    return out;
  }
}
