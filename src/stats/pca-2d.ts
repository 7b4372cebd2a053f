import type { Matrix } from '../core/matrix.js';
import { covariance } from './linalg/covariance.js';
import { symmetricEigen } from './linalg/symmetric-eigen.js';

export interface Pca2d {
  /** n × 2 coordinates, row-major: the rows projected on the first two principal axes. */
  coords: Float64Array;
  /** Share of the total variance along each of the two axes. */
  explained: [number, number];
}

/**
 * Principal component analysis to two dimensions: rows centred on their mean, covariance with
 * ddof 1, its two leading eigenvectors (as sklearn.decomposition.PCA(n_components=2), whose
 * axes are also the leading eigenvectors of the covariance; each axis's sign is fixed so that its
 * largest-magnitude coordinate is positive, the svd_flip convention).
 *
 * @example
 * pca2d({ rows: 3, dimension: 2, data: Float32Array.of(0, 0, 1, 1, 2, 2) }).explained // [1, 0]
 */
export function pca2d(m: Matrix): Pca2d {
  const { rows: n, dimension: d, data } = m;
  const { mean, covariance: cov } = covariance(m, 'pca2d');
  const { values, vectors } = symmetricEigen(cov, d);
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const axes = [d - 1, d - 2].map((col) => {
    const axis = new Float64Array(d);
    let biggest = 0;
    for (let k = 0; k < d; k++) {
      axis[k] = col >= 0 ? vectors![k * d + col] : 0;
      if (Math.abs(axis[k]) > Math.abs(biggest)) biggest = axis[k];
    }
    if (biggest < 0) for (let k = 0; k < d; k++) axis[k] = -axis[k];
    return axis;
  });
  const coords = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 2; c++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += (data[i * d + k] - mean[k]) * axes[c][k];
      coords[i * 2 + c] = s;
    }
  }
  const share = (col: number) => (col >= 0 && total > 0 ? Math.max(values[col], 0) / total : 0);
  return { coords, explained: [share(d - 1), share(d - 2)] };
}
