import { describe, expect, it } from 'vitest';
import { nearestCentroid } from './nearest-centroid.js';

describe('nearestCentroid', () => {
  it('assigns each row to the closest centroid with its squared distance (hand-computed)', () => {
    const r = nearestCentroid({ rows: 3, dimension: 2, data: Float32Array.of(0, 0, 3, 4, 10, 0) }, Float64Array.of(0, 1, 10, 1), 2);
    expect(Array.from(r.labels)).toEqual([0, 0, 1]);
    // (0,0)→(0,1): 1; (3,4)→(0,1): 9 + 9 = 18 (vs 49 + 9 = 58); (10,0)→(10,1): 1.
    expect(Array.from(r.distances)).toEqual([1, 18, 1]);
  });

  it('breaks an exact tie towards the lower centroid index', () => {
    expect(Array.from(nearestCentroid({ rows: 1, dimension: 1, data: Float32Array.of(5) }, Float64Array.of(4, 6), 2).labels)).toEqual([0]);
  });
});
