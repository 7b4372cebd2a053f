import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { referenceEmbeddings } from '../linalg/reference-embeddings.test-helper.js';
import { loadEmbeddingLinalgFixture, type DataSpec } from '../linalg/reference-fixture.test-helper.js';
import { frechetDistance } from './frechet-distance.js';

const fixture = loadEmbeddingLinalgFixture();
const data = (s: DataSpec) => referenceEmbeddings(s.seed, s.rows, s.dim, s.shift);
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('frechetDistance', () => {
  // scripts/reference/embedding_linalg.py: pytorch-fid 0.3.0 calculate_frechet_distance
  // (numpy.cov + scipy.linalg.sqrtm, scipy 1.10) on the same float32 data.
  for (const c of fixture.frechet.filter((f) => f.real.rows > f.real.dim && f.synthetic.rows > f.synthetic.dim)) {
    it(`matches pytorch-fid (scipy.linalg.sqrtm) to 1e-11 relative: ${c.name}`, () => {
      expect(relative(frechetDistance(data(c.real), data(c.synthetic)), c.pytorchFid)).toBeLessThan(1e-11);
    });
  }

  it('stays exact with singular covariances (30 and 40 rows in 64 dims), where sqrtm is off in the 8th digit', () => {
    const c = fixture.frechet.find((f) => f.real.rows < f.real.dim)!;
    const value = frechetDistance(data(c.real), data(c.synthetic));
    // The nuclear-norm form (SVD of the centred cross-product, no square root of round-off) is
    // the accurate reference here; scipy's sqrtm route is 5e-8 relative away from it.
    expect(relative(value, c.nuclearNorm)).toBeLessThan(1e-12);
    expect(relative(value, c.pytorchFid)).toBeLessThan(1e-7);
  });

  it('is 2 for two 2 × 2 grids offset by (1, 1): equal covariances, ‖Δμ‖² = 2 (hand computation)', () => {
    expect(frechetDistance([[0, 0], [2, 0], [0, 2], [2, 2]], [[1, 1], [3, 1], [1, 3], [3, 3]])).toBeCloseTo(2, 13);
  });

  it('is 0 for a set compared with itself, and symmetric in its arguments', () => {
    const a = data({ seed: 1, rows: 200, dim: 16, shift: 0 });
    const b = data({ seed: 2, rows: 150, dim: 16, shift: 0.1 });
    expect(frechetDistance(a, a)).toBeCloseTo(0, 12);
    expect(relative(frechetDistance(a, b), frechetDistance(b, a))).toBeLessThan(1e-12);
  });

  it('for one-dimensional data is (μ1 − μ2)² + (σ1 − σ2)² (closed form)', () => {
    // Real 0, 2 (μ 1, s² 2); synthetic 0, 4, 8 (μ 4, s² 16).
    expect(frechetDistance([[0], [2]], [[0], [4], [8]])).toBeCloseTo(9 + (Math.sqrt(2) - 4) ** 2, 13);
  });

  it('refuses fewer than 2 rows on either side', () => {
    expect(() => frechetDistance([[1, 2]], [[1, 2], [3, 4]])).toThrow(InvalidArgumentError);
    expect(() => frechetDistance([[1, 2], [3, 4]], [])).toThrow(/at least 2 rows on each side.*got 2 real and 0 synthetic/);
  });

  it('refuses embeddings of different dimensions', () => {
    expect(() => frechetDistance([[1, 2], [3, 4]], [[1, 2, 3], [4, 5, 6]])).toThrow(/same dimension, got 2 \(real\) and 3 \(synthetic\)/);
  });

  it('refuses NaN', () => {
    expect(() => frechetDistance([[1, NaN], [3, 4]], [[1, 2], [3, 4]])).toThrow(/frechetDistance refuses NaN/);
  });
});
