import type { MatrixLike } from '../../core/matrix.js';
import { c2stOutOfFold } from './c2st-out-of-fold.js';

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
 * give sklearn's folds. The folds, fits and scores are `c2stOutOfFold`'s, which also returns the
 * out-of-fold scores.
 *
 * @param real n1 × d embeddings; n1 ≥ folds.
 * @param synthetic n2 × d embeddings; n2 ≥ folds.
 * @example
 * // Two well separated clouds: the classifier tells them apart perfectly.
 * c2st([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], [[5, 5], [5, 6], [6, 5], [6, 6], [5.5, 5.5]], { folds: 5 })
 * // { auc: 1, foldAucs: [1, 1, 1, 1, 1] }
 */
export function c2st(real: MatrixLike, synthetic: MatrixLike, options: C2stOptions = {}): C2stResult {
  const { auc, foldAucs } = c2stOutOfFold(real, synthetic, options, 'c2st');
  return { auc, foldAucs };
}
