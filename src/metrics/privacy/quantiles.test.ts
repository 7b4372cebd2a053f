import { describe, expect, it } from 'vitest';
import { quantiles } from './quantiles.js';

describe('quantiles', () => {
  it('interpolates linearly between order statistics, as numpy.quantile’s default does', () => {
    // numpy.quantile([4, 1, 3, 2], [0, 0.05, 0.5, 0.95, 1]) → [1, 1.15, 2.5, 3.85, 4]: h = 3p.
    expect(quantiles([4, 1, 3, 2], [0, 0.05, 0.5, 0.95, 1])).toEqual({ p0: 1, p5: 1.15, p50: 2.5, p95: 3.85, p100: 4 });
  });

  it('gives the single value for every probability, and null for no values', () => {
    expect(quantiles([0.7], [0.05, 0.5])).toEqual({ p5: 0.7, p50: 0.7 });
    expect(quantiles([], [0.5])).toEqual({ p50: null });
  });
});
