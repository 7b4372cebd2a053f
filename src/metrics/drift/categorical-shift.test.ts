import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { categoricalShift } from './categorical-shift.js';
import { driftFixture } from './reference-fixture.test-helper.js';

const expand = (categories: string[], counts: number[]) => categories.flatMap((c, i) => Array<string>(counts[i]).fill(c));

describe('categoricalShift', () => {
  for (const c of driftFixture.categoricalShift) {
    it(`matches scipy 1.10 (chi2_contingency, association cramer, jensenshannon base 2): ${c.name}`, () => {
      const cats = c.referenceCounts.map((_: number, i: number) => `c${i}`);
      const s = categoricalShift(expand(cats, c.referenceCounts), expand(cats, c.candidateCounts));
      expect(s.js).toBeCloseTo(c.js, 12);
      expect(s.cramersV).toBeCloseTo(c.cramersV, 12);
      expect(s.chi2.statistic).toBeCloseTo(c.chi2.statistic, 10);
      expect(s.chi2.dof).toBe(c.chi2.dof);
      expect(s.chi2.pValue).toBeCloseTo(c.chi2.pValue, 12);
      if (c.chi2.pValue > 1e-100) expect(Math.abs(s.chi2.pValue / c.chi2.pValue - 1)).toBeLessThan(1e-9);
    });
  }

  it('lists categories sorted with both sides\' counts, including one seen on one side only', () => {
    const s = categoricalShift(['b', 'a', 'b'], ['c', 'a']);
    expect(s.categories).toEqual(['a', 'b', 'c']);
    expect(s.referenceCounts).toEqual([1, 2, 0]);
    expect(s.candidateCounts).toEqual([1, 0, 1]);
  });

  it('gives 0 for one category only (χ² with dof 0, p = 1), as scipy', () => {
    const s = categoricalShift(['x', 'x'], ['x']);
    expect(s.js).toBe(0);
    expect(s.cramersV).toBe(0);
    expect(s.chi2).toEqual({ statistic: 0, pValue: 1, dof: 0 });
  });

  it('resamples both sides: identical replicates for the same seed, values within [0, 1]', () => {
    const s = categoricalShift(expand(['a', 'b'], [40, 60]), expand(['a', 'b', 'c'], [30, 60, 10]));
    const r1 = Array.from({ length: 20 }, (_, i) => s.resample(createRng(i)));
    const r2 = Array.from({ length: 20 }, (_, i) => s.resample(createRng(i)));
    expect(r1).toEqual(r2);
    for (const r of r1) {
      expect(r.js).toBeGreaterThanOrEqual(0);
      expect(r.js).toBeLessThanOrEqual(1);
      expect(r.cramersV).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses an empty side', () => {
    expect(() => categoricalShift([], ['a'])).toThrow(/values on both sides/);
  });
});
