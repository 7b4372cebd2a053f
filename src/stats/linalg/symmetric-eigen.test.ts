import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { covariance } from './covariance.js';
import { referenceEmbeddings } from './reference-embeddings.test-helper.js';
import { loadEmbeddingLinalgFixture } from './reference-fixture.test-helper.js';
import { symmetricEigen } from './symmetric-eigen.js';

const fixture = loadEmbeddingLinalgFixture();

/** max |A V − V Λ| and max |Vᵀ V − I| for a decomposition of A. */
function residuals(a: Float64Array, n: number, values: Float64Array, v: Float64Array): { fit: number; orthogonality: number } {
  let fit = 0;
  let orthogonality = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      let av = 0;
      let vtv = 0;
      for (let j = 0; j < n; j++) {
        av += a[i * n + j] * v[j * n + k];
        vtv += v[j * n + i] * v[j * n + k];
      }
      fit = Math.max(fit, Math.abs(av - values[k] * v[i * n + k]));
      orthogonality = Math.max(orthogonality, Math.abs(vtv - (i === k ? 1 : 0)));
    }
  }
  return { fit, orthogonality };
}

describe('symmetricEigen', () => {
  it('gives the eigenvalues of numpy.linalg.eigh (numpy 1.24) for random symmetric matrices, ascending', () => {
    for (const c of fixture.eigen.filter((e) => e.matrix)) {
      const a = Float64Array.from(c.matrix as number[]);
      const { values, vectors } = symmetricEigen(a, c.n);
      const scale = Math.max(...c.values.map(Math.abs));
      c.values.forEach((v, i) => expect(Math.abs(values[i] - v)).toBeLessThan(1e-13 * scale));
      const r = residuals(a, c.n, values, vectors as Float64Array);
      expect(r.fit).toBeLessThan(1e-13 * scale);
      expect(r.orthogonality).toBeLessThan(1e-13);
    }
  });

  it('gives numpy.linalg.eigh eigenvalues of a 40 × 40 sample covariance to 1e-13 of the largest', () => {
    const c = fixture.eigen.find((e) => e.fromCovariance)!;
    const spec = c.fromCovariance!;
    const cov = covariance(referenceEmbeddings(spec.seed, spec.rows, spec.dim, spec.shift), 'test').covariance;
    const { values, vectors } = symmetricEigen(cov, c.n);
    const scale = c.values[c.n - 1];
    c.values.forEach((v, i) => expect(Math.abs(values[i] - v)).toBeLessThan(1e-13 * scale));
    const r = residuals(cov, c.n, values, vectors as Float64Array);
    expect(r.fit).toBeLessThan(1e-13 * scale);
    expect(r.orthogonality).toBeLessThan(1e-13);
  });

  it('finds 2 − 2cos(kπ/(n+1)) for the n × n second-difference matrix (closed form, n = 60)', () => {
    const n = 60;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 2;
      if (i > 0) a[i * n + i - 1] = a[(i - 1) * n + i] = -1;
    }
    const { values } = symmetricEigen(a, n, { vectors: false });
    for (let k = 1; k <= n; k++) expect(values[k - 1]).toBeCloseTo(2 - 2 * Math.cos((k * Math.PI) / (n + 1)), 13);
  });

  it('resolves a repeated eigenvalue: the all-ones n × n matrix has n once and 0 n − 1 times, with orthonormal vectors', () => {
    const n = 7;
    const a = new Float64Array(n * n).fill(1);
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n - 1; i++) expect(Math.abs(values[i])).toBeLessThan(1e-14);
    expect(values[n - 1]).toBeCloseTo(n, 13);
    const r = residuals(a, n, values, vectors as Float64Array);
    expect(r.fit).toBeLessThan(1e-13);
    expect(r.orthogonality).toBeLessThan(1e-14);
  });

  it('returns a diagonal matrix\'s entries, sorted, with unit vectors', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(3, 0, 0, 0, -1, 0, 0, 0, 2), 3);
    expect(Array.from(values)).toEqual([-1, 2, 3]);
    expect(Array.from(vectors as Float64Array).map(Math.abs)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });

  it('reads only the lower triangle and leaves the input untouched', () => {
    const a = Float64Array.of(2, 99, 1, 2);
    const { values } = symmetricEigen(a, 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(Array.from(a)).toEqual([2, 99, 1, 2]);
  });

  it('gives the same eigenvalues with and without vectors', () => {
    const spec = fixture.eigen.find((e) => e.fromCovariance)!.fromCovariance!;
    const cov = covariance(referenceEmbeddings(spec.seed, spec.rows, spec.dim, spec.shift), 'test').covariance;
    const withVectors = symmetricEigen(cov, 40).values;
    const without = symmetricEigen(cov, 40, { vectors: false });
    expect(without.vectors).toBeNull();
    without.values.forEach((v, i) => expect(v).toBeCloseTo(withVectors[i], 14));
  });

  it('handles the empty matrix', () => {
    const { values, vectors } = symmetricEigen(new Float64Array(0), 0);
    expect(values.length).toBe(0);
    expect(vectors?.length).toBe(0);
  });

  it('refuses NaN and a length that is not n × n', () => {
    expect(() => symmetricEigen(Float64Array.of(1, NaN, NaN, 1), 2)).toThrow(InvalidArgumentError);
    expect(() => symmetricEigen(Float64Array.of(1, 2, 3), 2)).toThrow(/n × n array, got length 3 for n = 2/);
  });
});
