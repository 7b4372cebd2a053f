import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import type { Matrix } from '../../core/matrix.js';
import { referenceEmbeddings } from '../../stats/linalg/reference-embeddings.test-helper.js';
import { softmaxProbabilities } from './softmax-probabilities.js';
import { softmaxRegression } from './softmax-regression.js';

interface Spec { seed: number; rows: number; dim: number; shift: number }
interface Case {
  name: string;
  C: number;
  classes: Spec[];
  probe: Spec;
  optimum: { coef: number[]; intercept: number[]; probeProba: number[]; trainAccuracy: number };
  sklearnDefault: { coef: number[]; intercept: number[]; nIter: number; trainPredictions: number[] };
}
/** fixtures/reference/agreement_classifier.json, written by scripts/reference/agreement_classifier.py (sklearn 1.2.1). */
const fixture = JSON.parse(readFileSync('fixtures/reference/agreement_classifier.json', 'utf8')) as {
  softmaxRegression: Case[];
  tiny: { x: number[]; y: number[]; coef: number[]; intercept: number[]; probaAt2_5: number[] };
};

function stacked(classes: Spec[]): { x: Matrix; y: Int32Array } {
  const parts = classes.map((s) => referenceEmbeddings(s.seed, s.rows, s.dim, s.shift));
  const rows = parts.reduce((s, p) => s + p.rows, 0);
  const data = new Float32Array(rows * parts[0].dimension);
  const y = new Int32Array(rows);
  let at = 0;
  parts.forEach((p, k) => {
    data.set(p.data, at * p.dimension);
    y.fill(k, at, at + p.rows);
    at += p.rows;
  });
  return { x: { rows, dimension: parts[0].dimension, data }, y };
}

/**
 * sklearn keeps one weight row for a binary multinomial fit: class 1's row of the symmetric
 * solution (w0 = −w1, b0 = −b1). Our K rows in sklearn's shape.
 */
function sklearnShape(coef: Float64Array, intercept: Float64Array, K: number, d: number): { coef: number[]; intercept: number[] } {
  if (K !== 2) return { coef: Array.from(coef), intercept: Array.from(intercept) };
  return { coef: Array.from(coef.subarray(d, 2 * d)), intercept: [intercept[1]] };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  return Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));
};

describe('softmaxRegression', () => {
  for (const c of fixture.softmaxRegression) {
    for (const kernel of ['auto', 'js'] as const) {
      it(`run to a tight tolerance, reaches sklearn's optimum (newton-cg, tol 1e-12) to 1e-6 (${kernel} kernel): ${c.name}`, () => {
        const { x, y } = stacked(c.classes);
        // Strictly convex in W: one optimum whatever the solver; the gradient tolerance bounds
        // the distance to it (about tol / the smallest Hessian eigenvalue).
        const fit = softmaxRegression(x, y, { C: c.C, tol: 1e-9, ftol: 0, maxIter: 5000, kernel });
        expect(fit.converged).toBe(true);
        const got = sklearnShape(fit.coef, fit.intercept, fit.classes, fit.dimension);
        expect(maxAbsDiff(got.coef, c.optimum.coef)).toBeLessThan(1e-6);
        expect(maxAbsDiff(got.intercept, c.optimum.intercept)).toBeLessThan(1e-6);
        const probe = referenceEmbeddings(c.probe.seed, c.probe.rows, c.probe.dim, c.probe.shift);
        expect(maxAbsDiff(softmaxProbabilities(fit, probe), c.optimum.probeProba)).toBeLessThan(1e-7);
      });
    }

    it(`with sklearn's default tolerances, predicts every training row as LogisticRegression() does: ${c.name}`, () => {
      const { x, y } = stacked(c.classes);
      const fit = softmaxRegression(x, y, { C: c.C });
      const p = softmaxProbabilities(fit, x);
      const K = fit.classes;
      const predictions = Array.from({ length: x.rows }, (_, r) => {
        let best = 0;
        for (let k = 1; k < K; k++) if (p[r * K + k] > p[r * K + best]) best = k;
        return best;
      });
      expect(predictions).toEqual(c.sklearnDefault.trainPredictions);
      // Both stop early, from different L-BFGS paths: the parameters agree to the tolerances' scale.
      const got = sklearnShape(fit.coef, fit.intercept, K, fit.dimension);
      expect(maxAbsDiff(got.coef, c.sklearnDefault.coef)).toBeLessThan(2e-3);
    });
  }

  it('fits x = 0 … 5 with classes 0, 0, 1, 1, 2, 2 to sklearn\'s optimum', () => {
    const t = fixture.tiny;
    const fit = softmaxRegression(t.x.map((v) => [v]), t.y, { tol: 1e-10, ftol: 0, maxIter: 1000 });
    expect(maxAbsDiff(fit.coef, t.coef)).toBeLessThan(1e-8);
    expect(maxAbsDiff(fit.intercept, t.intercept)).toBeLessThan(1e-8);
    expect(maxAbsDiff(softmaxProbabilities(fit, [[2.5]]), t.probaAt2_5)).toBeLessThan(1e-9);
  });

  it('gives intercepts that sum to 0 (the loss is blind to a common shift; the fit starts at 0)', () => {
    const { x, y } = stacked(fixture.softmaxRegression[1].classes);
    const fit = softmaxRegression(x, y);
    expect(Math.abs(fit.intercept.reduce((s, v) => s + v, 0))).toBeLessThan(1e-9);
  });

  it('gives the same fit with the wasm and the JavaScript kernels, to rounding, on odd sizes (padding)', () => {
    const { x, y } = stacked([
      { seed: 1, rows: 37, dim: 13, shift: 0 },
      { seed: 2, rows: 41, dim: 13, shift: 0.3 },
      { seed: 3, rows: 23, dim: 13, shift: -0.2 },
    ]);
    const a = softmaxRegression(x, y, { maxIter: 15, ftol: 0, tol: 0, kernel: 'auto' });
    const b = softmaxRegression(x, y, { maxIter: 15, ftol: 0, tol: 0, kernel: 'js' });
    expect(a.loss).toBeCloseTo(b.loss, 9);
    expect(maxAbsDiff(a.coef, b.coef)).toBeLessThan(1e-9);
  });

  it('is deterministic: the same inputs give bit-identical parameters', () => {
    const { x, y } = stacked(fixture.softmaxRegression[0].classes);
    const a = softmaxRegression(x, y);
    const b = softmaxRegression(x, y);
    expect(Array.from(a.coef)).toEqual(Array.from(b.coef));
    expect(Array.from(a.intercept)).toEqual(Array.from(b.intercept));
  });

  it('fits only the given rows: the same as fitting the subset itself', () => {
    const { x, y } = stacked(fixture.softmaxRegression[0].classes);
    const rows = Array.from({ length: x.rows }, (_, i) => i).filter((i) => i % 3 !== 1);
    const d = x.dimension;
    const data = new Float32Array(rows.length * d);
    rows.forEach((r, k) => data.set(x.data.subarray(r * d, r * d + d), k * d));
    const viaRows = softmaxRegression(x, y, { rows });
    const subset = softmaxRegression({ rows: rows.length, dimension: d, data }, rows.map((r) => y[r]));
    expect(Array.from(viaRows.coef)).toEqual(Array.from(subset.coef));
  });

  it('from a warm start at the optimum, stops within a few iterations where it was', () => {
    const { x, y } = stacked(fixture.softmaxRegression[0].classes);
    const first = softmaxRegression(x, y, { tol: 1e-8, ftol: 0, maxIter: 1000 });
    const again = softmaxRegression(x, y, { tol: 1e-8, ftol: 0, start: first });
    // Against 37 iterations from zero (ftol 0 stops when a step no longer lowers the loss at all).
    expect(again.iterations).toBeLessThanOrEqual(3);
    expect(again.loss).toBeCloseTo(first.loss, 10);
    expect(maxAbsDiff(again.coef, first.coef)).toBeLessThan(1e-7);
  });

  it('keeps the loss finite when a class probability underflows (logits far apart)', () => {
    const fit = softmaxRegression([[0], [1000]], [1, 0], { maxIter: 3 });
    expect(Number.isFinite(fit.loss)).toBe(true);
  });

  it('takes a class with no rows among the fitted ones when `classes` names it (its intercept sinks)', () => {
    const fit = softmaxRegression([[0], [1], [2], [3]], [0, 0, 1, 1], { classes: 3 });
    const p = softmaxProbabilities(fit, [[1.5]]);
    expect(p[2]).toBeLessThan(0.05);
  });

  it('refuses bad input: one class, mismatched lengths, bad codes, C ≤ 0, NaN, start of the wrong shape', () => {
    expect(() => softmaxRegression([[0], [1]], [0, 0])).toThrow(/at least 2 classes, got 1/);
    expect(() => softmaxRegression([[0], [1]], [0])).toThrow(/2 rows and 1 classes/);
    expect(() => softmaxRegression([[0], [1]], [0, 1.5])).toThrow(/class codes 0, 1, 2, …, got 1.5/);
    expect(() => softmaxRegression([[0], [1]], [0, -1])).toThrow(InvalidArgumentError);
    expect(() => softmaxRegression([[0], [1]], [0, 2], { classes: 2 })).toThrow(/class 2 with only 2 classes/);
    expect(() => softmaxRegression([[0], [1]], [0, 1], { C: 0 })).toThrow(/C > 0/);
    expect(() => softmaxRegression([[0], [Number.NaN]], [0, 1])).toThrow(/NaN/);
    expect(() => softmaxRegression([[0], [1]], [0, 1], { rows: [] })).toThrow(/at least one row/);
    expect(() => softmaxRegression([[0], [1]], [0, 1], { rows: [2] })).toThrow(/row index 2 outside 0…1/);
    const three = softmaxRegression([[0], [1], [2]], [0, 1, 2]);
    expect(() => softmaxRegression([[0], [1]], [0, 1], { start: three })).toThrow(/start fit with 2 classes × 1 dimensions, got 3 × 1/);
  });
});

describe('softmaxProbabilities', () => {
  it('gives rows that sum to 1, in the order of `rows`', () => {
    const fit = softmaxRegression([[0], [1], [2], [3], [4], [5]], [0, 0, 1, 1, 2, 2]);
    const all = softmaxProbabilities(fit, [[0], [2.5], [5]]);
    const picked = softmaxProbabilities(fit, [[0], [2.5], [5]], [2, 0]);
    for (let r = 0; r < 3; r++) expect(all[r * 3] + all[r * 3 + 1] + all[r * 3 + 2]).toBeCloseTo(1, 14);
    expect(Array.from(picked)).toEqual([...all.subarray(6, 9), ...all.subarray(0, 3)]);
  });

  it('does not overflow on huge logits: the winning class gets 1', () => {
    const fit = softmaxRegression([[0], [1], [2], [3]], [0, 0, 1, 1]);
    const p = softmaxProbabilities(fit, [[1e6]]);
    expect(p[1]).toBe(1);
    expect(p[0]).toBe(0);
  });

  it('refuses rows of another dimension and row indices out of range', () => {
    const fit = softmaxRegression([[0], [1], [2], [3]], [0, 0, 1, 1]);
    expect(() => softmaxProbabilities(fit, [[0, 1]])).toThrow(/dimension 1 \(the fit's\), got 2/);
    expect(() => softmaxProbabilities(fit, [[0]], [1])).toThrow(/row index 1 outside 0…0/);
  });
});
