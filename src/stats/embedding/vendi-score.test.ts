import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../core/errors.js';
import { referenceEmbeddings } from '../linalg/reference-embeddings.test-helper.js';
import { loadEmbeddingLinalgFixture } from '../linalg/reference-fixture.test-helper.js';
import { vendiScore } from './vendi-score.js';

const fixture = loadEmbeddingLinalgFixture();

describe('vendiScore', () => {
  // vendi_score 0.0.3 score_X (n × n kernel, scipy.linalg.eigvalsh), reimplemented in numpy in
  // scripts/reference/embedding_linalg.py.
  for (const c of fixture.vendi) {
    it(`equals vendi_score.score_X to 1e-12 relative: ${c.name}`, () => {
      const value = vendiScore(referenceEmbeddings(c.data.seed, c.data.rows, c.data.dim, c.data.shift));
      expect(Math.abs(value - c.vendi) / c.vendi).toBeLessThan(1e-12);
    });
  }

  // Friedman & Dieng 2023, section 3: VS = 1 when all items are identical, n when all are
  // dissimilar (k(x, y) = 0), i.e. mutually orthogonal under the cosine kernel.
  it('is 1 for n identical rows', () => {
    expect(vendiScore(Array.from({ length: 50 }, () => [0.3, -1.2, 2, 0.5]))).toBeCloseTo(1, 12);
  });

  it('is n for n mutually orthogonal rows (n ≤ d: the n × n form)', () => {
    const n = 6;
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: 10 }, (_, j) => (i === j ? 1 + i : 0)));
    expect(vendiScore(rows)).toBeCloseTo(n, 12);
  });

  it('is k for k orthogonal directions repeated equally often (n > d: the d × d form)', () => {
    const rows: number[][] = [];
    for (let r = 0; r < 40; r++) rows.push([r % 4 === 0 ? 1 : 0, r % 4 === 1 ? 1 : 0, r % 4 === 2 ? 1 : 0, r % 4 === 3 ? 1 : 0, 0]);
    expect(vendiScore(rows)).toBeCloseTo(4, 12);
  });

  it('ignores row lengths (cosine kernel) and is 1 for a single row', () => {
    const a = referenceEmbeddings(41, 30, 8, 0);
    const scaled = { ...a, data: a.data.map((v, i) => v * (1 + Math.floor(i / 8))) };
    expect(vendiScore(scaled)).toBeCloseTo(vendiScore(a), 5); // float32 rescaling
    expect(vendiScore([[3, 4]])).toBeCloseTo(1, 14);
  });

  it('refuses a zero row, empty input and NaN', () => {
    expect(() => vendiScore([[1, 0], [0, 0]])).toThrow(/row 1 is all zeros/);
    expect(() => vendiScore([])).toThrow(InvalidArgumentError);
    expect(() => vendiScore([[1, NaN]])).toThrow(/vendiScore refuses NaN/);
  });
});
