import type { Label } from './labels.js';
import { confusionCounts } from './confusion-counts.js';

export interface ConfusionMatrixOptions {
  /** Labels to index the matrix by, in this order. Default: sorted union of both arrays. */
  labels?: Label[];
}

export interface ConfusionMatrixResult {
  /** Row and column labels, in matrix order. */
  labels: Label[];
  /** `matrix[i][j]` counts items whose true label is `labels[i]` and predicted label `labels[j]`. */
  matrix: number[][];
}

/**
 * Confusion matrix of predicted against true labels, rows = true label, columns = predicted label.
 *
 * Matches `sklearn.metrics.confusion_matrix` (scikit-learn 1.2): the default labels are the
 * sorted union of both arrays (numbers ascending, strings by code point); with `labels`, items
 * whose true or predicted label is not listed are left out, and at least one listed label must
 * occur in `yTrue`. Labels are strings or finite numbers, not a mix of both.
 *
 * @example
 * confusionMatrix(['cat', 'dog', 'cat', 'bird'], ['cat', 'cat', 'cat', 'dog'])
 * // => { labels: ['bird', 'cat', 'dog'], matrix: [[0, 0, 1], [0, 2, 0], [0, 1, 0]] }
 */
export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: ConfusionMatrixOptions = {},
): ConfusionMatrixResult {
  const { labels, counts } = confusionCounts(yTrue, yPred, 'confusionMatrix', ['yTrue', 'yPred'], options.labels, true);
  const k = labels.length;
  const matrix: number[][] = [];
  for (let i = 0; i < k; i++) matrix.push(Array.from(counts.subarray(i * k, (i + 1) * k)));
  return { labels, matrix };
}
