import { InvalidArgumentError } from '../core/errors.js';
import { probabilityPair, type NumericSample } from './sample-input.js';

export interface JensenShannonOptions {
  /** Logarithm base; 2 (default) bounds the distance by 1. */
  base?: number;
}

/** x·ln(x/y) with the conventions of scipy.special.rel_entr (0·ln 0 = 0). */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(x / y);
}

/**
 * Jensen–Shannon DISTANCE (the square root of the divergence) between two discrete
 * distributions, as `scipy.spatial.distance.jensenshannon(p, q, base)` (scipy 1.10.1):
 *
 *   JS(p, q) = sqrt( (KL(p‖m) + KL(q‖m)) / 2 ),  m = (p + q)/2,  KL in units of log `base`.
 *
 * Inputs are counts or probabilities; each is normalised to sum to 1 first. With base 2 the
 * distance lies in [0, 1]: 0 for identical distributions, 1 for disjoint supports (Lin 1991,
 * IEEE Trans. Inf. Theory 37(1); Endres & Schindelin 2003 for the metric property).
 * Note the default base is 2 here, where scipy's default is e.
 *
 * A rounding-level negative divergence (nearly identical inputs) is returned as 0 rather than
 * scipy's NaN. Refuses lengths that differ, negative or NaN entries, an all-zero vector, and a
 * base that is not a positive number other than 1.
 *
 * @example
 * jensenShannonDistance([1, 0, 0], [0, 1, 0]); // → 1
 * jensenShannonDistance([1, 0], [0.5, 0.5], { base: Math.E }); // → 0.46450140402245893
 */
export function jensenShannonDistance(p: NumericSample, q: NumericSample, options: JensenShannonOptions = {}): number {
  const base = options.base ?? 2;
  if (typeof base !== 'number' || !(base > 0) || base === 1 || !Number.isFinite(base)) {
    throw new InvalidArgumentError(`jensenShannonDistance needs a logarithm base > 0 other than 1, got ${String(base)}`);
  }
  const [a, b] = probabilityPair(p, q, 'jensenShannonDistance');
  let left = 0;
  let right = 0;
  for (let i = 0; i < a.length; i++) {
    const m = (a[i] + b[i]) / 2;
    left += relEntr(a[i], m);
    right += relEntr(b[i], m);
  }
  const js = (left + right) / Math.log(base);
  return js > 0 ? Math.sqrt(js / 2) : 0;
}
