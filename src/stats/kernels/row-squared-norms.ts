import type { Matrix } from '../../core/matrix.js';

/**
 * ‖row‖² of every row, accumulated in float64.
 *
 * @example
 * rowSquaredNorms({ rows: 2, dimension: 2, data: Float32Array.of(3, 4, 1, 1) }) // Float64Array [25, 2]
 */
export function rowSquaredNorms(m: Matrix): Float64Array {
  const d = m.dimension;
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    for (let c = r * d; c < (r + 1) * d; c++) s += m.data[c] * m.data[c];
    out[r] = s;
  }
  return out;
}
