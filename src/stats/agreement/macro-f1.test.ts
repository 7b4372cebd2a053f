import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { macroF1 } from './macro-f1.js';

// Reference: scikit-learn 1.2.1 f1_score(average='macro'), scripts/reference/agreement.py
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/reference/agreement.json', import.meta.url), 'utf8'),
) as { classification: { name: string; yTrue: (string | number)[]; yPred: (string | number)[]; labels: (string | number)[] | null; macroF1: number }[] };

describe('macroF1()', () => {
  for (const c of fixture.classification) {
    it(`equals sklearn f1_score(average='macro') on case "${c.name}"`, () => {
      const value = macroF1(c.yTrue, c.yPred, c.labels === null ? {} : { labels: c.labels });
      expect(value).toBeCloseTo(c.macroF1, 12);
    });
  }

  it('averages per-label F1 (hand-checked: a 1/2, b 2/3, c 0 → 7/18)', () => {
    // a: predicted twice, right once (P=1/2), true twice, found once (R=1/2) → F1=1/2.
    // b: predicted twice, right once (P=1/2), true once, found (R=1) → F1=2/3. c: never found → 0.
    expect(macroF1(['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'a'])).toBeCloseTo(7 / 18, 15);
  });

  it('counts a listed label that never occurs as F1 = 0 in the mean (zero_division 0)', () => {
    expect(macroF1(['a', 'b'], ['a', 'b'], { labels: ['a', 'b', 'z'] })).toBeCloseTo(2 / 3, 15);
  });

  it('is 1 for one class predicted perfectly', () => {
    expect(macroF1(['x', 'x'], ['x', 'x'])).toBe(1);
  });

  it('refuses mismatched lengths and NaN', () => {
    expect(() => macroF1([1, 2], [1])).toThrow(/macroF1 needs yTrue and yPred of equal length/);
    expect(() => macroF1([1, 2], [1, Number.NaN])).toThrow(/NaN/);
  });
});
