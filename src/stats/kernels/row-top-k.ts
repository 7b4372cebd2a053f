import * as ort from 'onnxruntime-node';
import { InvalidArgumentError } from '../../core/errors.js';
import { rowSliceTensor } from './for-each-product-block.js';
import { checkOperands, DEFAULT_BUDGET_BYTES, planBlocks, type KernelMatrix, type KernelOptions } from './kernel-matrix.js';
import { kernelSession } from './kernel-session.js';

export interface RowTopKOptions extends KernelOptions {
  /** Added to every row of A·Bᵀ before ranking (length m, same precision as A and B); zeros by default. */
  bias?: Float32Array | Float64Array;
}

export interface RowTopK {
  k: number;
  /** n × k, each row in descending order: the k largest of (A·Bᵀ + bias) in that row. */
  values: Float32Array | Float64Array;
  /** n × k column indices (rows of B) of those values. */
  indices: Int32Array;
}

/** Merges two descending runs of one row into the first k of their union, in place in (v, ix). */
function mergeDescending(
  v: Float32Array | Float64Array,
  ix: Int32Array,
  offset: number,
  k: number,
  have: number,
  w: Float32Array | Float64Array,
  wix: BigInt64Array,
  wOffset: number,
  wCount: number,
  colStart: number,
): number {
  const total = Math.min(k, have + wCount);
  const mv = new Float64Array(total);
  const mi = new Int32Array(total);
  let p = 0;
  let q = 0;
  for (let t = 0; t < total; t++) {
    // Ties keep the earlier column (already held), as onnxruntime's TopK does within a block.
    if (q >= wCount || (p < have && v[offset + p] >= w[wOffset + q])) {
      mv[t] = v[offset + p];
      mi[t] = ix[offset + p];
      p++;
    } else {
      mv[t] = w[wOffset + q];
      mi[t] = Number(wix[wOffset + q]) + colStart;
      q++;
    }
  }
  v.set(mv, offset);
  ix.set(mi, offset);
  return total;
}

/**
 * For each row i of A (n × d), the k largest values of (A·Bᵀ)[i, ·] + bias over the m rows of B,
 * and their column indices, computed inside onnxruntime by a fused Gemm → TopK graph (for k = 1,
 * Gemm → ReduceMax + ArgMax, which is faster), so that only n × k numbers come back to
 * JavaScript. Product blocks are cut as in `forEachProductBlock` (at most `budgetBytes`, default
 * 256 MiB); when columns have to be cut, per-block top-k lists are merged.
 *
 * Nearest neighbours: with unit rows and no bias this is the k most cosine-similar rows; with
 * bias = −‖b_j‖²/2 it ranks by −‖a_i − b_j‖²/2 + ‖a_i‖²/2, i.e. the k nearest in Euclidean
 * distance. Same selection as numpy `np.argsort(-(A @ B.T + bias), axis=1)[:, :k]` up to ties
 * (numpy 1.24; float32 rounding ≈1e-6 relative).
 *
 * @example
 * const a = { rows: 1, dimension: 2, data: Float32Array.of(1, 0) };
 * const b = { rows: 3, dimension: 2, data: Float32Array.of(0, 1, 1, 0, 0.6, 0.8) };
 * await rowTopK(a, b, 2);
 * // { k: 2, values: Float32Array [1, 0.6], indices: Int32Array [1, 2] }
 */
export async function rowTopK(a: KernelMatrix, b: KernelMatrix, k: number, options: RowTopKOptions = {}): Promise<RowTopK> {
  const who = 'rowTopK';
  checkOperands(a, b, who);
  const n = a.rows;
  const m = b.rows;
  if (!Number.isInteger(k) || k < 1 || k > m) {
    throw new InvalidArgumentError(`rowTopK needs an integer k from 1 to the ${m} rows of B, got ${k}`);
  }
  const double = a.data instanceof Float64Array;
  const Values = double ? Float64Array : Float32Array;
  let bias = options.bias;
  if (bias !== undefined && (bias.length !== m || bias.constructor !== a.data.constructor)) {
    throw new InvalidArgumentError(`rowTopK needs a bias of length ${m} and the precision of A, got length ${bias.length}`);
  }
  bias ??= new Values(m);
  const values = new Values(n * k);
  const indices = new Int32Array(n * k);
  if (n === 0) return { k, values, indices };
  const plan = planBlocks(n, m, double ? 8 : 4, options.budgetBytes ?? DEFAULT_BUDGET_BYTES, who);
  const session = await kernelSession(k === 1 ? 'gemm-max' : 'gemm-top-k', double ? 'double' : 'float');
  const held = new Int32Array(n);
  const biasTensor = (c: number, cols: number): ort.Tensor => {
    const view = bias.subarray(c, c + cols);
    return view instanceof Float64Array ? new ort.Tensor('float64', view, [cols]) : new ort.Tensor('float32', view, [cols]);
  };
  for (let r = 0; r < n; r += plan.rowsPerBlock) {
    const rows = Math.min(plan.rowsPerBlock, n - r);
    const aTensor = rowSliceTensor(a, r, rows);
    for (let c = 0; c < m; c += plan.colsPerBlock) {
      const cols = Math.min(plan.colsPerBlock, m - c);
      const kk = Math.min(k, cols);
      const feeds: Record<string, ort.Tensor> = { a: aTensor, b: rowSliceTensor(b, c, cols), bias: biasTensor(c, cols) };
      if (k > 1) feeds.k = new ort.Tensor('int64', BigInt64Array.of(BigInt(kk)), [1]);
      const out = await session.run(feeds);
      const v = out.values.data as Float32Array | Float64Array;
      const ix = out.indices.data as BigInt64Array;
      for (let i = 0; i < rows; i++) {
        const row = r + i;
        if (held[row] === 0) {
          // First column block of this row: copy (the common case, when columns are not cut).
          for (let t = 0; t < kk; t++) {
            values[row * k + t] = v[i * kk + t];
            indices[row * k + t] = Number(ix[i * kk + t]) + c;
          }
          held[row] = kk;
        } else {
          held[row] = mergeDescending(values, indices, row * k, k, held[row], v, ix, i * kk, kk, c);
        }
      }
    }
  }
  return { k, values, indices };
}
