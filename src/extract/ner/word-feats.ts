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

/** A template at several offsets: value -> the feature id at each offset (-1: none). */
type Grouped = Map<string, Int32Array>;
/** A template at one offset: value -> feature id. */
type Single = Map<string, number>;

const NONE: Int32Array = new Int32Array(5).fill(-1);
const BROWN_SHORT = [4, 6, 10];

export class WordFeatIndex {
  /** each template name (with its '=' or '|') -> its group map and offset slot in it */
  private names = new Map<string, { group: Grouped; slot: number }>();
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
    names.forEach((name, slot) => this.names.set(name, { group, slot }));
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
      let ids = t.group.get(value);
      if (!ids) t.group.set(value, (ids = new Int32Array(5).fill(-1)));
      ids[t.slot] = id;
    }
  }

  /** Ids of template `g` for `value` at every slot (NONE when the model has none). */
  static ids(g: Grouped, value: string): Int32Array {
    return g.get(value) ?? NONE;
  }

  /**
   * Featurizer.computeWordFeats(w), read from the per-template maps: the same ids, in the same
   * order within each offset (the tagger sums their weights in float32, where order matters).
   * `lower` and `ss` are w.toLowerCase() and shapeShort(w), which the caller has at hand.
   */
  wordFeats(w: string, lower: string, ss: string): Int32Array[] {
    const res = this.fz.res;
    const g = WordFeatIndex.ids;
    const nl = normDigits(lower);
    const cl = res.clusters.get(w) ?? res.clusters.get(lower);
    const br = brownOf(res.brown, w, lower);
    const cs = res.capStat.get(lower) ?? 'u';
    const lists: number[][] = [[], [], [], [], []];
    const add = (slot: number, id: number) => {
      if (id >= 0) lists[slot].push(id);
    };
    const wIds = g(this.w, nl);
    const sIds = g(this.s, ss);
    for (let k = 0; k < 5; k++) {
      add(k, wIds[k]);
      add(k, sIds[k]);
    }
    const csIds = g(this.cs, cs);
    const caIds = cl ? g(this.ca, String(cl[0])) : NONE;
    const cbIds = cl ? g(this.cb, String(cl[1])) : NONE;
    for (let k = 0; k < 3; k++) {
      add(k + 1, csIds[k]);
      if (cl) {
        add(k + 1, caIds[k]);
        add(k + 1, cbIds[k]);
      } else add(k + 1, this.cNone[k]);
    }
    if (cl) for (let k = 2; k < cl.length; k++) add(2, k < this.cDeep.length ? g(this.cDeep[k], String(cl[k]))[0] : this.fz.space.id(`C${k}=${cl[k]}`));
    // Brown prefixes: 4/6/10 bits at -1..1, 20 bits at 0 only
    for (let k = 0; k < 3; k++) {
      if (br === undefined) add(k + 1, this.brNone[k]);
      else {
        for (let b = 0; b < BROWN_SHORT.length; b++) add(k + 1, g(this.brShort[b], br.slice(0, BROWN_SHORT[b]))[k]);
        if (k === 1) add(2, g(this.br20, br.slice(0, 20))[0]);
      }
    }
    add(2, g(this.wc, normDigits(w))[0]);
    add(2, g(this.sl, shapeLong(w))[0]);
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      add(2, g(this.pre[k], lower.slice(0, k))[0]);
      add(2, g(this.suf[k], lower.slice(n - k))[0]);
    }
    add(2, g(this.css, `${cs}|${ss}`)[0]);
    if (/[0-9]/.test(w)) add(2, this.hasDigit);
    if (w.includes('-') && w.length > 1) add(2, this.hasHyphen);
    if (w.includes('.') && w.length > 1) add(2, this.hasPeriod);
    return lists.map((l) => Int32Array.from(l));
  }
}
