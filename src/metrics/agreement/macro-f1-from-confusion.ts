/** Per-label precision, recall and F1 from a confusion matrix, and their unweighted F1 mean. */
export interface MacroF1FromConfusion {
  macroF1: number;
  /** Per label k (rows: true/intended, columns: predicted): precision, recall, F1, support. */
  perLabel: { precision: number; recall: number; f1: number; support: number; predicted: number }[];
  /** Labels taken into the mean: those with a row or a column count above zero. */
  present: boolean[];
}

/**
 * Macro-averaged F1 from a K × K confusion matrix (rows: true label, columns: predicted), over
 * the labels that occur in either the true or the predicted labels: the default of
 * sklearn.metrics.f1_score(average='macro') (1.2), whose label set is the union of both arrays.
 * A zero precision or recall denominator counts as 0 (sklearn's zero_division behaviour).
 *
 * @example
 * // macroF1(['a','a','b','c'], ['a','b','b','a']) = 0.38888888888888884
 * macroF1FromConfusion(Float64Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0), 3).macroF1 // 0.38888888888888884
 */
export function macroF1FromConfusion(counts: Float64Array, K: number): MacroF1FromConfusion {
  const perLabel: MacroF1FromConfusion['perLabel'] = [];
  const present: boolean[] = [];
  let sum = 0;
  let used = 0;
  for (let k = 0; k < K; k++) {
    let support = 0;
    let predicted = 0;
    for (let j = 0; j < K; j++) {
      support += counts[k * K + j];
      predicted += counts[j * K + k];
    }
    const tp = counts[k * K + k];
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel.push({ precision, recall, f1, support, predicted });
    const isPresent = support > 0 || predicted > 0;
    present.push(isPresent);
    if (isPresent) {
      sum += f1;
      used++;
    }
  }
  return { macroF1: used === 0 ? Number.NaN : sum / used, perLabel, present };
}
