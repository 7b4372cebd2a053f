/**
 * Dense product C = op(A) · B of row-major float64 matrices, where op(A) is A (m × k) or, with
 * `transposeA`, the transpose of a k × m array. Loops run along contiguous rows of B and C
 * (i-k-j order, four rows of C per pass over a row of B); enough for the d ≤ 1024 square products
 * of the embedding metrics.
 *
 * @example
 * multiply(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), 2, 2, 2) // [19, 22, 43, 50]
 */
export function multiply(a: Float64Array, b: Float64Array, m: number, k: number, n: number, transposeA = false): Float64Array {
  const c = new Float64Array(m * n);
  // a(i, p): element (i, p) of op(A).
  const rowStride = transposeA ? 1 : k;
  const colStride = transposeA ? m : 1;
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const o0 = i * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    for (let p = 0; p < k; p++) {
      const base = p * colStride;
      const x0 = a[i * rowStride + base];
      const x1 = a[(i + 1) * rowStride + base];
      const x2 = a[(i + 2) * rowStride + base];
      const x3 = a[(i + 3) * rowStride + base];
      const bp = p * n;
      for (let j = 0; j < n; j++) {
        const y = b[bp + j];
        c[o0 + j] += x0 * y;
        c[o1 + j] += x1 * y;
        c[o2 + j] += x2 * y;
        c[o3 + j] += x3 * y;
      }
    }
  }
  for (; i < m; i++) {
    const o = i * n;
    for (let p = 0; p < k; p++) {
      const x = a[i * rowStride + p * colStride];
      if (x === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) c[o + j] += x * b[bp + j];
    }
  }
  return c;
}
