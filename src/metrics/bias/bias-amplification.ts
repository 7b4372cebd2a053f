import { InvalidArgumentError } from '../../core/errors.js';

/** One (output, group) pair whose real association is skewed toward the group. */
export interface AmplifiedPair {
  output: number;
  group: number;
  /** b*(o, g): the bias score in the real (training) counts. */
  real: number;
  /** b̃(o, g): the bias score in the predicted (synthetic) counts. */
  predicted: number;
  /** b̃(o, g) − b*(o, g). */
  difference: number;
}

export interface BiasAmplification {
  /** Mean bias amplification (Zhao et al. 2017, §3). */
  value: number;
  /** 1/|G|: a pair counts when b*(o, g) exceeds it. */
  threshold: number;
  /** Outputs entering the mean (|O|): those with counts on both sides. */
  outputs: number[];
  /** Every pair with b*(o, g) > 1/|G|, in output then group order. */
  pairs: AmplifiedPair[];
}

function check(counts: readonly (readonly number[])[], which: string, groups: number): void {
  for (const [o, row] of counts.entries()) {
    if (row.length !== groups) throw new InvalidArgumentError(`biasAmplification needs ${which} rows of ${groups} group counts, row ${o} has ${row.length}`);
    for (const c of row) {
      if (!Number.isFinite(c) || c < 0) throw new InvalidArgumentError(`biasAmplification needs non-negative finite counts, ${which} row ${o} has ${c}`);
    }
  }
}

/**
 * Mean bias amplification of Zhao et al. (2017), "Men Also Like Shopping: Reducing Gender Bias
 * Amplification using Corpus-level Constraints", EMNLP, §3. With c(o, g) the co-occurrence count
 * of output value o (here a label) and demographic group g, the bias score (their Eq. 1) is
 *
 *   b(o, g) = c(o, g) / Σ_{g' ∈ G} c(o, g'),
 *
 * o is "positively correlated" with g when b*(o, g) > 1/‖G‖ in the training (here: real) counts,
 * and the mean bias amplification of the predicted (here: synthetic) counts is
 *
 *   (1/|O|) Σ_{g ∈ G} Σ_{o ∈ O : b*(o, g) > 1/‖G‖} ( b̃(o, g) − b*(o, g) ).
 *
 * G is every column given. O is every output with at least one count on each side: b is 0/0
 * for an output with none, which the paper never meets (each of its outputs occurs with a person).
 * The value can be negative (the predicted counts are less skewed than the real ones).
 *
 * @param real - real counts, one row per output, one column per group
 * @param predicted - predicted (synthetic) counts of the same shape
 * @throws InvalidArgumentError for mismatched shapes, fewer than two groups, negative or
 *   non-finite counts, or no output counted on both sides
 * @example
 * // Zhao et al.'s cooking example: 33% men / 67% women in training, 16% / 84% predicted
 * biasAmplification([[33, 67]], [[16, 84]]);
 * // { value: 0.17, threshold: 0.5, outputs: [0], pairs: [{ output: 0, group: 1, real: 0.67, predicted: 0.84, difference: 0.17 }] }
 */
export function biasAmplification(real: readonly (readonly number[])[], predicted: readonly (readonly number[])[]): BiasAmplification {
  if (real.length !== predicted.length) {
    throw new InvalidArgumentError(`biasAmplification needs the same outputs on both sides, got ${real.length} real and ${predicted.length} predicted rows`);
  }
  const groups = real[0]?.length ?? 0;
  if (groups < 2) throw new InvalidArgumentError(`biasAmplification needs at least two groups, got ${groups}`);
  check(real, 'real', groups);
  check(predicted, 'predicted', groups);
  const threshold = 1 / groups;
  const outputs: number[] = [];
  const pairs: AmplifiedPair[] = [];
  let sum = 0;
  for (let o = 0; o < real.length; o++) {
    const realTotal = real[o].reduce((s, c) => s + c, 0);
    const predictedTotal = predicted[o].reduce((s, c) => s + c, 0);
    if (realTotal === 0 || predictedTotal === 0) continue;
    outputs.push(o);
    for (let g = 0; g < groups; g++) {
      const bReal = real[o][g] / realTotal;
      if (!(bReal > threshold)) continue;
      const bPredicted = predicted[o][g] / predictedTotal;
      pairs.push({ output: o, group: g, real: bReal, predicted: bPredicted, difference: bPredicted - bReal });
      sum += bPredicted - bReal;
    }
  }
  if (outputs.length === 0) throw new InvalidArgumentError('biasAmplification needs at least one output counted on both sides, got none');
  return { value: sum / outputs.length, threshold, outputs, pairs };
}
