import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { rocAuc } from '../../stats/embedding/roc-auc.js';
import { weightedAuc } from './weighted-auc.js';

describe('weightedAuc', () => {
  it('equals rocAuc with unit weights (sklearn roc_auc_score example: 0.75)', () => {
    expect(weightedAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], [1, 1, 1, 1])).toBe(0.75);
  });

  it('equals rocAuc on the rows repeated by integer weights, with tied scores', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = createRng(seed);
      const n = 40;
      const labels = Array.from({ length: n }, (_, i) => (i < 15 ? 1 : 0));
      const scores = Array.from({ length: n }, () => Math.round(rng.normal() * 3) / 3);
      const weights = Array.from({ length: n }, () => rng.int(4));
      weights[0] = 1;
      weights[n - 1] = 1;
      const l: number[] = [];
      const s: number[] = [];
      weights.forEach((w, i) => {
        for (let k = 0; k < w; k++) {
          l.push(labels[i]);
          s.push(scores[i]);
        }
      });
      expect(weightedAuc(labels, scores, weights)).toBeCloseTo(rocAuc(l, s), 14);
    }
  });

  it('counts a positive–negative tie as one half', () => {
    expect(weightedAuc([0, 1], [2, 2], [1, 1])).toBe(0.5);
  });

  it('refuses mismatched lengths, NaN scores and a class with no weight', () => {
    expect(() => weightedAuc([0, 1], [1], [1, 1])).toThrow(/one score and one weight/);
    expect(() => weightedAuc([0, 1], [1, Number.NaN], [1, 1])).toThrow(/NaN/);
    expect(() => weightedAuc([0, 1], [1, 2], [1, 0])).toThrow(/both classes/);
  });
});
