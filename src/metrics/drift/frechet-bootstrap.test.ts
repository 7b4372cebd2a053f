import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';
import { frechetDistance } from '../../stats/embedding/frechet-distance.js';
import { createFrechetBootstrap } from './frechet-bootstrap.js';

function gaussian(rows: number, d: number, shift: number, seed: number): Matrix {
  const rng = createRng(seed);
  return { rows, dimension: d, data: Float32Array.from({ length: rows * d }, () => rng.normal() + shift) };
}

function pick(m: Matrix, idx: number[]): number[][] {
  return idx.map((i) => Array.from(m.data.subarray(i * m.dimension, (i + 1) * m.dimension)));
}

describe('createFrechetBootstrap', () => {
  it('with one row per block (small samples) is the row bootstrap: a replicate is frechetDistance of the drawn rows (replayed draws)', () => {
    const x = gaussian(20, 3, 0, 1);
    const y = gaussian(15, 3, 0.5, 2);
    const boot = createFrechetBootstrap(x, y, createRng(8));
    expect(boot.blocks).toBe(15);
    // Replay: the blocks are the shuffled rows of each side, split into 15 contiguous blocks.
    const setup = createRng(8);
    const orderX = setup.shuffle(Array.from({ length: 20 }, (_, i) => i));
    const orderY = setup.shuffle(Array.from({ length: 15 }, (_, i) => i));
    const blocksOf = (order: number[], n: number) =>
      Array.from({ length: 15 }, (_, b) => order.slice(Math.floor((b * n) / 15), Math.floor(((b + 1) * n) / 15)));
    const bx = blocksOf(orderX, 20);
    const by = blocksOf(orderY, 15);
    const draw = createRng(3);
    const rowsX = Array.from({ length: 15 }, () => bx[draw.int(15)]).flat();
    const rowsY = Array.from({ length: 15 }, () => by[draw.int(15)]).flat();
    expect(boot.resample(createRng(3))).toBeCloseTo(frechetDistance(pick(x, rowsX), pick(y, rowsY)), 10);
  });

  it('spreads around the estimate for larger samples (50 blocks)', () => {
    const x = gaussian(400, 4, 0, 5);
    const y = gaussian(300, 4, 0.2, 6);
    const boot = createFrechetBootstrap(x, y, createRng(1));
    expect(boot.blocks).toBe(50);
    const reps = Array.from({ length: 100 }, (_, i) => boot.resample(createRng(i)));
    const value = frechetDistance(x, y);
    const sorted = [...reps].sort((a, b) => a - b);
    expect(sorted[2]).toBeLessThan(value * 1.5);
    expect(sorted[97]).toBeGreaterThan(value);
  });
});
