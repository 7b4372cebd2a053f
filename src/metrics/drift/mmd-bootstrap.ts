import type { Matrix } from '../../core/matrix.js';
import type { Rng } from '../../core/rng.js';
import { matmulTransposed } from '../../stats/kernels/matmul-transposed.js';
import { forEachPairRow, mmdSetup } from '../../stats/kernels/mmd-setup.js';

/**
 * Bootstrap replicates of the unbiased MMD² of `mmd2`/`mmdTest` (RBF kernel of bandwidth
 * `sigma`), for a percentile CI. Each replicate draws n real and m synthetic rows with
 * replacement, as multiplicities c; the pair sums are then quadratic forms of the pooled kernel
 * matrix K (diagonal zeroed, built as mmdTest builds it), all replicates at once with one float64
 * Gemm [C_real; C_synthetic] · K on onnxruntime:
 *
 *   MMD²* = c_Xᵀ K c_X / (n² − Σ c_X²) + c_Yᵀ K c_Y / (m² − Σ c_Y²) − 2 c_Xᵀ K c_Y / (n m).
 *
 * Pairs of copies of one original row are left out (K's zero diagonal) and the normalisers count
 * only the remaining pairs, so a replicate has the estimator's expectation: keeping those pairs
 * (kernel value 1) would pull every replicate's within-side terms up, and a percentile interval
 * of real-vs-real data would then miss its own estimate.
 *
 * @example
 * await mmdBootstrap(realRows, syntheticRows, 0.8, 200, createRng(3)) // Float64Array(200) […]
 */
export async function mmdBootstrap(real: Matrix, synthetic: Matrix, sigma: number, resamples: number, rng: Rng): Promise<Float64Array> {
  const setup = await mmdSetup(real, synthetic, { sigma }, 'mmdBootstrap');
  const { n, m } = setup;
  const total = n + m;
  const gamma = 1 / (2 * sigma * sigma);
  const kernel = new Float64Array(total * total);
  await forEachPairRow(setup, (i, from, d2) => {
    for (let t = 0; t < d2.length; t++) {
      const j = from + t;
      const v = Math.exp(-d2[t] * gamma);
      kernel[i * total + j] = v;
      kernel[j * total + i] = v;
    }
  });
  // Rows 0 … B−1: real multiplicities (zero on synthetic columns); rows B … 2B−1: synthetic.
  const counts = new Float64Array(2 * resamples * total);
  const squares = new Float64Array(2 * resamples);
  for (let b = 0; b < resamples; b++) {
    const realRow = b * total;
    for (let t = 0; t < n; t++) counts[realRow + rng.int(n)]++;
    const synthRow = (resamples + b) * total;
    for (let t = 0; t < m; t++) counts[synthRow + n + rng.int(m)]++;
    for (let i = 0; i < total; i++) {
      squares[b] += counts[realRow + i] ** 2;
      squares[resamples + b] += counts[synthRow + i] ** 2;
    }
  }
  const weighted = await matmulTransposed({ rows: 2 * resamples, dimension: total, data: counts }, { rows: total, dimension: total, data: kernel });
  const out = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    const realRow = b * total;
    const synthRow = (resamples + b) * total;
    let xx = 0;
    let yy = 0;
    let xy = 0;
    for (let i = 0; i < total; i++) {
      xx += counts[realRow + i] * weighted.data[realRow + i];
      xy += counts[realRow + i] * weighted.data[synthRow + i];
      yy += counts[synthRow + i] * weighted.data[synthRow + i];
    }
    out[b] = xx / (n * n - squares[b]) + yy / (m * m - squares[resamples + b]) - (2 * xy) / (n * m);
  }
  return out;
}
