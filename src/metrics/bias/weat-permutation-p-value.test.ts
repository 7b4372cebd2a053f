import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { weatPermutationPValue } from './weat-permutation-p-value.js';

// numpy, every partition enumerated: /usr/bin/python3 scripts/reference/bias.py
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/reference/bias.json', import.meta.url), 'utf8')) as {
  weat: Array<{ name: string; sX: number[]; sY: number[]; pValueTwoSided?: number }>;
};

describe('weatPermutationPValue', () => {
  it('approaches the exact two-sided p-value of six words: 2 of 20 partitions are as extreme', () => {
    // X = the three largest: only X itself and its mirror (X = the three smallest) reach |s|.
    const p = weatPermutationPValue([0.3, 0.2, 0.1], [-0.1, -0.2, -0.3], 20_000, createRng(1));
    // Monte Carlo: sd of the estimate √(0.1·0.9/20000) ≈ 0.002.
    expect(p).toBeGreaterThan(0.094);
    expect(p).toBeLessThan(0.106);
  });

  const exact = reference.weat.find((c) => c.pValueTwoSided !== undefined);
  it(`approaches numpy's exact enumeration on ${exact?.name}`, () => {
    const p = weatPermutationPValue(exact!.sX, exact!.sY, 20_000, createRng(2));
    // exact 16/70 = 0.2286; Monte Carlo sd ≈ 0.003, so within 0.012 (4 sd).
    expect(Math.abs(p - exact!.pValueTwoSided!)).toBeLessThan(0.012);
  });

  it('is 1 when X and Y are the same values, never 0, and repeatable with a seed', () => {
    expect(weatPermutationPValue([0.1, 0.2], [0.2, 0.1], 200, createRng(3))).toBe(1);
    const p = weatPermutationPValue([5, 6, 7, 8], [-5, -6, -7, -8], 99, createRng(4));
    expect(p).toBeGreaterThanOrEqual(1 / 100);
    expect(weatPermutationPValue([1, 2], [3, 4], 99, createRng(5))).toBe(weatPermutationPValue([1, 2], [3, 4], 99, createRng(5)));
  });

  it('refuses empty sets, NaN and a non-positive number of permutations', () => {
    expect(() => weatPermutationPValue([], [1], 10, createRng(1))).toThrow(/two non-empty sets, got 0 and 1/);
    expect(() => weatPermutationPValue([1], [Number.NaN], 10, createRng(1))).toThrow(/NaN or infinite/);
    expect(() => weatPermutationPValue([1], [2], 0, createRng(1))).toThrow(/positive whole number of permutations, got 0/);
  });
});
