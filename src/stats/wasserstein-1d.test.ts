import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceSample, type ReferenceSample } from './reference-sample.js';
import { wasserstein1d } from './wasserstein-1d.js';

interface WassersteinCase {
  name: string;
  u: ReferenceSample;
  v: ReferenceSample;
  uWeights: ReferenceSample | null;
  vWeights: ReferenceSample | null;
  value: number;
}

// Reference values: scipy 1.10.1 via scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: WassersteinCase[] = fixture.wasserstein1d;

describe('wasserstein1d against scipy.stats.wasserstein_distance', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = wasserstein1d(referenceSample(c.u), referenceSample(c.v), {
      uWeights: c.uWeights === null ? undefined : referenceSample(c.uWeights),
      vWeights: c.vWeights === null ? undefined : referenceSample(c.vWeights),
    });
    // Same integrand term by term; only the summation order differs (numpy pairwise vs Neumaier).
    expect(Math.abs(got - c.value)).toBeLessThanOrEqual(1e-12 * Math.abs(c.value) + 1e-300);
  });
});

describe('wasserstein1d', () => {
  it('gives the scipy documentation values: 5.0, 0.25 and 4.0781331438047861', () => {
    expect(wasserstein1d([0, 1, 3], [5, 6, 8])).toBe(5);
    expect(wasserstein1d([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [2, 2] })).toBe(0.25);
    expect(
      wasserstein1d([3.4, 3.9, 7.5, 7.8], [4.5, 1.4], { uWeights: [1.4, 0.9, 3.1, 7.2], vWeights: [3.2, 3.5] }),
    ).toBeCloseTo(4.0781331438047861, 14);
  });

  it('is the distance between two single points when each sample has one value', () => {
    expect(wasserstein1d([2], [-1.5])).toBe(3.5);
  });

  it('is symmetric and zero for the same multiset', () => {
    expect(wasserstein1d([1, 2, 3], [3, 2, 1])).toBe(0);
    expect(wasserstein1d([0, 4, 9], [1, 1, 2, 8])).toBe(wasserstein1d([1, 1, 2, 8], [0, 4, 9]));
  });

  it('equals the mean absolute shift when one sample is the other moved by a constant', () => {
    const a = [0.5, 1.5, 2, 7];
    expect(wasserstein1d(a, a.map((x) => x + 0.25))).toBeCloseTo(0.25, 15);
  });

  it('refuses empty samples, NaN, mismatched or negative weights, and a zero weight sum', () => {
    expect(() => wasserstein1d([], [1])).toThrow('wasserstein1d needs at least one value in the first sample');
    expect(() => wasserstein1d([1], [NaN])).toThrow('wasserstein1d refuses NaN in the second sample (index 0)');
    expect(() => wasserstein1d([1, 2], [1], { uWeights: [1] })).toThrow(
      'wasserstein1d needs one weight per value in the first sample, got 1 weights for 2 values',
    );
    expect(() => wasserstein1d([1, 2], [1], { uWeights: [1, -1] })).toThrow('wasserstein1d refuses negative weight -1');
    expect(() => wasserstein1d([1, 2], [1], { uWeights: [0, 0] })).toThrow('positive finite sum, got 0');
  });
});
