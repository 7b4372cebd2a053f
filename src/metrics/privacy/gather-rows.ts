import type { Matrix } from '../../core/matrix.js';

/** Rows `indices` of a matrix, copied into a new one (the matrix itself when all rows in order). */
export function gatherRows(m: Matrix, indices: readonly number[]): Matrix {
  const d = m.dimension;
  if (indices.length === m.rows && indices.every((v, i) => v === i)) return m;
  const data = new Float32Array(indices.length * d);
  indices.forEach((src, i) => data.set(m.data.subarray(src * d, (src + 1) * d), i * d));
  return { rows: indices.length, dimension: d, data };
}
