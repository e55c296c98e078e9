/**
 * Brown clustering (Brown et al. 1992) with the window algorithm of Liang
 * (2005, "Semi-supervised learning for natural language", wcluster): words are
 * taken in order of decreasing frequency; the C most frequent start as
 * singleton clusters, and each further word enters as a new cluster, after
 * which the pair of clusters whose merge loses the least average mutual
 * information between adjacent clusters is merged. Once every word is in, the
 * remaining C clusters are merged down to one, which gives a binary tree over
 * the C clusters; a word's cluster is named by its path in that tree (a bit
 * string), so prefixes of the path give coarser classes (Miller et al. 2004,
 * Ratinov & Roth 2009 use prefixes of length 4, 6, 10, 20 as NER features).
 *
 * Implementation notes. Everything is in raw counts: with n a bigram count, u
 * unigram counts and N the number of bigrams, a pair's MI term is
 * n * (log n + log N - log u_x - log u_y) (scaled by N, which does not change
 * which merge is best), and logs of integers come from a table. The merge
 * losses L(s, t) of all cluster pairs in the window are kept and updated
 * incrementally (O(C^2) per word), as in Liang's implementation. Bigrams do
 * not cross sentence boundaries or words below the frequency cut-off.
 * Deterministic (ties broken by slot order).
 */

export interface BrownOptions {
  /** number of clusters (window size) */
  clusters: number;
  /** minimum word frequency to be clustered */
  minFreq: number;
  log?: (msg: string) => void;
}

/** Returns word -> bit string path of its cluster. */
export function brownClusters(sents: string[][], o: BrownOptions): Map<string, string> {
  const log = o.log ?? (() => {});
  const freq = new Map<string, number>();
  for (const s of sents) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq]
    .filter(([, f]) => f >= o.minFreq)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  const V = vocab.length;
  const wid = new Map<string, number>();
  vocab.forEach((w, i) => wid.set(w, i));
  const uni = new Float64Array(V);
  for (let i = 0; i < V; i++) uni[i] = freq.get(vocab[i])!;

  // word bigrams -> CSR adjacency (right neighbours and left neighbours)
  const big = new Map<number, number>();
  let N = 0;
  for (const s of sents) {
    let prev = -1;
    for (const w of s) {
      const id = wid.get(w);
      if (id === undefined) {
        prev = -1;
        continue;
      }
      if (prev >= 0) {
        const k = prev * V + id;
        big.set(k, (big.get(k) ?? 0) + 1);
        N++;
      }
      prev = id;
    }
  }
  const rightStart = new Int32Array(V + 1);
  const leftStart = new Int32Array(V + 1);
  for (const k of big.keys()) {
    rightStart[Math.floor(k / V) + 1]++;
    leftStart[(k % V) + 1]++;
  }
  for (let i = 0; i < V; i++) {
    rightStart[i + 1] += rightStart[i];
    leftStart[i + 1] += leftStart[i];
  }
  const rightIdx = new Int32Array(big.size);
  const rightCnt = new Float64Array(big.size);
  const leftIdx = new Int32Array(big.size);
  const leftCnt = new Float64Array(big.size);
  {
    const rp = rightStart.slice(0, V);
    const lp = leftStart.slice(0, V);
    for (const [k, c] of big) {
      const a = Math.floor(k / V);
      const b = k % V;
      rightIdx[rp[a]] = b;
      rightCnt[rp[a]++] = c;
      leftIdx[lp[b]] = a;
      leftCnt[lp[b]++] = c;
    }
  }
  big.clear();
  log(`brown: ${V} words (freq >= ${o.minFreq}), ${rightIdx.length} bigram types, ${N} bigrams, C=${o.clusters}`);

  const TBL = Math.min(1 << 22, N + 2); // counts never exceed N
  const LOG = new Float64Array(TBL);
  for (let i = 1; i < TBL; i++) LOG[i] = Math.log(i);
  const lg = (n: number) => (n < TBL ? LOG[n] : Math.log(n));
  const logN = Math.log(N);

  const C = Math.min(o.clusters, V);
  const K = C + 1; // slots
  const P = new Int32Array(K * K); // P[s*K+t]: count of (cluster s, cluster t) bigrams
  const U = new Int32Array(K);
  const LUU = new Float64Array(K * K); // log(U[s] + U[t]) for s < t
  const LU = new Float64Array(K); // log U
  const Q2 = new Float64Array(K * K); // s!=t: q(s,t)+q(t,s); diagonal: q(s,s)
  const S1 = new Float64Array(K);
  const L = new Float64Array(K * K); // merge loss (MI change), for s<t
  const active = new Uint8Array(K);
  const wslot = new Int32Array(V).fill(-1);
  const members: number[][] = Array.from({ length: K }, () => []);
  const act: number[] = []; // list of active slots (kept sorted)

  const q = (n: number, lx: number, ly: number) => (n > 0 ? n * (lg(n) + logN - lx - ly) : 0);

  /** full merge loss of slots s, t (MI after - MI before) */
  const fullL = (s: number, t: number): number => {
    const ls = LUU[s * K + t];
    let sum = 0;
    const rs = s * K;
    const rt = t * K;
    for (let k = 0; k < act.length; k++) {
      const u = act[k];
      if (u === s || u === t) continue;
      const n1 = P[rs + u] + P[rt + u];
      const n2 = P[u * K + s] + P[u * K + t];
      if (n1 > 0) sum += n1 * (lg(n1) + logN - ls - LU[u]);
      if (n2 > 0) sum += n2 * (lg(n2) + logN - ls - LU[u]);
    }
    const nn = P[rs + s] + P[rs + t] + P[rt + s] + P[rt + t];
    if (nn > 0) sum += nn * (lg(nn) + logN - 2 * ls);
    return sum - S1[s] - S1[t] + Q2[rs + t];
  };

  const insertActive = (s: number) => {
    let i = act.length;
    act.push(s);
    while (i > 0 && act[i - 1] > s) {
      act[i] = act[i - 1];
      i--;
    }
    act[i] = s;
  };

  /** put word w into the free slot s as a singleton cluster */
  const addWord = (w: number, s: number) => {
    const rs = s * K;
    for (let k = rightStart[w]; k < rightStart[w + 1]; k++) {
      const t = wslot[rightIdx[k]];
      if (t >= 0) P[rs + t] += rightCnt[k];
    }
    for (let k = leftStart[w]; k < leftStart[w + 1]; k++) {
      const v = leftIdx[k];
      if (v === w) continue; // self bigram counted above? no: right list has (w,w) only if wslot[w] set
      const t = wslot[v];
      if (t >= 0) P[t * K + s] += leftCnt[k];
    }
    // self bigram (w, w)
    for (let k = rightStart[w]; k < rightStart[w + 1]; k++) if (rightIdx[k] === w) P[rs + s] += rightCnt[k];
    wslot[w] = s;
    members[s].push(w);
    U[s] = uni[w];
    LU[s] = lg(U[s]);
    // update pair losses of existing pairs: the sum over u now includes u = s;
    // only pairs with a slot that has bigrams with s change
    const nz: number[] = [];
    const isNz = new Uint8Array(K);
    for (const c of act)
      if (P[c * K + s] > 0 || P[rs + c] > 0) {
        nz.push(c);
        isNz[c] = 1;
      }
    for (const c of nz) {
      const pcs = P[c * K + s];
      const psc = P[rs + c];
      for (let j = 0; j < act.length; j++) {
        const d = act[j];
        if (d === c || (isNz[d] && d < c)) continue;
        const n1 = pcs + P[d * K + s];
        const n2 = psc + P[rs + d];
        const lcd = LUU[Math.min(c, d) * K + Math.max(c, d)];
        let v = 0;
        if (n1 > 0) v += n1 * (lg(n1) + logN - lcd - LU[s]);
        if (n2 > 0) v += n2 * (lg(n2) + logN - lcd - LU[s]);
        L[Math.min(c, d) * K + Math.max(c, d)] += v - (q(pcs, LU[c], LU[s]) + q(psc, LU[s], LU[c])) - (q(P[d * K + s], LU[d], LU[s]) + q(P[rs + d], LU[s], LU[d]));
      }
    }
    // q2 row of s, S1
    let s1 = 0;
    for (const t of act) {
      const v = q(P[rs + t], LU[s], LU[t]) + q(P[t * K + s], LU[t], LU[s]);
      Q2[rs + t] = v;
      Q2[t * K + s] = v;
      S1[t] += v;
      s1 += v;
    }
    const qs = q(P[rs + s], LU[s], LU[s]);
    Q2[rs + s] = qs;
    S1[s] = s1 + qs;
    active[s] = 1;
    insertActive(s);
    for (const t of act) if (t !== s) LUU[Math.min(s, t) * K + Math.max(s, t)] = lg(U[s] + U[t]);
    for (const t of act) {
      if (t === s) continue;
      const a = Math.min(s, t);
      const b = Math.max(s, t);
      L[a * K + b] = fullL(a, b);
    }
  };

  const nA = new Float64Array(K);
  const nB = new Float64Array(K);
  const newQ2 = new Float64Array(K);
  /** merge slot b into slot a; returns nothing. a < b not required. */
  const merge = (a: number, b: number) => {
    const ra = a * K;
    const rb = b * K;
    const Uab = U[a] + U[b];
    const lab = lg(Uab);
    for (const u of act) {
      if (u === a || u === b) continue;
      nA[u] = P[ra + u] + P[rb + u];
      nB[u] = P[u * K + a] + P[u * K + b];
      newQ2[u] = q(nA[u], lab, LU[u]) + q(nB[u], LU[u], lab);
    }
    const selfAB = P[ra + a] + P[ra + b] + P[rb + a] + P[rb + b];
    // update losses of pairs not involving a or b
    for (let i = 0; i < act.length; i++) {
      const c = act[i];
      if (c === a || c === b) continue;
      const rc = c * K;
      const pca = P[rc + a];
      const pac = P[ra + c];
      const pcb = P[rc + b];
      const pbc = P[rb + c];
      const qca = Q2[rc + a];
      const qcb = Q2[rc + b];
      const nBc = nB[c];
      const nAc = nA[c];
      const nqc = newQ2[c];
      for (let j = i + 1; j < act.length; j++) {
        const d = act[j];
        if (d === a || d === b) continue;
        const rd = d * K;
        const lcd = LUU[rc + d];
        let v = 0;
        let n = pca + P[rd + a];
        if (n > 0) v -= n * (lg(n) + logN - lcd - LU[a]);
        n = pac + P[ra + d];
        if (n > 0) v -= n * (lg(n) + logN - lcd - LU[a]);
        n = pcb + P[rd + b];
        if (n > 0) v -= n * (lg(n) + logN - lcd - LU[b]);
        n = pbc + P[rb + d];
        if (n > 0) v -= n * (lg(n) + logN - lcd - LU[b]);
        n = nBc + nB[d];
        if (n > 0) v += n * (lg(n) + logN - lcd - lab);
        n = nAc + nA[d];
        if (n > 0) v += n * (lg(n) + logN - lcd - lab);
        L[rc + d] += v + qca + Q2[rd + a] + qcb + Q2[rd + b] - nqc - newQ2[d];
      }
    }
    // commit counts
    for (const u of act) {
      if (u === a || u === b) continue;
      S1[u] += newQ2[u] - Q2[u * K + a] - Q2[u * K + b];
      P[ra + u] = nA[u];
      P[u * K + a] = nB[u];
      Q2[ra + u] = newQ2[u];
      Q2[u * K + a] = newQ2[u];
    }
    P[ra + a] = selfAB;
    for (let u = 0; u < K; u++) {
      P[rb + u] = 0;
      P[u * K + b] = 0;
      Q2[rb + u] = 0;
      Q2[u * K + b] = 0;
    }
    U[a] = Uab;
    LU[a] = lab;
    U[b] = 0;
    LU[b] = 0;
    active[b] = 0;
    act.splice(act.indexOf(b), 1);
    Q2[ra + a] = q(selfAB, lab, lab);
    let s1 = Q2[ra + a];
    for (const u of act) if (u !== a) s1 += Q2[ra + u];
    S1[a] = s1;
    S1[b] = 0;
    for (const w of members[b]) wslot[w] = a;
    for (const w of members[b]) members[a].push(w);
    members[b] = [];
    for (const t of act) if (t !== a) LUU[Math.min(a, t) * K + Math.max(a, t)] = lg(U[a] + U[t]);
    for (const t of act) {
      if (t === a) continue;
      const x = Math.min(a, t);
      const y = Math.max(a, t);
      L[x * K + y] = fullL(x, y);
    }
  };

  const bestPair = (): [number, number] => {
    let bs = -Infinity;
    let ba = -1;
    let bb = -1;
    for (let i = 0; i < act.length; i++) {
      const c = act[i];
      const rc = c * K;
      for (let j = i + 1; j < act.length; j++) {
        const d = act[j];
        const v = L[rc + d];
        if (v > bs) {
          bs = v;
          ba = c;
          bb = d;
        }
      }
    }
    return [ba, bb];
  };

  const t0 = performance.now();
  for (let w = 0; w < C; w++) addWord(w, w);
  for (let w = C; w < V; w++) {
    // free slot: the one not active
    let free = -1;
    for (let s = 0; s < K; s++)
      if (!active[s]) {
        free = s;
        break;
      }
    addWord(w, free);
    const [a, b] = bestPair();
    // keep the bigger cluster's slot, to relabel fewer words
    if (members[a].length >= members[b].length) merge(a, b);
    else merge(b, a);
    if ((w - C) % 5000 === 0 && w > C) log(`brown: ${w}/${V} words, ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  }
  // final hierarchy over the C clusters
  const nodeOf = new Int32Array(K);
  const parent: number[] = [];
  const bit: number[] = [];
  for (const s of act) {
    nodeOf[s] = parent.length;
    parent.push(-1);
    bit.push(0);
  }
  const leafOf = new Int32Array(V);
  for (let w = 0; w < V; w++) leafOf[w] = nodeOf[wslot[w]];
  while (act.length > 1) {
    const [a, b] = bestPair();
    const m = parent.length;
    parent.push(-1);
    bit.push(0);
    parent[nodeOf[a]] = m;
    bit[nodeOf[a]] = 0;
    parent[nodeOf[b]] = m;
    bit[nodeOf[b]] = 1;
    merge(a, b);
    nodeOf[a] = m;
  }
  log(`brown: done in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  // path of each leaf cluster
  const pathOf = (n: number): string => {
    let p = '';
    while (parent[n] >= 0) {
      p = bit[n] + p;
      n = parent[n];
    }
    return p;
  };
  const out = new Map<string, string>();
  for (let w = 0; w < V; w++) out.set(vocab[w], pathOf(leafOf[w]));
  return out;
}
