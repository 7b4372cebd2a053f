import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { allocateCounts } from './allocate-counts.js';

describe('allocateCounts', () => {
  it('matches the largest-remainder (Hare quota) example of Wikipedia "Largest remainder method": 10 seats → 5, 2, 1, 1, 1, 0', () => {
    // Votes 47 000, 16 000, 15 800, 12 000, 6 100, 3 100 as weights; quotas 4.7, 1.6, 1.58, 1.2, 0.61, 0.31.
    const weights = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100].map((weight) => ({ weight }));
    expect(allocateCounts(weights, 10)).toEqual([5, 2, 1, 1, 1, 0]);
  });

  it('balances equal weights and gives a tied remainder to the earlier label', () => {
    // 10 / 3 = 3.33 each: floors 3, 3, 3 and the one left goes to the first.
    expect(allocateCounts([{}, {}, {}], 10)).toEqual([4, 3, 3]);
    // shares 2.5, 2.5, 5 (hand computation in the JSDoc)
    expect(allocateCounts([{}, {}, { weight: 2 }], 10)).toEqual([3, 2, 5]);
  });

  it('keeps explicit counts and shares what is left of the total over the others', () => {
    expect(allocateCounts([{ count: 4 }, {}], 10)).toEqual([4, 6]);
    expect(allocateCounts([{ count: 4 }, { count: 7 }], undefined)).toEqual([4, 7]);
    expect(allocateCounts([{ count: 10 }, {}], 10)).toEqual([10, 0]);
  });

  it('always adds up to the total', () => {
    for (let total = 1; total <= 50; total++) {
      const counts = allocateCounts([{ weight: 0.7 }, { weight: 1.9 }, { weight: 3.3 }, {}], total);
      expect(counts.reduce((s, x) => s + x, 0)).toBe(total);
    }
  });

  it('refuses a label without count when there is no total, and counts above the total', () => {
    expect(() => allocateCounts([{}, { count: 2 }], undefined)).toThrow(InvalidArgumentError);
    expect(() => allocateCounts([{ count: 8 }, {}], 5)).toThrow(/adding up to 8, more than the total 5/);
  });
});
