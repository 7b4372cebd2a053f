import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import type { SoftmaxRegressionFit } from './softmax-regression.js';

/**
 * Class probabilities of a softmax regression fit: p_ik = exp(z_ik) / Σ_c exp(z_ic) with
 * z_ik = w_k·x_i + b_k, computed in float64 with the largest logit taken out (no overflow).
 * Matches `LogisticRegression.predict_proba` of a multinomial fit (scikit-learn 1.2).
 *
 * @param rows Only these row indices of `x` (default all), in this order.
 * @returns rows × K probabilities, row-major.
 * @example
 * const fit = softmaxRegression([[0], [1], [2], [3], [4], [5]], [0, 0, 1, 1, 2, 2]);
 * softmaxProbabilities(fit, [[2.5]]) // Float64Array [0.237349…, 0.525298…, 0.237351…]
 * // (sklearn 1.2 predict_proba at the optimum: [0.237349…, 0.525301…, 0.237349…])
 */
export function softmaxProbabilities(fit: SoftmaxRegressionFit, x: MatrixLike, rows?: ArrayLike<number>): Float64Array {
  const m = toMatrix(x, 'softmaxProbabilities');
  const { classes: K, dimension: d, coef, intercept } = fit;
  if (m.dimension !== d && m.rows > 0) {
    throw new InvalidArgumentError(`softmaxProbabilities needs rows of dimension ${d} (the fit's), got ${m.dimension}`);
  }
  const n = rows ? rows.length : m.rows;
  const out = new Float64Array(n * K);
  const xi = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    const src = rows ? rows[r] : r;
    if (!Number.isInteger(src) || src < 0 || src >= m.rows) {
      throw new InvalidArgumentError(`softmaxProbabilities got row index ${src} outside 0…${m.rows - 1}`);
    }
    const o = src * d;
    for (let j = 0; j < d; j++) xi[j] = m.data[o + j];
    let zMax = -Infinity;
    for (let k = 0; k < K; k++) {
      const w = k * d;
      let s = intercept[k];
      for (let j = 0; j < d; j++) s += coef[w + j] * xi[j];
      out[r * K + k] = s;
      if (s > zMax) zMax = s;
    }
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp(out[r * K + k] - zMax);
      out[r * K + k] = e;
      sum += e;
    }
    for (let k = 0; k < K; k++) out[r * K + k] /= sum;
  }
  return out;
}
