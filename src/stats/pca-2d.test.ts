import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pca2d } from './pca-2d.js';

const ref = JSON.parse(readFileSync('fixtures/reference/pca.json', 'utf8')) as { rows: number[][]; coords: number[][]; explained: number[] };

describe('pca2d', () => {
  it('matches sklearn PCA(n_components=2): coordinates up to each axis sign, explained variance ratios (sklearn 1.2)', () => {
    const m = { rows: ref.rows.length, dimension: ref.rows[0].length, data: Float32Array.from(ref.rows.flat()) };
    const { coords, explained } = pca2d(m);
    expect(explained[0]).toBeCloseTo(ref.explained[0], 6);
    expect(explained[1]).toBeCloseTo(ref.explained[1], 6);
    for (const c of [0, 1]) {
      // sklearn's svd_flip and ours may pick opposite signs for an axis; the axis is the same.
      const sign = Math.sign(coords[c]) === Math.sign(ref.coords[0][c]) ? 1 : -1;
      ref.coords.forEach((row, i) => expect(sign * coords[i * 2 + c]).toBeCloseTo(row[c], 4));
    }
  });

  it('puts all the variance on the first axis for collinear points', () => {
    const { explained } = pca2d({ rows: 3, dimension: 2, data: Float32Array.of(0, 0, 1, 1, 2, 2) });
    expect(explained[0]).toBeCloseTo(1, 12);
    expect(explained[1]).toBeCloseTo(0, 12);
  });

  it('refuses fewer than two rows', () => {
    expect(() => pca2d({ rows: 1, dimension: 2, data: Float32Array.of(1, 2) })).toThrow(/at least 2 rows/);
  });
});
