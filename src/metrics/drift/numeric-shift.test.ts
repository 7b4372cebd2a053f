import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { ksTest } from '../../stats/ks-test.js';
import { psi } from '../../stats/psi.js';
import { wasserstein1d } from '../../stats/wasserstein-1d.js';
import { numericShift } from './numeric-shift.js';
import { shiftOnSupport } from './shift-on-support.js';

describe('numericShift', () => {
  it('reports ksTest, wasserstein1d and psi of the two samples (JSDoc example; ksTest as scipy ks_2samp)', () => {
    const s = numericShift([1, 2, 3, 4, 5], [3.5, 6, 7, 8, 9, 10], { bins: 2 });
    expect(s.ks).toBe(0.8333333333333334);
    expect(s.ksPValue).toBe(0.025974025974025972);
    expect(s.ksMethod).toBe('exact');
    // F_ref ≥ F_cand everywhere, so ∫|F_ref − F_cand| is the difference of the means, 7.25 − 3.
    expect(s.wasserstein).toBeCloseTo(4.25, 14);
    expect(s.wasserstein).toBe(wasserstein1d([1, 2, 3, 4, 5], [3.5, 6, 7, 8, 9, 10]));
    const p = psi([1, 2, 3, 4, 5], [3.5, 6, 7, 8, 9, 10], { bins: 2 });
    expect(s.psi).toBe(p.psi);
    expect(s.psiBins).toEqual({ cutPoints: p.cutPoints, referenceShares: p.referenceShares, candidateShares: p.actualShares });
  });

  it('summarises each side with numpy-style quantiles and the ddof-1 standard deviation (hand-computed)', () => {
    const s = numericShift([4, 1, 3, 2], [10, 10], { bins: 2 });
    // [1, 2, 3, 4]: mean 2.5, sd √(5/3); p10 = 1 + 0.3·1 = 1.3, median 2.5, p90 = 3.7.
    expect(s.reference).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(5 / 3), min: 1, p10: expect.closeTo(1.3, 14), median: 2.5, p90: expect.closeTo(3.7, 14), max: 4 });
    expect(s.candidate.sd).toBe(0);
  });

  it('keeps a 20-bin histogram over the pooled range with every value counted', () => {
    const s = numericShift([0, 1, 2, 3], [4, 5, 6, 100], { bins: 2 });
    expect(s.histogram.edges).toHaveLength(21);
    expect(s.histogram.edges[0]).toBe(0);
    expect(s.histogram.edges[20]).toBe(100);
    expect(s.histogram.reference.reduce((a, b) => a + b)).toBe(4);
    expect(s.histogram.candidate.reduce((a, b) => a + b)).toBe(4);
    expect(s.histogram.candidate[19]).toBe(1);
  });

  it('resamples rows of both sides: a replicate equals shiftOnSupport of the drawn counts', () => {
    const ref = [1, 1, 2, 3, 5, 8];
    const cand = [2, 3, 3, 4];
    const s = numericShift(ref, cand, { bins: 3 });
    // Replay the draws: n_ref indices into the sorted reference, then n_cand into the sorted candidate.
    const rng = createRng(9);
    const refSorted = [...ref].sort((a, b) => a - b);
    const candSorted = [...cand].sort((a, b) => a - b);
    const drawnRef = refSorted.map(() => refSorted[rng.int(refSorted.length)]);
    const drawnCand = candSorted.map(() => candSorted[rng.int(candSorted.length)]);
    const r = s.resample(createRng(9));
    expect(r.ks).toBeCloseTo(ksTest(drawnRef, drawnCand).statistic, 14);
    expect(r.wasserstein).toBeCloseTo(wasserstein1d(drawnRef, drawnCand), 13);
    expect(r.psi).toBeCloseTo(psi(drawnRef, drawnCand, { bins: 3 }).psi, 13);
    const support = Float64Array.of(1, 2, 3, 4, 5, 8);
    const count = (xs: number[]) => Array.from(support, (v) => xs.filter((x) => x === v).length);
    expect(r).toEqual(shiftOnSupport(support, count(drawnRef), count(drawnCand), 3, 1e-4));
  });

  it('handles a single value per side and all ties', () => {
    const s = numericShift([3], [3], { bins: 10 });
    expect(s.ks).toBe(0);
    expect(s.wasserstein).toBe(0);
    expect(s.psi).toBe(0);
    expect(s.histogram.edges).toEqual([3, 4]);
  });

  it('refuses an empty side and NaN', () => {
    expect(() => numericShift([], [1], { bins: 2 })).toThrow(/values on both sides/);
    expect(() => numericShift([1, Number.NaN], [1], { bins: 2 })).toThrow(/NaN/);
  });
});
