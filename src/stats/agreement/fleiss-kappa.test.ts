import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.js';

// Reference: statsmodels 0.13.5 stats.inter_rater.fleiss_kappa, scripts/reference/agreement.py
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/reference/agreement.json', import.meta.url), 'utf8'),
) as { fleiss: { name: string; counts: number[][]; fleiss: number | null; randolph: number | null }[] };

describe('fleissKappa()', () => {
  for (const c of fixture.fleiss) {
    for (const method of ['fleiss', 'randolph'] as const) {
      it(`equals statsmodels fleiss_kappa(method='${method}') on "${c.name}"`, () => {
        const value = fleissKappa(c.counts, { method });
        // null in the fixture is statsmodels' NaN (chance agreement 1 → 0/0).
        if (c[method] === null) expect(value).toBeNaN();
        else expect(value).toBeCloseTo(c[method] as number, 12);
      });
    }
  }

  it("reproduces the published 0.210 of Fleiss' worked example (10 subjects, 14 raters)", () => {
    const table = fixture.fleiss.find((c) => c.name === 'wikipedia-fleiss-example')!.counts;
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
  });

  it('is (P̄ − P̄e) / (1 − P̄e) (hand-checked: P̄ = 5/6, P̄e = 5/9 → 0.625)', () => {
    // Rows [3,0],[0,3],[2,1],[3,0]: P_i = 1, 1, 1/3, 1; category shares 8/12 and 4/12.
    expect(fleissKappa([[3, 0], [0, 3], [2, 1], [3, 0]])).toBeCloseTo(0.625, 14);
  });

  it('uses chance 1/k under method randolph (hand-checked: (5/6 − 1/2) / (1/2) = 2/3)', () => {
    expect(fleissKappa([[3, 0], [0, 3], [2, 1], [3, 0]], { method: 'randolph' })).toBeCloseTo(2 / 3, 14);
  });

  it('refuses subjects with different numbers of raters, fewer than 2 raters, bad counts', () => {
    expect(() => fleissKappa([[2, 1], [1, 1]])).toThrow(/same number of raters for every subject: row 0 has 3, row 1 has 2/);
    expect(() => fleissKappa([[1, 0], [0, 1]])).toThrow(/at least 2 raters/);
    expect(() => fleissKappa([[1.5, 0.5]])).toThrow(/non-negative integer counts/);
    expect(() => fleissKappa([[Number.NaN, 2]])).toThrow(/NaN/);
    expect(() => fleissKappa([[2, 0], [2]])).toThrow(/row 1 has 1/);
    expect(() => fleissKappa([])).toThrow(/non-empty/);
    expect(() => fleissKappa([[2, 0]], { method: 'uniform' as 'fleiss' })).toThrow(/method 'fleiss' or 'randolph'/);
  });
});
