import { InvalidArgumentError } from '../../core/errors.js';
import type { Matrix } from '../../core/matrix.js';

/**
 * A copy of `m` with every row scaled to unit Euclidean length (norm taken in float64), so that
 * dot products of rows are cosine similarities. A zero row has no direction and is refused.
 *
 * @example
 * normalizeRows({ rows: 1, dimension: 2, data: Float32Array.of(3, 4) }, 'demo').data // Float32Array [0.6, 0.8]
 */
export function normalizeRows(m: Matrix, who: string): Matrix {
  const d = m.dimension;
  const out = new Float32Array(m.data.length);
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    for (let c = r * d; c < (r + 1) * d; c++) s += m.data[c] * m.data[c];
    if (s === 0) throw new InvalidArgumentError(`${who} cannot take the cosine of row ${r}: it is all zeros`);
    const inv = 1 / Math.sqrt(s);
    for (let c = r * d; c < (r + 1) * d; c++) out[c] = m.data[c] * inv;
  }
  return { rows: m.rows, dimension: d, data: out };
}
