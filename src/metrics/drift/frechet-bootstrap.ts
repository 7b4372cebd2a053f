import type { Matrix } from '../../core/matrix.js';
import type { Rng } from '../../core/rng.js';
import { rowGram } from '../../stats/linalg/row-gram.js';
import { traceSqrtProduct } from '../../stats/linalg/trace-sqrt-product.js';

/** Memory for the blocks' d × d scatter matrices, both sides together: 64 MiB. */
const SCATTER_BUDGET_BYTES = 64 * 1024 * 1024;
/** Blocks per side at most; 50 random blocks resampled give the row bootstrap's spread closely. */
const MAX_BLOCKS = 50;
/** Blocks per side at least (fewer only for tiny samples): below ~10 the resampled spread is coarse. */
const MIN_BLOCKS = 10;

interface SideBlocks {
  d: number;
  mean: Float64Array;
  counts: Float64Array;
  /** Block sums of the centred rows, blocks × d. */
  sums: Float64Array;
  /** Block scatter matrices Σ (x − x̄)(x − x̄)ᵀ, blocks × d × d. */
  scatters: Float64Array;
}

export interface FrechetBootstrap {
  /** Number of random row blocks per side. */
  blocks: number;
  /** The Fréchet distance of one resample: each side's blocks drawn with replacement. */
  resample(rng: Rng): number;
}

/**
 * Bootstrap of the Fréchet distance (`frechetDistance`) over random blocks of rows: each side's
 * rows are split at random into B blocks (B = 10 to 50, fewer when d is large so that the blocks'
 * d × d scatter matrices fit 64 MiB), and a resample draws B blocks per side with replacement,
 * pooling their row counts, sums and scatter matrices into a mean and covariance (ddof 1):
 * O(B d²) plus one Tr√(Σ₁Σ₂) (`traceSqrtProduct`) per resample, instead of O(n d²) for a row
 * bootstrap. The blocks are random, so their sums are independent and identically distributed,
 * and resampling them estimates the statistic's sampling spread as resampling rows would (the
 * block bootstrap of i.i.d. data). Rows are centred by their side's mean before the sums, which
 * keeps the pooled covariance free of cancellation.
 *
 * @example
 * const boot = createFrechetBootstrap(realRows, syntheticRows, createRng(1));
 * boot.resample(createRng(2)) // ≈ frechetDistance(realRows, syntheticRows) ± its sampling spread
 */
export function createFrechetBootstrap(real: Matrix, synthetic: Matrix, rng: Rng): FrechetBootstrap {
  const d = real.dimension;
  const byMemory = Math.floor(SCATTER_BUDGET_BYTES / (2 * 8 * d * d));
  const blocks = Math.max(1, Math.min(MAX_BLOCKS, Math.max(MIN_BLOCKS, byMemory), real.rows, synthetic.rows));
  const a = sideBlocks(real, blocks, rng);
  const b = sideBlocks(synthetic, blocks, rng);
  const pick = new Int32Array(blocks);
  const draw = (side: SideBlocks, r: Rng) => {
    for (let t = 0; t < blocks; t++) pick[t] = r.int(blocks);
    return pooled(side, pick);
  };
  return {
    blocks,
    resample(r) {
      const x = draw(a, r);
      const y = draw(b, r);
      let meanTerm = 0;
      let traceTerm = 0;
      for (let i = 0; i < d; i++) {
        const diff = x.mean[i] - y.mean[i];
        meanTerm += diff * diff;
        traceTerm += x.covariance[i * d + i] + y.covariance[i * d + i];
      }
      return Math.max(0, meanTerm + traceTerm - 2 * traceSqrtProduct(x.covariance, y.covariance, d));
    },
  };
}

function sideBlocks(x: Matrix, blocks: number, rng: Rng): SideBlocks {
  const n = x.rows;
  const d = x.dimension;
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let c = 0; c < d; c++) mean[c] += x.data[r * d + c];
  for (let c = 0; c < d; c++) mean[c] /= n;
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const counts = new Float64Array(blocks);
  const sums = new Float64Array(blocks * d);
  const scatters = new Float64Array(blocks * d * d);
  for (let blk = 0; blk < blocks; blk++) {
    const start = Math.floor((blk * n) / blocks);
    const end = Math.floor(((blk + 1) * n) / blocks);
    const rows = end - start;
    counts[blk] = rows;
    // Centred rows of the block, transposed (d × rows) for rowGram.
    const t = new Float64Array(d * rows);
    for (let k = 0; k < rows; k++) {
      const o = order[start + k] * d;
      for (let c = 0; c < d; c++) {
        const v = x.data[o + c] - mean[c];
        t[c * rows + k] = v;
        sums[blk * d + c] += v;
      }
    }
    scatters.set(rowGram(t, d, rows), blk * d * d);
  }
  return { d, mean, counts, sums, scatters };
}

function pooled(side: SideBlocks, pick: Int32Array): { mean: Float64Array; covariance: Float64Array } {
  const { d } = side;
  let n = 0;
  const s1 = new Float64Array(d);
  const s2 = new Float64Array(d * d);
  for (const blk of pick) {
    n += side.counts[blk];
    for (let c = 0; c < d; c++) s1[c] += side.sums[blk * d + c];
    const o = blk * d * d;
    for (let i = 0; i < d * d; i++) s2[i] += side.scatters[o + i];
  }
  const mean = new Float64Array(d);
  for (let c = 0; c < d; c++) mean[c] = side.mean[c] + s1[c] / n;
  const covariance = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) covariance[i * d + j] = (s2[i * d + j] - (s1[i] * s1[j]) / n) / (n - 1);
  }
  return { mean, covariance };
}
