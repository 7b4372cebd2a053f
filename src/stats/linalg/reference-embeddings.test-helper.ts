import type { Matrix } from '../../core/matrix.js';
import { createRng } from '../../core/rng.js';

/**
 * Test data shared with scripts/reference/embedding_linalg.py, which ports createRng to Python:
 * correlated float32 "embeddings" built from the generator's uniform draws (exact k / 2³²) with
 * + − × only, in the same order on both sides, so both languages get bit-identical matrices
 * without storing them in the fixture. Column c has scale 0.5 + c/d, a shared row factor with
 * loading 2·(c mod 3)/3, and an added mean `shift`.
 */
export function referenceEmbeddings(seed: number, rows: number, dim: number, shift: number): Matrix {
  const rng = createRng(seed);
  const data = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    const latent = rng.next() - 0.5;
    for (let c = 0; c < dim; c++) {
      const noise = rng.next() + rng.next() + rng.next() - 1.5;
      data[r * dim + c] = (0.5 + c / dim) * noise + ((c % 3) / 3) * latent * 2 + shift;
    }
  }
  return { rows, dimension: dim, data };
}
