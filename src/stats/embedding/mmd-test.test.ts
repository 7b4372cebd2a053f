import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mmd2 } from './mmd2.js';
import { mmdTest } from './mmd-test.js';

// Reference: numpy 1.24 float64, with the permutations drawn by a Python port of createRng
// (src/core/rng.ts), scripts/reference/embedding_kernels.py
interface Case {
  name: string;
  options: { sigma?: number; seed?: number; permutations?: number; medianMaxRows?: number };
  real: number[][];
  synthetic: number[][];
  mmd2: number;
  sigma: number;
  sigmaSource: unknown;
  pValue?: number;
  permutations?: number;
  exactPValue?: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_kernels.json', import.meta.url), 'utf8')) as {
  mmd: Case[];
};

describe('mmdTest()', () => {
  for (const c of fixture.mmd.filter((x) => x.pValue !== undefined)) {
    it(`gives numpy's p-value for the same permutations on "${c.name}"`, async () => {
      const got = await mmdTest(c.real, c.synthetic, c.options);
      // p-values are counts over the same labellings: exact.
      expect(got.pValue).toBe(c.pValue);
      expect(got.permutations).toBe(c.permutations);
      expect(got.seed).toBe(c.options.seed ?? 0);
      expect(got.sigmaSource).toEqual(c.sigmaSource);
      // Float32 products, as in mmd2's tests.
      expect(Math.abs(got.mmd2 - c.mmd2)).toBeLessThan(1e-6);
    });
  }

  it('approaches the exact permutation p-value over all 20 labellings of 3 + 3 rows', async () => {
    const c = fixture.mmd.find((x) => x.exactPValue !== undefined)!;
    const got = await mmdTest(c.real, c.synthetic, { sigma: 1, seed: 11, permutations: 4000 });
    // Exact p = 4/20 = 0.2 (numpy, all C(6,3) labellings); Monte-Carlo standard error √(0.2·0.8/4000) ≈ 0.0063.
    expect(Math.abs(got.pValue - c.exactPValue!)).toBeLessThan(4 * Math.sqrt((0.2 * 0.8) / 4000));
  });

  it('reports the same MMD² as mmd2() with the same σ', async () => {
    const c = fixture.mmd[0];
    const test = await mmdTest(c.real, c.synthetic, { permutations: 10 });
    const plain = await mmd2(c.real, c.synthetic);
    expect(test.sigma).toBe(plain.sigma);
    expect(test.mmd2).toBeCloseTo(plain.mmd2, 12);
  });

  it('is reproducible for a seed and uses 200 permutations and seed 0 by default', async () => {
    const c = fixture.mmd[0];
    const a = await mmdTest(c.real, c.synthetic);
    const b = await mmdTest(c.real, c.synthetic);
    expect(a).toEqual(b);
    expect(a.permutations).toBe(200);
    expect(a.seed).toBe(0);
  });

  it('gives the smallest possible p-value, 1/(1+P), for clearly different sets', async () => {
    const real = Array.from({ length: 20 }, (_, i) => [Math.sin(i), Math.cos(i)]);
    const synthetic = Array.from({ length: 20 }, (_, i) => [5 + Math.sin(i), 5 + Math.cos(i)]);
    expect((await mmdTest(real, synthetic, { permutations: 99 })).pValue).toBe(0.01);
  });

  it('refuses a pooled kernel matrix over the budget, and a non-positive number of permutations', async () => {
    const c = fixture.mmd[0];
    // 55 pooled rows need 55² · 8 = 24,200 bytes.
    await expect(mmdTest(c.real, c.synthetic, { budgetBytes: 24_199 })).rejects.toThrow(/55 × 55 pooled kernel matrix \(24200 bytes\)/);
    await expect(mmdTest(c.real, c.synthetic, { permutations: 0 })).rejects.toThrow(/positive integer number of permutations, got 0/);
    await expect(mmdTest([[0]], [[1], [2]])).rejects.toThrow(/at least 2 rows on each side/);
  });
});
