import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { hdd } from './hdd.js';

// Reference: scripts/reference/lexical.py computes Σ (1 − hypergeom.pmf(0, N, K, d)) / d with
// scipy 1.10 (as LexicalRichness does) and exactly with fractions (math.comb); the fixture holds
// the exact value, and the script asserts scipy agrees to 1e-12.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  readme: { tokens: string[]; published: { hdd42: number } };
  synthetic: { tokens: string[]; ttr: number; hdd: Record<string, number> }[];
};
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-13 * Math.abs(expected));

describe('hdd()', () => {
  it('sums, over types, the probability of appearing in a sample of `draws` tokens, divided by draws', () => {
    // P(a) = 1 − C(2,2)/C(4,2) = 5/6; P(b) = P(c) = 1 − C(3,2)/C(4,2) = 1/2; (5/6 + 1/2 + 1/2)/2
    close(hdd(['a', 'a', 'b', 'c'], { draws: 2 }), 11 / 12);
  });

  it('gives the value printed in the LexicalRichness README (draws 42: 0.7468703323966486)', () => {
    close(hdd(fixture.readme.tokens), fixture.readme.published.hdd42);
  });

  it('matches exact hypergeometric values (scipy-checked) on seeded Zipf texts for draws 1, 10, 42 and N', () => {
    let checked = 0;
    for (const c of fixture.synthetic) {
      for (const [draws, value] of Object.entries(c.hdd)) {
        close(hdd(c.tokens, { draws: Number(draws) }), value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('equals the TTR when draws is the whole text, and 1 when draws is 1', () => {
    for (const c of fixture.synthetic) {
      close(hdd(c.tokens, { draws: c.tokens.length }), c.ttr);
      close(hdd(c.tokens, { draws: 1 }), 1);
    }
  });

  it('is 1/draws for one token repeated and 1 for a single token with draws 1', () => {
    close(hdd(Array(100).fill('a')), 1 / 42);
    expect(hdd(['solo'], { draws: 1 })).toBe(1);
  });

  it('keeps full precision for rare types in a long text (P ≈ d/N, no 1 − P cancellation)', () => {
    // 200,000 distinct tokens: each appears in a sample of 42 with probability exactly 42/N,
    // so HD-D = N · (42/N) / 42 = 1
    const tokens = Array.from({ length: 200_000 }, (_, i) => `w${i}`);
    expect(hdd(tokens)).toBeCloseTo(1, 14);
  });

  it('refuses fewer tokens than draws (including none) and a bad draws', () => {
    expect(() => hdd([])).toThrow(InvalidArgumentError);
    expect(() => hdd(['a', 'b'])).toThrow('hdd needs at least draws = 42 tokens, got 2');
    expect(() => hdd(['a', 'b'], { draws: 0 })).toThrow('hdd needs draws to be a positive integer, got 0');
    expect(() => hdd(['a', 'b'], { draws: Number.NaN })).toThrow('got NaN');
  });
});
