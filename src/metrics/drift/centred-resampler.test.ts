import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.js';
import { centredResampler } from './centred-resampler.js';

describe('centredResampler', () => {
  it('hands out value + (replicate − mean of replicates), in order, drawn from its own seed', () => {
    const draws = [3, 5, 10];
    let k = 0;
    const resample = centredResampler(1, () => draws[k++], 3, 1);
    const ignored = createRng(99);
    // mean 6: deviations −3, −1, 4 around the estimate 1.
    expect([resample(ignored), resample(ignored), resample(ignored), resample(ignored)]).toEqual([-2, 0, 5, -2]);
  });

  it('clamps at the floor', () => {
    let k = 0;
    const resample = centredResampler(1, () => [3, 5, 10][k++], 3, 1, 0);
    expect([resample(createRng(1)), resample(createRng(1)), resample(createRng(1))]).toEqual([0, 0, 5]);
  });

  it('is the same whatever generator the caller passes, and draws lazily', () => {
    let calls = 0;
    const make = () => centredResampler(0.5, (rng) => (calls++, rng.next()), 10, 42);
    const a = make();
    expect(calls).toBe(0);
    const xs = Array.from({ length: 10 }, (_, i) => a(createRng(i)));
    const b = make();
    expect(Array.from({ length: 10 }, () => b(createRng(7)))).toEqual(xs);
    expect(xs.reduce((s, x) => s + x, 0) / 10).toBeCloseTo(0.5, 14);
  });
});
