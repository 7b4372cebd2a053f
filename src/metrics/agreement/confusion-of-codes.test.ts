import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { confusionMatrix } from '../../stats/agreement/confusion-matrix.js';
import { confusionOfCodes } from './confusion-of-codes.js';

describe('confusionOfCodes', () => {
  it('counts pairs by (first, second) code, row-major', () => {
    expect(Array.from(confusionOfCodes(Int32Array.of(0, 0, 1), Int32Array.of(0, 1, 1), 2))).toEqual([1, 1, 0, 1]);
  });

  it('leaves out pairs with a missing (negative) code', () => {
    expect(Array.from(confusionOfCodes(Int32Array.of(0, -1, 1), Int32Array.of(0, 1, -1), 2))).toEqual([1, 0, 0, 0]);
  });

  it('counts the positions of a resample, repeats included', () => {
    expect(Array.from(confusionOfCodes(Int32Array.of(0, 1), Int32Array.of(1, 1), 2, [0, 0, 1]))).toEqual([0, 2, 0, 1]);
  });

  it('equals confusionMatrix (sklearn 1.2 confusion_matrix) on random labels', () => {
    const rng = createRng(5);
    const labels = ['a', 'b', 'c', 'd'];
    const a = Int32Array.from({ length: 500 }, () => rng.int(4));
    const b = Int32Array.from({ length: 500 }, () => rng.int(4));
    const expected = confusionMatrix(Array.from(a, (c) => labels[c]), Array.from(b, (c) => labels[c]), { labels }).matrix.flat();
    expect(Array.from(confusionOfCodes(a, b, 4))).toEqual(expected);
  });

  it('gives zeros for no pairs', () => {
    expect(Array.from(confusionOfCodes(new Int32Array(0), new Int32Array(0), 2))).toEqual([0, 0, 0, 0]);
  });
});
