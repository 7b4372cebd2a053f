import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { createRng } from '../../core/rng.js';
import { kmeans } from './kmeans.js';
import { driftFixture, lcgPoints } from './reference-fixture.test-helper.js';

describe('kmeans', () => {
  for (const c of driftFixture.kmeans) {
    it(`reaches scikit-learn 1.2's Lloyd fixed point from the same start: ${c.name}`, () => {
      const x = lcgPoints(c.data);
      const init = c.initRows.map((r: number) => x[r]);
      const km = kmeans(x, { k: c.k, init, maxIter: 1000 });
      expect(km.converged).toBe(true);
      expect(Array.from(km.labels)).toEqual(c.labels);
      c.centroids.forEach((row: number[], i: number) => row.forEach((v, j) => expect(km.centroids[i * row.length + j]).toBeCloseTo(v, 12)));
      // Data are exact in float32 and the means are float64, so the sums agree to rounding.
      expect(km.inertia).toBeCloseTo(c.inertia, 9);
    });
  }

  it('separates two well-apart groups whatever the k-means++ seed, and is reproducible for a seed', () => {
    const x = [[0], [0.5], [1], [10], [10.5], [11]];
    for (const seed of [1, 2, 3, 4, 5]) {
      const km = kmeans(x, { k: 2, rng: createRng(seed) });
      expect(km.labels[0]).toBe(km.labels[1]);
      expect(km.labels[0]).toBe(km.labels[2]);
      expect(km.labels[3]).not.toBe(km.labels[0]);
      // Within-cluster sum of squares: 2 × (0.25 + 0 + 0.25) = 1.
      expect(km.inertia).toBeCloseTo(1, 6);
      expect(kmeans(x, { k: 2, rng: createRng(seed) })).toEqual(km);
    }
  });

  it('gives an empty cluster the row farthest from its centroid', () => {
    // Starting centroid 2 far from every row: after the first assignment it is empty.
    const km = kmeans([[0], [1], [2], [10]], { k: 3, init: [[0], [10], [100]] });
    expect(new Set(km.labels).size).toBe(3);
    expect(km.converged).toBe(true);
  });

  it('handles k = 1 (the mean) and rows that all coincide', () => {
    const one = kmeans([[1, 2], [3, 4]], { k: 1, rng: createRng(1) });
    expect(Array.from(one.centroids)).toEqual([2, 3]);
    const same = kmeans([[1], [1], [1]], { k: 2, rng: createRng(1) });
    expect(same.inertia).toBe(0);
  });

  it('refuses fewer rows than k, a bad k or maxIter, a mis-shaped init, no rng and NaN', () => {
    expect(() => kmeans([[0], [1]], { k: 3, rng: createRng(1) })).toThrow(/at least k = 3 rows/);
    expect(() => kmeans([[0], [1]], { k: 0, rng: createRng(1) })).toThrow(InvalidArgumentError);
    expect(() => kmeans([[0], [1]], { k: 1, rng: createRng(1), maxIter: 0 })).toThrow(/maxIter/);
    expect(() => kmeans([[0], [1]], { k: 2, init: [[0]] })).toThrow(/init of 2 × 1/);
    expect(() => kmeans([[0], [1]], { k: 2 })).toThrow(/rng/);
    expect(() => kmeans([[0], [Number.NaN]], { k: 1, rng: createRng(1) })).toThrow(/NaN/);
  });
});
