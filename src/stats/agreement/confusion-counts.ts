/**
 * Confusion counts shared by confusionMatrix, cohenKappa and macroF1 (internal).
 */
import { InvalidArgumentError } from '../../core/errors.js';
import { indexLabels, pairLabels, type Label } from './labels.js';

export interface ConfusionCounts {
  labels: Label[];
  /** k × k counts, row-major: rows index the first array's label, columns the second's. */
  counts: Float64Array;
}

/**
 * Counts label pairs. Pairs where either label is outside `labels` are dropped, as
 * sklearn.metrics.confusion_matrix does; with `requireInFirst`, at least one given label must
 * occur in the first array (sklearn raises "At least one label specified must be in y_true").
 */
export function confusionCounts(
  first: readonly Label[],
  second: readonly Label[],
  who: string,
  names: [string, string],
  labels: readonly Label[] | undefined,
  requireInFirst: boolean,
): ConfusionCounts {
  const set = pairLabels(first, second, who, names, labels);
  const k = set.length;
  const a = indexLabels(first, set);
  const b = indexLabels(second, set);
  if (labels !== undefined && requireInFirst && !a.some((i) => i >= 0)) {
    throw new InvalidArgumentError(`${who} needs at least one of options.labels to occur in ${names[0]}`);
  }
  const counts = new Float64Array(k * k);
  for (let i = 0; i < a.length; i++) {
    if (a[i] >= 0 && b[i] >= 0) counts[a[i] * k + b[i]] += 1;
  }
  return { labels: set, counts };
}
