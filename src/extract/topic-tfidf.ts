/**
 * The topic classifier's second model (src/train/topic-tfidf.ts trains it): one logistic regression
 * per topic over the article's tf-idf word vector (its own tokens, stop words and idf, not the
 * first model's features) with a latent semantic (LSA) projection of that vector appended. Its
 * calibrated scores are averaged with the first model's (calibrated in topic-model.ts): the two
 * read different things and make different errors. Its main-topic head (a softmax regression over the
 * same features), when the file has one, is one more input of the main-topic stack.
 */
import { readFileSync } from 'node:fs';

const STOP_FILE = new URL('../../data/topic-stopwords.json', import.meta.url);
let stop: Set<string> | undefined;
const stopWords = () => (stop ??= new Set((JSON.parse(readFileSync(STOP_FILE, 'utf8')) as { words: string[] }).words));

const TOKEN_RE = /[\p{L}\p{N}\p{M}_]+/gu;
const NUMBER = /^[\p{N}_]+$/u;

/**
 * Lower-cased runs of word characters, at least two long, stop words (data/topic-stopwords.json) and numbers left out:
 * the article's date line ("2013-05-01 10:00:00.0") would otherwise make its year, day and hour topic evidence.
 */
export function tfidfTokens(text: string): string[] {
  const sw = stopWords();
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN_RE)) if (m[0].length > 1 && !NUMBER.test(m[0]) && !sw.has(m[0])) out.push(m[0]);
  return out;
}

/** A sparse row: column indices (ascending) and their values. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export interface TfidfVocabulary {
  /** word -> column */
  columns: Map<string, number>;
  idf: Float64Array;
}

/** The tf-idf vector of tokens: (1 + log count) · idf per known word, scaled to unit length. */
export function tfidfVector(vocab: TfidfVocabulary, tokens: readonly string[]): SparseRow {
  const counts = new Map<number, number>();
  for (const t of tokens) {
    const j = vocab.columns.get(t);
    if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const val = Float64Array.from(idx, (j) => (1 + Math.log(counts.get(j)!)) * vocab.idf[j]);
  let ss = 0;
  for (const v of val) ss += v * v;
  const norm = Math.sqrt(ss) || 1;
  for (let i = 0; i < val.length; i++) val[i] /= norm;
  return { idx, val };
}

/** The row's coordinates in the space (`space`: one row of `dim` values per vocabulary column), scaled to unit length. */
export function project(space: ArrayLike<number>, dim: number, row: SparseRow): Float64Array {
  const out = new Float64Array(dim);
  for (let i = 0; i < row.idx.length; i++) {
    const base = row.idx[i] * dim;
    const v = row.val[i];
    for (let d = 0; d < dim; d++) out[d] += v * space[base + d];
  }
  let ss = 0;
  for (const x of out) ss += x * x;
  const norm = Math.sqrt(ss);
  if (norm > 0) for (let d = 0; d < dim; d++) out[d] /= norm;
  return out;
}

/** The words and the space appended: the row the logistic regressions read (space columns after the vocabulary's). */
export function withSpace(row: SparseRow, coords: Float64Array, nWords: number): SparseRow {
  const idx = new Int32Array(row.idx.length + coords.length);
  const val = new Float64Array(idx.length);
  idx.set(row.idx);
  val.set(row.val);
  coords.forEach((x, d) => {
    idx[row.idx.length + d] = nWords + d;
    val[row.idx.length + d] = x;
  });
  return { idx, val };
}

/**
 * Sparse rows by index, flat: row j holds columns cols[k] with weights values[k] for k in [starts[j], starts[j + 1]).
 * One typed array per row would be an object per feature for the garbage collector to walk on every major collection.
 */
export interface IndexedRows {
  starts: Int32Array;
  cols: Int32Array;
  values: Float64Array;
}

/** Indexed rows from interleaved [column, weight, …] rows (none: an empty row), each weight times `scale`. */
export function indexedRows(perRow: ArrayLike<ArrayLike<number> | undefined>, scale = 1): IndexedRows {
  let n = 0;
  for (let j = 0; j < perRow.length; j++) n += (perRow[j]?.length ?? 0) >> 1;
  const starts = new Int32Array(perRow.length + 1);
  const cols = new Int32Array(n);
  const values = new Float64Array(n);
  let k = 0;
  for (let j = 0; j < perRow.length; j++) {
    starts[j] = k;
    const arr = perRow[j];
    if (arr) for (let i = 0; i + 1 < arr.length; i += 2, k++) {
      cols[k] = arr[i];
      values[k] = arr[i + 1] * scale;
    }
  }
  starts[perRow.length] = k;
  return { starts, cols, values };
}

export interface TfidfTopicModel extends TfidfVocabulary {
  /** the LSA space: per vocabulary column, `dim` values (row-major) */
  space: Float32Array;
  dim: number;
  /** per feature (words, then the space's dimensions): its topics and their weights */
  weights: IndexedRows;
  bias: Float64Array;
  /** the main-topic head over the same features, when trained: its logits feed the main-topic stack */
  head?: TopicHead;
}

/** A softmax regression's weights over the second model's features (per feature: its topics and weights) and biases. */
export interface TopicHead {
  weights: IndexedRows;
  bias: Float64Array;
}

/** The features of a text as the second model reads them. */
export function tfidfFeatures(m: Pick<TfidfTopicModel, 'columns' | 'idf' | 'space' | 'dim'>, text: string): SparseRow {
  const row = tfidfVector(m, tfidfTokens(text));
  return withSpace(row, project(m.space, m.dim, row), m.idf.length);
}

/** Each topic's logit under the second model (or its main-topic head: the same sum over other weights). */
export function tfidfLogits(m: TopicHead, x: SparseRow): Float64Array {
  const z = Float64Array.from(m.bias);
  const { starts, cols, values } = m.weights;
  for (let i = 0; i < x.idx.length; i++) {
    const j = x.idx[i];
    if (j + 1 >= starts.length) continue;
    const v = x.val[i];
    for (let k = starts[j], end = starts[j + 1]; k < end; k++) z[cols[k]] += values[k] * v;
  }
  return z;
}

/** The file form: words sorted, idf rounded, the space as int8 rows (one scale per row, base64), weights quantised to integers × scale. */
export interface TfidfTopicModelFile {
  words: string[];
  idf: number[];
  dim: number;
  /** per word: max |value| / 127 */
  spaceScale: number[];
  /** base64 of the int8 rows */
  space: string;
  scale: number;
  /** per feature index (as a string): [topic, quantised weight, ...] */
  weights: Record<string, number[]>;
  bias: number[];
  /** Platt scaling of its logits (one for all topics) */
  calibration: [number, number];
  /** its share of the averaged score, for all topics or per topic */
  weight: number | number[];
  /** the main-topic head, quantised like `weights` with a scale of its own */
  head?: { scale: number; weights: Record<string, number[]>; bias: number[] };
}

export function tfidfModelFromFile(f: TfidfTopicModelFile): TfidfTopicModel {
  const b = Buffer.from(f.space, 'base64');
  const q = new Int8Array(b.buffer, b.byteOffset, b.length);
  const space = new Float32Array(q.length);
  for (let j = 0; j < f.words.length; j++) for (let d = 0; d < f.dim; d++) space[j * f.dim + d] = q[j * f.dim + d] * f.spaceScale[j];
  const rows = (weights: Record<string, number[]>, scale: number) => {
    const perRow: Array<number[] | undefined> = new Array(f.words.length + f.dim);
    for (const [j, arr] of Object.entries(weights)) perRow[Number(j)] = arr;
    return indexedRows(perRow, scale);
  };
  return {
    columns: new Map(f.words.map((w, j) => [w, j])),
    idf: Float64Array.from(f.idf),
    dim: f.dim,
    space,
    weights: rows(f.weights, f.scale),
    bias: Float64Array.from(f.bias),
    ...(f.head ? { head: { weights: rows(f.head.weights, f.head.scale), bias: Float64Array.from(f.head.bias) } } : {}),
  };
}
