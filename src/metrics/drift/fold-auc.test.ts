import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { mannWhitneyU } from '../../stats/mann-whitney-u.js';
import { rocAuc } from '../../stats/embedding/roc-auc.js';
import { createFoldAuc } from './fold-auc.js';
import { weightedAuc } from './weighted-auc.js';

describe('createFoldAuc', () => {
  it('gives the exact one-fold p-value of the JSDoc example: 1 of C(4,2) = 6 labellings reaches AUC 1, doubled', () => {
    const f = createFoldAuc([{ scores: Float64Array.of(1, 2, 3, 4), labels: Uint8Array.of(0, 0, 1, 1) }]);
    expect(f.observed).toBe(1);
    const t = f.test();
    expect(t.foldPValues[0]).toBeCloseTo(1 / 6, 15);
    expect(t.pValue).toBeCloseTo(1 / 3, 15);
  });

  it('averages the fold AUCs, and combines the folds\' Mann–Whitney p-values as min(1, 2 × mean)', () => {
    const rng = createRng(4);
    const folds = [0, 1, 2].map((f) => {
      const n = 30;
      const labels = Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0));
      const scores = Float64Array.from(labels, (l) => rng.normal() + 0.4 * f * l);
      return { scores, labels };
    });
    const auc = createFoldAuc(folds);
    expect(auc.observed).toBeCloseTo(folds.reduce((s, f) => s + rocAuc(f.labels, f.scores), 0) / 3, 14);
    const ps = folds.map((f) => {
      const pos = Array.from(f.scores).filter((_, i) => f.labels[i] === 1);
      const neg = Array.from(f.scores).filter((_, i) => f.labels[i] === 0);
      return mannWhitneyU(pos, neg, { alternative: 'greater' }).pValue;
    });
    const t = auc.test();
    expect(t.foldPValues).toEqual(ps);
    expect(t.pValue).toBeCloseTo(Math.min(1, (2 * (ps[0] + ps[1] + ps[2])) / 3), 15);
  });

  it('resamples positives and negatives of each fold separately (replayed by hand)', () => {
    const fold = { scores: Float64Array.of(0.1, 0.9, 0.4, 0.3, 0.8), labels: Uint8Array.of(0, 1, 0, 1, 1) };
    const auc = createFoldAuc([fold]);
    const rng = createRng(12);
    const positives = [1, 3, 4];
    const negatives = [0, 2];
    const weights = [0, 0, 0, 0, 0];
    for (let t = 0; t < 3; t++) weights[positives[rng.int(3)]]++;
    for (let t = 0; t < 2; t++) weights[negatives[rng.int(2)]]++;
    expect(auc.resample(createRng(12))).toBe(weightedAuc(fold.labels, fold.scores, weights));
  });
});
