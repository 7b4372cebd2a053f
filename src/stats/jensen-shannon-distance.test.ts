import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jensenShannonDistance } from './jensen-shannon-distance.js';

interface JsCase {
  name: string;
  p: number[];
  q: number[];
  base: number;
  value: number;
}

// Reference values: scipy 1.10.1 scipy.spatial.distance.jensenshannon via scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: JsCase[] = fixture.jensenShannonDistance;

describe('jensenShannonDistance against scipy.spatial.distance.jensenshannon', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = jensenShannonDistance(c.p, c.q, { base: c.base });
    expect(Math.abs(got - c.value)).toBeLessThanOrEqual(1e-14 * c.value + 1e-300);
  });
});

describe('jensenShannonDistance', () => {
  it('gives the scipy documentation values (1.0, 0.46450140402245893, 0.1402339 for count rows)', () => {
    expect(jensenShannonDistance([1, 0, 0], [0, 1, 0])).toBe(1);
    expect(jensenShannonDistance([1, 0], [0.5, 0.5], { base: Math.E })).toBeCloseTo(0.46450140402245893, 15);
    expect(jensenShannonDistance([1, 2, 3, 4], [13, 14, 15, 16], { base: Math.E })).toBeCloseTo(0.1402339, 7);
  });

  it('defaults to base 2, where disjoint supports are at distance 1', () => {
    expect(jensenShannonDistance([0, 3, 0], [2, 0, 5])).toBe(1);
  });

  it('is 0 for the same distribution given as counts and as probabilities', () => {
    expect(jensenShannonDistance([2, 4, 6], [1 / 6, 2 / 6, 3 / 6])).toBe(0);
  });

  it('is symmetric', () => {
    expect(jensenShannonDistance([10, 0, 5], [3, 4, 5])).toBe(jensenShannonDistance([3, 4, 5], [10, 0, 5]));
  });

  it('refuses unequal lengths, negative entries, all-zero vectors, NaN and bad bases', () => {
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow('jensenShannonDistance needs p and q of equal length, got 2 and 1');
    expect(() => jensenShannonDistance([1, -2], [1, 1])).toThrow('jensenShannonDistance refuses negative p[1] = -2');
    expect(() => jensenShannonDistance([0, 0], [1, 1])).toThrow('jensenShannonDistance needs p to have a positive finite sum, got 0');
    expect(() => jensenShannonDistance([NaN], [1])).toThrow('jensenShannonDistance refuses NaN in p (index 0)');
    expect(() => jensenShannonDistance([1], [1], { base: 1 })).toThrow('jensenShannonDistance needs a logarithm base > 0 other than 1, got 1');
    expect(() => jensenShannonDistance([], [])).toThrow('jensenShannonDistance needs at least one category');
  });
});
