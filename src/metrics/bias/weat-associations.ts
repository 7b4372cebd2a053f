import { InvalidArgumentError } from '../../core/errors.js';
import { isMatrix, toMatrix, type MatrixLike } from '../../core/matrix.js';

interface Rows {
  rows: number;
  dimension: number;
  data: ArrayLike<number>;
}

/** number[][] stays float64 (toMatrix would round it to float32); a Matrix is validated by toMatrix. */
function asRows(value: MatrixLike, who: string): Rows {
  if (isMatrix(value) || !Array.isArray(value)) return toMatrix(value, 'weatAssociations');
  const rows = value.length;
  const dimension = rows === 0 ? 0 : value[0].length;
  const data = new Float64Array(rows * dimension);
  for (let r = 0; r < rows; r++) {
    const row = value[r];
    if (!Array.isArray(row) || row.length !== dimension) {
      throw new InvalidArgumentError(`weatAssociations needs ${who} rows of equal length: row 0 has ${dimension}, row ${r} has ${Array.isArray(row) ? row.length : typeof row}`);
    }
    for (let c = 0; c < dimension; c++) {
      const x = row[c];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new InvalidArgumentError(`weatAssociations refuses NaN or non-numeric values (${who} row ${r}, column ${c})`);
      data[r * dimension + c] = x;
    }
  }
  return { rows, dimension, data };
}

function norms(data: ArrayLike<number>, rows: number, d: number, who: string): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += data[r * d + k] * data[r * d + k];
    if (s === 0) throw new InvalidArgumentError(`weatAssociations: ${who} row ${r} is all zeros, its cosine is undefined`);
    out[r] = Math.sqrt(s);
  }
  return out;
}

/**
 * The WEAT association of each target word w with attribute sets A and B (Caliskan, Bryson &
 * Narayanan 2017, "Semantics derived automatically from language corpora contain human-like
 * biases", Science 356:183, supplementary materials):
 *
 *   s(w, A, B) = mean_{a ∈ A} cos(w, a) − mean_{b ∈ B} cos(w, b).
 *
 * Vectors need not be unit length (cosines are computed). Arithmetic is float64; number[][]
 * input stays float64, a float32 Matrix is read as it is.
 *
 * @param targets - one row per target word
 * @param a - attribute set A, one row per word (or text)
 * @param b - attribute set B
 * @returns s(w, A, B) for each target row
 * @throws InvalidArgumentError for empty sets, mismatched dimensions, zero vectors, NaN
 * @example
 * weatAssociations([[1, 0], [0, 1]], [[1, 0]], [[0, 1]]);
 * // Float64Array [1, -1]
 */
export function weatAssociations(targets: MatrixLike, a: MatrixLike, b: MatrixLike): Float64Array {
  const t = asRows(targets, 'target');
  const ma = asRows(a, 'A');
  const mb = asRows(b, 'B');
  if (t.rows === 0 || ma.rows === 0 || mb.rows === 0) {
    throw new InvalidArgumentError(`weatAssociations needs non-empty sets, got ${t.rows} targets, ${ma.rows} A and ${mb.rows} B rows`);
  }
  const d = t.dimension;
  if (ma.dimension !== d || mb.dimension !== d) {
    throw new InvalidArgumentError(`weatAssociations needs one dimension, got ${d} (targets), ${ma.dimension} (A) and ${mb.dimension} (B)`);
  }
  const nt = norms(t.data, t.rows, d, 'target');
  const na = norms(ma.data, ma.rows, d, 'A');
  const nb = norms(mb.data, mb.rows, d, 'B');
  const meanCos = (w: number, m: Rows, n: Float64Array): number => {
    let sum = 0;
    for (let r = 0; r < m.rows; r++) {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += t.data[w * d + k] * m.data[r * d + k];
      sum += dot / (nt[w] * n[r]);
    }
    return sum / m.rows;
  };
  const out = new Float64Array(t.rows);
  for (let w = 0; w < t.rows; w++) out[w] = meanCos(w, ma, na) - meanCos(w, mb, nb);
  return out;
}
