import { describe, expect, it } from 'vitest';
import { cholesky } from './cholesky.js';

describe('cholesky', () => {
  it('factors [[4, 2], [2, 5]] as [[2, 0], [1, 2]]', () => {
    expect(Array.from(cholesky(Float64Array.of(4, 2, 2, 5), 2) as Float64Array)).toEqual([2, 0, 1, 2]);
  });

  it('returns null for a singular or indefinite matrix instead of throwing', () => {
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2)).toBeNull();
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2)).toBeNull();
  });
});
