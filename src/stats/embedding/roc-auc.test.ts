import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { loadEmbeddingLinalgFixture } from '../linalg/reference-fixture.test-helper.js';
import { rocAuc } from './roc-auc.js';

const fixture = loadEmbeddingLinalgFixture();

describe('rocAuc', () => {
  // sklearn.metrics.roc_auc_score (scikit-learn 1.2), scripts/reference/embedding_linalg.py.
  for (const c of fixture.rocAuc) {
    it(`equals sklearn roc_auc_score: ${c.name}`, () => {
      expect(rocAuc(c.y, c.scores)).toBeCloseTo(c.auc, 14);
    });
  }

  it('counts a positive–negative tie as one half', () => {
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5);
    expect(rocAuc([0, 0, 1], [0.2, 0.5, 0.5])).toBe(0.75);
  });

  it('takes booleans, true being the positive class', () => {
    expect(rocAuc([false, false, true, true], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
  });

  it('refuses one class only, as sklearn does', () => {
    expect(() => rocAuc([1, 1, 1], [0.1, 0.2, 0.3])).toThrow(/undefined with one class only/);
  });

  it('refuses three or more label values, mixed label types and NaN labels', () => {
    expect(() => rocAuc([0, 1, 2], [0.1, 0.2, 0.3])).toThrow(/binary labels/);
    expect(() => rocAuc([0, '1'], [0.1, 0.2])).toThrow(/labels of one type/);
    expect(() => rocAuc([0, NaN, 1], [0.1, 0.2, 0.3])).toThrow(/NaN labels/);
  });

  it('refuses mismatched lengths, empty input and NaN scores', () => {
    expect(() => rocAuc([0, 1], [0.1])).toThrow(InvalidArgumentError);
    expect(() => rocAuc([], [])).toThrow(/got none/);
    expect(() => rocAuc([0, 1], [0.1, NaN])).toThrow(/NaN or non-finite scores/);
  });
});
