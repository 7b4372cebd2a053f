import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { krippendorffAlpha } from '../../stats/agreement/krippendorff-alpha.js';
import { nominalAlphaUnits } from './nominal-alpha-units.js';

const toLabels = (coders: Int32Array[]) => coders.map((c) => Array.from(c, (v) => (v < 0 ? null : v)));

describe('nominalAlphaUnits', () => {
  it("gives Krippendorff (2011)'s nominal α 0.743 for the 4 observers × 12 units example", () => {
    const m = -1;
    const coders = [
      Int32Array.of(1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m),
      Int32Array.of(1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3),
      Int32Array.of(m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m),
      Int32Array.of(1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m),
    ];
    const a = nominalAlphaUnits(coders, 6);
    // Unit 12 has one value: not pairable.
    expect(a.pairable).toBe(11);
    expect(a.alpha()).toBeCloseTo(0.743421052631579, 14);
  });

  it('equals krippendorffAlpha on random data with missing values, 2 to 5 coders', () => {
    const rng = createRng(13);
    for (let coders = 2; coders <= 5; coders++) {
      const truth = Int32Array.from({ length: 200 }, () => rng.int(4));
      const data = Array.from({ length: coders }, () =>
        Int32Array.from(truth, (v) => (rng.next() < 0.1 ? -1 : rng.next() < 0.7 ? v : rng.int(4))),
      );
      expect(nominalAlphaUnits(data, 4).alpha()).toBeCloseTo(krippendorffAlpha(toLabels(data)), 12);
    }
  });

  it('recomputes α over a resample of units, repeats included, as krippendorffAlpha on those columns', () => {
    const rng = createRng(17);
    const data = [0, 1, 2].map(() => Int32Array.from({ length: 60 }, () => rng.int(3)));
    const a = nominalAlphaUnits(data, 3);
    expect(a.pairable).toBe(60);
    const pick = Array.from({ length: 60 }, () => rng.int(60));
    const resampled = data.map((c) => Int32Array.from(pick, (i) => c[i]));
    expect(a.alpha(pick)).toBeCloseTo(krippendorffAlpha(toLabels(resampled)), 12);
  });

  it('is 1 for perfect agreement and NaN when every value is the same', () => {
    expect(nominalAlphaUnits([Int32Array.of(0, 1, 1), Int32Array.of(0, 1, 1)], 2).alpha()).toBe(1);
    expect(nominalAlphaUnits([Int32Array.of(1, 1), Int32Array.of(1, 1)], 2).alpha()).toBeNaN();
  });

  it('has no pairable unit when no unit has two values (α NaN)', () => {
    const a = nominalAlphaUnits([Int32Array.of(0, -1), Int32Array.of(-1, 1)], 2);
    expect(a.pairable).toBe(0);
    expect(a.alpha()).toBeNaN();
  });
});
