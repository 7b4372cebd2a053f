import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracy } from './accuracy.js';

// Reference: scikit-learn 1.2.1, scripts/reference/agreement.py → fixtures/reference/agreement.json
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/reference/agreement.json', import.meta.url), 'utf8'),
) as { classification: { name: string; yTrue: (string | number)[]; yPred: (string | number)[]; accuracy: number }[] };

describe('accuracy()', () => {
  for (const c of fixture.classification) {
    it(`equals sklearn.metrics.accuracy_score on case "${c.name}"`, () => {
      expect(accuracy(c.yTrue, c.yPred)).toBe(c.accuracy);
    });
  }

  it('is the share of exact matches (3 of 4 = 0.75)', () => {
    expect(accuracy(['a', 'b', 'b', 'c'], ['a', 'b', 'c', 'c'])).toBe(0.75);
  });

  it('scores a single item 1 or 0', () => {
    expect(accuracy([5], [5])).toBe(1);
    expect(accuracy([5], [4])).toBe(0);
  });

  it('does not equate the string "1" with the number 1: it refuses the mix', () => {
    expect(() => accuracy(['1'], [1])).toThrow(/mix of string and number/);
  });

  it('refuses mismatched lengths, empty input, NaN and non-label values', () => {
    expect(() => accuracy([1, 2], [1])).toThrow(/accuracy needs yTrue and yPred of equal length, got 2 and 1/);
    expect(() => accuracy([], [])).toThrow(/at least one/);
    expect(() => accuracy([Number.NaN], [1])).toThrow(/NaN/);
    expect(() => accuracy([null as unknown as string], ['a'])).toThrow(/string or number labels/);
  });
});
