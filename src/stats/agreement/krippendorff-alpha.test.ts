import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { krippendorffAlpha } from './krippendorff-alpha.js';

// No Python implementation is available here, so the reference is the paper:
// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania (https://repository.upenn.edu/asc_papers/43).

// Worked example: 4 observers × 12 units, missing values; unit 12 has one value and is not pairable.
const paperData = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

/** Scott's pi for two coders, no missing data, computed from its own definition. */
function scottsPi(a: string[], b: string[]): number {
  let agree = 0;
  const freq = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) agree++;
    freq.set(a[i], (freq.get(a[i]) ?? 0) + 1);
    freq.set(b[i], (freq.get(b[i]) ?? 0) + 1);
  }
  let pe = 0;
  for (const f of freq.values()) pe += (f / (2 * a.length)) ** 2;
  const po = agree / a.length;
  return (po - pe) / (1 - pe);
}

function randomCoders(units: number, seed: number): [string[], string[]] {
  const rng = createRng(seed);
  const cats = ['a', 'b', 'c', 'd'];
  const a: string[] = [];
  const b: string[] = [];
  for (let u = 0; u < units; u++) {
    const v = cats[rng.int(4)];
    a.push(v);
    b.push(rng.next() < 0.7 ? v : cats[rng.int(4)]);
  }
  return [a, b];
}

describe('krippendorffAlpha()', () => {
  it('reproduces Krippendorff (2011), 4 observers with missing values, nominal: α = 0.743', () => {
    expect(krippendorffAlpha(paperData)).toBeCloseTo(0.743, 3);
  });

  it('reproduces Krippendorff (2011), same data, ordinal: α = 0.815', () => {
    expect(krippendorffAlpha(paperData, { level: 'ordinal' })).toBeCloseTo(0.815, 3);
  });

  it('reproduces Krippendorff (2011), same data, interval: α = 0.849', () => {
    expect(krippendorffAlpha(paperData, { level: 'interval' })).toBeCloseTo(0.849, 3);
  });

  it('reproduces Krippendorff (2011), same data, ratio: α = 0.797', () => {
    expect(krippendorffAlpha(paperData, { level: 'ratio' })).toBeCloseTo(0.797, 3);
  });

  it('gives the exact nominal value 1 − 39/152 on the paper data (hand-computed from its coincidences)', () => {
    // n = 40 pairable values (n_1..n_5 = 9, 13, 10, 5, 3), Σ_{c≠k} o_ck = 8, n² − Σ n_c² = 1216:
    // α = 1 − 39·8/1216 = 113/152.
    expect(krippendorffAlpha(paperData)).toBeCloseTo(113 / 152, 14);
  });

  it('reproduces Krippendorff (2011), binary data example, 2 coders: α = 1 − 19·4/(14·6) = 0.095', () => {
    const data = [
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ];
    expect(krippendorffAlpha(data)).toBeCloseTo(1 - (19 * 4) / (14 * 6), 14);
    expect(krippendorffAlpha(data)).toBeCloseTo(0.095, 3);
  });

  it('reproduces Krippendorff (2011), nominal example with 2 coders: α = 1 − 23·6/448 = 0.692', () => {
    const data = [
      ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
      ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
    ];
    // n = 24 values, 3 disagreeing units → Σ_{c≠k} o_ck = 6; n² − Σ n_c² = 576 − 128 = 448.
    expect(krippendorffAlpha(data)).toBeCloseTo(1 - (23 * 6) / 448, 14);
    expect(krippendorffAlpha(data)).toBeCloseTo(0.692, 3);
  });

  it("equals Scott's pi with the small-sample factor for 2 coders, nominal, no missing data: 1 − (1 − π)(n − 1)/n", () => {
    for (const units of [12, 50, 400]) {
      const [a, b] = randomCoders(units, units);
      const n = 2 * units;
      const pi = scottsPi(a, b);
      expect(krippendorffAlpha([a, b])).toBeCloseTo(1 - ((1 - pi) * (n - 1)) / n, 13);
    }
  });

  it("tends to Scott's pi as the number of units grows", () => {
    const gaps = [10, 100, 10_000].map((units) => {
      const [a, b] = randomCoders(units, 7);
      return Math.abs(krippendorffAlpha([a, b]) - scottsPi(a, b));
    });
    expect(gaps[1]).toBeLessThan(gaps[0]);
    expect(gaps[2]).toBeLessThan(gaps[1]);
    expect(gaps[2]).toBeLessThan(1e-4);
  });

  it('interval alpha is unchanged by an affine change of scale (δ² = (c − k)² scales out)', () => {
    const shifted = paperData.map((row) => row.map((v) => (v === null ? null : 3 * v + 10)));
    expect(krippendorffAlpha(shifted, { level: 'interval' })).toBeCloseTo(
      krippendorffAlpha(paperData, { level: 'interval' }),
      13,
    );
  });

  it('ordinal alpha depends only on rank order: strings with a valueDomain give the numeric result', () => {
    const names = ['one', 'two', 'three', 'four', 'five'];
    const asText = paperData.map((row) => row.map((v) => (v === null ? null : names[v - 1])));
    expect(krippendorffAlpha(asText, { level: 'ordinal', valueDomain: names })).toBeCloseTo(
      krippendorffAlpha(paperData, { level: 'ordinal' }),
      14,
    );
    const squared = paperData.map((row) => row.map((v) => (v === null ? null : v * v)));
    expect(krippendorffAlpha(squared, { level: 'ordinal' })).toBeCloseTo(
      krippendorffAlpha(paperData, { level: 'ordinal' }),
      14,
    );
  });

  it('ignores unused values of the value domain (they have zero frequency)', () => {
    expect(krippendorffAlpha(paperData, { level: 'ordinal', valueDomain: [0, 1, 2, 3, 4, 5, 6] })).toBeCloseTo(
      krippendorffAlpha(paperData, { level: 'ordinal' }),
      14,
    );
  });

  it('is 1 for perfect agreement and NaN when every pairable value is the same', () => {
    expect(krippendorffAlpha([[1, 2, 3], [1, 2, 3], [1, null, 3]])).toBe(1);
    expect(krippendorffAlpha([['x', 'x'], ['x', 'x']])).toBeNaN();
  });

  it('refuses data with no pairable unit, NaN, ragged rows and values outside the domain', () => {
    expect(() => krippendorffAlpha([[1, null], [null, 2]])).toThrow(/at least one unit with values from two or more coders/);
    expect(() => krippendorffAlpha([[1, Number.NaN], [1, 2]])).toThrow(/refuses NaN \(coder 0, unit 1\); mark a missing value with null/);
    expect(() => krippendorffAlpha([[1, 2], [1]])).toThrow(/row 0 has 2, row 1 has 1/);
    expect(() => krippendorffAlpha([[1, 2], [1, 9]], { valueDomain: [1, 2, 3] })).toThrow(/not in options.valueDomain/);
    expect(() => krippendorffAlpha([['a', 'b'], ['a', 'b']], { level: 'ordinal' })).toThrow(/valueDomain to rank/);
    expect(() => krippendorffAlpha([['a', 'b'], ['a', 'b']], { level: 'interval' })).toThrow(/numeric values/);
    expect(() => krippendorffAlpha([[-1, 2], [1, 2]], { level: 'ratio' })).toThrow(/non-negative/);
    expect(() => krippendorffAlpha([['a', 1], ['a', 1]])).toThrow(/mix of string and number/);
    expect(() => krippendorffAlpha([])).toThrow(/coders × columns of units/);
  });
});
