import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';
import { mmd2 } from '../../stats/embedding/mmd2.js';
import { mmdBootstrap } from './mmd-bootstrap.js';

function gaussian(rows: number, d: number, shift: number, seed: number): Matrix {
  const rng = createRng(seed);
  return { rows, dimension: d, data: Float32Array.from({ length: rows * d }, () => rng.normal() + shift) };
}

function rbf(a: Float32Array, b: Float32Array, sigma: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.exp(-s / (2 * sigma * sigma));
}

describe('mmdBootstrap', () => {
  it('gives, per replicate, the U-statistic over the drawn rows with pairs of copies of one row left out (brute force, replayed draws)', async () => {
    const x = gaussian(12, 3, 0, 1);
    const y = gaussian(9, 3, 0.7, 2);
    const sigma = 1.3;
    const reps = await mmdBootstrap(x, y, sigma, 4, createRng(5));
    const rng = createRng(5);
    const row = (m: Matrix, i: number) => m.data.subarray(i * 3, i * 3 + 3);
    for (let b = 0; b < 4; b++) {
      const ix = Array.from({ length: 12 }, () => rng.int(12));
      const iy = Array.from({ length: 9 }, () => rng.int(9));
      const within = (m: Matrix, idx: number[]) => {
        let s = 0;
        let pairs = 0;
        for (const i of idx) for (const j of idx) if (i !== j) (s += rbf(row(m, i), row(m, j), sigma)), pairs++;
        return s / pairs;
      };
      let cross = 0;
      for (const i of ix) for (const j of iy) cross += rbf(row(x, i), row(y, j), sigma);
      const expected = within(x, ix) + within(y, iy) - (2 * cross) / (12 * 9);
      // Squared distances come from a float32 Gemm, as in mmdTest.
      expect(reps[b]).toBeCloseTo(expected, 5);
    }
  });

  it('centres on the estimate: the replicates\' mean is within their spread of mmd2 (same σ)', async () => {
    const x = gaussian(150, 4, 0, 3);
    const y = gaussian(150, 4, 0.3, 4);
    const reps = await mmdBootstrap(x, y, 2, 200, createRng(1));
    const { mmd2: value } = await mmd2(x, y, { sigma: 2 });
    const mean = reps.reduce((s, v) => s + v, 0) / reps.length;
    const sd = Math.sqrt(reps.reduce((s, v) => s + (v - mean) ** 2, 0) / (reps.length - 1));
    expect(Math.abs(mean - value)).toBeLessThan(sd);
  });
});
