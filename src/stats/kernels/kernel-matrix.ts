import { InvalidArgumentError } from '../../core/errors.js';

/**
 * What the onnxruntime kernels take and give: a dense row-major matrix of float32 or float64.
 * A `Matrix` from core/matrix.ts is one (float32); float64 runs the same graphs in double.
 */
export interface KernelMatrix {
  rows: number;
  dimension: number;
  data: Float32Array | Float64Array;
}

export interface KernelOptions {
  /**
   * Upper bound, in bytes, on any rows × columns block of products that is materialised at once
   * (inside onnxruntime or in JavaScript). Default 256 MiB. Inputs and k-sized outputs are not
   * counted: they are what the caller already holds or asked for.
   */
  budgetBytes?: number;
}

/** 256 MiB: a 10,000 × 6,710 float32 block. */
export const DEFAULT_BUDGET_BYTES = 256 * 1024 * 1024;

/** Row blocks are never made smaller than this before columns get split too (GEMM efficiency). */
const MIN_BLOCK_ROWS = 64;

export interface BlockPlan {
  rowsPerBlock: number;
  colsPerBlock: number;
}

/**
 * How to cut an n × m product into blocks of at most `budgetBytes`: whole rows of B when
 * `MIN_BLOCK_ROWS` rows of m cells fit, otherwise columns are cut as well.
 */
export function planBlocks(n: number, m: number, bytesPerCell: number, budgetBytes: number, who: string): BlockPlan {
  if (!(Number.isFinite(budgetBytes) && budgetBytes > 0)) {
    throw new InvalidArgumentError(`${who} needs a positive finite budgetBytes, got ${budgetBytes}`);
  }
  const cells = Math.floor(budgetBytes / bytesPerCell);
  if (cells < 1) throw new InvalidArgumentError(`${who} needs budgetBytes of at least ${bytesPerCell}, got ${budgetBytes}`);
  const wanted = Math.min(Math.max(n, 1), MIN_BLOCK_ROWS);
  if (wanted * m <= cells) {
    return { rowsPerBlock: Math.max(1, Math.min(Math.max(n, 1), Math.floor(cells / Math.max(m, 1)))), colsPerBlock: Math.max(m, 1) };
  }
  const colsPerBlock = Math.max(1, Math.floor(cells / wanted));
  return { rowsPerBlock: Math.max(1, Math.floor(cells / colsPerBlock)), colsPerBlock };
}

/** Refuses operands the kernels cannot multiply (ragged data, mixed precision, unequal widths). */
export function checkOperands(a: KernelMatrix, b: KernelMatrix, who: string): void {
  for (const [name, x] of [['A', a], ['B', b]] as const) {
    if (x.data.length !== x.rows * x.dimension) {
      throw new InvalidArgumentError(`${who} got ${name} whose data length ${x.data.length} is not rows × dimension (${x.rows} × ${x.dimension})`);
    }
  }
  if (a.dimension !== b.dimension) {
    throw new InvalidArgumentError(`${who} needs A and B with the same number of columns, got ${a.dimension} and ${b.dimension}`);
  }
  if (a.data.constructor !== b.data.constructor) {
    throw new InvalidArgumentError(`${who} needs A and B of the same precision (both Float32Array or both Float64Array)`);
  }
}
