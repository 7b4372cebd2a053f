import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { prdc } from './prdc.js';

// Reference: clovaai/generative-evaluation-prdc formulas (prdc 0.2) in numpy 1.24 float64,
// cross-checked there with sklearn 1.2 pairwise_distances; scripts/reference/embedding_kernels.py
interface Case {
  name: string;
  k: number;
  real: number[][];
  synthetic: number[][];
  precision: number;
  recall: number;
  density: number;
  coverage: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_kernels.json', import.meta.url), 'utf8')) as {
  prdc: Case[];
};

describe('prdc()', () => {
  for (const c of fixture.prdc) {
    // Exact: every radius and every borderline comparison is settled in float64, and the four
    // values are ratios of counts, so they must equal the reference to the last bit (up to the
    // division, hence 14 digits).
    it(`equals clovaai compute_prdc on "${c.name}"`, async () => {
      const got = await prdc(c.real, c.synthetic, { k: c.k });
      expect(got.precision).toBeCloseTo(c.precision, 14);
      expect(got.recall).toBeCloseTo(c.recall, 14);
      expect(got.density).toBeCloseTo(c.density, 14);
      expect(got.coverage).toBeCloseTo(c.coverage, 14);
    });
  }

  it('gives 1 for precision, recall, coverage and density on identical sets of distinct rows', async () => {
    const c = fixture.prdc.find((x) => x.name.startsWith('identical sets'))!;
    // Each ball holds its own centre and k − 1 other rows strictly inside: density = nk / (kn) = 1.
    expect(await prdc(c.real, c.real, { k: c.k })).toEqual({ precision: 1, recall: 1, density: 1, coverage: 1 });
  });

  it('treats a point exactly at the radius as outside (strict <, as clovaai)', async () => {
    // Real unit square, k = 1: every radius is 1. (2,0) is at distance 1 from (1,0): outside.
    const got = await prdc([[0, 0], [1, 0], [0, 1], [1, 1]], [[2, 0], [3, 3]], { k: 1 });
    expect(got.precision).toBe(0);
    expect(got.coverage).toBe(0);
  });

  it('gives the same values when a tiny budget forces row and column blocks', async () => {
    const c = fixture.prdc[0];
    expect(await prdc(c.real, c.synthetic, { k: c.k, budgetBytes: 256 })).toEqual(await prdc(c.real, c.synthetic, { k: c.k }));
  });

  it('defaults to k = 5', async () => {
    const c = fixture.prdc.find((x) => x.k === 5)!;
    expect((await prdc(c.real, c.synthetic)).density).toBeCloseTo(c.density, 14);
  });

  it('with perRow, returns the per-row values: ball counts per synthetic row, recalled and covered per real row (hand-computed unit square)', async () => {
    // Real unit square, k = 1: every real radius is 1. (0.1, 0) is inside the balls of (0, 0) and
    // (1, 0); (0.9, 1) inside those of (1, 1) and (0, 1); (5, 5) in none. Synthetic radii (nearest
    // other synthetic row) are 1.28, 5.73, 1.28, which reach every real corner: all recalled.
    const got = await prdc([[0, 0], [1, 0], [0, 1], [1, 1]], [[0.1, 0], [5, 5], [0.9, 1]], { k: 1, perRow: true });
    expect(got.perRow).toEqual({ ballCounts: Int32Array.of(2, 0, 2), recalled: Uint8Array.of(1, 1, 1, 1), covered: Uint8Array.of(1, 1, 1, 1) });
  });

  it('with perRow, the four values are the means of the per-row values on every reference case', async () => {
    const mean = (xs: ArrayLike<number>, f: (x: number) => number = (x) => x) => Array.from(xs, f).reduce((s, x) => s + x, 0) / xs.length;
    for (const c of fixture.prdc) {
      const got = await prdc(c.real, c.synthetic, { k: c.k, perRow: true });
      const rows = got.perRow!;
      expect(rows.ballCounts.length).toBe(c.synthetic.length);
      expect(rows.recalled.length).toBe(c.real.length);
      expect(mean(rows.ballCounts, (x) => (x > 0 ? 1 : 0))).toBeCloseTo(c.precision, 14);
      expect(mean(rows.ballCounts) / c.k).toBeCloseTo(c.density, 14);
      expect(mean(rows.recalled)).toBeCloseTo(c.recall, 14);
      expect(mean(rows.covered)).toBeCloseTo(c.coverage, 14);
    }
  });

  it('refuses k ≥ the rows of either set, a non-integer k, a single row, mismatched widths and NaN', async () => {
    const four = [[0, 0], [1, 0], [0, 1], [1, 1]];
    await expect(prdc(four, four, { k: 4 })).rejects.toThrow(/k = 4 with 4 real and 4 synthetic rows/);
    await expect(prdc(four, four.slice(0, 3), { k: 3 })).rejects.toThrow(/k below the number of rows/);
    await expect(prdc(four, four, { k: 1.5 })).rejects.toThrow(/positive integer, got 1.5/);
    await expect(prdc(four, four, { k: 0 })).rejects.toThrow(/positive integer/);
    await expect(prdc([[0, 0]], four, { k: 1 })).rejects.toThrow(/1 real and 4 synthetic/);
    await expect(prdc(four, [[0, 0, 0], [1, 1, 1]], { k: 1 })).rejects.toThrow(/same dimension/);
    await expect(prdc([[0, NaN], [1, 0]], four, { k: 1 })).rejects.toThrow(InvalidArgumentError);
  });
});
