/**
 * The topic classifier's second model (src/extract/topic-tfidf.ts reads it): the vocabulary and
 * idf of the training articles, a latent semantic space by randomized SVD over their tf-idf rows
 * (and unlabelled articles'), one L2-regularised logistic regression per topic trained to
 * near its optimum by L-BFGS and, when asked, a main-topic head (a softmax regression over the same
 * features, stopped early). Everything is deterministic: the same articles give the same model.
 */
import { rng } from './reuters-stats.js';
import { trainLogistic, trainSoftmax, type LogisticOptions } from './logistic.js';
import {
  indexedRows,
  project,
  type IndexedRows,
  type TopicHead,
  tfidfVector,
  withSpace,
  type SparseRow,
  type TfidfTopicModel,
  type TfidfTopicModelFile,
  type TfidfVocabulary,
} from '../extract/topic-tfidf.js';

/**
 * Words of at least `minDf` documents and at most `maxDf` of them (a share), at most `maxWords` of them (those of
 * the most documents, ties by the word), sorted; smoothed idf ln((1 + n) / (1 + df)) + 1. The cap keeps the second
 * model (its space holds a row per word) from growing with every labelled article.
 */
export function buildVocabulary(docs: ReadonlyArray<readonly string[]>, minDf = 2, maxDf = 0.5, maxWords = Infinity): TfidfVocabulary & { words: string[] } {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const kept = [...df].filter(([, c]) => c >= minDf && c <= maxDf * n);
  if (kept.length > maxWords) kept.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).length = Math.max(0, Math.floor(maxWords));
  const words = kept.map(([w]) => w).sort();
  const idf = Float64Array.from(words, (w) => Math.log((1 + n) / (1 + df.get(w)!)) + 1);
  return { words, columns: new Map(words.map((w, j) => [w, j])), idf };
}

/** Standard normal draws from a seeded uniform generator (Box-Muller). */
function normals(n: number, seed: number): Float64Array {
  const random = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const t = 2 * Math.PI * random();
    out[i] = r * Math.cos(t);
    if (i + 1 < n) out[i + 1] = r * Math.sin(t);
  }
  return out;
}

/** Orthonormal columns in place (modified Gram-Schmidt); a column dependent on the earlier ones becomes 0. */
function orthonormalise(cols: Float64Array[]): void {
  for (let a = 0; a < cols.length; a++) {
    const ca = cols[a];
    for (let b = 0; b < a; b++) {
      const cb = cols[b];
      let dot = 0;
      for (let i = 0; i < ca.length; i++) dot += ca[i] * cb[i];
      for (let i = 0; i < ca.length; i++) ca[i] -= dot * cb[i];
    }
    let ss = 0;
    for (const x of ca) ss += x * x;
    const norm = Math.sqrt(ss);
    for (let i = 0; i < ca.length; i++) ca[i] = norm > 1e-12 ? ca[i] / norm : 0;
  }
}

/** Eigenvalues and eigenvectors of a symmetric matrix (cyclic Jacobi); eigenvectors as the columns of `vectors` (row-major). */
export function symmetricEigen(m: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]), vectors: v };
}

/** A·x for each column x (A's rows sparse, `cols` of length nCols): columns of length rows.length. */
function times(rows: readonly SparseRow[], cols: Float64Array[]): Float64Array[] {
  return cols.map((x) => Float64Array.from(rows, (r) => {
    let s = 0;
    for (let i = 0; i < r.idx.length; i++) s += r.val[i] * x[r.idx[i]];
    return s;
  }));
}

/** Aᵀ·y for each column y (of length rows.length): columns of length nCols. */
function timesT(rows: readonly SparseRow[], nCols: number, cols: Float64Array[]): Float64Array[] {
  return cols.map((y) => {
    const out = new Float64Array(nCols);
    rows.forEach((r, n) => {
      const yn = y[n];
      if (yn === 0) return;
      for (let i = 0; i < r.idx.length; i++) out[r.idx[i]] += r.val[i] * yn;
    });
    return out;
  });
}

/**
 * The top `dim` right singular vectors of A (rows sparse, nCols columns) by randomized SVD
 * (Halko et al.: a seeded Gaussian sketch, `iters` power iterations re-orthonormalised at each
 * step), returned as the space of src/extract/topic-tfidf.ts: per column, `dim` values, the unit right
 * singular vectors v (a row's projection, A's row times them, is its U·Σ coordinates, as LSA reads it).
 */
export function lsaSpace(rows: readonly SparseRow[], nCols: number, dim: number, seed = 16, iters = 5, oversample = 10): Float64Array {
  const l = Math.min(dim + oversample, nCols, rows.length);
  const g = normals(nCols * l, seed);
  let z: Float64Array[] = Array.from({ length: l }, (_, c) => g.slice(c * nCols, (c + 1) * nCols));
  let q: Float64Array[] = times(rows, z);
  orthonormalise(q);
  for (let it = 0; it < iters; it++) {
    z = timesT(rows, nCols, q);
    orthonormalise(z);
    q = times(rows, z);
    orthonormalise(q);
  }
  // B = Qᵀ A (l × nCols) is Zᵀ with Z = Aᵀ Q; B Bᵀ = Zᵀ Z = U Λ Uᵀ; B's right singular vectors are Z U Λ^-1/2.
  z = timesT(rows, nCols, q);
  const gram = new Float64Array(l * l);
  for (let a = 0; a < l; a++) {
    for (let b = a; b < l; b++) {
      let s = 0;
      for (let i = 0; i < nCols; i++) s += z[a][i] * z[b][i];
      gram[a * l + b] = gram[b * l + a] = s;
    }
  }
  const { values, vectors } = symmetricEigen(gram, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  const k = Math.min(dim, l);
  const space = new Float64Array(nCols * dim);
  for (let d = 0; d < k; d++) {
    const e = order[d];
    const sigma = Math.sqrt(Math.max(values[e], 0));
    if (sigma < 1e-12) continue;
    // right singular vector v = Z u / σ, kept as it is (unit length), so that x·space = the row's U·Σ coordinates
    const col = new Float64Array(nCols);
    for (let c = 0; c < l; c++) {
      const u = vectors[c * l + e];
      if (u === 0) continue;
      const zc = z[c];
      for (let i = 0; i < nCols; i++) col[i] += zc[i] * u;
    }
    // a fixed sign: the largest entry positive (the SVD's sign is arbitrary)
    let big = 0;
    for (let i = 0; i < nCols; i++) if (Math.abs(col[i]) > Math.abs(col[big])) big = i;
    const sign = col[big] < 0 ? -1 : 1;
    for (let i = 0; i < nCols; i++) space[i * dim + d] = (sign * col[i]) / sigma;
  }
  return space;
}

export interface TfidfTrainOptions extends LogisticOptions {
  dim?: number;
  minDf?: number;
  maxDf?: number;
  /** the most words the vocabulary keeps (those of the most documents); default: no cap */
  maxWords?: number;
  seed?: number;
  /** weights under this (absolute) are dropped, as the file drops them */
  prune?: number;
  /** per topic, whether to train it (default: every topic); one left out gets no weights and a bias of -30 */
  topics?: readonly boolean[];
  /** also a main-topic head: a softmax regression of each text's first label over the same features, at this C */
  headC?: number;
  /**
   * the head's L-BFGS iterations (default 50): stopped early, as regularisation and for time (fold 0 of 20% of the
   * 14,965 articles: 20 iterations 0.754, 35 0.773, 60 and 120 0.768, run to convergence 0.768; 50 takes about 2 minutes
   * on 12,000 articles)
   */
  headIter?: number;
}

/**
 * The second model from labelled texts (`labels`: topic indices per text) and unlabelled ones
 * (the space only): vocabulary and idf of the labelled texts, the space of all their tf-idf rows,
 * one logistic regression per topic over words + space. A topic without a positive text, or
 * left out by `opts.topics`, gets no weights and a bias of -30.
 */
export function trainTfidfModel(
  labelled: readonly string[][],
  labels: ReadonlyArray<readonly number[]>,
  unlabelled: readonly string[][],
  nTopics: number,
  opts: TfidfTrainOptions = {},
): TfidfTopicModel & { words: string[] } {
  const dim = opts.dim ?? 100;
  const vocab = buildVocabulary(labelled, opts.minDf ?? 2, opts.maxDf ?? 0.5, opts.maxWords ?? Infinity);
  const V = vocab.words.length;
  const rowsL = labelled.map((t) => tfidfVector(vocab, t));
  const rowsU = unlabelled.map((t) => tfidfVector(vocab, t));
  const space = Float32Array.from(lsaSpace([...rowsL, ...rowsU], V, dim, opts.seed ?? 16));
  const xs = rowsL.map((r) => withSpace(r, project(space, dim, r), V));
  const cols: Array<Array<[number, number]>> = Array.from({ length: V + dim }, () => []);
  const bias = new Float64Array(nTopics).fill(-30);
  for (let k = 0; k < nTopics; k++) {
    if (opts.topics && !opts.topics[k]) continue;
    const y = Uint8Array.from(labels, (ls) => (ls.includes(k) ? 1 : 0));
    if (!y.some((v) => v)) continue;
    const w = trainLogistic(xs, V + dim, y, opts);
    bias[k] = w[V + dim];
    for (let j = 0; j < V + dim; j++) if (Math.abs(w[j]) >= (opts.prune ?? 0) && w[j] !== 0) cols[j].push([k, w[j]]);
  }
  const weights = indexedRows(cols.map((c) => (c.length ? c.flat() : undefined)));
  return { ...vocab, space, dim, weights, bias, ...(opts.headC !== undefined ? { head: trainHead(xs, V + dim, labels, nTopics, opts.headC, opts.headIter ?? 50, opts.prune ?? 0) } : {}) };
}

/** The main-topic head: softmax regression of each text's first label, weights under `prune` dropped; a class no text has gets a bias of -30. */
function trainHead(xs: readonly SparseRow[], nCols: number, labels: ReadonlyArray<readonly number[]>, nTopics: number, C: number, maxIter: number, prune: number): TopicHead {
  const y = Int32Array.from(labels, (ls) => ls[0]);
  const w = trainSoftmax(xs, nCols, y, nTopics, { C, maxIter });
  const seen = new Uint8Array(nTopics);
  for (const k of y) seen[k] = 1;
  const perRow: Array<number[] | undefined> = new Array(nCols);
  for (let j = 0; j < nCols; j++) {
    const row: number[] = [];
    for (let k = 0; k < nTopics; k++) {
      const v = w[j * nTopics + k];
      if (seen[k] && v !== 0 && Math.abs(v) >= prune) row.push(k, v);
    }
    if (row.length) perRow[j] = row;
  }
  return { weights: indexedRows(perRow), bias: Float64Array.from({ length: nTopics }, (_, k) => (seen[k] ? w[nCols * nTopics + k] : -30)) };
}

/** The file form (TfidfTopicModelFile): the same model gives the same bytes. */
export function tfidfModelToFile(m: TfidfTopicModel & { words: string[] }, calibration: [number, number], weight: number): TfidfTopicModelFile {
  const r = (x: number, p = 1e6) => Math.round(x * p) / p;
  const spaceScale: number[] = [];
  const q = new Int8Array(m.space.length);
  for (let j = 0; j < m.words.length; j++) {
    let mx = 0;
    for (let d = 0; d < m.dim; d++) mx = Math.max(mx, Math.abs(m.space[j * m.dim + d]));
    const s = r(mx / 127, 1e9) || 1e-9;
    spaceScale.push(s);
    for (let d = 0; d < m.dim; d++) q[j * m.dim + d] = Math.max(-127, Math.min(127, Math.round(m.space[j * m.dim + d] / s)));
  }
  const { scale, weights } = quantised(m.weights);
  return {
    words: m.words,
    idf: [...m.idf].map((x) => r(x)),
    dim: m.dim,
    spaceScale,
    space: Buffer.from(q.buffer).toString('base64'),
    scale,
    weights,
    bias: [...m.bias].map((x) => r(x)),
    calibration: [r(calibration[0]), r(calibration[1])],
    weight,
    ...(m.head ? { head: { ...quantised(m.head.weights), bias: [...m.head.bias].map((x) => r(x)) } } : {}),
  };
}

/** Weights as 16-bit integers times one scale, by row (as a string): [column, quantised weight, …]; zeros dropped. */
function quantised({ starts, cols, values }: IndexedRows): { scale: number; weights: Record<string, number[]> } {
  let mx = 0;
  for (const x of values) mx = Math.max(mx, Math.abs(x));
  const scale = mx / 32767 || 1;
  const weights: Record<string, number[]> = {};
  for (let j = 0; j + 1 < starts.length; j++) {
    const arr: number[] = [];
    for (let k = starts[j]; k < starts[j + 1]; k++) {
      const v = Math.round(values[k] / scale);
      if (v !== 0) arr.push(cols[k], v);
    }
    if (arr.length) weights[String(j)] = arr;
  }
  return { scale, weights };
}
