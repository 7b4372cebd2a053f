import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type Matrix, type MatrixLike } from '../../core/matrix.js';
import { createRng, type Rng } from '../../core/rng.js';
import { centerRows } from './center-rows.js';
import { forEachProductBlock } from './for-each-product-block.js';
import { DEFAULT_BUDGET_BYTES, type KernelOptions } from './kernel-matrix.js';
import { medianPairwiseDistance } from './median-pairwise-distance.js';
import { rowSquaredNorms } from './row-squared-norms.js';

export interface MmdOptions extends KernelOptions {
  /** RBF bandwidth σ > 0, or 'median' (default): the median pairwise distance of the pooled rows. */
  sigma?: 'median' | number;
  /** Seed of the rng that subsamples rows for the median (and draws permutations in mmdTest). Default 0. */
  seed?: number;
  /** Most pooled rows whose pairs enter the median heuristic; more are subsampled. Default 5,000 (12.5 million pairs). */
  medianMaxRows?: number;
}

/** How σ was chosen; recorded in every MMD result so that subsampling is never silent. */
export type SigmaSource =
  | { method: 'given' }
  | { method: 'median'; rows: number; pairs: number; subsampled: boolean };

export interface MmdSetup {
  n: number;
  m: number;
  /** Real rows then synthetic rows, centred on their pooled mean (float32). */
  pooled: Matrix;
  norms: Float64Array;
  sigma: number;
  sigmaSource: SigmaSource;
  rng: Rng;
  /** Squared distances of all pooled pairs i < j, row by row, when the median pass made them all. */
  pairSquared: Float64Array | null;
  budgetBytes: number;
}

/**
 * Shared first steps of mmd2 and mmdTest: validation, pooling and centring, and σ (given or by
 * the median heuristic over pooled pairs).
 */
export async function mmdSetup(real: MatrixLike, synthetic: MatrixLike, options: MmdOptions, who: string): Promise<MmdSetup> {
  const x = toMatrix(real, who);
  const y = toMatrix(synthetic, who);
  if (x.dimension !== y.dimension) {
    throw new InvalidArgumentError(`${who} needs embeddings of the same dimension, got ${x.dimension} (real) and ${y.dimension} (synthetic)`);
  }
  if (x.rows < 2 || y.rows < 2) {
    throw new InvalidArgumentError(`${who} needs at least 2 rows on each side for the unbiased statistic, got ${x.rows} real and ${y.rows} synthetic`);
  }
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed)) throw new InvalidArgumentError(`${who} needs an integer seed, got ${seed}`);
  const maxRows = options.medianMaxRows ?? 5000;
  if (!Number.isInteger(maxRows) || maxRows < 2) {
    throw new InvalidArgumentError(`${who} needs medianMaxRows to be an integer ≥ 2, got ${maxRows}`);
  }
  const budgetBytes = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const sigmaOption = options.sigma ?? 'median';
  if (sigmaOption !== 'median' && !(typeof sigmaOption === 'number' && Number.isFinite(sigmaOption) && sigmaOption > 0)) {
    throw new InvalidArgumentError(`${who} needs sigma to be 'median' or a positive finite number, got ${String(sigmaOption)}`);
  }
  const [xc, yc] = centerRows([x, y]);
  const data = new Float32Array(xc.data.length + yc.data.length);
  data.set(xc.data);
  data.set(yc.data, xc.data.length);
  const pooled: Matrix = { rows: x.rows + y.rows, dimension: x.dimension, data };
  const norms = rowSquaredNorms(pooled);
  const rng = createRng(seed);
  const base = { n: x.rows, m: y.rows, pooled, norms, rng, budgetBytes };
  if (sigmaOption !== 'median') {
    return { ...base, sigma: sigmaOption, sigmaSource: { method: 'given' }, pairSquared: null };
  }
  // The median needs every pair's distance at once (8 bytes each): keep that within the budget too.
  const maxPairs = budgetBytes / 8;
  const budgetRows = Math.floor((1 + Math.sqrt(1 + 8 * maxPairs)) / 2);
  const median = await medianPairwiseDistance(pooled, norms, Math.max(2, Math.min(maxRows, budgetRows)), rng, { budgetBytes });
  if (!(median.median > 0)) {
    throw new InvalidArgumentError(`${who} got a median pairwise distance of 0 (at least half of the pooled pairs are identical rows), so the median heuristic gives no bandwidth; pass sigma explicitly`);
  }
  return {
    ...base,
    sigma: median.median,
    sigmaSource: { method: 'median', rows: median.rows, pairs: median.pairs, subsampled: median.subsampled },
    pairSquared: median.subsampled ? null : median.squared,
  };
}

/**
 * Visits the squared distances of all pooled pairs i < j row by row: `visit(i, d2)` where d2[t]
 * is ‖pᵢ − pⱼ‖² for j = i + 1 + t (clamped at 0). Reuses the median pass's distances when it
 * made them all, otherwise streams float32 Gemm blocks (at most `budgetBytes`); a row may then
 * arrive in several calls, with `from` the first j of each.
 */
export async function forEachPairRow(setup: MmdSetup, visit: (i: number, from: number, d2: Float64Array) => void): Promise<void> {
  const total = setup.pooled.rows;
  if (setup.pairSquared) {
    let start = 0;
    for (let i = 0; i < total - 1; i++) {
      const count = total - 1 - i;
      visit(i, i + 1, setup.pairSquared.subarray(start, start + count));
      start += count;
    }
    return;
  }
  const norms = setup.norms;
  const scratch = new Float64Array(total);
  await forEachProductBlock(
    setup.pooled,
    setup.pooled,
    (block) => {
      for (let bi = 0; bi < block.rows; bi++) {
        const i = block.rowStart + bi;
        const from = Math.max(i + 1, block.colStart);
        const to = block.colStart + block.cols;
        if (from >= to) continue;
        const offset = bi * block.cols - block.colStart;
        const ni = norms[i];
        for (let j = from; j < to; j++) {
          const s = ni + norms[j] - 2 * block.data[offset + j];
          scratch[j - from] = s > 0 ? s : 0;
        }
        visit(i, from, scratch.subarray(0, to - from));
      }
    },
    { budgetBytes: setup.budgetBytes },
  );
}
