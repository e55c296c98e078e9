/**
 * L2-regularised logistic regressions fitted by L-BFGS, deterministic (the same rows give the same weights): binary
 * (`trainLogistic`: the topic models' per-topic learners, the organization verifier) and multinomial (`trainSoftmax`:
 * the topic model's main-topic head). Moved here from topic-tfidf.ts unchanged.
 */
import type { SparseRow } from '../extract/topic-tfidf.js';

/** The L-BFGS stopping rule when the options give none: at most this many iterations, or the gradient's norm under `tol` of its start. */
export const LBFGS_STOP = { maxIter: 500, tol: 1e-5 } as const;

export interface LogisticOptions {
  /** inverse regularisation: minimises ½‖w‖² + C·Σ log-loss (the bias a feature of value 1, as liblinear) */
  C?: number;
  maxIter?: number;
  /** stop when ‖gradient‖ falls under this share of its start */
  tol?: number;
}

/**
 * Binary L2-regularised logistic regression (labels `y` 0/1) by L-BFGS (memory 10, backtracking
 * Armijo line search): ½‖w‖² + ½b² + C·Σ log(1 + exp(-ŷ·(w·x + b))). Returns the weights with the bias last.
 */
export function trainLogistic(rows: readonly SparseRow[], nCols: number, y: ArrayLike<number>, opts: LogisticOptions = {}): Float64Array {
  const C = opts.C ?? 10;
  const d = nCols + 1;
  const n = rows.length;
  return minimiseL2(d, (w, grad, penalty) => {
    let f = penalty;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      let s = w[nCols];
      for (let t = 0; t < r.idx.length; t++) s += w[r.idx[t]] * r.val[t];
      const m = y[i] ? s : -s;
      // log(1 + exp(-m)), stably
      f += C * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const sig = 1 / (1 + Math.exp(-s));
      const g = C * (sig - (y[i] ? 1 : 0));
      if (g === 0) continue;
      grad[nCols] += g;
      for (let t = 0; t < r.idx.length; t++) grad[r.idx[t]] += g * r.val[t];
    }
    return f;
  }, opts);
}

/**
 * Multinomial (softmax) L2-regularised logistic regression over `nClasses` classes (`y`: each row's class) by the
 * same L-BFGS: ½‖W‖² + C·Σ −log softmax(W·x + b)[y], the bias a feature of value 1 (penalised, as liblinear's).
 * Returns the weights row-major by feature (feature j's class k at j·nClasses + k), the biases' row last.
 */
export function trainSoftmax(rows: readonly SparseRow[], nCols: number, y: ArrayLike<number>, nClasses: number, opts: LogisticOptions = {}): Float64Array {
  const C = opts.C ?? 10;
  const K = nClasses;
  const d = (nCols + 1) * K;
  const n = rows.length;
  const z = new Float64Array(K);
  const biasAt = nCols * K;
  return minimiseL2(d, (w, grad, penalty) => {
    let f = penalty;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      for (let k = 0; k < K; k++) z[k] = w[biasAt + k];
      for (let t = 0; t < r.idx.length; t++) {
        const base = r.idx[t] * K;
        const v = r.val[t];
        for (let k = 0; k < K; k++) z[k] += w[base + k] * v;
      }
      let mx = -Infinity;
      for (let k = 0; k < K; k++) if (z[k] > mx) mx = z[k];
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - mx);
      // +∞ if exp underflowed (a margin over about 745): the line search's Armijo test then rejects the step
      f -= C * Math.log(z[y[i]] / sum);
      for (let k = 0; k < K; k++) z[k] = C * (z[k] / sum - (k === y[i] ? 1 : 0));
      for (let k = 0; k < K; k++) grad[biasAt + k] += z[k];
      for (let t = 0; t < r.idx.length; t++) {
        const base = r.idx[t] * K;
        const v = r.val[t];
        for (let k = 0; k < K; k++) grad[base + k] += z[k] * v;
      }
    }
    return f;
  }, opts);
}

/**
 * The minimum of ½‖w‖² + the data's loss over `d` variables from 0 by L-BFGS (memory 10, backtracking Armijo line
 * search); `objective` is given w, `grad` holding the penalty's gradient (w) and the penalty ½‖w‖², and returns the
 * penalty plus the data's loss, adding the loss's gradient into `grad`. Deterministic.
 */
function minimiseL2(d: number, objective: (w: Float64Array, grad: Float64Array, penalty: number) => number, opts: LogisticOptions = {}): Float64Array {
  const maxIter = opts.maxIter ?? LBFGS_STOP.maxIter;
  const tol = opts.tol ?? LBFGS_STOP.tol;
  const evaluate = (w: Float64Array, grad: Float64Array): number => {
    let f = 0;
    for (let j = 0; j < d; j++) {
      f += 0.5 * w[j] * w[j];
      grad[j] = w[j];
    }
    return objective(w, grad, f);
  };
  const M = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  let w = new Float64Array(d);
  let g = new Float64Array(d);
  let f = evaluate(w, g);
  const norm = (v: Float64Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const g0 = norm(g);
  const dir = new Float64Array(d);
  const alpha = new Float64Array(M);
  for (let it = 0; it < maxIter && norm(g) > tol * g0; it++) {
    // two-loop recursion: dir = -H·g
    for (let j = 0; j < d; j++) dir[j] = -g[j];
    for (let m = S.length - 1; m >= 0; m--) {
      let a = 0;
      for (let j = 0; j < d; j++) a += S[m][j] * dir[j];
      a *= rho[m];
      alpha[m] = a;
      for (let j = 0; j < d; j++) dir[j] -= a * Y[m][j];
    }
    if (S.length) {
      const last = S.length - 1;
      let yy = 0;
      for (let j = 0; j < d; j++) yy += Y[last][j] * Y[last][j];
      const gamma = 1 / (rho[last] * yy);
      for (let j = 0; j < d; j++) dir[j] *= gamma;
    } else {
      const s0 = 1 / Math.max(1, g0);
      for (let j = 0; j < d; j++) dir[j] *= s0;
    }
    for (let m = 0; m < S.length; m++) {
      let b = 0;
      for (let j = 0; j < d; j++) b += Y[m][j] * dir[j];
      b *= rho[m];
      for (let j = 0; j < d; j++) dir[j] += S[m][j] * (alpha[m] - b);
    }
    let slope = 0;
    for (let j = 0; j < d; j++) slope += g[j] * dir[j];
    if (slope >= 0) {
      // not a descent direction: restart from the gradient
      S.length = Y.length = rho.length = 0;
      for (let j = 0; j < d; j++) dir[j] = -g[j] / Math.max(1, g0);
      slope = -g.reduce((s, x) => s + x * x, 0) / Math.max(1, g0);
    }
    let step = 1;
    const wNew = new Float64Array(d);
    const gNew = new Float64Array(d);
    let fNew = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let j = 0; j < d; j++) wNew[j] = w[j] + step * dir[j];
      fNew = evaluate(wNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(d);
    const yv = new Float64Array(d);
    let sy = 0;
    for (let j = 0; j < d; j++) {
      s[j] = wNew[j] - w[j];
      yv[j] = gNew[j] - g[j];
      sy += s[j] * yv[j];
    }
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > M) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const converged = (f - fNew) / Math.max(1, Math.abs(f)) < 1e-12;
    w = wNew;
    g = gNew;
    f = fNew;
    if (converged) break;
  }
  return w;
}
