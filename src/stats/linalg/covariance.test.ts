import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { covariance } from './covariance.js';
import { referenceEmbeddings } from './reference-embeddings.test-helper.js';
import { loadEmbeddingLinalgFixture } from './reference-fixture.test-helper.js';

const fixture = loadEmbeddingLinalgFixture();

describe('covariance', () => {
  it('equals numpy.cov(x, rowvar=False) (ddof 1, numpy 1.24) and the column means on 200 × 16 float32 data', () => {
    const { data, mean, covariance: expected } = fixture.covariance;
    const got = covariance(referenceEmbeddings(data.seed, data.rows, data.dim, data.shift), 'test');
    expect(got.dimension).toBe(16);
    mean.forEach((v, i) => expect(got.mean[i]).toBeCloseTo(v, 14));
    expected.forEach((v, i) => expect(got.covariance[i]).toBeCloseTo(v, 14));
  });

  it('matches a hand computation: rows (1,2), (2,4), (3,9) have means (2,5) and covariance [[1, 3.5], [3.5, 13]]', () => {
    const got = covariance({ rows: 3, dimension: 2, data: Float32Array.of(1, 2, 2, 4, 3, 9) }, 'test');
    expect(Array.from(got.mean)).toEqual([2, 5]);
    expect(Array.from(got.covariance)).toEqual([1, 3.5, 3.5, 13]);
  });

  it('does not lose a small spread under a large offset (two-pass centring)', () => {
    // Values 1e4 + {0, 1, 2}: variance 1 exactly; the one-pass E[x²] − μ² form loses digits here.
    const got = covariance({ rows: 3, dimension: 1, data: Float32Array.of(10000, 10001, 10002) }, 'test');
    expect(got.covariance[0]).toBe(1);
  });

  it('refuses fewer than two rows, naming the caller', () => {
    expect(() => covariance({ rows: 1, dimension: 2, data: Float32Array.of(1, 2) }, 'frechetDistance')).toThrow(InvalidArgumentError);
    expect(() => covariance({ rows: 1, dimension: 2, data: Float32Array.of(1, 2) }, 'frechetDistance')).toThrow(/frechetDistance needs at least 2 rows/);
  });
});
