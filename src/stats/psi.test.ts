import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { psi } from './psi.js';
import { referenceSample, type ReferenceSample } from './reference-sample.js';

interface PsiCase {
  name: string;
  reference: ReferenceSample;
  actual: ReferenceSample;
  bins: number;
  eps: number;
  psi: number;
  cutPoints: number[];
  referenceShares: number[];
  actualShares: number[];
}

// Reference values: numpy 1.24 (np.quantile, np.unique, np.searchsorted) in scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: PsiCase[] = fixture.psi;

describe('psi against the numpy reference', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = psi(referenceSample(c.reference), referenceSample(c.actual), { bins: c.bins, eps: c.eps });
    // Cut points reproduce numpy's linear interpolation bit for bit, so bin counts are identical.
    expect(got.cutPoints).toEqual(c.cutPoints);
    expect(got.referenceShares).toEqual(c.referenceShares);
    expect(got.actualShares).toEqual(c.actualShares);
    // Only the order of the final sum differs (numpy's pairwise blocks).
    expect(Math.abs(got.psi - c.psi)).toBeLessThanOrEqual(1e-13 * Math.abs(c.psi) + 1e-16);
  });
});

describe('psi', () => {
  it('matches a hand computation with two bins: 0.14545·ln(1.32) + 0.14545·ln(15/11) = 0.0854962…', () => {
    // Reference 1..11: the median 6 is the only cut point; [1,5] holds 5/11, [6,11] 6/11.
    // Actual [2, 3, 3, 9, 12]: 3/5 below 6, 2/5 at or above.
    const r = psi([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [2, 3, 3, 9, 12], { bins: 2 });
    const expected = (0.6 - 5 / 11) * Math.log(0.6 / (5 / 11)) + (0.4 - 6 / 11) * Math.log(0.4 / (6 / 11));
    expect(r.cutPoints).toEqual([6]);
    expect(r.psi).toBeCloseTo(expected, 15);
    expect(r.psi).toBeCloseTo(0.08549624216758092, 15);
  });

  it('puts a value equal to a cut point in the bin above it (bins closed on the left)', () => {
    const r = psi([0, 10], [5, 5, 4.999], { bins: 2 });
    expect(r.cutPoints).toEqual([5]);
    expect(r.actualShares).toEqual([1 / 3, 2 / 3]);
  });

  it('merges duplicate cut points from a reference with ties, leaving fewer bins', () => {
    const r = psi([5, 5, 5, 5], [4, 5, 6, 7]);
    expect(r.cutPoints).toEqual([5]);
    expect(r.referenceShares).toEqual([1e-4, 1]);
    expect(r.actualShares).toEqual([0.25, 0.75]);
  });

  it('is 0 when the actual sample has the same bin shares as the reference', () => {
    expect(psi([1, 2, 3, 4, 5, 6, 7, 8], [8, 7, 6, 5, 4, 3, 2, 1], { bins: 4 }).psi).toBe(0);
  });

  it('replaces an empty bin by eps in the formula (Σ (a−r) ln(a/r))', () => {
    // Reference 0..9 → cuts 4.5; actual all ≥ 4.5 → actual share 0 below becomes eps.
    const r = psi([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [7, 8], { bins: 2, eps: 0.001 });
    expect(r.actualShares).toEqual([0.001, 1]);
    const expected = (0.001 - 0.5) * Math.log(0.001 / 0.5) + (1 - 0.5) * Math.log(1 / 0.5);
    expect(r.psi).toBeCloseTo(expected, 14);
  });

  it('refuses empty samples, NaN, bad bins and bad eps', () => {
    expect(() => psi([], [1])).toThrow('psi needs at least one value in each sample, got 0 and 1');
    expect(() => psi([1], [NaN])).toThrow('psi refuses NaN in the actual sample (index 0)');
    expect(() => psi([1], [1], { bins: 1 })).toThrow('psi needs bins to be an integer ≥ 2, got 1');
    expect(() => psi([1], [1], { bins: 2.5 })).toThrow('psi needs bins to be an integer ≥ 2, got 2.5');
    expect(() => psi([1], [1], { eps: 0 })).toThrow('psi needs eps in (0, 1), got 0');
  });
});
