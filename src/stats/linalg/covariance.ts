import { InvalidArgumentError } from '../../core/errors.js';
import type { Matrix } from '../../core/matrix.js';
import { rowGram } from './row-gram.js';

export interface MeanAndCovariance {
  dimension: number;
  /** Column means, length d. */
  mean: Float64Array;
  /** d × d row-major sample covariance, normalised by n − 1. */
  covariance: Float64Array;
}

/**
 * Column means and the sample covariance (ddof 1) of the rows of a matrix, in float64:
 * numpy.cov(x, rowvar=False) (numpy 1.24). Two passes: the means are computed first, corrected
 * by the mean residual, and the covariance is the Gram matrix of the centred columns over n − 1,
 * which avoids the cancellation of the one-pass E[xxᵀ] − μμᵀ form.
 *
 * `who` names the calling function in the error for fewer than two rows.
 *
 * @example
 * covariance({ rows: 3, dimension: 2, data: Float32Array.of(1, 2, 2, 4, 3, 9) }, 'example')
 * // { dimension: 2, mean: [2, 5], covariance: [1, 3.5, 3.5, 13] }
 */
export function covariance(x: Matrix, who: string): MeanAndCovariance {
  const n = x.rows;
  const d = x.dimension;
  if (n < 2) throw new InvalidArgumentError(`${who} needs at least 2 rows to estimate a covariance, got ${n}`);
  const data = x.data;
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    const o = r * d;
    for (let c = 0; c < d; c++) mean[c] += data[o + c];
  }
  for (let c = 0; c < d; c++) mean[c] /= n;
  const residual = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    const o = r * d;
    for (let c = 0; c < d; c++) residual[c] += data[o + c] - mean[c];
  }
  for (let c = 0; c < d; c++) mean[c] += residual[c] / n;

  // Centred data transposed (d × n) so each feature is a contiguous row for rowGram.
  const centred = new Float64Array(d * n);
  const tile = 64;
  for (let r0 = 0; r0 < n; r0 += tile) {
    const r1 = Math.min(n, r0 + tile);
    for (let c0 = 0; c0 < d; c0 += tile) {
      const c1 = Math.min(d, c0 + tile);
      for (let r = r0; r < r1; r++) {
        const o = r * d;
        for (let c = c0; c < c1; c++) centred[c * n + r] = data[o + c] - mean[c];
      }
    }
  }
  const cov = rowGram(centred, d, n);
  const scale = 1 / (n - 1);
  for (let i = 0; i < cov.length; i++) cov[i] *= scale;
  return { dimension: d, mean, covariance: cov };
}
