import { cholesky } from './cholesky.js';
import { multiply } from './multiply.js';
import { symmetricEigen } from './symmetric-eigen.js';

export interface TraceSqrtProductOptions {
  /**
   * 'auto' (default) factors Σ2 (or else Σ1) by Cholesky and falls back to the eigenvector route
   * when both are singular in floating point; 'eigen' always takes the eigenvector route.
   */
  method?: 'auto' | 'eigen';
}

/**
 * Tr((Σ1 Σ2)^{1/2}) for symmetric positive semidefinite Σ1, Σ2 (d × d row-major float64): the
 * cross term of the Fréchet distance. Σ1 Σ2 is not symmetric, but it is similar to symmetric
 * PSD matrices whose eigenvalues are real and non-negative, so the trace of its principal square
 * root is Σ √μ over those eigenvalues (negative round-off is clamped to 0):
 *
 * - Cholesky route, Σ2 = L Lᵀ: Σ1 Σ2 = Σ1 L Lᵀ is similar to Lᵀ Σ1 L (≈ 2.5 d³ flops);
 * - eigenvector route, Σ1 = V Λ Vᵀ: Σ1 Σ2 is similar to Λ^{1/2} Vᵀ Σ2 V Λ^{1/2}, which is
 *   orthogonally similar to Σ1^{1/2} Σ2 Σ1^{1/2} (≈ 13 d³ flops, works for singular Σ1, Σ2).
 *
 * Eigenvalues within round-off of zero (≤ d·ε·max μ) count as zero: with singular covariances
 * (fewer rows than dimensions) their square roots, ≈ √ε each, would otherwise add up to noise.
 *
 * Agrees with numpy.trace(scipy.linalg.sqrtm(Σ1 @ Σ2)) (scipy 1.10) to about 1e-13 where sqrtm
 * is accurate, and with the exact nuclear-norm form where sqrtm is not (singular covariances:
 * 1e-14 against sqrtm's 5e-8 in the reference fixture).
 *
 * @example
 * traceSqrtProduct(Float64Array.of(4, 0, 0, 1), Float64Array.of(1, 0, 0, 9), 2) // 5
 */
export function traceSqrtProduct(s1: Float64Array, s2: Float64Array, d: number, options: TraceSqrtProductOptions = {}): number {
  if (d === 0) return 0;
  let m: Float64Array | null = null;
  if ((options.method ?? 'auto') === 'auto') {
    const l2 = cholesky(s2, d);
    if (l2) m = congruence(s1, l2, d);
    else {
      const l1 = cholesky(s1, d);
      if (l1) m = congruence(s2, l1, d);
    }
  }
  if (!m) m = eigenRoute(s1, s2, d);
  const { values } = symmetricEigen(m, d, { vectors: false });
  // Eigenvalues within round-off of zero (|μ| ≤ d·ε·max μ) are zero: their square roots,
  // about √ε·‖M‖^{1/2} each, would otherwise add up to noise when the covariances are singular.
  const cut = d * Number.EPSILON * Math.max(values[d - 1], 0);
  let trace = 0;
  for (let i = 0; i < d; i++) if (values[i] > cut) trace += Math.sqrt(values[i]);
  return trace;
}

/** Lower triangle of Lᵀ S L for symmetric S and lower-triangular L (upper triangle left 0). */
function congruence(s: Float64Array, l: Float64Array, d: number): Float64Array {
  // B = S L: B[i][j] = Σ_{k ≥ j} S[i][k] L[k][j].
  const b = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    const bi = i * d;
    for (let k = 0; k < d; k++) {
      const f = s[bi + k];
      if (f === 0) continue;
      const lk = k * d;
      for (let j = 0; j <= k; j++) b[bi + j] += f * l[lk + j];
    }
  }
  // M = Lᵀ B, lower triangle: M[i][j] = Σ_{k ≥ i} L[k][i] B[k][j] for j ≤ i.
  const m = new Float64Array(d * d);
  for (let k = 0; k < d; k++) {
    const lk = k * d;
    const bk = k * d;
    for (let i = 0; i <= k; i++) {
      const f = l[lk + i];
      if (f === 0) continue;
      const mi = i * d;
      for (let j = 0; j <= i; j++) m[mi + j] += f * b[bk + j];
    }
  }
  return m;
}

/** Λ^{1/2} Vᵀ Σ2 V Λ^{1/2} with Σ1 = V Λ Vᵀ (negative eigenvalues of Σ1 clamped to 0). */
function eigenRoute(s1: Float64Array, s2: Float64Array, d: number): Float64Array {
  const { values, vectors } = symmetricEigen(s1, d);
  const v = vectors as Float64Array;
  const p = multiply(v, multiply(s2, v, d, d, d), d, d, d, true);
  const root = values.map((x) => Math.sqrt(Math.max(x, 0)));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) p[i * d + j] *= root[i] * root[j];
  }
  return p;
}
