import { InvalidArgumentError } from '../../core/errors.js';

/**
 * Area under the ROC curve for binary labels and real-valued scores, computed as the
 * Mann–Whitney U statistic with average ranks for tied scores (a tie between a positive and a
 * negative counts one half), which equals the trapezoidal ROC area of sklearn.metrics.roc_auc_score
 * (scikit-learn 1.2). Labels may be numbers, strings or booleans but must take exactly two
 * values; as in sklearn, the positive class is the greater one (1 over 0, 'b' over 'a', true
 * over false).
 *
 * @param yTrue labels, two distinct values.
 * @param scores one finite score per label; higher means more likely positive.
 * @example
 * rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) // 0.75
 */
export function rocAuc(yTrue: ArrayLike<number | string | boolean>, scores: ArrayLike<number>): number {
  const n = yTrue.length;
  if (scores.length !== n) throw new InvalidArgumentError(`rocAuc needs one score per label, got ${n} labels and ${scores.length} scores`);
  const positive = positiveClass(yTrue);
  for (let i = 0; i < n; i++) {
    if (typeof scores[i] !== 'number' || !Number.isFinite(scores[i])) throw new InvalidArgumentError(`rocAuc refuses NaN or non-finite scores (index ${i})`);
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => scores[i] - scores[j]);
  let rankSumPositive = 0;
  let nPositive = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    // Ranks start+1 … end share their average.
    const averageRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (yTrue[order[k]] === positive) {
        rankSumPositive += averageRank;
        nPositive++;
      }
    }
    start = end;
  }
  const nNegative = n - nPositive;
  return (rankSumPositive - (nPositive * (nPositive + 1)) / 2) / (nPositive * nNegative);
}

function positiveClass(yTrue: ArrayLike<number | string | boolean>): number | string | boolean {
  const n = yTrue.length;
  if (n === 0) throw new InvalidArgumentError('rocAuc needs at least one positive and one negative label, got none');
  const first = yTrue[0];
  const kind = typeof first;
  if (kind !== 'number' && kind !== 'string' && kind !== 'boolean') {
    throw new InvalidArgumentError(`rocAuc needs number, string or boolean labels, got ${kind}`);
  }
  let other: number | string | boolean | undefined;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i];
    if (typeof y !== kind) throw new InvalidArgumentError(`rocAuc needs labels of one type, got ${kind} and ${typeof y}`);
    if (kind === 'number' && Number.isNaN(y)) throw new InvalidArgumentError(`rocAuc refuses NaN labels (index ${i})`);
    if (y === first || y === other) continue;
    if (other === undefined) other = y;
    else throw new InvalidArgumentError(`rocAuc needs binary labels, got at least three values: ${String(first)}, ${String(other)}, ${String(y)}`);
  }
  if (other === undefined) {
    throw new InvalidArgumentError(`rocAuc is undefined with one class only (every label is ${String(first)})`);
  }
  return (other as number) > (first as number) ? other : first;
}
