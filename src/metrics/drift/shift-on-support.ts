import { InvalidArgumentError } from '../../core/errors.js';

export interface ShiftStatistics {
  /** Two-sample Kolmogorov–Smirnov statistic sup |F_reference − F_candidate|. */
  ks: number;
  /** First Wasserstein distance ∫ |F_reference − F_candidate|, in the values' units. */
  wasserstein: number;
  /** Population stability index of the candidate against reference-quantile bins. */
  psi: number;
}

/**
 * KS statistic, Wasserstein-1 distance and PSI of two samples given as counts over one sorted
 * support of distinct values: the same numbers as `ksTest(...).statistic`, `wasserstein1d` and
 * `psi(reference, candidate, { bins, eps }).psi` on the expanded samples (value support[k]
 * repeated counts[k] times), computed in O(support) instead of sorting. A bootstrap resample of
 * a sample is a count vector over its distinct values, so this is what the drift metrics'
 * confidence intervals recompute per resample.
 *
 * PSI follows `psi` exactly: cut points are numpy's linear quantiles of the reference at
 * 1/bins … (bins−1)/bins, equal ones merged, bins closed on the left, an empty bin's share
 * replaced by eps.
 *
 * @param support ascending distinct values
 * @param referenceCounts count of each support value in the reference sample (sum > 0)
 * @param candidateCounts count of each support value in the candidate sample (sum > 0)
 * @example
 * shiftOnSupport(Float64Array.of(1, 2, 3), [2, 1, 0], [0, 1, 2], 2, 1e-4)
 * // { ks: 0.6666666666666666, wasserstein: 1.3333333333333333, psi: 9.9034… }
 * // (= ksTest([1, 1, 2], [2, 3, 3]).statistic, wasserstein1d(…), psi(…, { bins: 2 }).psi)
 */
export function shiftOnSupport(
  support: Float64Array,
  referenceCounts: ArrayLike<number>,
  candidateCounts: ArrayLike<number>,
  bins: number,
  eps: number,
): ShiftStatistics {
  const k = support.length;
  if (referenceCounts.length !== k || candidateCounts.length !== k) {
    throw new InvalidArgumentError(`shiftOnSupport needs one count per support value, got ${k} values, ${referenceCounts.length} and ${candidateCounts.length} counts`);
  }
  let nR = 0;
  let nC = 0;
  for (let i = 0; i < k; i++) {
    nR += referenceCounts[i];
    nC += candidateCounts[i];
  }
  if (!(nR > 0) || !(nC > 0)) throw new InvalidArgumentError(`shiftOnSupport needs both samples non-empty, got ${nR} and ${nC}`);

  let cumR = 0;
  let cumC = 0;
  let ks = 0;
  // Neumaier-compensated sum, as wasserstein1d.
  let w = 0;
  let wComp = 0;
  for (let i = 0; i < k; i++) {
    cumR += referenceCounts[i];
    cumC += candidateCounts[i];
    const diff = Math.abs(cumR / nR - cumC / nC);
    if (diff > ks) ks = diff;
    if (i + 1 < k) {
      const term = diff * (support[i + 1] - support[i]);
      const t = w + term;
      wComp += Math.abs(w) >= Math.abs(term) ? w - t + term : term - t + w;
      w = t;
    }
  }

  // Reference quantiles (numpy 'linear', as psi): the value at sorted position p is the first
  // support value whose cumulative reference count exceeds p.
  const cum = new Float64Array(k + 1);
  for (let i = 0; i < k; i++) cum[i + 1] = cum[i] + referenceCounts[i];
  const valueAt = (p: number): number => {
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid + 1] > p) hi = mid;
      else lo = mid + 1;
    }
    return support[lo];
  };
  const cuts: number[] = [];
  for (let j = 1; j < bins; j++) {
    const index = (nR - 1) * (j / bins);
    let c: number;
    if (index >= nR - 1) c = valueAt(nR - 1);
    else {
      const below = Math.floor(index);
      const gamma = index - below;
      const a = valueAt(below);
      const b = valueAt(below + 1);
      const diff = b - a;
      c = gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }
    if (cuts.length === 0 || c !== cuts[cuts.length - 1]) cuts.push(c);
  }
  const refBins = new Array<number>(cuts.length + 1).fill(0);
  const candBins = new Array<number>(cuts.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < k; i++) {
    while (bin < cuts.length && cuts[bin] <= support[i]) bin++;
    refBins[bin] += referenceCounts[i];
    candBins[bin] += candidateCounts[i];
  }
  let psi = 0;
  for (let b = 0; b < refBins.length; b++) {
    const r = refBins[b] === 0 ? eps : refBins[b] / nR;
    const a = candBins[b] === 0 ? eps : candBins[b] / nC;
    psi += (a - r) * Math.log(a / r);
  }
  return { ks, wasserstein: w + wComp, psi };
}
