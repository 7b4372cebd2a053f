import { InvalidArgumentError } from '../../core/errors.js';
import type { MatrixLike } from '../../core/matrix.js';
import { forEachProductBlock } from '../kernels/for-each-product-block.js';
import { DEFAULT_BUDGET_BYTES } from '../kernels/kernel-matrix.js';
import { forEachPairRow, mmdSetup, type MmdOptions, type SigmaSource } from '../kernels/mmd-setup.js';

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
 * await mmdTest([[0], [1], [2], [3]], [[10], [11], [12], [13]], { permutations: 99, seed: 1 })
 * // { mmd2: 1.02386742…, sigma: 8, pValue: 0.02, permutations: 99, seed: 1,
 * //   sigmaSource: { method: 'median', rows: 8, pairs: 28, subsampled: false } }
 * // (2 of the 70 labellings, the observed one and its mirror image, reach 1.0239: exact p = 2/70)
 */
export async function mmdTest(real: MatrixLike, synthetic: MatrixLike, options: MmdTestOptions = {}): Promise<MmdTest> {
  const who = 'mmdTest';
  const permutations = options.permutations ?? 200;
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new InvalidArgumentError(`${who} needs a positive integer number of permutations, got ${permutations}`);
  }
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  // Refuse before any work: the pooled kernel matrix has to fit.
  const rowsOf = (x: MatrixLike): number => (Array.isArray(x) ? x.length : x.rows);
  const pooledRows = rowsOf(real) + rowsOf(synthetic);
  if (pooledRows * pooledRows * 8 > budget) {
    throw new InvalidArgumentError(
      `${who} needs the ${pooledRows} × ${pooledRows} pooled kernel matrix (${pooledRows * pooledRows * 8} bytes) in memory, over the budget of ${budget} bytes; raise budgetBytes or subsample the rows`,
    );
  }
  const setup = await mmdSetup(real, synthetic, options, who);
  const { n, m, sigma, sigmaSource, rng } = setup;
  const total = n + m;
  const gamma = 1 / (2 * sigma * sigma);
  // Filled from pairs i < j and mirrored, so K is exactly symmetric and a labelling and its
  // mirror image score alike; the diagonal stays 0 (the U-statistic leaves i = j out).
  const kernel = new Float64Array(total * total);
  await forEachPairRow(setup, (i, from, d2) => {
    const rowOffset = i * total;
    for (let t = 0; t < d2.length; t++) {
      const j = from + t;
      const v = Math.exp(-d2[t] * gamma);
      kernel[rowOffset + j] = v;
      kernel[j * total + i] = v;
    }
  });
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
