/**
 * Exact null distribution of the two-sample Smirnov statistics for sample sizes n1 and n2
 * (continuous data, no ties), as P(D ≥ h/lcm(n1, n2)) with h an integer.
 *
 * The pooled ordering of the two samples is a lattice path from (0, 0) to (n1, n2), all
 * C(n1+n2, n1) paths equally likely; at (i, j) the ECDF difference is i/n1 − j/n2, so
 * D ≥ h/lcm ⇔ the path touches |n2·i − n1·j| ≥ h·g (g = gcd), or n2·i − n1·j ≥ h·g for D⁺.
 *
 * Unequal sizes use the recursion of Viehmann (2021, arXiv:2102.08037) on the probability
 * u(i, j) that a random path to (i, j) has already touched the boundary:
 *   u = 1 on the boundary, else u(i, j) = [i·u(i−1, j) + j·u(i, j−1)] / (i + j),
 * which stays in [0, 1], needs no binomial coefficients and keeps tiny p-values to full relative
 * precision. Only the band between the two lines is visited: O(D·n1·n2) time, O(min(n1,n2)) memory.
 * Equal sizes use the closed forms from the reflection principle (Gnedenko & Korolyuk 1951;
 * Hodges 1958, Arkiv för Matematik 3(43)).
 */

/** Two-sided, n1 = n2 = n: P(D ≥ h/n) = 2 Σ_{k≥1} (−1)^(k+1) C(2n, n−kh) / C(2n, n). */
export function smirnovTwoSidedEqualSf(n: number, h: number): number {
  if (h <= 0) return 1;
  // r_k = C(2n, n−kh) / C(2n, n−(k−1)h) = Π_{j=1..h} (n − kh + j) / (n + kh − j + 1);
  // P = 2 r₁(1 − r₂(1 − r₃(1 − …))), evaluated from the innermost term outwards.
  const kMax = Math.floor(n / h);
  let inner = 0;
  for (let k = kMax; k >= 1; k--) {
    let r = 1;
    for (let j = 1; j <= h; j++) r *= (n - k * h + j) / (n + k * h - j + 1);
    inner = r * (1 - inner);
  }
  return 2 * inner;
}

/** One-sided, n1 = n2 = n: P(D⁺ ≥ h/n) = C(2n, n−h) / C(2n, n) = Π_{j=0..h−1} (n − j)/(n + j + 1). */
export function smirnovOneSidedEqualSf(n: number, h: number): number {
  let p = 1;
  for (let j = 0; j < h; j++) p *= (n - j) / (n + j + 1);
  return p;
}

/**
 * P(the random path touches the boundary) for sizes n1, n2 with g = gcd(n1, n2) and integer h:
 * two-sided |n2·i − n1·j| ≥ h·g, one-sided n2·i − n1·j ≥ h·g. The distribution is symmetric in
 * the two samples, so the longer one indexes the columns and the shorter one the kept vector.
 */
export function smirnovPathExitProbability(n1: number, n2: number, g: number, h: number, twoSided: boolean): number {
  if (h <= 0) return 1;
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const bound = h * g;
  // Inside iff n·i − m·j < bound (and, two-sided, m·j − n·i < bound).
  const lowest = (i: number): number => {
    // smallest j ≥ 0 with n·i − m·j < bound
    let j = Math.max(0, Math.floor((n * i - bound) / m) + 1);
    while (j > 0 && n * i - m * (j - 1) < bound) j--;
    while (n * i - m * j >= bound) j++;
    return j;
  };
  const highest = (i: number): number => {
    if (!twoSided) return n;
    // largest j ≤ n with m·j − n·i < bound
    let j = Math.min(n, Math.ceil((n * i + bound) / m) - 1);
    while (j < n && m * (j + 1) - n * i < bound) j++;
    while (j >= 0 && m * j - n * i >= bound) j--;
    return j;
  };
  const u = new Float64Array(n + 1).fill(1);
  let lo = 0;
  let hi = highest(0);
  for (let j = 0; j <= hi; j++) u[j] = 0;
  for (let i = 1; i <= m; i++) {
    const newLo = Math.min(lowest(i), n + 1);
    const newHi = highest(i);
    for (let j = lo; j < newLo && j <= n; j++) u[j] = 1;
    lo = newLo;
    hi = newHi;
    if (lo > hi) return 1;
    let below = lo === 0 ? 0 : 1; // u(i, lo − 1): outside, or absent when lo = 0
    for (let j = lo; j <= hi; j++) {
      const value = (i * u[j] + j * below) / (i + j);
      u[j] = value;
      below = value;
    }
  }
  return u[n];
}
