import { describe, expect, it } from 'vitest';
import { multiply } from './multiply.js';

describe('multiply', () => {
  it('gives [[19, 22], [43, 50]] for [[1, 2], [3, 4]] · [[5, 6], [7, 8]]', () => {
    expect(Array.from(multiply(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), 2, 2, 2))).toEqual([19, 22, 43, 50]);
  });

  it('uses Aᵀ with transposeA: [[1, 3], [2, 4]] · [[5, 6], [7, 8]] = [[26, 30], [38, 44]]', () => {
    expect(Array.from(multiply(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), 2, 2, 2, true))).toEqual([26, 30, 38, 44]);
  });

  it('handles rectangular shapes past the 4-row unrolling (5 × 3 times 3 × 2)', () => {
    const a = Float64Array.from({ length: 15 }, (_, i) => i + 1);
    const b = Float64Array.of(1, 0, 0, 1, 1, 1);
    // Row i of A is (3i+1, 3i+2, 3i+3): product row is (6i+4, 6i+5).
    expect(Array.from(multiply(a, b, 5, 3, 2))).toEqual([4, 5, 10, 11, 16, 17, 22, 23, 28, 29]);
  });
});
