import type { Matrix } from '../../core/matrix.js';

/** The rows of `m` at `indices`, copied into a new matrix (a sample of a side's embeddings). */
export function selectRows(m: Matrix, indices: readonly number[]): Matrix {
  const d = m.dimension;
  if (indices.length === m.rows && indices.every((v, i) => v === i)) return m;
  const data = new Float32Array(indices.length * d);
  indices.forEach((src, i) => data.set(m.data.subarray(src * d, (src + 1) * d), i * d));
  return { rows: indices.length, dimension: d, data };
}
