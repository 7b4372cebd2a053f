import type { RowGroups } from './types.js';

/**
 * Rows of each stratum (label) that mention each group: a strata × groups table, row-major.
 *
 * @param rows - groups per row (`rowGroups`)
 * @param strata - row indices per label (`labelStrata`)
 * @param groups - number of groups in the lexicon
 * @example
 * countByLabel({ offsets: Int32Array.of(0, 1, 1, 3), groups: Int32Array.of(0, 0, 1) }, [[0, 1], [2]], 2);
 * // Float64Array [1, 0, 1, 1]
 */
export function countByLabel(rows: RowGroups, strata: readonly (readonly number[])[], groups: number): Float64Array {
  const counts = new Float64Array(strata.length * groups);
  for (const [k, stratum] of strata.entries()) {
    const base = k * groups;
    for (const r of stratum) for (let p = rows.offsets[r]; p < rows.offsets[r + 1]; p++) counts[base + rows.groups[p]]++;
  }
  return counts;
}
