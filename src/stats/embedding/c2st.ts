import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type Matrix, type MatrixLike } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';
import { logisticRegression } from './logistic-regression.js';
import { rocAuc } from './roc-auc.js';

export interface C2stOptions {
  /** Number of stratified folds; default 5. */
  folds?: number;
  /** Seed of the fold assignment; default 0. */
  seed?: number;
  /** Inverse L2 regularisation strength of the logistic regression; default 1 (sklearn). */
  C?: number;
  /** L-BFGS iterations per fold; default 100 (sklearn's max_iter). */
  maxIter?: number;
}

export interface C2stResult {
  /** Mean held-out ROC AUC over the folds: 0.5 means the classifier cannot tell the sets apart. */
  auc: number;
  /** Held-out ROC AUC of each fold, in fold order. */
  foldAucs: number[];
}

/**
 * Classifier two-sample test (Lopez-Paz & Oquab 2017, "Revisiting Classifier Two-Sample Tests"):
 * label real rows 0 and synthetic rows 1, fit an L2-regularised logistic regression on k − 1
 * folds and score the held-out fold, and report the mean held-out ROC AUC. The classifier is
 * sklearn.linear_model.LogisticRegression() with its defaults (C = 1, lbfgs, max_iter 100,
 * tol 1e-4, unpenalised intercept; scikit-learn 1.2), see `logisticRegression`; AUC is
 * sklearn.metrics.roc_auc_score on its decision function, see `rocAuc`.
 *
 * Folds are stratified and shuffled with our seeded generator (createRng): each class is
 * shuffled separately, real first, and its p-th shuffled row goes to fold p mod k. The
 * assignment is ours, not sklearn's StratifiedKFold(shuffle=True), so the same seed does not
 * give sklearn's folds.
 *
 * @param real n1 × d embeddings; n1 ≥ folds.
 * @param synthetic n2 × d embeddings; n2 ≥ folds.
 * @example
 * // Two well separated clouds: the classifier tells them apart perfectly.
 * c2st([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], [[5, 5], [5, 6], [6, 5], [6, 6], [5.5, 5.5]], { folds: 5 })
 * // { auc: 1, foldAucs: [1, 1, 1, 1, 1] }
 */
export function c2st(real: MatrixLike, synthetic: MatrixLike, options: C2stOptions = {}): C2stResult {
  const a = toMatrix(real, 'c2st');
  const b = toMatrix(synthetic, 'c2st');
  const folds = options.folds ?? 5;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(folds) || folds < 2) throw new InvalidArgumentError(`c2st needs an integer number of folds ≥ 2, got ${folds}`);
  if (a.dimension !== b.dimension) {
    throw new InvalidArgumentError(`c2st needs embeddings of the same dimension, got ${a.dimension} (real) and ${b.dimension} (synthetic)`);
  }
  if (a.rows < folds || b.rows < folds) {
    throw new InvalidArgumentError(
      `c2st needs at least ${folds} rows on each side so that every one of the ${folds} folds holds both classes, got ${a.rows} real and ${b.rows} synthetic`,
    );
  }
  const data = stack(a, b);
  const n = data.rows;
  const labels = new Uint8Array(n);
  labels.fill(1, a.rows);
  const foldOf = stratifiedFolds(a.rows, b.rows, folds, seed);

  const d = data.dimension;
  const foldAucs: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (foldOf[i] === fold ? test : train).push(i);
    const fit = logisticRegression(data, labels, { rows: train, C: options.C, maxIter: options.maxIter });
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
  }
  const auc = foldAucs.reduce((s, v) => s + v, 0) / folds;
  return { auc, foldAucs };
}

function stack(a: Matrix, b: Matrix): Matrix {
  const data = new Float32Array((a.rows + b.rows) * a.dimension);
  data.set(a.data, 0);
  data.set(b.data, a.rows * a.dimension);
  return { rows: a.rows + b.rows, dimension: a.dimension, data };
}

/** Fold index of each stacked row (real rows first), stratified by class. */
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
