import type { MatrixLike } from '../../core/matrix.js';
import type { C2stOptions } from '../../stats/embedding/c2st.js';
import { c2stOutOfFold, type C2stOutOfFold } from '../../stats/embedding/c2st-out-of-fold.js';

/**
 * `c2st` (src/stats/embedding/c2st.ts) that also returns each fold's out-of-fold scores, which
 * the drift metric needs for its permutation p-value and bootstrap CI without refitting: the
 * drift family's name for `c2stOutOfFold`, the one cross-fitting loop both share, so its `auc`
 * and `foldAucs` equal c2st's for the same inputs and options (tested).
 *
 * @example
 * outOfFoldC2st([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], [[5, 5], [5, 6], [6, 5], [6, 6], [5.5, 5.5]], { folds: 5 })
 * // { auc: 1, foldAucs: [1, 1, 1, 1, 1], folds: [{ scores: [-3.368…, 3.388…], labels: [0, 1], rows: [2, 9] }, …], foldOf: [1, 3, 0, 4, 2, 4, 1, 3, 2, 0], converged: 5 }
 */
export function outOfFoldC2st(real: MatrixLike, synthetic: MatrixLike, options: C2stOptions = {}): C2stOutOfFold {
  return c2stOutOfFold(real, synthetic, options, 'outOfFoldC2st');
}
