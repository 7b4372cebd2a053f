import type { Matrix } from '../../core/matrix.js';

export interface NearestCentroid {
  /** Index of each row's nearest centroid (the lowest index on a tie). */
  labels: Int32Array;
  /** Squared Euclidean distance of each row to that centroid. */
  distances: Float64Array;
}

/**
 * Assigns each row of `x` to its nearest centroid by squared Euclidean distance, summed directly
 * as Σ (x − c)² in float64 (no ‖x‖² − 2x·c + ‖c‖² expansion, which loses digits for close points).
 * O(rows × k × d): for the few centroids of k-means, where a JavaScript loop is cheap.
 *
 * @param centroids k × d row-major float64
 * @example
 * nearestCentroid({ rows: 3, dimension: 1, data: Float32Array.of(0, 4, 10) }, Float64Array.of(1, 9), 2)
 * // { labels: [0, 0, 1], distances: [1, 9, 1] }
 */
export function nearestCentroid(x: Matrix, centroids: Float64Array, k: number): NearestCentroid {
  const n = x.rows;
  const d = x.dimension;
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  const data = x.data;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let best = Infinity;
    let bestC = 0;
    for (let c = 0; c < k; c++) {
      const co = c * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = data[o + j] - centroids[co + j];
        s += diff * diff;
      }
      if (s < best) {
        best = s;
        bestC = c;
      }
    }
    labels[i] = bestC;
    distances[i] = best;
  }
  return { labels, distances };
}
