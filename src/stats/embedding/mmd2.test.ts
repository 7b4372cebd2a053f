import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { mmd2 } from './mmd2.js';

// Reference: numpy 1.24 float64 U-statistic (Gretton et al. 2012, eq. 3), scripts/reference/embedding_kernels.py
interface Case {
  name: string;
  options: { sigma?: number; seed?: number; permutations?: number; medianMaxRows?: number };
  real: number[][];
  synthetic: number[][];
  mmd2: number;
  sigma: number;
  sigmaSource: unknown;
}
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_kernels.json', import.meta.url), 'utf8')) as {
  mmd: Case[];
};

// Squared distances come from a float32 product (≈1e-7 relative each), so σ and the kernel
// values carry float32 error; absolute 1e-6 on MMD² (≈ 1e-5 relative on σ) is what that allows.
describe('mmd2()', () => {
  for (const c of fixture.mmd) {
    it(`equals the numpy unbiased MMD² and σ on "${c.name}"`, async () => {
      const got = await mmd2(c.real, c.synthetic, c.options);
      expect(Math.abs(got.mmd2 - c.mmd2)).toBeLessThan(1e-6);
      expect(Math.abs(got.sigma - c.sigma) / c.sigma).toBeLessThan(1e-5);
      expect(got.sigmaSource).toEqual(c.sigmaSource);
    });
  }

  it('gives the hand value for {0, 1} against {0, 2} with σ = 1', async () => {
    // e^-1/2 + e^-2 - (1 + e^-2 + 2 e^-1/2) / 2
    const expected = Math.exp(-0.5) + Math.exp(-2) - (1 + Math.exp(-2) + 2 * Math.exp(-0.5)) / 2;
    expect((await mmd2([[0], [1]], [[0], [2]], { sigma: 1 })).mmd2).toBeCloseTo(expected, 12);
  });

  it('takes σ as the median distance over all pooled pairs (here 2 of 1, 2, 2, 3, 1, 2 … with 6 rows)', async () => {
    // Pooled {0, 1, 3, 0, 2, 5}: 15 distances, median 2.
    const got = await mmd2([[0], [1], [3]], [[0], [2], [5]]);
    expect(got.sigma).toBeCloseTo(2, 6);
    expect(got.sigmaSource).toEqual({ method: 'median', rows: 6, pairs: 15, subsampled: false });
  });

  it('gives the same value when a tiny budget forces row and column blocks', async () => {
    const c = fixture.mmd[1];
    const whole = await mmd2(c.real, c.synthetic, { sigma: 1.5 });
    // 512 bytes = 128 float32 products: blocks of 55 rows × 2 columns of the 55 × 55 pooled product.
    const blocked = await mmd2(c.real, c.synthetic, { sigma: 1.5, budgetBytes: 512 });
    expect(blocked.mmd2).toBeCloseTo(whole.mmd2, 14);
  });

  it('subsamples the rows for the median when their pairs would not fit the budget, and says so', async () => {
    const c = fixture.mmd[0];
    // 512 bytes hold 64 float64 distances: the pairs of 11 rows (55), not of all 55 rows (1485).
    const got = await mmd2(c.real, c.synthetic, { budgetBytes: 512 });
    expect(got.sigmaSource).toEqual({ method: 'median', rows: 11, pairs: 55, subsampled: true });
  });

  it('refuses fewer than 2 rows a side, mismatched widths, NaN, a bad σ and a σ of 0 from the median', async () => {
    await expect(mmd2([[0]], [[0], [1]])).rejects.toThrow(/at least 2 rows on each side/);
    await expect(mmd2([[0], [1]], [[0, 1], [1, 1]])).rejects.toThrow(/same dimension/);
    await expect(mmd2([[0], [NaN]], [[0], [1]])).rejects.toThrow(InvalidArgumentError);
    await expect(mmd2([[0], [1]], [[0], [1]], { sigma: 0 })).rejects.toThrow(/sigma to be 'median' or a positive finite number, got 0/);
    await expect(mmd2([[1], [1]], [[1], [1]])).rejects.toThrow(/median pairwise distance of 0/);
  });
});
