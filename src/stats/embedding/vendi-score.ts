import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import { rowGram } from '../linalg/row-gram.js';
import { symmetricEigen } from '../linalg/symmetric-eigen.js';

/**
 * Vendi score with the cosine kernel (Friedman & Dieng 2023, "The Vendi Score: A Diversity
 * Evaluation Metric for Machine Learning", TMLR): with rows scaled to unit length and
 * K = X Xᵀ / n, VS = exp(−Σ λ log λ) over the positive eigenvalues λ of K. It reads as an
 * effective number of distinct rows: 1 when all rows point the same way, n when they are
 * mutually orthogonal. Same formula as the authors' `vendi_score` package 0.0.3 (vendi.score_X,
 * q = 1, normalize=True).
 *
 * When n > d the eigenvalues are taken from the d × d matrix Xᵀ X / n (the package's
 * score_dual), which has the same non-zero eigenvalues as K, so the cost is O(n d² + d³)
 * rather than O(n² d + n³). Float64 throughout. Rows of zero length have no direction and are
 * refused.
 *
 * @param x n × d embeddings, n ≥ 1.
 * @example
 * vendiScore([[1, 0], [0, 1], [1, 0], [0, 1]]) // 2 (two distinct directions, equally common)
 */
export function vendiScore(x: MatrixLike): number {
  const m = toMatrix(x, 'vendiScore');
  const n = m.rows;
  const d = m.dimension;
  if (n === 0 || d === 0) throw new InvalidArgumentError(`vendiScore needs at least one row of at least one dimension, got ${n} × ${d}`);
  const scale = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const o = r * d;
    let norm2 = 0;
    for (let c = 0; c < d; c++) norm2 += m.data[o + c] * m.data[o + c];
    if (norm2 === 0) throw new InvalidArgumentError(`vendiScore needs rows with a direction (cosine kernel), row ${r} is all zeros`);
    scale[r] = 1 / Math.sqrt(norm2);
  }
  let size: number;
  let gram: Float64Array;
  if (n > d) {
    // Xᵀ X as the Gram of the columns: unit rows written transposed (in tiles, for the cache)
    // so that each column is a contiguous row.
    const t = new Float64Array(d * n);
    const tile = 64;
    for (let r0 = 0; r0 < n; r0 += tile) {
      const r1 = Math.min(n, r0 + tile);
      for (let c0 = 0; c0 < d; c0 += tile) {
        const c1 = Math.min(d, c0 + tile);
        for (let r = r0; r < r1; r++) {
          for (let c = c0; c < c1; c++) t[c * n + r] = m.data[r * d + c] * scale[r];
        }
      }
    }
    gram = rowGram(t, d, n);
    size = d;
  } else {
    const unit = new Float64Array(n * d);
    for (let r = 0; r < n; r++) for (let c = 0; c < d; c++) unit[r * d + c] = m.data[r * d + c] * scale[r];
    gram = rowGram(unit, n, d);
    size = n;
  }
  for (let i = 0; i < gram.length; i++) gram[i] /= n;
  const { values } = symmetricEigen(gram, size, { vectors: false });
  let entropy = 0;
  for (const lambda of values) if (lambda > 0) entropy -= lambda * Math.log(lambda);
  return Math.exp(entropy);
}
