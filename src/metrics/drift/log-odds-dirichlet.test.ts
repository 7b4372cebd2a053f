import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { logOddsDirichlet } from './log-odds-dirichlet.js';
import { maxAbsLogOddsZ } from './max-abs-log-odds-z.js';
import { driftFixture } from './reference-fixture.test-helper.js';

describe('logOddsDirichlet', () => {
  for (const c of driftFixture.logOddsDirichlet) {
    it(`matches the numpy reference (posterior-mean form of Monroe et al. eq. 16): ${c.name}`, () => {
      const r = logOddsDirichlet(c.a, c.b, c.prior ? { prior: c.prior } : { priorScale: c.priorScale });
      c.z.forEach((z: number, i: number) => {
        expect(r.z[i]).toBeCloseTo(z, 12);
        expect(r.delta[i]).toBeCloseTo(c.delta[i], 12);
        expect(r.variance[i]).toBeCloseTo(c.variance[i], 12);
      });
    });
  }

  it('ranks the hand corpus\'s "delightful" as the most synthetic-leaning word and "battery" among the most real-leaning', () => {
    const c = driftFixture.logOddsDirichlet.find((x: { name: string }) => x.name === 'hand corpus, priorScale 1000');
    const { z } = logOddsDirichlet(c.a, c.b, { priorScale: 1000 });
    const order = Array.from(z.keys()).sort((i, j) => z[j] - z[i]);
    expect(c.vocabulary[order[0]]).toBe('delightful');
    expect(order.slice(-3).map((i) => c.vocabulary[i])).toContain('battery');
  });

  it('gives z = 0 to a word used at the same rate on both sides', () => {
    expect(logOddsDirichlet([5, 95], [10, 190]).z[0]).toBeCloseTo(0, 14);
  });

  it('shrinks a rare one-sided word towards 0 more with a weaker prior', () => {
    const weak = logOddsDirichlet([3, 1000], [0, 1000], { priorScale: 1 }).z[0];
    const strong = logOddsDirichlet([3, 1000], [0, 1000], { priorScale: 1000 }).z[0];
    expect(weak).toBeGreaterThan(0);
    expect(weak).toBeLessThan(strong);
  });

  it('refuses mismatched lengths, negative or NaN counts, an empty corpus and a word absent from both', () => {
    expect(() => logOddsDirichlet([1, 2], [1])).toThrow(InvalidArgumentError);
    expect(() => logOddsDirichlet([1, -2], [1, 1])).toThrow(/non-negative/);
    expect(() => logOddsDirichlet([1, Number.NaN], [1, 1])).toThrow(/non-negative/);
    expect(() => logOddsDirichlet([0, 0], [1, 1])).toThrow(/both corpora/);
    expect(() => logOddsDirichlet([1, 0], [1, 0])).toThrow(/positive prior/);
    expect(() => logOddsDirichlet([1, 1], [1, 1], { priorScale: 0 })).toThrow(/priorScale/);
  });
});

describe('maxAbsLogOddsZ (the distinctive-words resample statistic)', () => {
  it('equals max |z| of logOddsDirichlet over the words present, skipping words absent from both', () => {
    const a = Float64Array.of(10, 0, 90, 0, 3);
    const b = Float64Array.of(5, 5, 90, 0, 0);
    const { z } = logOddsDirichlet([10, 0, 90, 3], [5, 5, 90, 0], { priorScale: 7 });
    expect(maxAbsLogOddsZ(a, b, 7)).toBeCloseTo(Math.max(...Array.from(z, Math.abs)), 13);
    // The JSDoc example: the reference fixture's first case, max |z| = |−1.510040244898016|.
    expect(maxAbsLogOddsZ(Float64Array.of(10, 0, 90, 0), Float64Array.of(5, 5, 90, 0), 10)).toBeCloseTo(1.510040244898016, 13);
  });
});
