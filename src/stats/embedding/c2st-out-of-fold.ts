import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type Matrix, type MatrixLike } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';
import type { C2stOptions } from './c2st.js';
import { logisticRegression } from './logistic-regression.js';
import { rocAuc } from './roc-auc.js';

/** The held-out rows of one fold: their decision scores and labels (1 = synthetic). */
export interface HeldOutFold {
  scores: Float64Array;
  labels: Uint8Array;
  /** Position of each held-out row in the stacked data: real rows 0 … n1 − 1, then synthetic rows n1 … n1 + n2 − 1. */
  rows?: Int32Array;
}

export interface C2stOutOfFold {
  /** Mean held-out ROC AUC over the folds (`c2st`'s `auc`). */
  auc: number;
  /** Held-out ROC AUC of each fold, in fold order. */
  foldAucs: number[];
  /** Each fold's held-out rows with their out-of-fold scores, in fold order. */
  folds: HeldOutFold[];
  /** Fold of each stacked row (real rows first, then synthetic). */
  foldOf: Int32Array;
  /** Folds whose logistic regression met its tolerance within maxIter. */
  converged: number;
}

/**
 * The cross-fitting behind `c2st` (Lopez-Paz & Oquab 2017), with everything it computes on the
 * way: rows stacked real first and labelled 0 (real) / 1 (synthetic), each class shuffled
 * separately with createRng(seed) (real first) and its p-th shuffled row put in fold p mod k,
 * an L2 logistic regression (`logisticRegression`, sklearn's LogisticRegression() defaults,
 * scikit-learn 1.2) fitted on the other folds, and each held-out row's decision score and each
 * fold's ROC AUC (`rocAuc`, sklearn.metrics.roc_auc_score). `c2st` reports the AUCs; the drift
 * metric also needs the out-of-fold scores, for its permutation p-value and bootstrap CI
 * without refitting.
 *
 * @param real n1 × d embeddings; n1 ≥ folds.
 * @param synthetic n2 × d embeddings; n2 ≥ folds.
 * @param caller The function named in errors (the public function the caller exposes).
 * @example
 * c2stOutOfFold([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], [[5, 5], [5, 6], [6, 5], [6, 6], [5.5, 5.5]], { folds: 5 })
 * // { auc: 1, foldAucs: [1, 1, 1, 1, 1], folds: [{ scores: [-3.368…, 3.388…], labels: [0, 1], rows: [2, 9] }, …], foldOf: [1, 3, 0, 4, 2, 4, 1, 3, 2, 0], converged: 5 }
 */
export function c2stOutOfFold(real: MatrixLike, synthetic: MatrixLike, options: C2stOptions = {}, caller = 'c2stOutOfFold'): C2stOutOfFold {
  const a = toMatrix(real, caller);
  const b = toMatrix(synthetic, caller);
  const folds = options.folds ?? 5;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(folds) || folds < 2) throw new InvalidArgumentError(`${caller} needs an integer number of folds ≥ 2, got ${folds}`);
  if (a.dimension !== b.dimension) {
    throw new InvalidArgumentError(`${caller} needs embeddings of the same dimension, got ${a.dimension} (real) and ${b.dimension} (synthetic)`);
  }
  if (a.rows < folds || b.rows < folds) {
    throw new InvalidArgumentError(
      `${caller} needs at least ${folds} rows on each side so that every one of the ${folds} folds holds both classes, got ${a.rows} real and ${b.rows} synthetic`,
    );
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
  return { auc, foldAucs, folds: out, foldOf, converged };
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
