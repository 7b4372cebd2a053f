import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import type { Matrix } from '../../core/matrix.js';
import { referenceEmbeddings } from '../linalg/reference-embeddings.test-helper.js';
import { loadEmbeddingLinalgFixture, type DataSpec } from '../linalg/reference-fixture.test-helper.js';
import { logisticRegression } from './logistic-regression.js';

const fixture = loadEmbeddingLinalgFixture();

function stacked(real: DataSpec, synthetic: DataSpec): { x: Matrix; y: Uint8Array } {
  const a = referenceEmbeddings(real.seed, real.rows, real.dim, real.shift);
  const b = referenceEmbeddings(synthetic.seed, synthetic.rows, synthetic.dim, synthetic.shift);
  const data = new Float32Array(a.data.length + b.data.length);
  data.set(a.data);
  data.set(b.data, a.data.length);
  const y = new Uint8Array(a.rows + b.rows).fill(1, a.rows);
  return { x: { rows: a.rows + b.rows, dimension: a.dimension, data }, y };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('logisticRegression', () => {
  for (const c of fixture.logisticRegression.cases) {
    it(`run to a tight tolerance, reaches sklearn's optimum (newton-cholesky, tol 1e-12) to 1e-6: ${c.name}`, () => {
      const { x, y } = stacked(c.real, c.synthetic);
      // The objective is strictly convex: one optimum, whatever the solver. The gradient
      // tolerance bounds the distance to it (about tol / smallest Hessian eigenvalue).
      const fit = logisticRegression(x, y, { tol: 1e-8, ftol: 0, maxIter: 1000 });
      expect(fit.converged).toBe(true);
      expect(maxAbsDiff(fit.coef, c.optimum.coef)).toBeLessThan(1e-6);
      expect(fit.intercept).toBeCloseTo(c.optimum.intercept, 6);
    });

    it(`with sklearn's defaults (max_iter 100, tol 1e-4), agrees with LogisticRegression() to 1e-4: ${c.name}`, () => {
      const { x, y } = stacked(c.real, c.synthetic);
      // Both stop early on a relative-decrease or gradient test, from different L-BFGS paths.
      const fit = logisticRegression(x, y);
      expect(maxAbsDiff(fit.coef, c.sklearnDefault.coef)).toBeLessThan(1e-4);
      expect(Math.abs(fit.intercept - c.sklearnDefault.intercept)).toBeLessThan(1e-4);
    });
  }

  it('fits x = 0, 1, 2, 3 with labels 0, 0, 1, 1 as sklearn LogisticRegression() does (to its tolerance)', () => {
    const t = fixture.logisticRegression.tiny;
    const fit = logisticRegression(t.x, t.y);
    expect(fit.coef[0]).toBeCloseTo(t.coef[0], 4);
    expect(fit.intercept).toBeCloseTo(t.intercept, 4);
  });

  it('with the intercept off, the fit is symmetric: labels mirrored about 0 give w > 0 and b = 0', () => {
    const fit = logisticRegression([[-2], [-1], [1], [2]], [0, 0, 1, 1], { fitIntercept: false, tol: 1e-10, ftol: 0 });
    expect(fit.intercept).toBe(0);
    expect(fit.coef[0]).toBeGreaterThan(0);
    // Stationarity: Σ (σ(w x_i) − y_i) x_i + w / C = 0.
    const xs = [-2, -1, 1, 2];
    const ys = [0, 0, 1, 1];
    const w = fit.coef[0];
    const g = xs.reduce((s, x, i) => s + (1 / (1 + Math.exp(-w * x)) - ys[i]) * x, 0) + w;
    expect(Math.abs(g)).toBeLessThan(1e-9);
  });

  it('fits only the given rows: the same as fitting the subset itself', () => {
    const { x, y } = stacked({ seed: 21, rows: 60, dim: 5, shift: 0 }, { seed: 22, rows: 60, dim: 5, shift: 0.5 });
    const rows = Array.from({ length: 120 }, (_, i) => i).filter((i) => i % 3 !== 0);
    const data = new Float32Array(rows.length * 5);
    rows.forEach((r, k) => data.set(x.data.subarray(r * 5, r * 5 + 5), k * 5));
    const viaRows = logisticRegression(x, y, { rows });
    const subset = logisticRegression({ rows: rows.length, dimension: 5, data }, rows.map((r) => y[r]));
    expect(Array.from(viaRows.coef)).toEqual(Array.from(subset.coef));
    expect(viaRows.intercept).toBe(subset.intercept);
  });

  it('takes boolean labels', () => {
    const a = logisticRegression([[0], [1], [2], [3]], [false, false, true, true]);
    const b = logisticRegression([[0], [1], [2], [3]], [0, 0, 1, 1]);
    expect(a.coef[0]).toBe(b.coef[0]);
  });

  it('reports no convergence when maxIter runs out', () => {
    const { x, y } = stacked({ seed: 21, rows: 200, dim: 16, shift: 0 }, { seed: 22, rows: 200, dim: 16, shift: 0.15 });
    const fit = logisticRegression(x, y, { maxIter: 2, tol: 1e-12, ftol: 0 });
    expect(fit.iterations).toBe(2);
    expect(fit.converged).toBe(false);
  });

  it('refuses one class only among the fitted rows', () => {
    expect(() => logisticRegression([[0], [1]], [1, 1])).toThrow(/both classes/);
    expect(() => logisticRegression([[0], [1], [2]], [0, 1, 1], { rows: [1, 2] })).toThrow(/both classes/);
  });

  it('refuses labels other than 0/1, mismatched lengths, bad options, out-of-range rows and NaN', () => {
    expect(() => logisticRegression([[0], [1]], [0, 2])).toThrow(/labels 0\/1 or false\/true, got 2/);
    expect(() => logisticRegression([[0], [1]], [0])).toThrow(/one label per row/);
    expect(() => logisticRegression([[0], [1]], [0, 1], { C: 0 })).toThrow(/C > 0/);
    expect(() => logisticRegression([[0], [1]], [0, 1], { rows: [0, 5] })).toThrow(/row index 5/);
    expect(() => logisticRegression([[NaN], [1]], [0, 1])).toThrow(InvalidArgumentError);
  });
});
