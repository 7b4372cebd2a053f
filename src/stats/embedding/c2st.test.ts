import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { createRng } from '../../core/rng.js';
import { referenceEmbeddings } from '../linalg/reference-embeddings.test-helper.js';
import { loadEmbeddingLinalgFixture, type DataSpec } from '../linalg/reference-fixture.test-helper.js';
import { c2st } from './c2st.js';
import { logisticRegression } from './logistic-regression.js';
import { rocAuc } from './roc-auc.js';

const fixture = loadEmbeddingLinalgFixture();
const data = (s: DataSpec) => referenceEmbeddings(s.seed, s.rows, s.dim, s.shift);

describe('c2st', () => {
  it('uses a generator the reference script reproduces bit for bit (its Python port of createRng)', () => {
    const rng = createRng(fixture.rng.seed);
    expect(fixture.rng.firstNext.map(() => rng.next())).toEqual(fixture.rng.firstNext);
    expect(createRng(fixture.rng.seed).shuffle(Array.from({ length: 10 }, (_, i) => i))).toEqual(fixture.rng.shuffle10AfterThose);
  });

  // scripts/reference/embedding_linalg.py rebuilds our folds and runs sklearn LogisticRegression()
  // (scikit-learn 1.2) + roc_auc_score on each. Both fits stop early, on different L-BFGS paths,
  // but the test-set ranking, hence the AUC, is the same.
  for (const c of fixture.c2st) {
    it(`gives sklearn's held-out AUC on each of our stratified folds: ${c.name}`, () => {
      const result = c2st(data(c.real), data(c.synthetic), { folds: c.folds, seed: c.seed });
      expect(result.foldAucs).toHaveLength(c.folds);
      result.foldAucs.forEach((auc, f) => expect(auc).toBeCloseTo(c.sklearnDefaultFoldAucs[f], 12));
      expect(result.auc).toBeCloseTo(c.sklearnDefaultAuc, 12);
    });
  }

  it('on a fixed split, a logistic regression at the optimum scores the held-out fold exactly as sklearn does', () => {
    const c = fixture.c2st[0];
    const a = data(c.real);
    const b = data(c.synthetic);
    // Rebuild fold 0 as c2st does (real rows first, each class shuffled, p-th row → fold p mod k).
    const rng = createRng(c.seed);
    const foldOf: number[] = [];
    for (const count of [a.rows, b.rows]) {
      const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
      const f = new Array<number>(count);
      order.forEach((row, p) => (f[row] = p % c.folds));
      foldOf.push(...f);
    }
    const test = foldOf.flatMap((f, i) => (f === 0 ? [i] : []));
    expect(test.slice(0, 10)).toEqual(c.firstFoldTestRows);
    expect(c.foldSizes).toEqual(Array.from({ length: c.folds }, (_, k) => foldOf.filter((f) => f === k).length));
    const x = { rows: a.rows + b.rows, dimension: a.dimension, data: new Float32Array([...a.data, ...b.data]) };
    const y = new Uint8Array(x.rows).fill(1, a.rows);
    const train = foldOf.flatMap((f, i) => (f !== 0 ? [i] : []));
    const fit = logisticRegression(x, y, { rows: train, tol: 1e-9, ftol: 0, maxIter: 1000 });
    const scores = test.map((i) => fit.intercept + Array.from(fit.coef).reduce((s, w, j) => s + w * x.data[i * x.dimension + j], 0));
    expect(rocAuc(test.map((i) => y[i]), scores)).toBeCloseTo(c.optimumFoldAucs[0], 14);
  });

  it('is 1 on every fold for two well separated clouds', () => {
    const real = [[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]];
    const synthetic = real.map(([u, v]) => [u + 5, v + 5]);
    expect(c2st(real, synthetic, { folds: 5 })).toEqual({ auc: 1, foldAucs: [1, 1, 1, 1, 1] });
  });

  it('is reproducible for a seed and changes its folds with the seed', () => {
    const a = data({ seed: 31, rows: 100, dim: 4, shift: 0 });
    const b = data({ seed: 32, rows: 100, dim: 4, shift: 0.3 });
    expect(c2st(a, b, { seed: 5 })).toEqual(c2st(a, b, { seed: 5 }));
    expect(c2st(a, b, { seed: 5 }).foldAucs).not.toEqual(c2st(a, b, { seed: 6 }).foldAucs);
  });

  it('refuses fewer rows on a side than folds, since a fold would then miss a class', () => {
    expect(() => c2st([[0], [1], [2]], [[0], [1], [2], [3], [4]], { folds: 5 })).toThrow(/at least 5 rows on each side.*got 3 real and 5 synthetic/);
  });

  it('refuses mismatched dimensions, fewer than 2 folds and NaN', () => {
    expect(() => c2st([[0, 1], [1, 1]], [[0], [1]], { folds: 2 })).toThrow(/same dimension/);
    expect(() => c2st([[0], [1]], [[0], [1]], { folds: 1 })).toThrow(/folds ≥ 2/);
    expect(() => c2st([[0], [NaN]], [[0], [1]], { folds: 2 })).toThrow(InvalidArgumentError);
  });
});
