import type { Matrix } from '../../core/matrix.js';
import type { Rng } from '../../core/rng.js';
import { forEachProductBlock } from './for-each-product-block.js';
import type { KernelOptions } from './kernel-matrix.js';
import { medianInPlace } from './select-kth.js';

export interface MedianPairwiseDistance {
  median: number;
  /** Rows whose pairs were used (all rows unless subsampled). */
  rows: number;
  /** Number of pairs (i < j) the median was taken over. */
  pairs: number;
  subsampled: boolean;
  /**
   * The squared distances of those pairs, row by row ((0,1), (0,2), …, (1,2), …), left in that
   * order (the median is selected on a copy), for callers that need them again.
   */
  squared: Float64Array;
}

/**
 * Median Euclidean distance over all pairs i < j of rows of `x` (NumPy's median: mean of the
 * two middle distances for an even number of pairs). Squared distances are
 * ‖a‖² + ‖b‖² − 2a·b, clamped at 0, with a·b from the float32 Gemm kernel and norms `norms`
 * (float64), so `x` should be centred (see centerRows). With more than `maxRows` rows, the median
 * is taken over all pairs of `maxRows` rows drawn without replacement by `rng` (a Fisher–Yates
 * shuffle of the row indices, first `maxRows` kept, in their original order).
 *
 * @example
 * await medianPairwiseDistance({ rows: 3, dimension: 1, data: Float32Array.of(0, 1, 3) }, Float64Array.of(0, 1, 9), 10, createRng(0))
 * // { median: 2, rows: 3, pairs: 3, subsampled: false, squared: Float64Array [1, 9, 4] }
 */
export async function medianPairwiseDistance(
  x: Matrix,
  norms: Float64Array,
  maxRows: number,
  rng: Rng,
  options: KernelOptions = {},
): Promise<MedianPairwiseDistance> {
  let rows = x;
  let rowNorms = norms;
  const subsampled = x.rows > maxRows;
  if (subsampled) {
    const order = rng.shuffle(Array.from({ length: x.rows }, (_, i) => i));
    const keep = order.slice(0, maxRows).sort((p, q) => p - q);
    const d = x.dimension;
    const data = new Float32Array(maxRows * d);
    rowNorms = new Float64Array(maxRows);
    keep.forEach((source, target) => {
      data.set(x.data.subarray(source * d, (source + 1) * d), target * d);
      rowNorms[target] = norms[source];
    });
    rows = { rows: maxRows, dimension: d, data };
  }
  const n = rows.rows;
  const pairs = (n * (n - 1)) / 2;
  const squared = new Float64Array(pairs);
  // Pairs (i, j), i < j, are stored row by row: row i starts at i·n − i(i+1)/2.
  await forEachProductBlock(
    rows,
    rows,
    (block) => {
      for (let bi = 0; bi < block.rows; bi++) {
        const i = block.rowStart + bi;
        const start = i * n - (i * (i + 1)) / 2 - (i + 1);
        const from = Math.max(i + 1, block.colStart);
        const to = block.colStart + block.cols;
        const offset = bi * block.cols - block.colStart;
        for (let j = from; j < to; j++) {
          const s = rowNorms[i] + rowNorms[j] - 2 * block.data[offset + j];
          squared[start + j] = s > 0 ? s : 0;
        }
      }
    },
    options,
  );
  return { median: medianInPlace(squared.slice(), Math.sqrt), rows: n, pairs, subsampled, squared };
}
