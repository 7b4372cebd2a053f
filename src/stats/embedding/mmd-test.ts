import { InvalidArgumentError } from '../../core/errors.js';
import type { MatrixLike } from '../../core/matrix.js';
import { forEachProductBlock } from '../kernels/for-each-product-block.js';
import { DEFAULT_BUDGET_BYTES } from '../kernels/kernel-matrix.js';
import { mmdSetup, type MmdOptions, type SigmaSource } from '../kernels/mmd-setup.js';

export interface MmdTestOptions extends MmdOptions {
  /** Number of random relabellings; default 200. */
  permutations?: number;
}

export interface MmdTest {
  /** Unbiased MMD² of the observed split (as mmd2, to float64 rounding of the same kernel values). */
  mmd2: number;
  sigma: number;
  sigmaSource: SigmaSource;
  /** (1 + #{permuted MMD² ≥ observed}) / (1 + permutations). */
  pValue: number;
  permutations: number;
  seed: number;
}

/**
 * Kernel two-sample permutation test of "real and synthetic embeddings come from the same
 * distribution", with the unbiased MMD² of `mmd2` (Gretton et al. 2012, JMLR 13, §5 and the
 * permutation approach of its §10; same RBF kernel and σ rules). The pooled rows are relabelled
 * `permutations` times (default 200): each time the index order is Fisher–Yates shuffled further
 * by `createRng(seed)` (default seed 0; after any draws made for the median heuristic) and its
 * first n indices are called real. p = (1 + #{permuted ≥ observed}) / (1 + permutations), the
 * Monte-Carlo p-value that never reaches 0 (Phipson & Smyth 2010); statistics within 1e-9 × the
 * mean kernel value of the observed one count as ties (≥), as rounding can split a mathematical tie.
 *
 * The pooled (n+m) × (n+m) kernel matrix is computed once (float32 Gemm, float64 kernel values,
 * diagonal zeroed) and must fit `budgetBytes` (default 256 MiB, i.e. n + m ≤ 5,792); above that
 * the test is refused rather than recomputing distances per permutation. All labellings are then
 * scored at once: with Z the (1+P) × (n+m) 0/1 matrix of "real" labels, Σ_{i≠j∈real} k = zᵀKz
 * comes from one float64 Gemm Z·K, and the other two sums from the row sums of K.
 *
 * @param real n × d embeddings, n ≥ 2
 * @param synthetic m × d embeddings, m ≥ 2
 * @example
 * await mmdTest(realRows, syntheticRows, { permutations: 200, seed: 1 })
 * // { mmd2: 0.0123…, sigma: 0.98…, pValue: 0.004975…, permutations: 200, seed: 1, sigmaSource: { method: 'median', … } }
 */
export async function mmdTest(real: MatrixLike, synthetic: MatrixLike, options: MmdTestOptions = {}): Promise<MmdTest> {
  const who = 'mmdTest';
  const permutations = options.permutations ?? 200;
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new InvalidArgumentError(`${who} needs a positive integer number of permutations, got ${permutations}`);
  }
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const { n, m, pooled, norms, sigma, sigmaSource, rng } = await mmdSetup(real, synthetic, options, who);
  const total = n + m;
  if (total * total * 8 > budget) {
    throw new InvalidArgumentError(
      `${who} needs the ${total} × ${total} pooled kernel matrix (${total * total * 8} bytes) in memory, over the budget of ${budget} bytes; raise budgetBytes or subsample the rows`,
    );
  }
  const gamma = 1 / (2 * sigma * sigma);
  const kernel = new Float64Array(total * total);
  await forEachProductBlock(
    pooled,
    pooled,
    (block) => {
      for (let bi = 0; bi < block.rows; bi++) {
        const i = block.rowStart + bi;
        const ni = norms[i];
        for (let bj = 0; bj < block.cols; bj++) {
          const j = block.colStart + bj;
          const s = ni + norms[j] - 2 * block.data[bi * block.cols + bj];
          kernel[i * total + j] = i === j ? 0 : Math.exp(-(s > 0 ? s : 0) * gamma);
        }
      }
    },
    { budgetBytes: budget },
  );
  // K from a float32 product is symmetric only up to rounding: symmetrise so that a labelling
  // and its mirror image score alike.
  for (let i = 0; i < total; i++) {
    for (let j = i + 1; j < total; j++) {
      const v = (kernel[i * total + j] + kernel[j * total + i]) / 2;
      kernel[i * total + j] = v;
      kernel[j * total + i] = v;
    }
  }
  const rowSums = new Float64Array(total);
  let kernelTotal = 0;
  for (let i = 0; i < total; i++) {
    let s = 0;
    for (let j = 0; j < total; j++) s += kernel[i * total + j];
    rowSums[i] = s;
    kernelTotal += s;
  }

  // Row 0: the observed labelling; rows 1..P: permutations.
  const labels = new Float64Array((permutations + 1) * total);
  for (let i = 0; i < n; i++) labels[i] = 1;
  const order = Array.from({ length: total }, (_, i) => i);
  for (let p = 1; p <= permutations; p++) {
    rng.shuffle(order);
    for (let t = 0; t < n; t++) labels[p * total + order[t]] = 1;
  }
  const sameReal = new Float64Array(permutations + 1);
  await forEachProductBlock(
    { rows: permutations + 1, dimension: total, data: labels },
    { rows: total, dimension: total, data: kernel },
    (block) => {
      for (let bp = 0; bp < block.rows; bp++) {
        const p = block.rowStart + bp;
        let s = 0;
        for (let bj = 0; bj < block.cols; bj++) s += labels[p * total + block.colStart + bj] * block.data[bp * block.cols + bj];
        sameReal[p] += s;
      }
    },
    { budgetBytes: budget },
  );
  const statistic = (p: number): number => {
    let realRowSums = 0;
    for (let i = 0; i < total; i++) if (labels[p * total + i] === 1) realRowSums += rowSums[i];
    const sxx = sameReal[p];
    const sxy = realRowSums - sxx;
    const syy = kernelTotal - 2 * realRowSums + sxx;
    return sxx / (n * (n - 1)) + syy / (m * (m - 1)) - (2 * sxy) / (n * m);
  };
  const observed = statistic(0);
  const tie = 1e-9 * (kernelTotal / (total * (total - 1)));
  let atLeast = 0;
  for (let p = 1; p <= permutations; p++) if (statistic(p) >= observed - tie) atLeast++;
  return { mmd2: observed, sigma, sigmaSource, pValue: (1 + atLeast) / (1 + permutations), permutations, seed: options.seed ?? 0 };
}
