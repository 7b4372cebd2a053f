import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';
import { c2st } from '../../stats/embedding/c2st.js';
import { rocAuc } from '../../stats/embedding/roc-auc.js';
import { outOfFoldC2st } from './out-of-fold-c2st.js';

function gaussian(rows: number, d: number, shift: number, seed: number): Matrix {
  const rng = createRng(seed);
  return { rows, dimension: d, data: Float32Array.from({ length: rows * d }, (_, i) => rng.normal() + (i % d === 0 ? shift : 0)) };
}

describe('outOfFoldC2st', () => {
  it('gives exactly c2st\'s AUC and fold AUCs (same folds, fits and scores), for several seeds and fold counts', () => {
    for (const [seed, folds, shift] of [
      [1, 5, 0],
      [2, 3, 0.5],
      [3, 4, 2],
    ]) {
      const real = gaussian(60, 6, 0, seed);
      const synthetic = gaussian(45, 6, shift, seed + 100);
      const ours = outOfFoldC2st(real, synthetic, { folds, seed });
      const theirs = c2st(real, synthetic, { folds, seed });
      expect(ours.auc).toBe(theirs.auc);
      expect(ours.foldAucs).toEqual(theirs.foldAucs);
    }
  });

  it('holds every row out exactly once, with its side as the label and its fold AUC from its scores', () => {
    const real = gaussian(23, 3, 0, 7);
    const synthetic = gaussian(31, 3, 1, 8);
    const r = outOfFoldC2st(real, synthetic, { folds: 5, seed: 3 });
    const seen = r.folds.flatMap((f) => Array.from(f.rows!)).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 54 }, (_, i) => i));
    for (const [k, f] of r.folds.entries()) {
      f.rows!.forEach((row, i) => expect(f.labels[i]).toBe(row >= 23 ? 1 : 0));
      expect(rocAuc(f.labels, f.scores)).toBe(r.foldAucs[k]);
    }
    expect(r.converged).toBe(5);
  });

  it('separates well-apart clouds perfectly (the JSDoc example)', () => {
    const r = outOfFoldC2st([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], [[5, 5], [5, 6], [6, 5], [6, 6], [5.5, 5.5]], { folds: 5 });
    expect(r.auc).toBe(1);
    expect(r.foldAucs).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses fewer rows than folds on a side, one fold, and mismatched dimensions', () => {
    expect(() => outOfFoldC2st([[0], [1]], [[2], [3], [4]], { folds: 3 })).toThrow(/at least 3 rows on each side/);
    expect(() => outOfFoldC2st([[0], [1]], [[2], [3]], { folds: 1 })).toThrow(/folds ≥ 2/);
    expect(() => outOfFoldC2st([[0], [1]], [[2, 0], [3, 0]], { folds: 2 })).toThrow(/same dimension/);
  });
});
