import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import type { KernelOptions } from '../kernels/kernel-matrix.js';
import { normalizeRows } from '../kernels/normalize-rows.js';
import { rowTopK } from '../kernels/row-top-k.js';
import { medianInPlace } from '../kernels/select-kth.js';

export interface NearestNeighborSimilarity {
  /** Mean over synthetic rows of the best cosine (float64 sum of the float32 values). */
  mean: number;
  /** NumPy's median (mean of the two middle values for an even count). */
  median: number;
  min: number;
  max: number;
  /** For each synthetic row, its highest cosine similarity to any real row (float32 precision). */
  perRow: number[];
  /** For each synthetic row, the index of that most similar real row (the first one on ties). */
  nearestIndex: number[];
}

/**
 * Nearest-neighbour cosine similarity of synthetic to real data: for each synthetic row, the
 * highest cosine similarity to any real row, with its summary. High values throughout mean the
 * synthetic rows sit on real data (good fidelity, or copies: look at `max` and the top rows);
 * low values mean synthetic rows far from anything real.
 *
 * Rows are scaled to unit length first (a copy; inputs are not changed), so the cosine is the
 * dot product; a zero row has no cosine and is refused. The similarity matrix is never built:
 * onnxruntime runs Gemm then ReduceMax/ArgMax on blocks of synthetic rows (at most `budgetBytes`
 * of products at once, default 256 MiB), so memory stays bounded for any sizes. Float32
 * arithmetic: values agree with numpy float64 `(S/|S|) @ (R/|R|).T` then `.max(axis=1)`
 * (numpy 1.24) to about 1e-6.
 *
 * @param synthetic n × d embeddings (n ≥ 1)
 * @param real m × d embeddings (m ≥ 1)
 * @example
 * await nearestNeighborSimilarity([[1, 0], [1, 1]], [[1, 0], [0, 1]])
 * // { mean: 0.853553…, median: 0.853553…, min: 0.707106…, max: 1, perRow: [1, 0.707106…], nearestIndex: [0, 0] }
 */
export async function nearestNeighborSimilarity(
  synthetic: MatrixLike,
  real: MatrixLike,
  options: KernelOptions = {},
): Promise<NearestNeighborSimilarity> {
  const who = 'nearestNeighborSimilarity';
  const s = toMatrix(synthetic, who);
  const r = toMatrix(real, who);
  if (s.rows === 0 || r.rows === 0) {
    throw new InvalidArgumentError(`${who} needs at least one synthetic and one real row, got ${s.rows} and ${r.rows}`);
  }
  if (s.dimension !== r.dimension) {
    throw new InvalidArgumentError(`${who} needs embeddings of the same dimension, got ${s.dimension} (synthetic) and ${r.dimension} (real)`);
  }
  const top = await rowTopK(normalizeRows(s, who), normalizeRows(r, who), 1, options);
  const perRow = Array.from(top.values);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of perRow) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    mean: sum / perRow.length,
    median: medianInPlace(Float64Array.from(perRow)),
    min,
    max,
    perRow,
    nearestIndex: Array.from(top.indices),
  };
}
