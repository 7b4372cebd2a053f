import { InvalidArgumentError } from '../core/errors.js';
import { finiteSample, type NumericSample } from './sample-input.js';
import { quantileSorted } from './quantile-sorted.js';

export interface PsiOptions {
  /** Number of reference-quantile bins before duplicate cut points are merged (default 10). */
  bins?: number;
  /** Share used in place of an empty bin's 0 so the logarithm stays finite (default 1e-4). */
  eps?: number;
}

export interface PsiResult {
  psi: number;
  /** Ascending, distinct cut points; bin k is [cut[k−1], cut[k]), the outer bins open to ±∞. */
  cutPoints: number[];
  /** Share of the reference in each bin (cutPoints.length + 1 bins), empty bins replaced by eps. */
  referenceShares: number[];
  /** Share of the actual sample in each bin, empty bins replaced by eps. */
  actualShares: number[];
}

/** Number of cut points ≤ x: the index of x's bin (bins closed on the left). */
function binOf(cuts: number[], x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shares(values: Float64Array, cuts: number[], eps: number): number[] {
  const counts = new Array<number>(cuts.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) counts[binOf(cuts, values[i])]++;
  return counts.map((c) => (c === 0 ? eps : c / values.length));
}

/**
 * Population Stability Index of `actual` against `reference` (Siddiqi 2006, "Credit Risk
 * Scorecards", ch. 8; Yurdakul 2018, "Statistical properties of the population stability index"):
 *
 *   PSI = Σₖ (aₖ − rₖ) · ln(aₖ / rₖ)
 *
 * over bins k, with rₖ and aₖ the shares of the reference and the actual sample in bin k.
 *
 * Bins: cut points are the reference's quantiles at 1/bins, 2/bins, …, (bins−1)/bins, computed as
 * numpy.quantile's default linear interpolation; equal cut points (ties in the reference) are
 * merged, so fewer than `bins` bins may remain. Bins are closed on the left, [cₖ₋₁, cₖ), and the
 * first and last run to −∞ and +∞, so every value of either sample falls in a bin. A bin's share
 * of 0 is replaced by `eps` (default 1e-4) without renormalising the others. Natural logarithm;
 * a common reading is < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift.
 * Reference values: numpy, scripts/reference/two_sample.py.
 *
 * Refuses empty samples, NaN or ±∞ values, `bins` that is not an integer ≥ 2, and `eps` outside
 * (0, 1).
 *
 * @example
 * psi([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [2, 3, 3, 9, 12], { bins: 2 });
 * // → { psi: 0.08549624216758092, cutPoints: [6],
 * //     referenceShares: [0.45454545454545453, 0.5454545454545454], actualShares: [0.6, 0.4] }
 */
export function psi(reference: NumericSample, actual: NumericSample, options: PsiOptions = {}): PsiResult {
  const bins = options.bins ?? 10;
  const eps = options.eps ?? 1e-4;
  if (!Number.isInteger(bins) || bins < 2) {
    throw new InvalidArgumentError(`psi needs bins to be an integer ≥ 2, got ${String(bins)}`);
  }
  if (typeof eps !== 'number' || !(eps > 0 && eps < 1)) {
    throw new InvalidArgumentError(`psi needs eps in (0, 1), got ${String(eps)}`);
  }
  const ref = finiteSample(reference, 'psi', 'the reference sample');
  const act = finiteSample(actual, 'psi', 'the actual sample');
  if (ref.length === 0 || act.length === 0) {
    throw new InvalidArgumentError(`psi needs at least one value in each sample, got ${ref.length} and ${act.length}`);
  }
  const sorted = ref.slice().sort();
  const cutPoints: number[] = [];
  for (let i = 1; i < bins; i++) {
    const c = quantileSorted(sorted, i / bins);
    if (cutPoints.length === 0 || c !== cutPoints[cutPoints.length - 1]) cutPoints.push(c);
  }
  const referenceShares = shares(ref, cutPoints, eps);
  const actualShares = shares(act, cutPoints, eps);
  let value = 0;
  for (let k = 0; k < referenceShares.length; k++) {
    const r = referenceShares[k];
    const a = actualShares[k];
    value += (a - r) * Math.log(a / r);
  }
  return { psi: value, cutPoints, referenceShares, actualShares };
}
