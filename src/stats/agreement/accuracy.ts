import type { Label } from './labels.js';
import { pairLabels } from './labels.js';

/**
 * Share of items whose predicted label equals the true label.
 *
 * Matches `sklearn.metrics.accuracy_score` (scikit-learn 1.2) for label arrays. Labels are
 * strings or finite numbers, not a mix of both; empty input is refused (sklearn would return
 * NaN with a warning).
 *
 * @example
 * accuracy(['a', 'b', 'b', 'c'], ['a', 'b', 'c', 'c']) // => 0.75
 */
export function accuracy(yTrue: readonly Label[], yPred: readonly Label[]): number {
  pairLabels(yTrue, yPred, 'accuracy', ['yTrue', 'yPred']);
  let hits = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hits++;
  return hits / yTrue.length;
}
