/**
 * The string-keyed feature extraction the tagger is trained on: every static feature of every
 * token of a document, by name (the feature list is in src/extract/ner/features.ts). The
 * runtime tagger (src/extract/ner/tagger.ts) computes the same features from integer ids.
 */
import { TYPES } from '../extract/ner/labels.js';
import { capClass, Featurizer, shapeShort } from '../extract/ner/features.js';

const SHAPE_CACHE_MAX = 200000;

export function isCap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
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

export class DocFeaturizer extends Featurizer {
  private wordCache = new Map<string, Int32Array[]>();

  /** Word-level features for offsets -2..2 (index 0..4). */
  wordFeats(w: string): Int32Array[] {
    let e = this.wordCache.get(w);
    if (e) return e;
    e = this.computeWordFeats(w);
    if (this.wordCache.size > SHAPE_CACHE_MAX) this.wordCache.clear();
    this.wordCache.set(w, e);
    return e;
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
