import { InvalidArgumentError } from '../core/errors.js';
import { finiteSample, type NumericSample } from './sample-input.js';

export interface Wasserstein1dOptions {
  /** Non-negative weights of `u` (same length, positive finite sum); default equal weights. */
  uWeights?: NumericSample;
  /** Non-negative weights of `v`; default equal weights. */
  vWeights?: NumericSample;
}

interface Distribution {
  values: Float64Array;
  /** cumulative[i] = weight of the i smallest values; cumulative[n] is the total. */
  cumulative: Float64Array | null;
}

function prepare(values: NumericSample, weights: NumericSample | undefined, what: string): Distribution {
  const x = finiteSample(values, 'wasserstein1d', what);
  if (x.length === 0) throw new InvalidArgumentError(`wasserstein1d needs at least one value in ${what}`);
  if (weights === undefined) return { values: x.sort(), cumulative: null };
  const w = finiteSample(weights, 'wasserstein1d', `the weights of ${what}`);
  if (w.length !== x.length) {
    throw new InvalidArgumentError(`wasserstein1d needs one weight per value in ${what}, got ${w.length} weights for ${x.length} values`);
  }
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    if (w[i] < 0) throw new InvalidArgumentError(`wasserstein1d refuses negative weight ${w[i]} in ${what} (index ${i})`);
    total += w[i];
  }
  if (!(total > 0 && total < Infinity)) {
    throw new InvalidArgumentError(`wasserstein1d needs the weights of ${what} to have a positive finite sum, got ${total}`);
  }
  const order = new Uint32Array(x.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => x[a] - x[b]);
  const sorted = new Float64Array(x.length);
  const cumulative = new Float64Array(x.length + 1);
  for (let i = 0; i < order.length; i++) {
    sorted[i] = x[order[i]];
    cumulative[i + 1] = cumulative[i] + w[order[i]]; // sequential, as numpy.cumsum
  }
  return { values: sorted, cumulative };
}

/**
 * First Wasserstein (earth mover's) distance between two one-dimensional empirical
 * distributions, optionally weighted: W₁ = ∫ |U(t) − V(t)| dt over the two CDFs
 * (Bellemare et al. 2017, arXiv:1705.10743), as `scipy.stats.wasserstein_distance`
 * (scipy 1.10.1).
 *
 * Both samples are sorted (Float64Array sort; weighted samples through an index sort) and merged
 * in one pass; the integral is summed with Neumaier's compensated summation. Weights are
 * normalised to sum to 1; zero weights are allowed. Empty samples, NaN or ±∞ values, negative
 * weights and weights with a zero or infinite sum are refused.
 *
 * @example
 * wasserstein1d([0, 1, 3], [5, 6, 8]); // → 5
 * wasserstein1d([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [2, 2] }); // → 0.25
 */
export function wasserstein1d(u: NumericSample, v: NumericSample, options: Wasserstein1dOptions = {}): number {
  const a = prepare(u, options.uWeights, 'the first sample');
  const b = prepare(v, options.vWeights, 'the second sample');
  const x = a.values;
  const y = b.values;
  const n1 = x.length;
  const n2 = y.length;
  const ca = a.cumulative;
  const cb = b.cumulative;
  const totalA = ca === null ? n1 : ca[n1];
  const totalB = cb === null ? n2 : cb[n2];

  let sum = 0;
  let comp = 0;
  let i = 0;
  let j = 0;
  let previous = Math.min(x[0], y[0]);
  while (i < n1 || j < n2) {
    const takeA = j >= n2 || (i < n1 && x[i] <= y[j]);
    const value = takeA ? x[i] : y[j];
    const delta = value - previous;
    if (delta !== 0) {
      // CDFs just below `value` (= at `previous`, side='right'): i and j values are ≤ previous.
      const fa = (ca === null ? i : ca[i]) / totalA;
      const fb = (cb === null ? j : cb[j]) / totalB;
      const term = Math.abs(fa - fb) * delta;
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
      previous = value;
    }
    if (takeA) i++;
    else j++;
  }
  return sum + comp;
}
