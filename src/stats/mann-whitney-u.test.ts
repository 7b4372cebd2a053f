import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestAlternative } from './ks-test.js';
import { mannWhitneyU } from './mann-whitney-u.js';
import { referenceSample, type ReferenceSample } from './reference-sample.js';
import { normalSf } from './special/normal.js';

interface MwuCase {
  name: string;
  x: ReferenceSample;
  y: ReferenceSample;
  alternative: TestAlternative;
  method: 'asymp' | 'exact' | 'auto';
  continuity: boolean;
  statistic: number;
  pValue: number;
}

// Reference values: scipy 1.10.1 mannwhitneyu and norm.sf via scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: MwuCase[] = fixture.mannWhitneyU;

function expectRelative(got: number, want: number, rel: number, abs = 1e-300): void {
  const tolerance = Math.max(rel * Math.abs(want), abs);
  if (!(Math.abs(got - want) <= tolerance)) throw new Error(`expected ${got} to be within ${tolerance} of ${want}`);
}

describe('mannWhitneyU against scipy.stats.mannwhitneyu', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = mannWhitneyU(referenceSample(c.x), referenceSample(c.y), {
      alternative: c.alternative,
      method: c.method,
      continuity: c.continuity,
    });
    expect(got.statistic).toBe(c.statistic);
    expectRelative(got.pValue, c.pValue, 1e-10);
  });
});

describe('mannWhitneyU', () => {
  const males = [19, 22, 16, 29, 24];
  const females = [20, 11, 17, 12];

  it('reproduces the scipy documentation example (Shier 2004): U = 17, exact p = 1/9, asymptotic 0.11134688653314041', () => {
    expect(mannWhitneyU(males, females, { method: 'exact' })).toEqual({ statistic: 17, pValue: 0.1111111111111111, method: 'exact' });
    expect(mannWhitneyU(males, females).pValue).toBeCloseTo(0.11134688653314041, 13);
    expect(mannWhitneyU(males, females, { continuity: false }).pValue).toBeCloseTo(0.0864107329737, 12);
    expect(mannWhitneyU(females, males, { alternative: 'less', method: 'exact' })).toEqual({
      statistic: 3,
      pValue: 0.05555555555555555,
      method: 'exact',
    });
  });

  it("reproduces Wikipedia's tortoise-and-hare example: U_T = 11 and U_H = 25", () => {
    // Finishing order T H H H H H T T T T T H, scored 12 (first home) down to 1.
    const tortoises = [12, 6, 5, 4, 3, 2];
    const hares = [11, 10, 9, 8, 7, 1];
    expect(mannWhitneyU(tortoises, hares).statistic).toBe(11);
    expect(mannWhitneyU(hares, tortoises).statistic).toBe(25);
  });

  it('counts ties as half a win in U', () => {
    // pairs (x > y): 2>1; 2 = 2 counts ½; 3>1, 3>2 → U = 3.5
    expect(mannWhitneyU([2, 3], [1, 2]).statistic).toBe(3.5);
  });

  it("'auto' is exact only when a sample has at most 8 values and there are no ties", () => {
    expect(mannWhitneyU(males, females, { method: 'auto' }).method).toBe('exact');
    expect(mannWhitneyU([1, 2, 2], [3, 4], { method: 'auto' }).method).toBe('asymp');
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(mannWhitneyU(nine, nine.map((v) => v + 0.5), { method: 'auto' }).method).toBe('asymp');
  });

  it('gives p = 1 when every value is tied', () => {
    expect(mannWhitneyU([3, 3, 3], [3, 3])).toEqual({ statistic: 3, pValue: 1, method: 'asymp' });
    expect(mannWhitneyU([3, 3, 3], [3, 3], { continuity: false }).pValue).toBe(1);
  });

  it('refuses exact with ties, empty samples, NaN and unknown options', () => {
    expect(() => mannWhitneyU([1, 2, 2], [3], { method: 'exact' })).toThrow("mannWhitneyU method 'exact' needs data without ties");
    expect(() => mannWhitneyU([], [1])).toThrow('mannWhitneyU needs at least one value in each sample, got 0 and 1');
    expect(() => mannWhitneyU([1], [NaN])).toThrow('mannWhitneyU refuses NaN in y (index 0)');
    expect(() => mannWhitneyU([1], [2], { method: 'asymptotic' as never })).toThrow("mannWhitneyU option method must be one of 'asymp', 'exact', 'auto'");
  });
});

describe('normalSf', () => {
  it('equals scipy.stats.norm.sf from z = −30 to 37 to 1e-12', () => {
    for (const [z, want] of fixture.special.normSf as [number, number][]) expectRelative(normalSf(z), want, 1e-12);
  });
});
