import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chiSquareTest } from './chi-square-test.js';
import { chiSquareSf } from './special/incomplete-gamma.js';

interface ChiCase {
  name: string;
  table: number[][];
  correction: boolean;
  statistic: number;
  pValue: number;
  dof: number;
}

// Reference values: scipy 1.10.1 chi2_contingency and chi2.sf via scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: ChiCase[] = fixture.chiSquareTest;

function expectRelative(got: number, want: number, rel: number, abs = 1e-300): void {
  const tolerance = Math.max(rel * Math.abs(want), abs);
  if (!(Math.abs(got - want) <= tolerance)) throw new Error(`expected ${got} to be within ${tolerance} of ${want}`);
}

describe('chiSquareTest against scipy.stats.chi2_contingency', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = chiSquareTest(c.table, { correction: c.correction });
    expect(got.dof).toBe(c.dof);
    expectRelative(got.statistic, c.statistic, 1e-13);
    expectRelative(got.pValue, c.pValue, 1e-10);
  });
});

describe('chiSquareTest', () => {
  it('gives the scipy documentation example: X² = 2.7777777777777777, p = 0.24935220877729619, dof 2', () => {
    const r = chiSquareTest([[10, 10, 20], [20, 20, 20]]);
    expect(r.statistic).toBeCloseTo(2.7777777777777777, 14);
    expect(r.pValue).toBeCloseTo(0.24935220877729619, 14);
    expect(r.dof).toBe(2);
    expect(r.expected).toEqual([[12, 12, 16], [18, 18, 24]]);
  });

  it('applies Yates only when dof = 1: [[12, 5], [7, 9]] hand computation', () => {
    // Row sums 17, 16; column sums 19, 14; total 33. |O − E| = 12 − 17·19/33 = 2.2121…, minus 0.5
    // in every cell: X² = 1.7121…² · Σ 1/E.
    const e = [17 * 19 / 33, 17 * 14 / 33, 16 * 19 / 33, 16 * 14 / 33];
    const d = 12 - e[0] - 0.5;
    const yates = e.reduce((s, x) => s + (d * d) / x, 0);
    expect(chiSquareTest([[12, 5], [7, 9]]).statistic).toBeCloseTo(yates, 13);
    const plain = e.reduce((s, x) => s + ((d + 0.5) * (d + 0.5)) / x, 0);
    expect(chiSquareTest([[12, 5], [7, 9]], { correction: false }).statistic).toBeCloseTo(plain, 13);
  });

  it('returns statistic 0 and p = 1 with dof 0 for a single row', () => {
    expect(chiSquareTest([[4, 5, 6]])).toEqual({ statistic: 0, pValue: 1, dof: 0, expected: [[4, 5, 6]] });
  });

  it('refuses a zero expected frequency, as scipy does, naming the empty row or column', () => {
    expect(() => chiSquareTest([[1, 0], [2, 0]])).toThrow(
      'chiSquareTest found an expected frequency of 0 at row 0, column 1: row 0 sums to 1 and column 1 to 0; drop empty rows and columns first',
    );
  });

  it('refuses ragged, empty, negative and NaN tables', () => {
    expect(() => chiSquareTest([])).toThrow('chiSquareTest needs a non-empty table of counts (number[][])');
    expect(() => chiSquareTest([[1, 2], [3]])).toThrow('chiSquareTest needs rows of equal length: row 0 has 2, row 1 has 1');
    expect(() => chiSquareTest([[1, -2], [3, 4]])).toThrow('chiSquareTest needs non-negative finite counts, got -2 at row 0, column 1');
    expect(() => chiSquareTest([[1, NaN], [3, 4]])).toThrow('got NaN at row 0, column 1');
  });
});

describe('chiSquareSf', () => {
  it('equals scipy.stats.chi2.sf for dof 1 … 100,000 and x from 0.001·dof to 10·dof (1e-10)', () => {
    for (const [dof, x, want] of fixture.special.chi2Sf as [number, number, number][]) {
      expectRelative(chiSquareSf(x, dof), want, 1e-10);
    }
  });

  it('is exp(−x/2) for dof 2 (closed form)', () => {
    for (const x of [0.1, 1, 7.5, 40]) expect(chiSquareSf(x, 2)).toBeCloseTo(Math.exp(-x / 2), 15);
  });
});
