import { InvalidArgumentError } from '../../core/errors.js';

export interface LogOddsDirichletOptions {
  /** α₀: total prior pseudo-counts, spread over words in proportion to their pooled counts. Default 1,000. */
  priorScale?: number;
  /** Explicit prior pseudo-counts α_w (all > 0) instead of the pooled-count prior; α₀ = Σ α_w. */
  prior?: ArrayLike<number>;
}

export interface LogOddsDirichlet {
  /** δ_w: log-odds of the word in A minus in B, each smoothed by the prior. Positive: A uses it more. */
  delta: Float64Array;
  /** Approximate variance of δ_w: 1/(y_wA + α_w) + 1/(y_wB + α_w). */
  variance: Float64Array;
  /** δ_w / √variance. */
  z: Float64Array;
  /** α_w used. */
  prior: Float64Array;
}

/**
 * Log-odds ratio with an informative Dirichlet prior, the "Fightin' Words" estimator of Monroe,
 * Colaresi & Quinn (2008, Political Analysis 16(4), §3.5, eqs. 16 and 18–22): for word w with
 * counts y_wA, y_wB in corpora of n_A, n_B tokens and prior pseudo-counts α_w (α₀ = Σ α_w),
 *
 *   δ_w = ln[(y_wA + α_w) / (n_A + α₀ − y_wA − α_w)] − ln[(y_wB + α_w) / (n_B + α₀ − y_wB − α_w)]
 *   σ²(δ_w) ≈ 1/(y_wA + α_w) + 1/(y_wB + α_w),   z_w = δ_w / σ(δ_w).
 *
 * By default the prior is informative in the paper's sense, taken from the pooled counts:
 * α_w = α₀ · (y_wA + y_wB) / (n_A + n_B), with α₀ = `priorScale`. The z-scores rank the words that
 * separate A from B while shrinking rare words (whose variance is large) towards 0. Reference
 * values: numpy, scripts/reference/drift.py.
 *
 * @param countsA count of each word in corpus A
 * @param countsB count of each word in corpus B (same vocabulary order)
 * @example
 * logOddsDirichlet([10, 0, 90], [5, 5, 90], { priorScale: 10 }).z
 * // Float64Array [1.3061925230197546, -1.510040244898016, 0]
 */
export function logOddsDirichlet(countsA: ArrayLike<number>, countsB: ArrayLike<number>, options: LogOddsDirichletOptions = {}): LogOddsDirichlet {
  const v = countsA.length;
  if (countsB.length !== v) throw new InvalidArgumentError(`logOddsDirichlet needs two count vectors of one length, got ${v} and ${countsB.length}`);
  let nA = 0;
  let nB = 0;
  for (let w = 0; w < v; w++) {
    const a = countsA[w];
    const b = countsB[w];
    if (!(a >= 0) || !(b >= 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
      throw new InvalidArgumentError(`logOddsDirichlet needs non-negative finite counts, got ${a} and ${b} at index ${w}`);
    }
    nA += a;
    nB += b;
  }
  if (!(nA > 0) || !(nB > 0)) throw new InvalidArgumentError(`logOddsDirichlet needs words in both corpora, got ${nA} and ${nB} tokens`);
  const prior = new Float64Array(v);
  if (options.prior !== undefined) {
    if (options.prior.length !== v) throw new InvalidArgumentError(`logOddsDirichlet needs one prior count per word, got ${options.prior.length} for ${v} words`);
    for (let w = 0; w < v; w++) prior[w] = options.prior[w];
  } else {
    const scale = options.priorScale ?? 1000;
    if (!(scale > 0) || !Number.isFinite(scale)) throw new InvalidArgumentError(`logOddsDirichlet needs priorScale > 0, got ${scale}`);
    for (let w = 0; w < v; w++) prior[w] = (scale * (countsA[w] + countsB[w])) / (nA + nB);
  }
  let alpha0 = 0;
  for (let w = 0; w < v; w++) {
    if (!(prior[w] > 0) || !Number.isFinite(prior[w])) {
      throw new InvalidArgumentError(`logOddsDirichlet needs a positive prior for every word, got ${prior[w]} at index ${w} (a word absent from both corpora?)`);
    }
    alpha0 += prior[w];
  }
  const delta = new Float64Array(v);
  const variance = new Float64Array(v);
  const z = new Float64Array(v);
  for (let w = 0; w < v; w++) {
    const a = countsA[w] + prior[w];
    const b = countsB[w] + prior[w];
    delta[w] = Math.log(a / (nA + alpha0 - a)) - Math.log(b / (nB + alpha0 - b));
    variance[w] = 1 / a + 1 / b;
    z[w] = delta[w] / Math.sqrt(variance[w]);
  }
  return { delta, variance, z, prior };
}
