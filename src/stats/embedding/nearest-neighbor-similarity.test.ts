import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { nearestNeighborSimilarity } from './nearest-neighbor-similarity.js';

// Reference: numpy 1.24 float64, scripts/reference/embedding_kernels.py
interface Case {
  name: string;
  synthetic: number[][];
  real: number[][];
  mean: number;
  median: number;
  min: number;
  max: number;
  perRow: number[];
  nearestIndex: number[];
}
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_kernels.json', import.meta.url), 'utf8')) as {
  nearestNeighbor: Case[];
};

// The cosines come from a float32 product of float32 unit rows: about 1e-7 relative per value,
// so 6 decimals is what float32 allows against numpy's float64.
const DIGITS = 6;

describe('nearestNeighborSimilarity()', () => {
  for (const c of fixture.nearestNeighbor) {
    it(`equals numpy max of normalised S @ R.T per row on "${c.name}"`, async () => {
      const got = await nearestNeighborSimilarity(c.synthetic, c.real);
      got.perRow.forEach((v, i) => expect(v).toBeCloseTo(c.perRow[i], DIGITS));
      expect(got.nearestIndex).toEqual(c.nearestIndex);
      expect(got.mean).toBeCloseTo(c.mean, DIGITS);
      expect(got.median).toBeCloseTo(c.median, DIGITS);
      expect(got.min).toBeCloseTo(c.min, DIGITS);
      expect(got.max).toBeCloseTo(c.max, DIGITS);
    });
  }

  it('gives the same values when a tiny budget forces row and column blocks', async () => {
    const c = fixture.nearestNeighbor[0];
    const whole = await nearestNeighborSimilarity(c.synthetic, c.real);
    // 64 bytes = 16 float32 products: blocks of 16 rows × 1 column, merged across column blocks.
    const blocked = await nearestNeighborSimilarity(c.synthetic, c.real, { budgetBytes: 64 });
    expect(blocked.perRow).toEqual(whole.perRow);
    expect(blocked.nearestIndex).toEqual(whole.nearestIndex);
  });

  it('is 1 for a synthetic row that is a scaled copy of a real row (cosine ignores length)', async () => {
    const got = await nearestNeighborSimilarity([[2, 4, 6]], [[1, 2, 3], [3, 2, 1]]);
    expect(got.perRow[0]).toBeCloseTo(1, 6);
    expect(got.nearestIndex).toEqual([0]);
  });

  it('does not change its inputs (normalises a copy)', async () => {
    const data = Float32Array.of(3, 4, 1, 0);
    await nearestNeighborSimilarity({ rows: 2, dimension: 2, data }, [[0, 1]]);
    expect(Array.from(data)).toEqual([3, 4, 1, 0]);
  });

  it('refuses empty sets, mismatched dimensions, zero rows and NaN', async () => {
    await expect(nearestNeighborSimilarity([], [[1, 0]])).rejects.toThrow(/at least one synthetic and one real row/);
    await expect(nearestNeighborSimilarity([[1, 0]], [[1, 0, 0]])).rejects.toThrow(/same dimension, got 2 \(synthetic\) and 3 \(real\)/);
    await expect(nearestNeighborSimilarity([[0, 0]], [[1, 0]])).rejects.toThrow(/row 0: it is all zeros/);
    await expect(nearestNeighborSimilarity([[NaN, 1]], [[1, 0]])).rejects.toThrow(InvalidArgumentError);
  });
});
