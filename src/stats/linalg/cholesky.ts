/**
 * Cholesky factor L (lower triangular, row-major, zeros above the diagonal) with A = L Lᵀ, for a
 * symmetric positive definite float64 matrix; reads the lower triangle of A. Returns null instead
 * of throwing when a pivot is not positive (A singular or indefinite in floating point), so the
 * caller can fall back to an eigendecomposition. When it completes it is backward stable:
 * L Lᵀ = A + E with |E| ≤ γ_{n+1}|L||Lᵀ| (Higham, Accuracy and Stability of Numerical
 * Algorithms, 2nd ed., theorem 10.3), whatever the conditioning of A.
 *
 * @example
 * cholesky(Float64Array.of(4, 2, 2, 5), 2) // Float64Array [2, 0, 1, 2]
 */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let pivot = a[rj + j];
    for (let k = 0; k < j; k++) pivot -= l[rj + k] * l[rj + k];
    if (!(pivot > 0)) return null;
    const ljj = Math.sqrt(pivot);
    l[rj + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let s = a[ri + j];
      for (let k = 0; k < j; k++) s -= l[ri + k] * l[rj + k];
      l[ri + j] = s / ljj;
    }
  }
  return l;
}
