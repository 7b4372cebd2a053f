import * as ort from 'onnxruntime-node';
import { checkOperands, DEFAULT_BUDGET_BYTES, planBlocks, type KernelMatrix, type KernelOptions } from './kernel-matrix.js';
import { kernelSession } from './kernel-session.js';

/** One block of P = A·Bᵀ: rows rowStart… and columns colStart… of P, row-major, `rows × cols`. */
export interface ProductBlock {
  rowStart: number;
  rows: number;
  colStart: number;
  cols: number;
  /** Same precision as the inputs. Only valid during the visit: copy what you keep. */
  data: Float32Array | Float64Array;
}

/** An onnxruntime tensor over rows [start, start + count) of a row-major matrix, without copying. */
export function rowSliceTensor(m: KernelMatrix, start: number, count: number): ort.Tensor {
  const d = m.dimension;
  const view = m.data.subarray(start * d, (start + count) * d);
  return view instanceof Float64Array ? new ort.Tensor('float64', view, [count, d]) : new ort.Tensor('float32', view, [count, d]);
}

/**
 * Streams the product P = A·Bᵀ of A (n × d) and B (m × d) block by block, in row-major block
 * order, so that no block larger than `budgetBytes` (default 256 MiB) ever exists: rows of A
 * are cut into blocks of ⌊budget / (bytes per cell · m)⌋, and columns (rows of B) only when
 * fewer than 64 rows of A would fit. Each block is one onnxruntime Gemm (transB = 1, two
 * threads); float64 inputs run the double-precision kernel.
 *
 * Matches numpy `A @ B.T` (numpy 1.24, OpenBLAS 0.3.21) to float32 rounding (≈1e-6 relative on
 * 384 columns); float64 to ≈1e-15.
 *
 * @example
 * const a = { rows: 2, dimension: 2, data: Float32Array.of(1, 2, 3, 4) };
 * await forEachProductBlock(a, a, (block) => console.log(block.rowStart, Array.from(block.data)));
 * // 0 [5, 11, 11, 25]
 */
export async function forEachProductBlock(
  a: KernelMatrix,
  b: KernelMatrix,
  visit: (block: ProductBlock) => void | Promise<void>,
  options: KernelOptions = {},
): Promise<void> {
  const who = 'forEachProductBlock';
  checkOperands(a, b, who);
  const n = a.rows;
  const m = b.rows;
  if (n === 0 || m === 0) return;
  const double = a.data instanceof Float64Array;
  const cellBytes = double ? 8 : 4;
  const plan = planBlocks(n, m, cellBytes, options.budgetBytes ?? DEFAULT_BUDGET_BYTES, who);
  if (a.dimension === 0) {
    // An empty inner dimension gives an all-zero product; onnxruntime is not needed for that.
    for (let r = 0; r < n; r += plan.rowsPerBlock) {
      for (let c = 0; c < m; c += plan.colsPerBlock) {
        const rows = Math.min(plan.rowsPerBlock, n - r);
        const cols = Math.min(plan.colsPerBlock, m - c);
        await visit({ rowStart: r, rows, colStart: c, cols, data: double ? new Float64Array(rows * cols) : new Float32Array(rows * cols) });
      }
    }
    return;
  }
  const session = await kernelSession('gemm', double ? 'double' : 'float');
  const bWhole = plan.colsPerBlock >= m ? rowSliceTensor(b, 0, m) : null;
  for (let r = 0; r < n; r += plan.rowsPerBlock) {
    const rows = Math.min(plan.rowsPerBlock, n - r);
    const aTensor = rowSliceTensor(a, r, rows);
    for (let c = 0; c < m; c += plan.colsPerBlock) {
      const cols = Math.min(plan.colsPerBlock, m - c);
      const out = await session.run({ a: aTensor, b: bWhole ?? rowSliceTensor(b, c, cols) });
      const s = out.s;
      await visit({ rowStart: r, rows, colStart: c, cols, data: s.data as Float32Array | Float64Array });
      s.dispose();
    }
  }
}
