import { InvalidArgumentError } from '../../core/errors.js';
import type { Label } from './labels.js';
import { confusionCounts } from './confusion-counts.js';

export interface CohenKappaOptions {
  /**
   * Disagreement weights. Default (none): every disagreement weighs 1. `'linear'` weighs |i − j|
   * and `'quadratic'` (i − j)², where i and j are the labels' positions in the label set.
   */
  weights?: 'linear' | 'quadratic';
  /** Label set, in order (this order defines the weights). Default: sorted union of both raters. */
  labels?: Label[];
}

/**
 * Cohen's kappa between two raters: agreement corrected for the agreement expected from the
 * raters' own label frequencies. 1 is perfect agreement, 0 chance level, negative worse.
 *
 * Matches `sklearn.metrics.cohen_kappa_score` (scikit-learn 1.2), including its weights, which
 * use a label's index in the sorted union of labels (so they suit ordinal codes). Labels are strings
 * or finite numbers, never a mix of both (refused, as sklearn refuses it). Cohen (1960),
 * "A coefficient of agreement for nominal scales"; weighted: Cohen (1968).
 * When both raters use a single and the same label throughout, chance agreement is total and
 * kappa is undefined: the result is NaN, as sklearn's 0/0.
 *
 * @example
 * cohenKappa(['a', 'a', 'b', 'b', 'c'], ['a', 'b', 'b', 'b', 'c']) // => 0.6875
 * cohenKappa([1, 2, 3, 4], [1, 2, 4, 4], { weights: 'quadratic' }) // => 0.9166666666666666
 */
export function cohenKappa(rater1: readonly Label[], rater2: readonly Label[], options: CohenKappaOptions = {}): number {
  const { weights } = options;
  if (weights !== undefined && weights !== 'linear' && weights !== 'quadratic') {
    throw new InvalidArgumentError(`cohenKappa takes weights 'linear' or 'quadratic' (or none), got ${String(weights)}`);
  }
  const { labels, counts } = confusionCounts(rater1, rater2, 'cohenKappa', ['rater1', 'rater2'], options.labels, true);
  const k = labels.length;
  const rowSums = new Float64Array(k);
  const colSums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = counts[i * k + j];
      rowSums[i] += c;
      colSums[j] += c;
      total += c;
    }
  }
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weights === undefined ? (i === j ? 0 : 1) : weights === 'linear' ? Math.abs(i - j) : (i - j) * (i - j);
      if (w === 0) continue;
      observed += w * counts[i * k + j];
      expected += w * ((colSums[i] * rowSums[j]) / total);
    }
  }
  return 1 - observed / expected;
}
