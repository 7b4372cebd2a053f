import { InvalidArgumentError } from '../../core/errors.js';

/**
 * ROC AUC of binary labels (1 positive, 0 negative) and scores where row i counts `weights[i]`
 * times: the Mann–Whitney form Σ w⁺ · (negative weight scoring lower + ½ negative weight tied) /
 * (W⁺ · W⁻). With integer weights it equals `rocAuc` on the rows repeated that many times, which
 * is what a bootstrap resample is, without building the repeated arrays. `order` (row indices by
 * ascending score) can be passed in when the same scores are reweighted many times.
 *
 * @example
 * weightedAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], [1, 1, 1, 1]) // 0.75, as rocAuc
 * weightedAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], [2, 0, 1, 1]) // 1 (the 0.4 negative is left out)
 */
export function weightedAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, weights: ArrayLike<number>, order?: ArrayLike<number>): number {
  const n = labels.length;
  if (scores.length !== n || weights.length !== n) {
    throw new InvalidArgumentError(`weightedAuc needs one score and one weight per label, got ${n} labels, ${scores.length} scores and ${weights.length} weights`);
  }
  let sorted = order;
  if (!sorted) {
    const o = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(scores[i])) throw new InvalidArgumentError(`weightedAuc refuses NaN or non-finite scores (index ${i})`);
      o[i] = i;
    }
    o.sort((i, j) => scores[i] - scores[j]);
    sorted = o;
  }
  let negativeBelow = 0;
  let numerator = 0;
  let positives = 0;
  for (let start = 0; start < n; ) {
    const s = scores[sorted[start]];
    let wp = 0;
    let wn = 0;
    let end = start;
    for (; end < n && scores[sorted[end]] === s; end++) {
      const i = sorted[end];
      if (labels[i] === 1) wp += weights[i];
      else wn += weights[i];
    }
    numerator += wp * (negativeBelow + 0.5 * wn);
    negativeBelow += wn;
    positives += wp;
    start = end;
  }
  if (!(positives > 0) || !(negativeBelow > 0)) {
    throw new InvalidArgumentError(`weightedAuc needs positive weight on both classes, got ${positives} positive and ${negativeBelow} negative`);
  }
  return numerator / (positives * negativeBelow);
}
