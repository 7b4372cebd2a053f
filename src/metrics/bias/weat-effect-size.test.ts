import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weatAssociations } from './weat-associations.js';
import { weatEffectSize } from './weat-effect-size.js';

interface Case {
  name: string;
  X: number[][];
  Y: number[][];
  A: number[][];
  B: number[][];
  sX: number[];
  sY: number[];
  effectSize: number;
  effectSizeDdof0: number;
  statistic: number;
}
// numpy, from Caliskan et al.'s formulas: /usr/bin/python3 scripts/reference/bias.py
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/reference/bias.json', import.meta.url), 'utf8')) as { weat: Case[] };

describe('weatEffectSize (Caliskan et al. 2017)', () => {
  it('computes the effect size of a hand-made 2-d example', () => {
    // X = {(1,0), (2,1)}, Y = {(0,1), (1,3)}, A = {(1,0)}, B = {(0,1)}:
    // s(x) = cos(x, a) − cos(x, b): 1 and 2/√5 − 1/√5 = 1/√5; s(y): −1 and 1/√10 − 3/√10 = −2/√10.
    // mean_X − mean_Y = (1 + 1/√5)/2 + (1 + 2/√10)/2 = 1.539835; sample sd of the four = 0.929412
    // (squared deviations from the mean −0.046310 sum to 2.591421; / 3); d = 1.656783.
    const sX = [1, 1 / Math.sqrt(5)];
    const sY = [-1, -2 / Math.sqrt(10)];
    const r = weatEffectSize(sX, sY);
    expect(r.meanX - r.meanY).toBeCloseTo(1.539835, 6);
    expect(r.sd).toBeCloseTo(0.929412, 6);
    expect(r.effectSize).toBeCloseTo(1.656783, 6);
    expect(r.statistic).toBeCloseTo(1 + 1 / Math.sqrt(5) + 1 + 2 / Math.sqrt(10), 12);
  });

  for (const c of reference.weat) {
    it(`matches numpy (sample sd, as sent-bias) on ${c.name}`, () => {
      const sX = weatAssociations(c.X, c.A, c.B);
      const sY = weatAssociations(c.Y, c.A, c.B);
      Array.from(sX).forEach((v, i) => expect(v).toBeCloseTo(c.sX[i], 12));
      Array.from(sY).forEach((v, i) => expect(v).toBeCloseTo(c.sY[i], 12));
      const r = weatEffectSize(sX, sY);
      expect(r.effectSize).toBeCloseTo(c.effectSize, 12);
      expect(r.statistic).toBeCloseTo(c.statistic, 12);
      // The population-sd form some re-implementations use (numpy ddof=0) is d·√(n/(n − 1)).
      const n = c.X.length + c.Y.length;
      expect(r.effectSize * Math.sqrt(n / (n - 1))).toBeCloseTo(c.effectSizeDdof0, 12);
    });
  }

  it('is antisymmetric in X and Y and bounded by 2 in size for equal sets', () => {
    const x = [0.3, 0.1, 0.25];
    const y = [-0.1, -0.3, -0.2];
    expect(weatEffectSize(y, x).effectSize).toBeCloseTo(-weatEffectSize(x, y).effectSize, 12);
    // The most separated equal sets: all of X at +1, all of Y at −1: d = 2 / sd = 2·√((n−1)/n) < 2.
    expect(weatEffectSize([1, 1, 1], [-1, -1, -1]).effectSize).toBeCloseTo(2 * Math.sqrt(5 / 6), 12);
  });

  it('accepts sets of one word each and of unequal sizes', () => {
    // sd of {1, −1} is √2; d = 2/√2.
    expect(weatEffectSize([1], [-1]).effectSize).toBeCloseTo(Math.SQRT2, 12);
    // mean of {1, .5, 0, −1} is .125, squared deviations sum to 2.1875: d = (0.5 + 1) / √(2.1875/3).
    expect(weatEffectSize([1, 0.5, 0], [-1]).effectSize).toBeCloseTo(1.5 / Math.sqrt(2.1875 / 3), 12);
  });

  it('refuses empty sets, NaN, and equal associations (0/0)', () => {
    expect(() => weatEffectSize([], [1])).toThrow(/non-empty target set X/);
    expect(() => weatEffectSize([1], [Number.NaN])).toThrow(/NaN or infinite associations \(set Y\)/);
    expect(() => weatEffectSize([0.2, 0.2], [0.2])).toThrow(/every association is equal/);
  });
});
