import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { medianInPlace, selectKth } from './select-kth.js';

describe('selectKth() and medianInPlace()', () => {
  it('select the k-th smallest as a full sort would, with ties and any k', () => {
    const rng = createRng(4);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + rng.int(60);
      const values = Float64Array.from({ length: n }, () => rng.int(12)); // many ties
      const sorted = Float64Array.from(values).sort();
      const k = rng.int(n);
      expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });

  it("take NumPy's median: the middle value, or the mean of the two middle values", () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3))).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(medianInPlace(Float64Array.of(7))).toBe(7);
    // Over squared values with a square root: median of distances 1, 2, 3, 4 is 2.5.
    expect(medianInPlace(Float64Array.of(16, 1, 9, 4), Math.sqrt)).toBe(2.5);
  });
});
