/**
 * Cohen's κ from a K × K confusion matrix (row-major counts): (p_o − p_e) / (1 − p_e) with
 * p_o = Σ c_kk / n and p_e = Σ r_k s_k / n² (row and column sums). Cohen (1960); the same value
 * as sklearn.metrics.cohen_kappa_score (1.2) on the label pairs, unweighted. NaN when p_e = 1
 * (both raters use one and the same label throughout) or when there are no pairs.
 *
 * @example
 * // cohenKappa(['a','a','b','b','c'], ['a','b','b','b','c']) = 0.6875
 * kappaFromConfusion(Float64Array.of(1, 1, 0, 0, 2, 0, 0, 0, 1), 3) // 0.6875000000000001
 */
export function kappaFromConfusion(counts: Float64Array, K: number): number {
  let n = 0;
  let diagonal = 0;
  for (let k = 0; k < K; k++) diagonal += counts[k * K + k];
  let chance = 0;
  for (let k = 0; k < K; k++) {
    let row = 0;
    let col = 0;
    for (let j = 0; j < K; j++) {
      row += counts[k * K + j];
      col += counts[j * K + k];
    }
    n += row;
    chance += row * col;
  }
  if (n === 0) return Number.NaN;
  const po = diagonal / n;
  const pe = chance / (n * n);
  return pe === 1 ? Number.NaN : (po - pe) / (1 - pe);
}
