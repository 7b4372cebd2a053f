import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { cohenKappa } from '../../stats/agreement/cohen-kappa.js';
import { confusionOfCodes } from './confusion-of-codes.js';
import { kappaFromConfusion } from './kappa-from-confusion.js';

describe('kappaFromConfusion', () => {
  it("gives cohenKappa's 0.6875 for ['a','a','b','b','c'] vs ['a','b','b','b','c'] (hand: p_o 0.8, p_e 0.36)", () => {
    expect(kappaFromConfusion(Float64Array.of(1, 1, 0, 0, 2, 0, 0, 0, 1), 3)).toBeCloseTo(0.6875, 14);
  });

  it('equals cohenKappa (sklearn 1.2 cohen_kappa_score) on random correlated labels, 2 to 6 classes', () => {
    const rng = createRng(9);
    for (let K = 2; K <= 6; K++) {
      const a = Int32Array.from({ length: 400 }, () => rng.int(K));
      const b = Int32Array.from(a, (v) => (rng.next() < 0.6 ? v : rng.int(K)));
      const expected = cohenKappa(Array.from(a), Array.from(b));
      expect(kappaFromConfusion(confusionOfCodes(a, b, K), K)).toBeCloseTo(expected, 12);
    }
  });

  it('ignores labels nobody used (zero rows and columns change nothing)', () => {
    const small = kappaFromConfusion(Float64Array.of(3, 1, 2, 4), 2);
    const padded = kappaFromConfusion(Float64Array.of(3, 1, 0, 2, 4, 0, 0, 0, 0), 3);
    expect(padded).toBeCloseTo(small, 15);
  });

  it('is NaN when both raters use one and the same label (p_e = 1), as sklearn 0/0, and for no pairs', () => {
    expect(kappaFromConfusion(Float64Array.of(5, 0, 0, 0), 2)).toBeNaN();
    expect(kappaFromConfusion(new Float64Array(4), 2)).toBeNaN();
  });

  it('is −1 for two balanced labels that always disagree', () => {
    expect(kappaFromConfusion(Float64Array.of(0, 5, 5, 0), 2)).toBe(-1);
  });
});
