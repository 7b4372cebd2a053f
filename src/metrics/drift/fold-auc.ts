import type { Rng } from '../../core/rng.js';
import type { HeldOutFold } from './out-of-fold-c2st.js';
import { weightedAuc } from './weighted-auc.js';

export interface FoldAucPermutationTest {
  /** (1 + #{permuted mean AUC ≥ observed}) / (1 + permutations), one-sided. */
  pValue: number;
  permutations: number;
  /** Mean and standard deviation of the permuted mean AUCs (≈ 0.5 and its null spread). */
  nullMean: number;
  nullSd: number;
}

export interface FoldAuc {
  /** Mean over folds of the held-out AUC. */
  observed: number;
  permutationTest(permutations: number, rng: Rng): FoldAucPermutationTest;
  /** The mean fold AUC of one bootstrap resample (each fold's positives and negatives resampled separately). */
  resample(rng: Rng): number;
}

/**
 * Inference on the mean held-out AUC of a classifier two-sample test from its out-of-fold
 * scores, without refitting:
 *
 * - permutation null: within each fold the labels are permuted over the held-out scores (class
 *   counts kept) and the mean fold AUC recomputed; the p-value is one-sided, since only an AUC
 *   above 0.5 means the classifier tells the sets apart (Lopez-Paz & Oquab 2017, §2). Each held-out
 *   fold's scores come from a model fitted on the other folds, so under exchangeability of the
 *   rows its labels are independent of its scores and each fold's permutation test is exact.
 *   Caveat: the test is conditional on the fitted classifiers, and the folds' models share
 *   training rows, so averaging the folds' permuted AUCs treats them as independent when they
 *   are slightly correlated; it does not capture the variance of refitting (a full permutation
 *   test would refit the classifier per permutation, k × P fits instead of k).
 * - bootstrap CI: within each fold, positives and negatives are resampled with replacement
 *   (stratified, so every fold keeps both classes) and the mean fold AUC recomputed (weighted,
 *   O(rows) per resample with the score order computed once). It too holds the fitted models fixed.
 *
 * Permuted AUCs come from precomputed average ranks: AUC = (R⁺ − n⁺(n⁺+1)/2) / (n⁺ n⁻), with R⁺ the
 * rank sum of a random n⁺-subset of the fold's rows (partial Fisher–Yates), so each permutation
 * is O(min(n⁺, n⁻)) per fold.
 *
 * @example
 * const f = createFoldAuc([{ scores: Float64Array.of(1, 2, 3, 4), labels: Uint8Array.of(0, 0, 1, 1) }]);
 * f.observed // 1
 * f.permutationTest(9999, createRng(1)).pValue // ≈ 1/6: one of the C(4,2) = 6 labellings reaches AUC 1
 */
export function createFoldAuc(folds: readonly HeldOutFold[]): FoldAuc {
  const prepared = folds.map(prepare);
  const observed = prepared.reduce((s, f) => s + f.auc, 0) / prepared.length;
  return {
    observed,
    permutationTest(permutations, rng) {
      let atLeast = 0;
      let sum = 0;
      let sumSq = 0;
      const tie = 1e-12;
      for (let p = 0; p < permutations; p++) {
        let mean = 0;
        for (const f of prepared) mean += permutedAuc(f, rng);
        mean /= prepared.length;
        if (mean >= observed - tie) atLeast++;
        sum += mean;
        sumSq += mean * mean;
      }
      const nullMean = sum / permutations;
      const nullSd = Math.sqrt(Math.max(0, sumSq / permutations - nullMean * nullMean));
      return { pValue: (1 + atLeast) / (1 + permutations), permutations, nullMean, nullSd };
    },
    resample(rng) {
      let mean = 0;
      for (const f of prepared) {
        f.weights.fill(0);
        for (let t = 0; t < f.positives.length; t++) f.weights[f.positives[rng.int(f.positives.length)]]++;
        for (let t = 0; t < f.negatives.length; t++) f.weights[f.negatives[rng.int(f.negatives.length)]]++;
        mean += weightedAuc(f.labels, f.scores, f.weights, f.order);
      }
      return mean / prepared.length;
    },
  };
}

interface PreparedFold {
  scores: Float64Array;
  labels: Uint8Array;
  order: Int32Array;
  /** Average rank (1-based, ties averaged) of each row. */
  ranks: Float64Array;
  positives: Int32Array;
  negatives: Int32Array;
  auc: number;
  weights: Float64Array;
  /** Scratch for the partial shuffle. */
  scratch: Int32Array;
}

function prepare(fold: HeldOutFold): PreparedFold {
  const { scores, labels } = fold;
  const n = scores.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => scores[i] - scores[j]);
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    const average = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = average;
    start = end;
  }
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < n; i++) (labels[i] === 1 ? pos : neg).push(i);
  const weights = new Float64Array(n).fill(1);
  const auc = weightedAuc(labels, scores, weights, order);
  const scratch = new Int32Array(n);
  for (let i = 0; i < n; i++) scratch[i] = i;
  return { scores, labels, order, ranks, positives: Int32Array.from(pos), negatives: Int32Array.from(neg), auc, weights, scratch };
}

/** AUC of the fold's scores under a uniformly random relabelling with the same class counts. */
function permutedAuc(f: PreparedFold, rng: Rng): number {
  const n = f.scores.length;
  const nPos = f.positives.length;
  const nNeg = n - nPos;
  const pick = Math.min(nPos, nNeg);
  // A partial Fisher–Yates from any arrangement picks a uniform subset, so idx is never reset.
  const idx = f.scratch;
  let rankSum = 0;
  for (let t = 0; t < pick; t++) {
    const j = t + rng.int(n - t);
    const tmp = idx[t];
    idx[t] = idx[j];
    idx[j] = tmp;
    rankSum += f.ranks[idx[t]];
  }
  // The picked subset is the positives when they are the smaller class, else the negatives.
  const positiveRankSum = pick === nPos ? rankSum : (n * (n + 1)) / 2 - rankSum;
  return (positiveRankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
