import type { Label } from './labels.js';
import { confusionCounts } from './confusion-counts.js';

export interface MacroF1Options {
  /** Labels to average over. Default: sorted union of both arrays. */
  labels?: Label[];
}

/**
 * Unweighted mean over labels of the per-label F1 score.
 *
 * Matches `sklearn.metrics.f1_score(yTrue, yPred, average='macro')` (scikit-learn 1.2) with its
 * defaults: the labels are the sorted union of both arrays (or `options.labels`, which may list
 * labels that never occur: they score 0 and count in the mean), and a label whose precision or
 * recall has a zero denominator gets 0 there (`zero_division` "warn" behaves as 0). Per label,
 * F1 = 2·P·R / (P + R), and 0 when P + R = 0. Labels are strings or finite numbers, never a mix.
 *
 * @example
 * macroF1(['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'a']) // => 0.38888888888888884
 */
export function macroF1(yTrue: readonly Label[], yPred: readonly Label[], options: MacroF1Options = {}): number {
  const { labels, counts } = confusionCounts(yTrue, yPred, 'macroF1', ['yTrue', 'yPred'], options.labels, false);
  const k = labels.length;
  // Column and row sums over all pairs, including pairs with a label outside `labels`.
  const predicted = new Float64Array(k);
  const actual = new Float64Array(k);
  const position = new Map<Label, number>();
  labels.forEach((label, i) => position.set(label, i));
  for (let i = 0; i < yTrue.length; i++) {
    const t = position.get(yTrue[i]);
    const p = position.get(yPred[i]);
    if (t !== undefined) actual[t] += 1;
    if (p !== undefined) predicted[p] += 1;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const tp = counts[c * k + c];
    const precision = predicted[c] === 0 ? 0 : tp / predicted[c];
    const recall = actual[c] === 0 ? 0 : tp / actual[c];
    const denom = precision + recall;
    sum += denom === 0 ? 0 : (2 * precision * recall) / denom;
  }
  return sum / k;
}
