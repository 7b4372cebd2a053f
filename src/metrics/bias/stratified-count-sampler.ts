import type { Rng } from '../../core/rng.js';
import type { RowGroups } from './types.js';

/**
 * A stratified bootstrap of `countByLabel`: each call resamples every stratum (label) with
 * replacement to its own size, so label sizes stay fixed and shares stay conditional on the
 * label, and returns the strata × groups mention counts of the draw.
 *
 * A draw that lands on a row mentioning nothing adds nothing, so only the draws that land on
 * mentioning rows are made: their number K is Binomial(n, m/n) for m mentioning rows of n,
 * drawn exactly through geometric waiting times between them, and each is a uniform mentioning
 * row. Same distribution as n uniform draws, in O(K) rather than O(n) per call: group mentions
 * are usually a few % of the rows.
 *
 * @param rows - groups per row (`rowGroups`)
 * @param strata - row indices per label (`labelStrata`)
 * @param groups - number of groups in the lexicon
 * @example
 * const draw = stratifiedCountSampler(rows, strata, lexicon.groups.length);
 * draw(createRng(1)); // Float64Array, one bootstrap draw of the counts
 */
export function stratifiedCountSampler(rows: RowGroups, strata: readonly (readonly number[])[], groups: number): (rng: Rng) => Float64Array {
  const mentioning = strata.map((stratum) => stratum.filter((r) => rows.offsets[r + 1] > rows.offsets[r]));
  return (rng) => {
    const counts = new Float64Array(strata.length * groups);
    const add = (base: number, r: number) => {
      for (let p = rows.offsets[r]; p < rows.offsets[r + 1]; p++) counts[base + rows.groups[p]]++;
    };
    for (const [k, hits] of mentioning.entries()) {
      const n = strata[k].length;
      const m = hits.length;
      const base = k * groups;
      if (m === 0) continue;
      if (m === n) {
        for (let j = 0; j < n; j++) add(base, hits[rng.int(m)]);
        continue;
      }
      // 1-based positions, among the n draws, of those that hit a mentioning row: the gaps
      // between them are Geometric(m/n) on {1, 2, …}.
      const logMiss = Math.log1p(-m / n);
      for (let at = 1 + Math.floor(Math.log(1 - rng.next()) / logMiss); at <= n; at += 1 + Math.floor(Math.log(1 - rng.next()) / logMiss)) {
        add(base, hits[rng.int(m)]);
      }
    }
    return counts;
  };
}
