import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { stratifiedCountSampler } from './stratified-count-sampler.js';
import type { RowGroups } from './types.js';

/** Rows mentioning the given groups, in compressed-row form. */
function rowsOf(groupsPerRow: number[][]): RowGroups {
  const offsets = new Int32Array(groupsPerRow.length + 1);
  groupsPerRow.forEach((g, r) => (offsets[r + 1] = offsets[r] + g.length));
  return { offsets, groups: Int32Array.from(groupsPerRow.flat()) };
}

describe('stratifiedCountSampler', () => {
  it('keeps each label within its own rows', () => {
    const rows = rowsOf([[0], [0], [1], [1]]);
    const draw = stratifiedCountSampler(rows, [[0, 1], [2, 3]], 2);
    for (let seed = 0; seed < 20; seed++) expect(Array.from(draw(createRng(seed)))).toEqual([2, 0, 0, 2]);
  });

  it('draws the count of a group with the binomial mean and variance of n draws with replacement', () => {
    // 50 rows, 10 of them mention group 0 and 2 of those group 1 too: the count of group 0 in a
    // resample is Binomial(50, 0.2) (mean 10, variance 8), of group 1 Binomial(50, 0.04) (2, 1.92).
    const rows = rowsOf(Array.from({ length: 50 }, (_, r) => (r < 2 ? [0, 1] : r < 10 ? [0] : [])));
    const draw = stratifiedCountSampler(rows, [Array.from({ length: 50 }, (_, r) => r)], 2);
    const rng = createRng(9);
    const B = 20_000;
    const sums = [0, 0];
    const squares = [0, 0];
    for (let b = 0; b < B; b++) {
      const c = draw(rng);
      for (const g of [0, 1]) {
        sums[g] += c[g];
        squares[g] += c[g] * c[g];
      }
    }
    const mean = sums.map((s) => s / B);
    const variance = squares.map((s, g) => s / B - mean[g] ** 2);
    // Standard errors: mean √(8/20000) = 0.02, variance ≈ 8·√(2/20000) = 0.08 (4 of each allowed).
    expect(mean[0]).toBeCloseTo(10, 0);
    expect(Math.abs(mean[0] - 10)).toBeLessThan(0.08);
    expect(Math.abs(variance[0] - 8)).toBeLessThan(0.35);
    expect(Math.abs(mean[1] - 2)).toBeLessThan(0.04);
    expect(Math.abs(variance[1] - 1.92)).toBeLessThan(0.1);
  });

  it('draws nothing from a label whose rows mention nothing, and every draw from one whose rows all do', () => {
    const rows = rowsOf([[], [], [1], [1], [1]]);
    const draw = stratifiedCountSampler(rows, [[0, 1], [2, 3, 4], []], 2);
    expect(Array.from(draw(createRng(1)))).toEqual([0, 0, 0, 3, 0, 0]);
  });
});
