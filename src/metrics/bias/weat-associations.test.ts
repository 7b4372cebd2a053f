import { describe, expect, it } from 'vitest';
import { weatAssociations } from './weat-associations.js';

describe('weatAssociations', () => {
  it('is the mean cosine to A minus the mean cosine to B, for vectors of any length', () => {
    // w = (3, 4): cos to (1, 0) = 0.6, to (0, 2) = 0.8, to (1, 1) = 7/(5√2).
    const s = weatAssociations([[3, 4]], [[1, 0], [0, 2]], [[1, 1]]);
    expect(s[0]).toBeCloseTo((0.6 + 0.8) / 2 - 7 / (5 * Math.SQRT2), 12);
  });

  it('equals the dot product with the difference of the centroids for unit-length rows', () => {
    // For unit rows, mean_a cos(w, a) = w · mean(a): the identity bias.embedding-association uses.
    const unit = (v: number[]) => v.map((x) => x / Math.hypot(...v));
    const a = [unit([1, 2, 2]), unit([2, 1, -2])];
    const b = [unit([0, 1, 0]), unit([1, 1, 1]), unit([-1, 0, 2])];
    const w = unit([2, -1, 3]);
    const mean = (rows: number[][]) => rows[0].map((_, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length);
    const [ma, mb] = [mean(a), mean(b)];
    const expected = w.reduce((s, x, k) => s + x * (ma[k] - mb[k]), 0);
    expect(weatAssociations([w], a, b)[0]).toBeCloseTo(expected, 12);
  });

  it('accepts a float32 Matrix', () => {
    const m = { rows: 1, dimension: 2, data: Float32Array.of(1, 0) };
    expect(weatAssociations(m, [[1, 0]], [[0, 1]])[0]).toBe(1);
  });

  it('refuses empty sets, mixed dimensions, zero vectors and NaN', () => {
    expect(() => weatAssociations([], [[1]], [[1]])).toThrow(/non-empty sets, got 0 targets/);
    expect(() => weatAssociations([[1, 0]], [[1, 0, 0]], [[0, 1]])).toThrow(/one dimension, got 2 \(targets\), 3 \(A\) and 2 \(B\)/);
    expect(() => weatAssociations([[0, 0]], [[1, 0]], [[0, 1]])).toThrow(/target row 0 is all zeros/);
    expect(() => weatAssociations([[1, Number.NaN]], [[1, 0]], [[0, 1]])).toThrow(/NaN or non-numeric values \(target row 0, column 1\)/);
    expect(() => weatAssociations([[1, 0], [1]], [[1, 0]], [[0, 1]])).toThrow(/target rows of equal length/);
  });
});
