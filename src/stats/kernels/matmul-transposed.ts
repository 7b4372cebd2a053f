import { InvalidArgumentError } from '../../core/errors.js';
import { forEachProductBlock } from './for-each-product-block.js';
import { checkOperands, DEFAULT_BUDGET_BYTES, type KernelMatrix, type KernelOptions } from './kernel-matrix.js';

/**
 * The whole product P = A·Bᵀ of A (n × d) and B (m × d) as an n × m row-major matrix, computed
 * by onnxruntime's Gemm (transB = 1, two threads): ≈70 GFLOP/s in float32 on the project's
 * 2-core machines, against < 1 GFLOP/s for a JavaScript loop. Float64 inputs give a float64
 * product (double-precision Gemm, about 4× slower than float32).
 *
 * The result itself must fit `budgetBytes` (default 256 MiB; n·m·4 bytes for float32): above
 * that it is refused, and callers should stream with `forEachProductBlock` or reduce in the
 * kernel with `rowTopK` instead. For a product AᵀB (e.g. a covariance XᵀX) pass the transposes:
 * `matmulTransposed(transpose(X), transpose(X))`.
 *
 * Matches numpy `A @ B.T` (numpy 1.24, OpenBLAS 0.3.21) to float32 rounding.
 *
 * @example
 * const p = await matmulTransposed(
 *   { rows: 2, dimension: 3, data: Float32Array.of(1, 2, 3, 4, 5, 6) },
 *   { rows: 1, dimension: 3, data: Float32Array.of(1, 0, -1) },
 * );
 * // { rows: 2, dimension: 1, data: Float32Array [-2, -2] }
 */
export async function matmulTransposed<T extends KernelMatrix>(a: T, b: T, options: KernelOptions = {}): Promise<T> {
  const who = 'matmulTransposed';
  checkOperands(a, b, who);
  const n = a.rows;
  const m = b.rows;
  const double = a.data instanceof Float64Array;
  const bytes = n * m * (double ? 8 : 4);
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  if (bytes > budget) {
    throw new InvalidArgumentError(
      `matmulTransposed would materialise a ${n} × ${m} product (${bytes} bytes), over the budget of ${budget} bytes; stream it with forEachProductBlock or raise budgetBytes`,
    );
  }
  const data = double ? new Float64Array(n * m) : new Float32Array(n * m);
  await forEachProductBlock(
    a,
    b,
    (block) => {
      if (block.cols === m) data.set(block.data, block.rowStart * m);
      else for (let r = 0; r < block.rows; r++) data.set(block.data.subarray(r * block.cols, (r + 1) * block.cols), (block.rowStart + r) * m + block.colStart);
    },
    { budgetBytes: budget },
  );
  return { rows: n, dimension: m, data } as T;
}
