import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng.js';
import { pickChoice } from './pick-choice.js';
import { sampleVariation } from './sample-variation.js';

describe('pickChoice', () => {
  it('draws an alternative with probability proportional to its weight', () => {
    const rng = createRng(42);
    const n = 20_000;
    let b = 0;
    for (let i = 0; i < n; i++) if (pickChoice(['a', { value: 'b', weight: 3 }], rng) === 'b') b++;
    // p = 3/4; binomial sd = sqrt(p(1-p)/n) ≈ 0.0031, so ±0.015 is about five sd.
    expect(b / n).toBeGreaterThan(0.735);
    expect(b / n).toBeLessThan(0.765);
  });

  it('uses one rng draw per pick: u < 1/4 is the first of four equal alternatives', () => {
    const fixed = (u: number) => ({ next: () => u, int: () => 0, normal: () => 0, shuffle: <T>(x: T[]) => x, fork: () => createRng(0) });
    expect(pickChoice(['w', 'x', 'y', 'z'], fixed(0.2499))).toBe('w');
    expect(pickChoice(['w', 'x', 'y', 'z'], fixed(0.25))).toBe('x');
    expect(pickChoice(['w', 'x', 'y', 'z'], fixed(0.9999))).toBe('z');
  });

  it('refuses an empty list', () => {
    expect(() => pickChoice([], createRng(1))).toThrow(/at least one alternative/);
  });
});

describe('sampleVariation', () => {
  it('draws the configured knobs only, and the same ones for the same seed', () => {
    const spec = { topics: ['kettles', 'phones', 'lamps'], styles: ['terse', 'chatty'] };
    const a = sampleVariation(spec, createRng(5));
    expect(Object.keys(a)).toEqual(['topic', 'style']);
    expect(sampleVariation(spec, createRng(5))).toEqual(a);
    expect(sampleVariation({}, createRng(5))).toEqual({});
  });
});
