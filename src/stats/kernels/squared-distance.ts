import type { Matrix } from '../../core/matrix.js';

/**
 * ‖a_i − b_j‖² for row i of `a` and row j of `b`, from the differences, in float64: exact to
 * float64 rounding for float32 inputs (no cancellation). Used to settle comparisons that the
 * float32 product path cannot decide.
 *
 * @example
 * squaredDistance({ rows: 1, dimension: 2, data: Float32Array.of(0, 0) }, 0, { rows: 1, dimension: 2, data: Float32Array.of(3, 4) }, 0) // 25
 */
export function squaredDistance(a: Matrix, i: number, b: Matrix, j: number): number {
  const d = a.dimension;
  let s = 0;
  const ai = i * d;
  const bj = j * d;
  for (let c = 0; c < d; c++) {
    const x = a.data[ai + c] - b.data[bj + c];
    s += x * x;
  }
  return s;
}
