/**
 * Matrix kernels on onnxruntime (CPU, two threads), for the embedding metrics. Products of
 * A (n × d) by Bᵀ (B m × d), float32 or float64, streamed in blocks of at most `budgetBytes`
 * (default 256 MiB) or reduced inside onnxruntime (top-k per row):
 *
 *   matmulTransposed(a, b)            → the whole n × m product (refused above the budget)
 *   forEachProductBlock(a, b, visit)  → the product block by block, never all at once
 *   rowTopK(a, b, k, { bias })        → the k largest of each row of A·Bᵀ + bias, and their columns
 *
 * Internal to synthscope (not exported from the package index).
 */
export { matmulTransposed } from './matmul-transposed.js';
export { forEachProductBlock } from './for-each-product-block.js';
export type { ProductBlock } from './for-each-product-block.js';
export { rowTopK } from './row-top-k.js';
export type { RowTopK, RowTopKOptions } from './row-top-k.js';
export { DEFAULT_BUDGET_BYTES } from './kernel-matrix.js';
export type { KernelMatrix, KernelOptions } from './kernel-matrix.js';
