const TWO_128 = 2 ** 128;

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const rowOut = i * m;
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const rowB = k * m;
      for (let j = 0; j < m; j++) out[rowOut + j] += aik * b[rowB + j];
    }
  }
  return out;
}

/** Divides by 2^128 while the largest entry exceeds 2^128; returns how many times (as a power of 2). */
function rescale(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i]);
    if (v > max) max = v;
  }
  let exponent = 0;
  while (max > TWO_128) {
    for (let i = 0; i < a.length; i++) a[i] /= TWO_128;
    max /= TWO_128;
    exponent += 128;
  }
  return exponent;
}

/** x · 2^e without intermediate overflow or underflow. */
export function ldexp(x: number, e: number): number {
  while (e > 512) {
    x *= 2 ** 512;
    e -= 512;
  }
  while (e < -512) {
    x *= 2 ** -512;
    e += 512;
  }
  return x * 2 ** e;
}

/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov–Smirnov statistic by Durbin's matrix
 * (Durbin 1968) as arranged by Marsaglia, Tsang & Wang (2003, J. Stat. Softw. 8(18)):
 * with k = ⌈nd⌉, h = k − nd and m = 2k − 1, P = n!/nⁿ · (Hⁿ)_{k,k}, where
 * H_{ij} = 1/(i−j+1)! (0 when i−j+1 < 0), the first column and last row carry the (1 − h^i)
 * corrections and the corner (1 − 2hᵐ + max(0, 2h−1)ᵐ)/m!. Powers by repeated squaring with
 * binary exponents tracked separately, so nothing overflows. Cost O(m³ log n).
 */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const invFact = new Float64Array(m + 1);
  invFact[0] = 1;
  for (let j = 1; j <= m; j++) invFact[j] = invFact[j - 1] / j;

  let base: Float64Array<ArrayBuffer> = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const r = i - j + 1;
      if (r >= 0) base[i * m + j] = invFact[r];
    }
  }
  for (let i = 0; i < m; i++) base[i * m] = (1 - h ** (i + 1)) * invFact[i + 1];
  for (let j = 0; j < m; j++) base[(m - 1) * m + j] = (1 - h ** (m - j)) * invFact[m - j];
  base[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * invFact[m];

  let result: Float64Array<ArrayBuffer> | null = null;
  let resultExp = 0;
  let baseExp = 0;
  let e = n;
  while (e > 0) {
    if (e % 2 === 1) {
      if (result === null) {
        result = base.slice();
        resultExp = baseExp;
      } else {
        result = multiply(result, base, m);
        resultExp += baseExp + rescale(result);
      }
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base = multiply(base, base, m);
      baseExp = 2 * baseExp + rescale(base);
    }
  }
  let p = (result as Float64Array)[(k - 1) * m + (k - 1)];
  let exponent = resultExp;
  for (let i = 1; i <= n; i++) {
    p = (p * i) / n;
    if (Math.abs(p) < 2 ** -128) {
      p *= TWO_128;
      exponent -= 128;
    }
  }
  return ldexp(p, exponent);
}
