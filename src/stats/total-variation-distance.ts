import { probabilityPair, type NumericSample } from './sample-input.js';

/**
 * Total variation distance between two discrete distributions, ½ Σᵢ |pᵢ − qᵢ|, after
 * normalising each input (counts or probabilities) to sum to 1. It is the largest difference
 * the two distributions give to any event, in [0, 1] (Levin, Peres & Wilmer, "Markov Chains and
 * Mixing Times", 2nd ed., Prop. 4.2). Reference values: numpy, scripts/reference/two_sample.py.
 *
 * Refuses lengths that differ, negative or NaN entries, and an all-zero vector.
 *
 * @example
 * totalVariationDistance([0.2, 0.3, 0.5], [0.25, 0.25, 0.5]); // → 0.04999999999999999
 * totalVariationDistance([1, 0], [0, 1]); // → 1
 */
export function totalVariationDistance(p: NumericSample, q: NumericSample): number {
  const [a, b] = probabilityPair(p, q, 'totalVariationDistance');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return 0.5 * sum;
}
