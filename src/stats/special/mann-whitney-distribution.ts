/**
 * Exact null distribution of the Mann–Whitney U statistic for sample sizes n1, n2 without ties.
 *
 * The counts of U are the coefficients of the Gaussian binomial coefficient
 * [n1+n2 choose n1]_q = Π_{i=1..m} (1 − q^(n+i)) / (1 − q^i), m = min(n1, n2), n = max
 * (Mann & Whitney 1947; Di Bucchianico 1999, J. Stat. Plan. Inference 79). Built one factor at a
 * time, each step divides by (1 − q^i) (running sums with stride i), multiplies by (1 − q^(n+i))
 * and rescales by i/(n+i), so the coefficients stay probabilities (no overflow past
 * C(n1+n2, n1) ≈ 1e308). Only the lower half, u ≤ ⌊mn/2⌋, is computed: there the subtraction
 * loses little, and the upper half follows by the symmetry P(U = u) = P(U = mn − u).
 * Cost O(m²n/2).
 */
export function mannWhitneyLowerPmf(n1: number, n2: number): Float64Array {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const K = Math.floor((m * n) / 2);
  const c = new Float64Array(K + 1);
  c[0] = 1;
  for (let i = 1; i <= m; i++) {
    const top = Math.min(K, i * n);
    for (let k = i; k <= top; k++) c[k] += c[k - i];
    for (let k = top; k >= n + i; k--) c[k] -= c[k - n - i];
    const scale = i / (n + i);
    for (let k = 0; k <= top; k++) c[k] *= scale;
  }
  return c;
}

/** P(U ≤ k) under the null for sizes n1, n2 (no ties), from the lower-half pmf. */
export function mannWhitneyCdf(k: number, n1: number, n2: number, lowerPmf = mannWhitneyLowerPmf(n1, n2)): number {
  const mn = n1 * n2;
  if (k < 0) return 0;
  if (k >= mn) return 1;
  const K = lowerPmf.length - 1;
  const direct = (upTo: number): number => {
    let s = 0;
    for (let u = 0; u <= upTo; u++) s += lowerPmf[u];
    return s;
  };
  if (k <= K) return direct(k);
  return 1 - direct(mn - k - 1);
}
