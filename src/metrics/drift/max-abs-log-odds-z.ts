/**
 * max |z| of `logOddsDirichlet(a, b, { priorScale })` over the words with a positive pooled count
 * (a resample can miss words, which then have no prior), computed in place: one pass, no copies.
 *
 * @example
 * maxAbsLogOddsZ(Float64Array.of(10, 0, 90, 0), Float64Array.of(5, 5, 90, 0), 10) // 1.510040244898016
 */
export function maxAbsLogOddsZ(a: Float64Array, b: Float64Array, priorScale: number): number {
  let nA = 0;
  let nB = 0;
  for (let w = 0; w < a.length; w++) {
    nA += a[w];
    nB += b[w];
  }
  const scale = priorScale / (nA + nB);
  // α₀ = Σ α_w = priorScale over the words kept (all words with a + b > 0).
  const alpha0 = priorScale;
  let max = 0;
  for (let w = 0; w < a.length; w++) {
    const pooled = a[w] + b[w];
    if (pooled === 0) continue;
    const alpha = scale * pooled;
    const ya = a[w] + alpha;
    const yb = b[w] + alpha;
    const delta = Math.log(ya / (nA + alpha0 - ya)) - Math.log(yb / (nB + alpha0 - yb));
    const z = Math.abs(delta) / Math.sqrt(1 / ya + 1 / yb);
    if (z > max) max = z;
  }
  return max;
}
