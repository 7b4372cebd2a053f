import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { ksTest, type TestAlternative } from './ks-test.js';
import { referenceSample, type ReferenceSample } from './reference-sample.js';
import { kolmogorovSf } from './special/kolmogorov-sf.js';
import { smirnovSf } from './special/smirnov.js';

interface KsCase {
  name: string;
  a: ReferenceSample;
  b: ReferenceSample;
  alternative: TestAlternative;
  method: 'auto' | 'exact' | 'asymp';
  statistic: number;
  pValue: number;
  scipyFellBackToAsymp: boolean;
  exactFloat?: number;
}

// Reference values: scipy 1.10.1 via scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: KsCase[] = fixture.ksTest;

/** |got − want| ≤ rel·|want|, with an absolute floor for subnormal-sized values. */
function expectRelative(got: number, want: number, rel: number, abs = 1e-300): void {
  const tolerance = Math.max(rel * Math.abs(want), abs);
  if (!(Math.abs(got - want) <= tolerance)) {
    throw new Error(`expected ${got} to be within ${tolerance} of ${want}`);
  }
}

describe('ksTest against scipy.stats.ks_2samp', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = ksTest(referenceSample(c.a), referenceSample(c.b), { alternative: c.alternative, method: c.method });
    // The statistic is a difference of two ECDF values: the same floating-point operations as scipy.
    expect(result.statistic).toBe(c.statistic);
    // Exact and finite-n p-values agree with scipy to 1e-10 relative (both are exact to ~1e-13).
    expectRelative(result.pValue, c.pValue, 1e-10);
    if (c.scipyFellBackToAsymp) expect(result.method).toBe('asymp');
  });

  it('exact p-values equal the exact rational Smirnov probability (integer path counts) to 1e-12', () => {
    const withRational = cases.filter((c) => c.exactFloat !== undefined);
    expect(withRational.length).toBeGreaterThan(30);
    for (const c of withRational) {
      const result = ksTest(referenceSample(c.a), referenceSample(c.b), { alternative: c.alternative, method: c.method });
      expectRelative(result.pValue, c.exactFloat as number, 1e-12);
    }
  });
});

describe('ksTest', () => {
  it('reports the documented example (scipy 1.10.1: D = 5/6, p = 0.025974025974025972)', () => {
    expect(ksTest([1, 2, 3, 4, 5], [3.5, 6, 7, 8, 9, 10])).toEqual({
      statistic: 0.8333333333333334,
      pValue: 0.025974025974025972,
      method: 'exact',
    });
  });

  it('gives D = 0 and p = 1 for identical samples, whatever their order', () => {
    expect(ksTest([3, 1, 2], [2, 3, 1])).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
  });

  it('takes D⁺ for greater and D⁻ for less: [0, 1] vs [2, 3] has D⁺ = 1 and D⁻ = 0', () => {
    // Hand computation: F₁ − F₂ reaches 1 at x = 1 and never goes below 0.
    expect(ksTest([0, 1], [2, 3], { alternative: 'greater' }).statistic).toBe(1);
    expect(ksTest([0, 1], [2, 3], { alternative: 'less' })).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
    // P(D⁺ = 1) for n1 = n2 = 2 is 1/C(4,2) = 1/6 (one ordering out of six).
    expect(ksTest([0, 1], [2, 3], { alternative: 'greater' }).pValue).toBeCloseTo(1 / 6, 15);
  });

  it('chooses exact up to 10,000 per sample and asymp above, as scipy does', () => {
    const a = Array.from({ length: 10_000 }, (_, i) => i / 10_000);
    const b = Array.from({ length: 10_001 }, (_, i) => 0.5 + i / 10_001);
    expect(ksTest(a, a.slice(0, 9_999)).method).toBe('exact');
    expect(ksTest(a, b).method).toBe('asymp');
  });

  it('uses N = 1 where scipy rounds N = round(0.5) to 0 (one value each, asymp) and returns NaN', () => {
    // kstwo.sf(1, 1) = 0: with one value per sample D = 1 is the only non-zero outcome.
    expect(ksTest([0], [1], { method: 'asymp' })).toEqual({ statistic: 1, pValue: 0, method: 'asymp' });
  });

  it('does not mutate its inputs', () => {
    const a = [3, 1, 2];
    const b = new Float64Array([9, 7, 8]);
    ksTest(a, b);
    expect(a).toEqual([3, 1, 2]);
    expect(Array.from(b)).toEqual([9, 7, 8]);
  });

  it('refuses empty samples, NaN, infinities and unknown options with the function named', () => {
    expect(() => ksTest([], [1])).toThrow(new InvalidArgumentError('ksTest needs at least one value in each sample, got 0 and 1'));
    expect(() => ksTest([1, NaN], [1])).toThrow(/ksTest refuses NaN in the first sample \(index 1\)/);
    expect(() => ksTest([1], [Infinity])).toThrow(/ksTest refuses Infinity in the second sample/);
    expect(() => ksTest([1], [2], { method: 'approx' as never })).toThrow(/ksTest option method must be one of/);
    expect(() => ksTest([1], [2], { alternative: 'two_sided' as never })).toThrow(InvalidArgumentError);
  });
});

describe('finite-n Kolmogorov and Smirnov distributions', () => {
  const { kstwoSf, smirnovSf: smirnovGrid } = fixture.special as Record<string, [number, number, number][]>;

  it('kolmogorovSf(n, x) equals scipy.stats.kstwo.sf(x, n) across all of its methods to 1e-10', () => {
    // Grid over n = 1 … 2·10⁶ and x from 1/(2n) to 1 − 1/(2n): Ruben–Gambino, Durbin, Pomeranz,
    // Smirnov sums and Pelz–Good are all exercised. Below ~1e-300 scipy returns subnormals.
    for (const [n, x, want] of kstwoSf) expectRelative(kolmogorovSf(n, x), want, 1e-10, 1e-305);
  });

  it('smirnovSf(n, x) equals scipy.special.smirnov(n, x) to 1e-10', () => {
    for (const [n, x, want] of smirnovGrid) expectRelative(smirnovSf(n, x), want, 1e-10, 1e-305);
  });

  it('kolmogorovSf matches published MTW values: P(D₁₀ < 0.274) = 0.6284796154565043 (Marsaglia et al. 2003)', () => {
    // Marsaglia, Tsang & Wang (2003), J. Stat. Softw. 8(18): K(10, 0.274) = 0.6284796154565043.
    expect(1 - kolmogorovSf(10, 0.274)).toBeCloseTo(0.6284796154565043, 14);
  });
});
