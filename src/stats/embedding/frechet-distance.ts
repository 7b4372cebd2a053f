import { InvalidArgumentError } from '../../core/errors.js';
import { toMatrix, type MatrixLike } from '../../core/matrix.js';
import { covariance } from '../linalg/covariance.js';
import { traceSqrtProduct } from '../linalg/trace-sqrt-product.js';

/**
 * Fréchet distance between Gaussians fitted to two sets of embeddings (the FID formula of
 * Heusel et al. 2017, "GANs Trained by a Two Time-Scale Update Rule…", applied to any embedder):
 *
 *   ‖μ1 − μ2‖² + Tr(Σ1) + Tr(Σ2) − 2 Tr((Σ1 Σ2)^{1/2})
 *
 * with sample covariances normalised by n − 1, as pytorch-fid 0.3.0 `calculate_frechet_distance`
 * (numpy.cov + scipy.linalg.sqrtm). The cross term is computed from the eigenvalues of a
 * symmetric matrix similar to Σ1 Σ2 (see `traceSqrtProduct`) instead of a general matrix square
 * root, which is faster and stays accurate when the covariances are singular (fewer rows than
 * dimensions). All arithmetic is float64. Round-off can push an exact zero (identical sets)
 * a hair below 0; the result is clamped at 0, since the distance cannot be negative.
 *
 * Units are squared embedding units; values are only comparable under the same embedder.
 *
 * @param real n1 × d embeddings (n1 ≥ 2).
 * @param synthetic n2 × d embeddings (n2 ≥ 2), same d.
 * @example
 * frechetDistance([[0, 0], [2, 0], [0, 2], [2, 2]], [[1, 1], [3, 1], [1, 3], [3, 3]]) // 2
 */
export function frechetDistance(real: MatrixLike, synthetic: MatrixLike): number {
  const a = toMatrix(real, 'frechetDistance');
  const b = toMatrix(synthetic, 'frechetDistance');
  if (a.rows < 2 || b.rows < 2) {
    throw new InvalidArgumentError(`frechetDistance needs at least 2 rows on each side to estimate covariances, got ${a.rows} real and ${b.rows} synthetic`);
  }
  if (a.dimension !== b.dimension) {
    throw new InvalidArgumentError(`frechetDistance needs embeddings of the same dimension, got ${a.dimension} (real) and ${b.dimension} (synthetic)`);
  }
  const d = a.dimension;
  const ga = covariance(a, 'frechetDistance');
  const gb = covariance(b, 'frechetDistance');
  let meanTerm = 0;
  let traceTerm = 0;
  for (let i = 0; i < d; i++) {
    const diff = ga.mean[i] - gb.mean[i];
    meanTerm += diff * diff;
    traceTerm += ga.covariance[i * d + i] + gb.covariance[i * d + i];
  }
  const cross = traceSqrtProduct(ga.covariance, gb.covariance, d);
  return Math.max(0, meanTerm + traceTerm - 2 * cross);
}
