import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { totalVariationDistance } from './total-variation-distance.js';

interface TvdCase {
  name: string;
  p: number[];
  q: number[];
  value: number;
}

// Reference values: numpy 1.24, 0.5·Σ|p/Σp − q/Σq|, via scripts/reference/two_sample.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/two_sample.json', import.meta.url), 'utf8'));
const cases: TvdCase[] = fixture.totalVariationDistance;

describe('totalVariationDistance against numpy', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(Math.abs(totalVariationDistance(c.p, c.q) - c.value)).toBeLessThanOrEqual(1e-15);
  });
});

describe('totalVariationDistance', () => {
  it('is ½ Σ|p − q|: 0.05 for [0.2, 0.3, 0.5] vs [0.25, 0.25, 0.5] (hand computation)', () => {
    expect(totalVariationDistance([0.2, 0.3, 0.5], [0.25, 0.25, 0.5])).toBeCloseTo(0.05, 15);
  });

  it('is 1 for disjoint supports and 0 for proportional counts', () => {
    expect(totalVariationDistance([1, 0], [0, 1])).toBe(1);
    expect(totalVariationDistance([1, 2, 3], [2, 4, 6])).toBe(0);
  });

  it('equals the largest difference in probability of any event (here the event {0})', () => {
    const p = [0.5, 0.2, 0.3];
    const q = [0.1, 0.3, 0.6];
    // p − q = [0.4, −0.1, −0.3]: the best event is {0}, difference 0.4 = ½(0.4 + 0.1 + 0.3)
    expect(totalVariationDistance(p, q)).toBeCloseTo(0.4, 15);
  });

  it('refuses unequal lengths, negative entries and an all-zero vector', () => {
    expect(() => totalVariationDistance([1], [1, 2])).toThrow('totalVariationDistance needs p and q of equal length, got 1 and 2');
    expect(() => totalVariationDistance([1, -1], [1, 2])).toThrow('totalVariationDistance refuses negative p[1] = -1');
    expect(() => totalVariationDistance([1, 1], [0, 0])).toThrow('totalVariationDistance needs q to have a positive finite sum, got 0');
  });
});
