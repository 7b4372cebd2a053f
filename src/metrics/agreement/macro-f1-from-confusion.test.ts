import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { macroF1 } from '../../stats/agreement/macro-f1.js';
import { confusionOfCodes } from './confusion-of-codes.js';
import { macroF1FromConfusion } from './macro-f1-from-confusion.js';

describe('macroF1FromConfusion', () => {
  it("gives macroF1's 0.3888… for ['a','a','b','c'] vs ['a','b','b','a'] (hand: F1 a 1/2, b 2/3, c 0)", () => {
    const r = macroF1FromConfusion(Float64Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0), 3);
    expect(r.macroF1).toBeCloseTo(7 / 18, 15);
    expect(r.perLabel.map((l) => l.f1)).toEqual([0.5, 2 / 3, 0]);
    expect(r.perLabel[0]).toMatchObject({ precision: 0.5, recall: 0.5, support: 2, predicted: 2 });
  });

  it('averages over the labels present in either array, as f1_score(average="macro") by default', () => {
    const rng = createRng(11);
    for (let K = 2; K <= 5; K++) {
      // Label K − 1 never occurs: it must not count in the mean.
      const a = Int32Array.from({ length: 300 }, () => rng.int(K - 1));
      const b = Int32Array.from(a, (v) => (rng.next() < 0.7 ? v : rng.int(K - 1)));
      const r = macroF1FromConfusion(confusionOfCodes(a, b, K), K);
      expect(r.present[K - 1]).toBe(false);
      expect(r.macroF1).toBeCloseTo(macroF1(Array.from(a), Array.from(b)), 13);
    }
  });

  it('counts a label that is only ever predicted, with F1 0 (precision 0, recall 0/0 → 0)', () => {
    // true: a a; predicted: a b. Labels a, b: F1 a = 2/3, F1 b = 0 → 1/3, as macroF1.
    const r = macroF1FromConfusion(Float64Array.of(1, 1, 0, 0), 2);
    expect(r.macroF1).toBeCloseTo(macroF1(['a', 'a'], ['a', 'b']), 15);
  });

  it('is NaN for no pairs at all', () => {
    expect(macroF1FromConfusion(new Float64Array(4), 2).macroF1).toBeNaN();
  });
});
