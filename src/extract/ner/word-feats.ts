/**
 * The model's word-level feature ids of a word without building a feature string per lookup:
 * the tagger's fast path for Featurizer.computeWordFeats (features.ts), which the trainer keeps.
 *
 * A feature string is a template's name (up to and including its first '=', or '|' for the
 * few templates that use it) followed by a value: "W-1=" + "merkel", "INIT|" + "Xx". Once per
 * model the feature map is split that way into one map per template, keyed by the bare value;
 * a template used at several offsets (W-2..W2, CS-1..CS1, ...) shares one map whose entry holds
 * the id at every offset, so one look-up of "merkel" answers W-2..W2 at once. A look-up then
 * finds exactly the feature the concatenated string would (every name holds no '=' or '|' but
 * its last character, so a string splits into name and value in one way only).
 */
import { brownOf, normDigits, shapeLong, type Featurizer } from './features.js';

/**
 * A template's values -> where their ids start in WordFeatIndex.pool: one id per offset the
 * template is used at (-1: none). One shared pool, not a small array per value, keeps the ~70k
 * values' ids in a few hundred KB.
 */
type Grouped = Map<string, number>;

/** The id of template `t` for `value` at slot k (`pool` holds each value's ids slot after slot). */
function groupedId(pool: Int32Array, t: Grouped, value: string, k: number): number {
  return pool[(t.get(value) ?? NONE) + k];
}

/** Adds a feature id to its slot's list (a negative id is no feature). */
function addId(lists: number[][], slot: number, id: number): void {
  if (id >= 0) lists[slot].push(id);
}

/** Where the pool's ids of a value the model has no feature for start: five -1s. */
const NONE = 0;
const BROWN_SHORT = [4, 6, 10];

export class WordFeatIndex {
  /** each template name (with its '=' or '|') -> its group map and offset slot in it */
  private names = new Map<string, { group: Grouped; slot: number; width: number }>();
  /** the ids of every template's values (see Grouped); 0..4 is NONE */
  pool = new Int32Array(1 << 16).fill(-1);
  private poolSize = 5;
  private w: Grouped;
  private s: Grouped;
  private cs: Grouped;
  private ca: Grouped;
  private cb: Grouped;
  /** C2=, C3=, ...: deeper cluster levels (offset 0), by level */
  private cDeep: Grouped[] = [];
  /** BR4, BR6, BR10 at -1..1 */
  private brShort: Grouped[];
  private br20: Grouped;
  private wc: Grouped;
  private sl: Grouped;
  private pre: Grouped[] = [];
  private suf: Grouped[] = [];
  private css: Grouped;
  /** per lower-cased word: RL, RF, RB, RA, HLW */
  readonly runs: Grouped;
  /** per short shape: INIT, SHORT1, SHORT2 */
  readonly shortShape: Grouped;
  private cNone: Int32Array;
  private brNone: Int32Array;
  private hasDigit: number;
  private hasHyphen: number;
  private hasPeriod: number;

  constructor(
    private fz: Featurizer,
    map: Map<string, number>,
  ) {
    // offsets -2..2 are slots 0..4, offsets -1..1 slots 0..2
    const o5 = [-2, -1, 0, 1, 2];
    const o3 = [-1, 0, 1];
    this.w = this.template(o5.map((o) => `W${o}=`));
    this.s = this.template(o5.map((o) => `S${o}=`));
    this.cs = this.template(o3.map((o) => `CS${o}=`));
    this.ca = this.template(o3.map((o) => `Ca${o}=`));
    this.cb = this.template(o3.map((o) => `Cb${o}=`));
    for (let k = 2; k < 10; k++) this.cDeep[k] = this.template([`C${k}=`]);
    this.brShort = BROWN_SHORT.map((L) => this.template(o3.map((o) => `BR${L}${o}=`)));
    this.br20 = this.template(['BR200=']);
    this.wc = this.template(['Wc=']);
    this.sl = this.template(['SL=']);
    for (let k = 1; k <= 4; k++) {
      this.pre[k] = this.template([`pre${k}=`]);
      this.suf[k] = this.template([`suf${k}=`]);
    }
    this.css = this.template(['CSS=']);
    this.runs = this.template(['RL=', 'RF=', 'RB=', 'RA=', 'HLW=']);
    this.shortShape = this.template(['INIT|', 'SHORT1|', 'SHORT2|']);
    for (const [key, id] of map) this.index(key, id);
    this.pool = this.pool.slice(0, this.poolSize);
    const fid = (s: string) => map.get(s) ?? -1;
    this.cNone = Int32Array.from(o3, (o) => fid(`C${o}=none`));
    this.brNone = Int32Array.from(o3, (o) => fid(`BR${o}=none`));
    this.hasDigit = fid('hasDigit');
    this.hasHyphen = fid('hasHyphen');
    this.hasPeriod = fid('hasPeriod');
  }

  /** A group map for the template names given (one per slot). */
  private template(names: string[]): Grouped {
    const group: Grouped = new Map();
    names.forEach((name, slot) => this.names.set(name, { group, slot, width: names.length }));
    return group;
  }

  /** Files one feature of the model under its template, if the tagger reads it through this index. */
  private index(key: string, id: number): void {
    for (const sep of ['=', '|']) {
      const k = key.indexOf(sep);
      if (k < 0) continue;
      const t = this.names.get(key.slice(0, k + 1));
      if (!t) continue;
      const value = key.slice(k + 1);
      let at = t.group.get(value);
      if (at === undefined) t.group.set(value, (at = this.allocate(t.width)));
      this.pool[at + t.slot] = id;
    }
  }

  /** Room in the pool for `width` ids, all -1. */
  private allocate(width: number): number {
    if (this.poolSize + width > this.pool.length) {
      const grown = new Int32Array(this.pool.length * 2).fill(-1);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.poolSize += width;
    return this.poolSize - width;
  }

  /** Where the ids of template `g` for `value` start in the pool, one per slot (NONE when the model has none). */
  at(g: Grouped, value: string): number {
    return g.get(value) ?? NONE;
  }

  /**
   * Featurizer.computeWordFeats(w), read from the per-template maps: the same ids, in the same
   * order within each offset (the tagger sums their weights in float32, where order matters).
   * `lower` and `ss` are w.toLowerCase() and shapeShort(w), which the caller has at hand.
   */
  wordFeats(w: string, lower: string, ss: string): Int32Array[] {
    const res = this.fz.res;
    const pool = this.pool;
    const nl = normDigits(lower);
    const cl = res.clusters.get(w) ?? res.clusters.get(lower);
    const br = brownOf(res.brown, w, lower);
    const cs = res.capStat.get(lower) ?? 'u';
    const lists: number[][] = [[], [], [], [], []];
    const wAt = this.at(this.w, nl);
    const sAt = this.at(this.s, ss);
    for (let k = 0; k < 5; k++) {
      addId(lists, k, pool[wAt + k]);
      addId(lists, k, pool[sAt + k]);
    }
    const csAt = this.at(this.cs, cs);
    const caAt = cl ? this.at(this.ca, String(cl[0])) : NONE;
    const cbAt = cl ? this.at(this.cb, String(cl[1])) : NONE;
    for (let k = 0; k < 3; k++) {
      addId(lists, k + 1, pool[csAt + k]);
      if (cl) {
        addId(lists, k + 1, pool[caAt + k]);
        addId(lists, k + 1, pool[cbAt + k]);
      } else addId(lists, k + 1, this.cNone[k]);
    }
    if (cl) for (let k = 2; k < cl.length; k++) addId(lists, 2, k < this.cDeep.length ? groupedId(pool, this.cDeep[k], String(cl[k]), 0) : this.fz.space.id(`C${k}=${cl[k]}`));
    // Brown prefixes: 4/6/10 bits at -1..1, 20 bits at 0 only
    for (let k = 0; k < 3; k++) {
      if (br === undefined) addId(lists, k + 1, this.brNone[k]);
      else {
        for (let b = 0; b < BROWN_SHORT.length; b++) addId(lists, k + 1, groupedId(pool, this.brShort[b], br.slice(0, BROWN_SHORT[b]), k));
        if (k === 1) addId(lists, 2, groupedId(pool, this.br20, br.slice(0, 20), 0));
      }
    }
    addId(lists, 2, groupedId(pool, this.wc, normDigits(w), 0));
    addId(lists, 2, groupedId(pool, this.sl, shapeLong(w), 0));
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      addId(lists, 2, groupedId(pool, this.pre[k], lower.slice(0, k), 0));
      addId(lists, 2, groupedId(pool, this.suf[k], lower.slice(n - k), 0));
    }
    addId(lists, 2, groupedId(pool, this.css, `${cs}|${ss}`, 0));
    if (/[0-9]/.test(w)) addId(lists, 2, this.hasDigit);
    if (w.includes('-') && w.length > 1) addId(lists, 2, this.hasHyphen);
    if (w.includes('.') && w.length > 1) addId(lists, 2, this.hasPeriod);
    return lists.map((l) => Int32Array.from(l));
  }
}
