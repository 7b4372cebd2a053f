import { describe, expect, it } from 'vitest';
import { toMatrix } from '../../core/matrix.js';
import { vendiScore } from '../../stats/embedding/vendi-score.js';
import { diversityFixture } from './reference-fixture.test-helper.js';
import { vendiRowContributions } from './vendi-contributions.js';

describe('vendiRowContributions()', () => {
  for (const c of diversityFixture.vendi) {
    it(`equals numpy's −xᵢᵀ log(K) xᵢ per row, with mean log VS, for ${c.name} (reference: scripts/reference/diversity.py, numpy 1.24 eigh)`, async () => {
      const x = toMatrix(c.x, 'test');
      const h = await vendiRowContributions(x);
      // Both sides are float64 eigendecompositions of the same float32 data; 1e-10 absolute
      // leaves room for the two eigensolvers' rounding.
      h.forEach((v, i) => expect(v).toBeCloseTo(c.h[i], 10));
      const mean = h.reduce((s, v) => s + v, 0) / h.length;
      expect(mean).toBeCloseTo(c.logVendi, 10);
      expect(Math.exp(mean)).toBeCloseTo(vendiScore(x), 9);
    });
  }

  it('gives log 2 to every row of two orthogonal directions, equally common (VS = 2)', async () => {
    // K = diag(1/2, 1/2): log K = −log 2 · I, so hᵢ = log 2 for every unit row.
    const h = await vendiRowContributions(toMatrix([[1, 0], [0, 1], [2, 0], [0, 3]], 'test'));
    for (const v of h) expect(v).toBeCloseTo(Math.log(2), 14);
  });

  it('gives 0 to every row when all rows point the same way (VS = 1)', async () => {
    const h = await vendiRowContributions(toMatrix([[1, 1], [2, 2], [0.5, 0.5]], 'test'));
    for (const v of h) expect(Math.abs(v)).toBeLessThan(1e-14);
  });
});
