import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type Matrix, type MatrixLike } from '../../core/matrix.js';
import { createRng, type Rng } from '../../core/rng.js';
import { centerRows } from './center-rows.js';
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
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
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
  if (sigmaOption !== 'median') {
    return { n: x.rows, m: y.rows, pooled, norms, sigma: sigmaOption, sigmaSource: { method: 'given' }, rng };
  }
  // The median needs every pair's distance at once (8 bytes each): keep that within the budget too.
  const maxPairs = budget / 8;
  const budgetRows = Math.floor((1 + Math.sqrt(1 + 8 * maxPairs)) / 2);
  const median = await medianPairwiseDistance(pooled, norms, Math.max(2, Math.min(maxRows, budgetRows)), rng, { budgetBytes: budget });
  if (!(median.median > 0)) {
    throw new InvalidArgumentError(`${who} got a median pairwise distance of 0 (at least half of the pooled pairs are identical rows), so the median heuristic gives no bandwidth; pass sigma explicitly`);
  }
  return {
    n: x.rows,
    m: y.rows,
    pooled,
    norms,
    sigma: median.median,
    sigmaSource: { method: 'median', rows: median.rows, pairs: median.pairs, subsampled: median.subsampled },
    rng,
  };
}
