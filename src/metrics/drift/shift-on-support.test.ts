import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { ksTest } from '../../stats/ks-test.js';
import { psi } from '../../stats/psi.js';
import { wasserstein1d } from '../../stats/wasserstein-1d.js';
import { shiftOnSupport } from './shift-on-support.js';

const expand = (support: Float64Array, counts: number[]) => Array.from(support).flatMap((v, i) => Array<number>(counts[i]).fill(v));

// ksTest, wasserstein1d and psi are themselves checked against scipy 1.10.1 / numpy
// (scripts/reference/two_sample.py); here the counts form must give their numbers.
describe('shiftOnSupport', () => {
  it('gives the JSDoc example: ksTest, wasserstein1d and psi(bins 2) of [1, 1, 2] vs [2, 3, 3]', () => {
    const s = shiftOnSupport(Float64Array.of(1, 2, 3), [2, 1, 0], [0, 1, 2], 2, 1e-4);
    expect(s.ks).toBeCloseTo(ksTest([1, 1, 2], [2, 3, 3]).statistic, 14);
    expect(s.wasserstein).toBeCloseTo(wasserstein1d([1, 1, 2], [2, 3, 3]), 14);
    expect(s.psi).toBeCloseTo(psi([1, 1, 2], [2, 3, 3], { bins: 2 }).psi, 14);
    expect(s.ks).toBeCloseTo(2 / 3, 14);
    expect(s.wasserstein).toBeCloseTo(4 / 3, 14);
  });

  for (const [seed, bins, k] of [
    [1, 10, 12],
    [2, 4, 40],
    [3, 10, 3],
    [4, 20, 200],
    [5, 7, 1],
  ] as const) {
    it(`equals the library functions on the expanded samples (seed ${seed}, ${k} support values, ${bins} bins, ties and zero counts)`, () => {
      const rng = createRng(seed);
      const support = Float64Array.from(new Set(Array.from({ length: k }, () => Math.round(rng.next() * 1000) / 10))).sort();
      const refCounts = Array.from(support, () => (rng.next() < 0.2 ? 0 : rng.int(6)));
      const candCounts = Array.from(support, () => (rng.next() < 0.3 ? 0 : rng.int(4)));
      refCounts[0] += 1;
      candCounts[support.length - 1] += 1;
      const ref = expand(support, refCounts);
      const cand = expand(support, candCounts);
      const s = shiftOnSupport(support, refCounts, candCounts, bins, 1e-4);
      expect(s.ks).toBeCloseTo(ksTest(ref, cand).statistic, 13);
      expect(s.wasserstein).toBeCloseTo(wasserstein1d(ref, cand), 11);
      expect(s.psi).toBeCloseTo(psi(ref, cand, { bins, eps: 1e-4 }).psi, 12);
    });
  }

  it('is 0 for identical count vectors', () => {
    const s = shiftOnSupport(Float64Array.of(1, 5, 9), [2, 3, 1], [4, 6, 2], 3, 1e-4);
    expect(s.ks).toBeCloseTo(0, 15);
    expect(s.wasserstein).toBeCloseTo(0, 15);
    expect(s.psi).toBeCloseTo(0, 15);
  });

  it('refuses mismatched lengths and an empty side', () => {
    expect(() => shiftOnSupport(Float64Array.of(1, 2), [1], [1, 1], 2, 1e-4)).toThrow(/one count per support value/);
    expect(() => shiftOnSupport(Float64Array.of(1, 2), [0, 0], [1, 1], 2, 1e-4)).toThrow(/non-empty/);
  });
});
