import { InvalidArgumentError } from './errors.js';

/**
 * A dense row-major float32 matrix: what embedders produce and what the metric library takes.
 * Embedders guarantee unit-length rows; the type itself does not.
 */
export interface Matrix {
  rows: number;
  dimension: number;
  data: Float32Array;
}

/** Anything the metric functions accept as rows × dims. */
export type MatrixLike = Matrix | number[][];

export function isMatrix(value: unknown): value is Matrix {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Matrix).data instanceof Float32Array &&
    Number.isInteger((value as Matrix).rows) &&
    Number.isInteger((value as Matrix).dimension)
  );
}

/**
 * Normalises `number[][]` or a Matrix into a Matrix, refusing ragged rows and non-finite values.
 * `who` names the calling function in error messages.
 */
export function toMatrix(value: MatrixLike, who: string): Matrix {
  if (isMatrix(value)) {
    if (value.data.length !== value.rows * value.dimension) {
      throw new InvalidArgumentError(`${who} got a matrix whose data length ${value.data.length} is not rows × dimension (${value.rows} × ${value.dimension})`);
    }
    for (let i = 0; i < value.data.length; i++) {
      if (!Number.isFinite(value.data[i])) throw new InvalidArgumentError(`${who} refuses NaN or infinite values (row ${Math.floor(i / value.dimension)})`);
    }
    return value;
  }
  if (!Array.isArray(value)) throw new InvalidArgumentError(`${who} needs a matrix: number[][] or { rows, dimension, data }`);
  const rows = value.length;
  const dimension = rows === 0 ? 0 : value[0].length;
  const data = new Float32Array(rows * dimension);
  for (let r = 0; r < rows; r++) {
    const row = value[r];
    if (!Array.isArray(row) || row.length !== dimension) {
      throw new InvalidArgumentError(`${who} needs rows of equal length: row 0 has ${dimension}, row ${r} has ${Array.isArray(row) ? row.length : typeof row}`);
    }
    for (let c = 0; c < dimension; c++) {
      const x = row[c];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new InvalidArgumentError(`${who} refuses NaN or non-numeric values (row ${r}, column ${c})`);
      data[r * dimension + c] = x;
    }
  }
  return { rows, dimension, data };
}

/** Row r as a subarray view (no copy). */
export function row(m: Matrix, r: number): Float32Array {
  return m.data.subarray(r * m.dimension, (r + 1) * m.dimension);
}
