import { describe, expect, it } from 'vitest';
import { covariance } from './covariance.js';
import { referenceEmbeddings } from './reference-embeddings.test-helper.js';
import { traceSqrtProduct } from './trace-sqrt-product.js';

describe('traceSqrtProduct', () => {
  it('is Σ √(a_i b_i) for diagonal matrices (closed form)', () => {
    const s1 = Float64Array.of(4, 0, 0, 0, 1, 0, 0, 0, 9);
    const s2 = Float64Array.of(1, 0, 0, 0, 16, 0, 0, 0, 4);
    expect(traceSqrtProduct(s1, s2, 3)).toBeCloseTo(2 + 4 + 6, 14);
    expect(traceSqrtProduct(s1, s2, 3, { method: 'eigen' })).toBeCloseTo(12, 14);
  });

  it('is Tr(Σ) when both matrices are the same Σ, since (Σ Σ)^{1/2} = Σ', () => {
    const cov = covariance(referenceEmbeddings(11, 60, 40, 0), 'test').covariance;
    let trace = 0;
    for (let i = 0; i < 40; i++) trace += cov[i * 40 + i];
    expect(traceSqrtProduct(cov, cov, 40)).toBeCloseTo(trace, 12);
    expect(traceSqrtProduct(cov, cov, 40, { method: 'eigen' })).toBeCloseTo(trace, 12);
  });

  it('gives the same value by the Cholesky and eigenvector routes, and in either order', () => {
    const a = covariance(referenceEmbeddings(3, 300, 24, 0), 'test').covariance;
    const b = covariance(referenceEmbeddings(4, 200, 24, 0.3), 'test').covariance;
    const value = traceSqrtProduct(a, b, 24);
    expect(traceSqrtProduct(a, b, 24, { method: 'eigen' })).toBeCloseTo(value, 12);
    expect(traceSqrtProduct(b, a, 24)).toBeCloseTo(value, 12);
    expect(traceSqrtProduct(b, a, 24, { method: 'eigen' })).toBeCloseTo(value, 12);
  });

  it('falls back to the eigenvector route for singular covariances (fewer rows than dimensions), in either order', () => {
    const a = covariance(referenceEmbeddings(9, 30, 64, 0), 'test').covariance;
    const b = covariance(referenceEmbeddings(10, 40, 64, 0.1), 'test').covariance;
    expect(traceSqrtProduct(a, b, 64)).toBeCloseTo(traceSqrtProduct(b, a, 64), 11);
  });

  it('is 0 for 0 × 0 matrices', () => {
    expect(traceSqrtProduct(new Float64Array(0), new Float64Array(0), 0)).toBe(0);
  });
});
