import type { Rng } from '../../core/rng.js';
import type { RowGroups } from './types.js';

/**
 * Rows of each stratum (label) that mention each group: a strata × groups table, row-major. With
 * an `rng`, each stratum is first resampled with replacement to its own size (a stratified
 * bootstrap draw: label sizes stay fixed, so shares and bias scores stay conditional on the label).
 *
 * @param rows - groups per row (`rowGroups`)
 * @param strata - row indices per label (`labelStrata`)
 * @param groups - number of groups in the lexicon
 * @example
 * countByLabel({ offsets: Int32Array.of(0, 1, 1, 3), groups: Int32Array.of(0, 0, 1) }, [[0, 1], [2]], 2);
 * // Float64Array [1, 0, 1, 1]
 */
export function countByLabel(rows: RowGroups, strata: readonly (readonly number[])[], groups: number, rng?: Rng): Float64Array {
  const counts = new Float64Array(strata.length * groups);
  for (const [k, stratum] of strata.entries()) {
    const base = k * groups;
    const n = stratum.length;
    for (let j = 0; j < n; j++) {
      const r = rng ? stratum[rng.int(n)] : stratum[j];
      for (let p = rows.offsets[r]; p < rows.offsets[r + 1]; p++) counts[base + rows.groups[p]]++;
    }
  }
  return counts;
}
