import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type Matrix, type MatrixLike } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';
import { logisticRegression } from '../../stats/embedding/logistic-regression.js';
import { rocAuc } from '../../stats/embedding/roc-auc.js';

export interface OutOfFoldC2stOptions {
  folds?: number;
  seed?: number;
  C?: number;
  maxIter?: number;
}

/** The held-out rows of one fold: their decision scores and labels (1 = synthetic). */
export interface HeldOutFold {
  scores: Float64Array;
  labels: Uint8Array;
  /** Position of each held-out row in the stacked data: real rows 0 … n1 − 1, then synthetic rows n1 … n1 + n2 − 1. */
  rows?: Int32Array;
}

export interface OutOfFoldC2st {
  /** Mean held-out ROC AUC over the folds: exactly `c2st(real, synthetic, options).auc`. */
  auc: number;
  foldAucs: number[];
  folds: HeldOutFold[];
  /** Folds whose logistic regression met its tolerance within maxIter. */
  converged: number;
}

/**
 * `c2st` (src/stats/embedding/c2st.ts) that also returns each fold's out-of-fold scores, which
 * the drift metric needs for its permutation p-value and bootstrap CI without refitting. It
 * repeats c2st's steps exactly (rows stacked real first, the same seeded stratified fold
 * assignment, the same `logisticRegression` fits and decision scores, `rocAuc` per fold), so its
 * `auc` and `foldAucs` equal c2st's for the same inputs and options (tested). It lives here
 * because `C2stResult` does not expose the scores; if it ever does, this file can go.
 *
 * @example
 * outOfFoldC2st([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], [[5, 5], [5, 6], [6, 5], [6, 6], [5.5, 5.5]], { folds: 5 })
 * // { auc: 1, foldAucs: [1, 1, 1, 1, 1], folds: [{ scores: [-5.7…, 4.0…], labels: [0, 1], rows: [3, 8] }, …], converged: 5 }
 */
export function outOfFoldC2st(real: MatrixLike, synthetic: MatrixLike, options: OutOfFoldC2stOptions = {}): OutOfFoldC2st {
  const a = toMatrix(real, 'outOfFoldC2st');
  const b = toMatrix(synthetic, 'outOfFoldC2st');
  const folds = options.folds ?? 5;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(folds) || folds < 2) throw new InvalidArgumentError(`outOfFoldC2st needs an integer number of folds ≥ 2, got ${folds}`);
  if (a.dimension !== b.dimension) {
    throw new InvalidArgumentError(`outOfFoldC2st needs embeddings of the same dimension, got ${a.dimension} (real) and ${b.dimension} (synthetic)`);
  }
  if (a.rows < folds || b.rows < folds) {
    throw new InvalidArgumentError(`outOfFoldC2st needs at least ${folds} rows on each side, got ${a.rows} real and ${b.rows} synthetic`);
  }
  const data = stack(a, b);
  const n = data.rows;
  const d = data.dimension;
  const labels = new Uint8Array(n);
  labels.fill(1, a.rows);
  const foldOf = stratifiedFolds(a.rows, b.rows, folds, seed);
  const out: HeldOutFold[] = [];
  const foldAucs: number[] = [];
  let converged = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (foldOf[i] === fold ? test : train).push(i);
    const fit = logisticRegression(data, labels, { rows: train, C: options.C, maxIter: options.maxIter });
    if (fit.converged) converged++;
    const scores = new Float64Array(test.length);
    const testLabels = new Uint8Array(test.length);
    for (let k = 0; k < test.length; k++) {
      const o = test[k] * d;
      let z = fit.intercept;
      for (let j = 0; j < d; j++) z += data.data[o + j] * fit.coef[j];
      scores[k] = z;
      testLabels[k] = labels[test[k]];
    }
    foldAucs.push(rocAuc(testLabels, scores));
    out.push({ scores, labels: testLabels, rows: Int32Array.from(test) });
  }
  const auc = foldAucs.reduce((s, v) => s + v, 0) / folds;
  return { auc, foldAucs, folds: out, converged };
}

function stack(a: Matrix, b: Matrix): Matrix {
  const data = new Float32Array((a.rows + b.rows) * a.dimension);
  data.set(a.data, 0);
  data.set(b.data, a.rows * a.dimension);
  return { rows: a.rows + b.rows, dimension: a.dimension, data };
}

/** c2st's fold assignment: each class shuffled separately (real first), p-th shuffled row to fold p mod k. */
function stratifiedFolds(nReal: number, nSynthetic: number, folds: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const foldOf = new Int32Array(nReal + nSynthetic);
  let offset = 0;
  for (const count of [nReal, nSynthetic]) {
    const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
    for (let p = 0; p < count; p++) foldOf[offset + order[p]] = p % folds;
    offset += count;
  }
  return foldOf;
}
