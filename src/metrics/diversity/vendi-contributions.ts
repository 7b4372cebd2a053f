import type { Matrix } from '../../core/matrix.js';
import { matmulTransposed } from '../../stats/kernels/matmul-transposed.js';
import { rowGram } from '../../stats/linalg/row-gram.js';
import { symmetricEigen } from '../../stats/linalg/symmetric-eigen.js';

/**
 * Per-row terms of the log Vendi score with the cosine kernel: with unit rows xᵢ and
 * K = Σᵢ xᵢxᵢᵀ / n = V Λ Vᵀ, hᵢ = −xᵢᵀ log(K) xᵢ = −Σₖ log λₖ (vₖᵀxᵢ)² over λₖ > 0, and
 * mean(hᵢ) = −Σₖ λₖ log λₖ = log VS exactly (Friedman & Dieng 2023's entropy, since the
 * eigenvalues of K equal those of the n × n kernel matrix / n).
 *
 * hᵢ is also the derivative of log VS with respect to row i's weight (plus a constant), so the
 * bootstrap of mean(hᵢ) is the linearised (infinitesimal-jackknife, Jaeckel 1972; Efron 1982,
 * ch. 6) bootstrap of log VS: O(n) per resample instead of an eigendecomposition.
 *
 * Computed from the d × d matrix XᵀX/n when n ≥ d; when n < d from the n × n Gram G = XXᵀ/n
 * = UΛUᵀ, where (vₖᵀxᵢ)² = n λₖ Uᵢₖ². Float64 throughout (the projections vₖᵀxᵢ by onnxruntime's
 * double-precision Gemm); rows are scaled to unit length (zero rows are the caller's to leave out).
 */
export async function vendiRowContributions(x: Matrix): Promise<Float64Array> {
  const n = x.rows;
  const d = x.dimension;
  const unit = new Float64Array(n * d);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = 0; c < d; c++) s += x.data[r * d + c] * x.data[r * d + c];
    const inv = 1 / Math.sqrt(s);
    for (let c = 0; c < d; c++) unit[r * d + c] = x.data[r * d + c] * inv;
  }
  const h = new Float64Array(n);
  if (n >= d) {
    const t = new Float64Array(d * n);
    for (let r = 0; r < n; r++) for (let c = 0; c < d; c++) t[c * n + r] = unit[r * d + c];
    const k = rowGram(t, d, n);
    for (let i = 0; i < k.length; i++) k[i] /= n;
    const { values, vectors } = symmetricEigen(k, d);
    // Eigenvectors with a positive eigenvalue, one per row (contiguous), and their logs.
    const keep: number[] = [];
    for (let j = 0; j < d; j++) if (values[j] > 0) keep.push(j);
    const vt = new Float64Array(keep.length * d);
    keep.forEach((j, t) => {
      for (let c = 0; c < d; c++) vt[t * d + c] = vectors![c * d + j];
    });
    const logs = keep.map((j) => Math.log(values[j]));
    if (keep.length > 0) {
      // Projections P = X Vₖ (n × kept), in row blocks so a block stays within the kernel budget.
      const p = await matmulTransposed({ rows: n, dimension: d, data: unit }, { rows: keep.length, dimension: d, data: vt });
      const kk = keep.length;
      for (let r = 0; r < n; r++) {
        let s = 0;
        for (let t = 0; t < kk; t++) {
          const v = p.data[r * kk + t];
          s -= logs[t] * v * v;
        }
        h[r] = s;
      }
    }
  } else {
    const g = rowGram(unit, n, d);
    for (let i = 0; i < g.length; i++) g[i] /= n;
    const { values, vectors } = symmetricEigen(g, n);
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const l = values[j];
        if (l <= 0) continue;
        const u = vectors![r * n + j];
        s -= n * l * Math.log(l) * u * u;
      }
      h[r] = s;
    }
  }
  return h;
}
