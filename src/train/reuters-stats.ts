/**
 * Unsupervised statistics from the unlabeled Reuters corpus (training time only):
 * - capStat: how often a word is capitalized in mid-sentence positions, bucketed;
 * - clusters: a 3-level hierarchy of distributional word classes, from
 *   spherical k-means over (left word, right word) context distributions
 *   (a cheap stand-in for Brown clusters). Deterministic (seeded).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { splitSentences } from '../extract/tokenize.js';
import { brownClusters, type BrownOptions } from './brown.js';

export interface ReutersStats {
  clusters: Map<string, string[]>;
  brown: Map<string, string>;
  capStat: Map<string, string>;
}

/** Iterate over the files of a (gzipped) tar archive. */
export function* readTarGz(file: string): Generator<{ name: string; data: Buffer }> {
  const buf = gunzipSync(readFileSync(file));
  let off = 0;
  while (off + 512 <= buf.length) {
    const name = buf.toString('utf8', off, off + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(buf.toString('latin1', off + 124, off + 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const type = buf.toString('latin1', off + 156, off + 157);
    const prefix = buf.toString('utf8', off + 345, off + 500).replace(/\0.*$/s, '');
    off += 512;
    if (type === '0' || type === '\0' || type === '') yield { name: prefix ? prefix + '/' + name : name, data: buf.subarray(off, off + size) };
    off += Math.ceil(size / 512) * 512;
  }
}

/** Deterministic PRNG (mulberry32), shared by training so both shuffle alike. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shapeBucket(w: string): string {
  if (/^[0-9]/.test(w)) return '<d>';
  const c = w.charAt(0);
  if (c === c.toLowerCase()) return c === c.toUpperCase() ? '<p>' : '<x>';
  return w === w.toUpperCase() ? '<XX>' : '<Xx>';
}

interface SparseVec {
  idx: Int32Array;
  val: Float32Array;
}

/** Spherical k-means on sparse unit vectors; returns assignment. */
function kmeans(vecs: SparseVec[], members: number[], k: number, dim: number, iters: number, seed: number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const r = rng(seed);
  const C = new Float32Array(k * dim);
  // init: k distinct members spread over the frequency-ordered list, jittered
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(((c + r()) * n) / k);
    while (chosen.has(i)) i = (i + 1) % n;
    chosen.add(i);
    const v = vecs[members[i]];
    for (let t = 0; t < v.idx.length; t++) C[c * dim + v.idx[t]] = v.val[t];
  }
  const sims = new Float64Array(k);
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let m = 0; m < n; m++) {
      const v = vecs[members[m]];
      sims.fill(0);
      for (let t = 0; t < v.idx.length; t++) {
        const d = v.idx[t];
        const x = v.val[t];
        for (let c = 0, o = d; c < k; c++, o += dim) sims[c] += x * C[o];
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (sims[c] > sims[best]) best = c;
      if (assign[m] !== best || it === 0) changed++;
      assign[m] = best;
    }
    C.fill(0);
    const cnt = new Int32Array(k);
    for (let m = 0; m < n; m++) {
      const v = vecs[members[m]];
      const c = assign[m];
      cnt[c]++;
      for (let t = 0; t < v.idx.length; t++) C[c * dim + v.idx[t]] += v.val[t];
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += C[c * dim + d] ** 2;
      s = Math.sqrt(s);
      if (s > 0) for (let d = 0; d < dim; d++) C[c * dim + d] /= s;
      else {
        // empty cluster: re-seed with a deterministic member
        const v = vecs[members[Math.floor(r() * n)]];
        for (let t = 0; t < v.idx.length; t++) C[c * dim + v.idx[t]] = v.val[t];
      }
    }
    if (changed === 0) break;
  }
  return assign;
}

export async function buildReutersStats(
  tarPath: string,
  o: {
    cachePath?: string;
    log?: (m: string) => void;
    minFreq?: number;
    ctxWords?: number;
    levels?: number[];
    brown?: BrownOptions;
  } = {},
): Promise<ReutersStats> {
  const log = o.log ?? (() => {});
  if (o.cachePath && existsSync(o.cachePath)) {
    const j = JSON.parse(readFileSync(o.cachePath, 'utf8'));
    log(`reuters stats from cache ${o.cachePath}`);
    return { clusters: new Map(j.clusters), capStat: new Map(j.capStat), brown: new Map(j.brown ?? []) };
  }
  const MINF = o.minFreq ?? 20;
  const NCTX = o.ctxWords ?? 1000;
  const LEVELS = o.levels ?? [32, 8, 8];

  // 1. tokenize
  const files = [...readTarGz(tarPath)].filter((f) => f.name.endsWith('.txt')).sort((a, b) => (a.name < b.name ? -1 : 1));
  const freq = new Map<string, number>();
  const capCnt = new Map<string, number[]>();
  const sentsAll: string[][] = [];
  for (const f of files) {
    const text = f.data.toString('utf8');
    const nl1 = text.indexOf('\n');
    const nl2 = text.indexOf('\n', nl1 + 1);
    const bodyStart = nl2 < 0 ? text.length : nl2 + 1;
    for (const s of splitSentences(text, bodyStart)) {
      const ws = s.tokens.map((t) => t.text);
      sentsAll.push(ws);
      let letters = 0;
      let upper = 0;
      for (const w of ws) {
        freq.set(w, (freq.get(w) ?? 0) + 1);
        if (/[A-Za-z]/.test(w)) {
          letters++;
          if (w === w.toUpperCase()) upper++;
        }
      }
      if (letters >= 2 && upper / letters > 0.6) continue; // headline-like
      for (let i = 1; i < ws.length; i++) {
        const p = ws[i - 1];
        if (p === '"' || p === '(' || p === ':' || p === '-' || p === '“' || p === '.') continue;
        const w = ws[i];
        const c = w.charAt(0);
        if (c.toLowerCase() === c.toUpperCase()) continue;
        const k = w.toLowerCase();
        let a = capCnt.get(k);
        if (!a) capCnt.set(k, (a = [0, 0, 0]));
        if (c === c.toLowerCase()) a[0]++;
        else if (w.length > 1 && w === w.toUpperCase()) a[2]++;
        else a[1]++;
      }
    }
  }
  log(`reuters: ${files.length} files, ${sentsAll.length} sentences, ${freq.size} word types`);
  const capStat = new Map<string, string>();
  for (const k of [...capCnt.keys()].sort()) {
    const [lo, ca, up] = capCnt.get(k)!;
    const n = lo + ca + up;
    if (n < 3) continue;
    const r = (ca + up) / n;
    let b = r < 0.02 ? '0' : r < 0.3 ? '1' : r < 0.7 ? '2' : r < 0.98 ? '3' : '4';
    if (up / n > 0.5) b += 'A';
    capStat.set(k, b);
  }

  // 2. context vectors for words with freq >= MINF
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map<string, number>();
  for (const [w] of byFreq.slice(0, NCTX)) ctxIndex.set(w, ctxIndex.size);
  for (const b of ['<d>', '<p>', '<x>', '<XX>', '<Xx>', '<S>', '</S>']) ctxIndex.set(b, ctxIndex.size);
  const C1 = ctxIndex.size;
  const dim = 2 * C1;
  const vocab = byFreq.filter(([, f]) => f >= 5).map(([w]) => w);
  const vIndex = new Map<string, number>();
  vocab.forEach((w, i) => vIndex.set(w, i));
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  const ctxOf = (w: string | undefined, edge: string) => (w === undefined ? ctxIndex.get(edge)! : ctxIndex.get(w) ?? ctxIndex.get(shapeBucket(w))!);
  for (const ws of sentsAll) {
    for (let i = 0; i < ws.length; i++) {
      const vi = vIndex.get(ws[i]);
      if (vi === undefined) continue;
      const m = counts[vi];
      const l = ctxOf(ws[i - 1], '<S>');
      const r = C1 + ctxOf(ws[i + 1], '</S>');
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const vecs: SparseVec[] = counts.map((m) => {
    const e = [...m.entries()].sort((a, b) => a[0] - b[0]);
    const val = Float32Array.from(e.map(([, c]) => Math.sqrt(c)));
    let s = 0;
    for (const x of val) s += x * x;
    s = Math.sqrt(s) || 1;
    for (let i = 0; i < val.length; i++) val[i] /= s;
    return { idx: Int32Array.from(e.map(([d]) => d)), val };
  });
  const core = vocab.map((_, i) => i).filter((i) => freq.get(vocab[i])! >= MINF);
  log(`clustering ${core.length} words (freq >= ${MINF}), assigning ${vocab.length} (freq >= 5), dim ${dim}`);

  // 3. hierarchical k-means over the core words; then rare words descend the hierarchy
  const paths: string[][] = vocab.map(() => []);
  const centroidsAt: { prefix: string; C: Float32Array; k: number }[][] = [];
  let groups: { prefix: string; members: number[] }[] = [{ prefix: '', members: core }];
  for (let lv = 0; lv < LEVELS.length; lv++) {
    const next: { prefix: string; members: number[] }[] = [];
    const cents: { prefix: string; C: Float32Array; k: number }[] = [];
    for (const g of groups) {
      const k = Math.min(LEVELS[lv], g.members.length);
      const assign = kmeans(vecs, g.members, k, dim, lv === 0 ? 20 : 12, 7 + lv * 1000 + next.length);
      const sub: number[][] = Array.from({ length: k }, () => []);
      g.members.forEach((m, i) => sub[assign[i]].push(m));
      const C = new Float32Array(k * dim);
      sub.forEach((ms, c) => {
        for (const m of ms) {
          const v = vecs[m];
          for (let t = 0; t < v.idx.length; t++) C[c * dim + v.idx[t]] += v.val[t];
        }
        const p = g.prefix + (lv ? '.' : '') + c.toString(36);
        next.push({ prefix: p, members: ms });
      });
      cents.push({ prefix: g.prefix, C, k });
    }
    centroidsAt.push(cents);
    groups = next.filter((g) => g.members.length > 0);
    log(`level ${lv + 1}: ${groups.length} clusters`);
  }
  // assign every vocab word (core and rare) by descending the hierarchy
  const byPrefix = centroidsAt.map((cs) => new Map(cs.map((c) => [c.prefix, c])));
  for (let i = 0; i < vocab.length; i++) {
    const v = vecs[i];
    let prefix = '';
    for (let lv = 0; lv < LEVELS.length; lv++) {
      const node = byPrefix[lv].get(prefix);
      if (!node) break;
      let best = 0;
      let bs = -Infinity;
      for (let c = 0; c < node.k; c++) {
        let s = 0;
        for (let t = 0; t < v.idx.length; t++) s += v.val[t] * node.C[c * dim + v.idx[t]];
        if (s > bs) {
          bs = s;
          best = c;
        }
      }
      prefix = prefix + (lv ? '.' : '') + best.toString(36);
      paths[i].push(prefix);
    }
  }
  const clusters = new Map<string, string[]>();
  vocab.forEach((w, i) => clusters.set(w, paths[i]));
  const brown = o.brown ? brownClusters(sentsAll, { ...o.brown, log }) : new Map<string, string>();
  if (o.cachePath) writeFileSync(o.cachePath, JSON.stringify({ clusters: [...clusters], capStat: [...capStat], brown: [...brown] }));
  return { clusters, capStat, brown };
}
