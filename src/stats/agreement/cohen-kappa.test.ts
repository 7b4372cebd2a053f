import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.js';

// Reference: scikit-learn 1.2.1 cohen_kappa_score, scripts/reference/agreement.py
type Kappas = { none: number | null; linear: number | null; quadratic: number | null };
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/reference/agreement.json', import.meta.url), 'utf8'),
) as { classification: { name: string; yTrue: (string | number)[]; yPred: (string | number)[]; labels: (string | number)[] | null; cohenKappa: Kappas }[] };

describe('cohenKappa()', () => {
  for (const c of fixture.classification) {
    for (const weights of ['none', 'linear', 'quadratic'] as const) {
      it(`equals sklearn cohen_kappa_score (weights ${weights}) on case "${c.name}"`, () => {
        const value = cohenKappa(c.yTrue, c.yPred, {
          ...(weights === 'none' ? {} : { weights }),
          ...(c.labels === null ? {} : { labels: c.labels }),
        });
        const expected = c.cohenKappa[weights];
        // null in the fixture is sklearn's NaN (0/0 when both raters use one label only).
        if (expected === null) expect(value).toBeNaN();
        else expect(value).toBeCloseTo(expected, 12);
      });
    }
  }

  it('is (p_o − p_e) / (1 − p_e) (hand-checked: p_o = 4/5, p_e = 9/25 → 0.6875)', () => {
    // rater1 a a b b c, rater2 a b b b c: p_e = (2·1 + 2·3 + 1·1) / 25 = 9/25.
    expect(cohenKappa(['a', 'a', 'b', 'b', 'c'], ['a', 'b', 'b', 'b', 'c'])).toBeCloseTo(0.6875, 15);
  });

  it('weights by the label position in the sorted union, so numbers 1, 10, 2 weigh by rank', () => {
    // Sorted union [1, 2, 10]: 10 is position 2, one step from 2 (as sklearn; values are not used).
    const a = cohenKappa([1, 2, 10, 10], [1, 10, 10, 2], { weights: 'linear' });
    const b = cohenKappa([0, 1, 2, 2], [0, 2, 2, 1], { weights: 'linear' });
    expect(a).toBeCloseTo(b, 15);
  });

  it('is NaN when both raters use one and the same label (chance agreement is total)', () => {
    expect(cohenKappa(['x', 'x'], ['x', 'x'])).toBeNaN();
  });

  it('is −1 for two raters who always swap two balanced labels', () => {
    expect(cohenKappa([0, 0, 1, 1], [1, 1, 0, 0])).toBe(-1);
  });

  it('refuses unknown weights, mismatched lengths, empty raters and NaN', () => {
    expect(() => cohenKappa([1], [1], { weights: 'cubic' as 'linear' })).toThrow(/weights 'linear' or 'quadratic'/);
    expect(() => cohenKappa([1, 2, 3], [1, 2, 3, 4])).toThrow(/cohenKappa needs rater1 and rater2 of equal length, got 3 and 4/);
    expect(() => cohenKappa([], [])).toThrow(/at least one/);
    expect(() => cohenKappa([Number.NaN], [1])).toThrow(/NaN/);
    expect(() => cohenKappa(['a', 1], ['a', 1])).toThrow(/mix of string and number/);
  });
});
