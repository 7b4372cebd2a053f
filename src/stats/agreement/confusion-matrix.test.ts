import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { confusionMatrix } from './confusion-matrix.js';

// Reference: scikit-learn 1.2.1, scripts/reference/agreement.py → fixtures/reference/agreement.json
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/reference/agreement.json', import.meta.url), 'utf8'),
) as { classification: { name: string; yTrue: (string | number)[]; yPred: (string | number)[]; labels: (string | number)[] | null; confusionMatrix: { labels: (string | number)[]; matrix: number[][] } }[] };

describe('confusionMatrix()', () => {
  for (const c of fixture.classification) {
    it(`equals sklearn.metrics.confusion_matrix on case "${c.name}"`, () => {
      const result = confusionMatrix(c.yTrue, c.yPred, c.labels === null ? {} : { labels: c.labels });
      expect(result).toEqual(c.confusionMatrix);
    });
  }

  it('puts true labels in rows and predicted labels in columns (hand-checked)', () => {
    expect(confusionMatrix(['cat', 'dog', 'cat', 'bird'], ['cat', 'cat', 'cat', 'dog'])).toEqual({
      labels: ['bird', 'cat', 'dog'],
      matrix: [
        [0, 0, 1],
        [0, 2, 0],
        [0, 1, 0],
      ],
    });
  });

  it('sorts number labels numerically, not as text', () => {
    expect(confusionMatrix([10, 9, 100], [10, 9, 100]).labels).toEqual([9, 10, 100]);
  });

  it('sorts string labels by code point as Python does (emoji after U+FFxx)', () => {
    // UTF-16 order would put '😀' (surrogate U+D83D) before '｡' (U+FF61); Python's sorted() does not.
    expect(confusionMatrix(['｡', '😀', 'a'], ['a', '｡', '😀']).labels).toEqual(['a', '｡', '😀']);
  });

  it('takes fractional numbers as categories (a documented difference: sklearn refuses them as "continuous")', () => {
    expect(confusionMatrix([2.5, 0.5, 2.5], [2.5, 2.5, 0.5])).toEqual({
      labels: [0.5, 2.5],
      matrix: [
        [0, 1],
        [1, 1],
      ],
    });
  });

  it('drops pairs with a label outside options.labels, as sklearn does', () => {
    expect(confusionMatrix(['a', 'b', 'c'], ['a', 'c', 'b'], { labels: ['b', 'a'] }).matrix).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });

  it('refuses options.labels of which none occurs in yTrue, as sklearn does', () => {
    expect(() => confusionMatrix(['a'], ['a'], { labels: ['z'] })).toThrow(/at least one of options.labels/);
  });

  it('refuses a mix of string and number labels', () => {
    expect(() => confusionMatrix(['1', 2], ['1', 2])).toThrow(InvalidArgumentError);
    expect(() => confusionMatrix(['1', '2'], [1, 2])).toThrow(/mix of string and number/);
  });

  it('refuses mismatched lengths, empty input and NaN', () => {
    expect(() => confusionMatrix([1, 2, 3], [1, 2])).toThrow(/equal length, got 3 and 2/);
    expect(() => confusionMatrix([], [])).toThrow(/at least one/);
    expect(() => confusionMatrix([1, Number.NaN], [1, 1])).toThrow(/NaN/);
  });
});
