import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { biasAmplification } from './bias-amplification.js';

interface Case {
  name: string;
  real: number[][];
  predicted: number[][];
  value: number;
  outputs: number[];
  pairs: Array<{ output: number; group: number; real: number; predicted: number }>;
}
// numpy, straight from the paper's formula: /usr/bin/python3 scripts/reference/bias.py
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/reference/bias.json', import.meta.url), 'utf8')) as { amplification: Case[] };

describe('biasAmplification (Zhao et al. 2017, §3)', () => {
  it("gives Zhao et al.'s cooking example: 67% women in training, 84% predicted → 0.17", () => {
    // b*(cooking, woman) = 67/100 > 1/2, b̃ = 84/100; one output, so the mean is 0.84 − 0.67.
    const r = biasAmplification([[33, 67]], [[16, 84]]);
    expect(r.value).toBeCloseTo(0.17, 12);
    expect(r.threshold).toBe(0.5);
    expect(r.pairs).toEqual([{ output: 0, group: 1, real: 0.67, predicted: 0.84, difference: expect.closeTo(0.17, 12) }]);
  });

  it('averages over outputs, not pairs: cooking +0.17 and driving −0.10 give 0.035', () => {
    // driving: b*(driving, man) = 0.7 > 1/2, b̃ = 0.6 → −0.1; (0.17 − 0.10) / |O| = 0.035.
    expect(biasAmplification([[33, 67], [70, 30]], [[16, 84], [60, 40]]).value).toBeCloseTo(0.035, 12);
  });

  it('sums every pair above 1/|G| with three groups (two groups of one output can both qualify)', () => {
    // output 0: b* = (.5, .4, .1), both .5 and .4 exceed 1/3; b̃ = (.7, .3, 0): +.2 − .1;
    // output 1: b* = (.2, .2, .6), b̃(·, 2) = .6: 0. Mean over |O| = 2 outputs: 0.05.
    const r = biasAmplification([[5, 4, 1], [2, 2, 6]], [[7, 3, 0], [1, 3, 6]]);
    expect(r.value).toBeCloseTo(0.05, 12);
    expect(r.pairs.map((p) => [p.output, p.group])).toEqual([[0, 0], [0, 1], [1, 2]]);
  });

  it('leaves out an output with no counts on one side (b is 0/0) from O', () => {
    const r = biasAmplification([[10, 30], [0, 0], [25, 5]], [[4, 36], [3, 1], [20, 10]]);
    expect(r.outputs).toEqual([0, 2]);
    // (0.9 − 0.75) + (0.6667 − 0.8333) over |O| = 2
    expect(r.value).toBeCloseTo(-1 / 120, 12);
  });

  it('is negative when the predicted counts are less skewed than the real ones', () => {
    expect(biasAmplification([[20, 80]], [[50, 50]]).value).toBeCloseTo(-0.3, 12);
  });

  it('counts no pair when the real counts are balanced (b* = 1/|G| is not above it)', () => {
    const r = biasAmplification([[5, 5]], [[0, 10]]);
    expect(r.pairs).toEqual([]);
    expect(r.value).toBe(0);
  });

  for (const c of reference.amplification) {
    it(`matches numpy on ${c.name}`, () => {
      const r = biasAmplification(c.real, c.predicted);
      expect(r.value).toBeCloseTo(c.value, 12);
      expect(r.outputs).toEqual(c.outputs);
      expect(r.pairs.map((p) => [p.output, p.group])).toEqual(c.pairs.map((p) => [p.output, p.group]));
      r.pairs.forEach((p, i) => {
        expect(p.real).toBeCloseTo(c.pairs[i].real, 12);
        expect(p.predicted).toBeCloseTo(c.pairs[i].predicted, 12);
      });
    });
  }

  it('refuses mismatched shapes, one group, negative or NaN counts, and no output on both sides', () => {
    expect(() => biasAmplification([[1, 2]], [[1, 2], [3, 4]])).toThrow(/same outputs on both sides, got 1 real and 2 predicted/);
    expect(() => biasAmplification([[1]], [[1]])).toThrow(/at least two groups, got 1/);
    expect(() => biasAmplification([[1, 2]], [[1, 2, 3]])).toThrow(/predicted rows of 2 group counts, row 0 has 3/);
    expect(() => biasAmplification([[1, -2]], [[1, 2]])).toThrow(/non-negative finite counts, real row 0 has -2/);
    expect(() => biasAmplification([[1, 2]], [[Number.NaN, 2]])).toThrow(InvalidArgumentError);
    expect(() => biasAmplification([[0, 0]], [[1, 2]])).toThrow(/at least one output counted on both sides/);
    expect(() => biasAmplification([], [])).toThrow(/at least two groups, got 0/);
  });
});
