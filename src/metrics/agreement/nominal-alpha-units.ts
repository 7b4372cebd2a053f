/** Krippendorff's α (nominal) over all units or over a resample of them. */
export interface NominalAlphaUnits {
  /** Units with values from two or more coders (the others are not pairable). */
  pairable: number;
  /**
   * α over the pairable units at `indices` (positions 0 … pairable − 1, repeats allowed: a
   * bootstrap resample of units), or over all of them. NaN when all pairable values agree.
   */
  alpha(indices?: ArrayLike<number>): number;
}

/**
 * Nominal Krippendorff's α prepared for resampling: each pairable unit u keeps its value counts
 * n_uc and its observed disagreement D_u = (m_u² − Σ_c n_uc²) / (m_u − 1), so a resample's
 * α = 1 − (n − 1) Σ D_u / (n² − Σ_c n_c²) costs O(values in the resample). The formula of
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", for nominal data; tested equal
 * to krippendorffAlpha of src/stats/agreement (which matches the paper's worked example).
 *
 * @param coders One Int32Array of value codes per coder, one entry per unit; negative = missing.
 * @param values Number of distinct value codes (codes are 0 … values − 1).
 * @example
 * const a = nominalAlphaUnits([Int32Array.of(0, 1, 0, 1), Int32Array.of(0, 1, 1, 1)], 2);
 * a.alpha() // 0.5333333333333333 (krippendorffAlpha([[0,1,0,1],[0,1,1,1]]))
 */
export function nominalAlphaUnits(coders: readonly Int32Array[], values: number): NominalAlphaUnits {
  const units = coders.length === 0 ? 0 : coders[0].length;
  const start: number[] = [0];
  const valueCode: number[] = [];
  const valueCount: number[] = [];
  const disagreement: number[] = [];
  const counts = new Float64Array(values);
  for (let u = 0; u < units; u++) {
    let m = 0;
    for (const coder of coders) {
      const v = coder[u];
      if (v >= 0) {
        counts[v]++;
        m++;
      }
    }
    if (m >= 2) {
      let squares = 0;
      for (let c = 0; c < values; c++) {
        if (counts[c] > 0) {
          valueCode.push(c);
          valueCount.push(counts[c]);
          squares += counts[c] * counts[c];
        }
      }
      disagreement.push((m * m - squares) / (m - 1));
      start.push(valueCode.length);
    }
    counts.fill(0);
  }
  const pairable = disagreement.length;
  // Typed copies: the resample loop below runs 1,000 times over up to 10⁵ units.
  const codes = Int32Array.from(valueCode);
  const cnt = Float64Array.from(valueCount);
  const from = Int32Array.from(start);
  const unitDisagreement = Float64Array.from(disagreement);
  const totals = new Float64Array(values);
  const times = new Float64Array(pairable);
  return {
    pairable,
    alpha(indices?: ArrayLike<number>): number {
      totals.fill(0);
      // How often each unit is in the resample, then one pass in unit order: the same sums as
      // visiting the resample's units one by one, without a cache miss per visit.
      if (indices) {
        times.fill(0);
        for (let t = 0; t < indices.length; t++) times[indices[t]]++;
      } else {
        times.fill(1);
      }
      let observed = 0;
      for (let u = 0; u < pairable; u++) {
        const w = times[u];
        if (w === 0) continue;
        observed += w * unitDisagreement[u];
        const end = from[u + 1];
        for (let p = from[u]; p < end; p++) totals[codes[p]] += w * cnt[p];
      }
      let total = 0;
      let squares = 0;
      for (let c = 0; c < values; c++) {
        total += totals[c];
        squares += totals[c] * totals[c];
      }
      const expected = total * total - squares;
      return expected === 0 ? Number.NaN : 1 - ((total - 1) * observed) / expected;
    },
  };
}
