import type { Matrix } from '../matrix.js';
import { tokenize } from '../../text/tokenize.js';
import type { DatasetRow } from '../../io/types.js';
import type { Side } from './types.js';

/** A Side over rows whose embeddings are rows `offset …` of a shared matrix (copied out). */
export function createSide(name: Side['name'], rows: readonly DatasetRow[], embeddings: Matrix): Side {
  let tokens: string[][] | null = null;
  return {
    name,
    rows,
    texts: rows.map((r) => r.text),
    labels: rows.map((r) => (r.label === null ? null : String(r.label))),
    embeddings,
    tokens() {
      tokens ??= rows.map((r) => tokenize(r.text));
      return tokens;
    },
  };
}

/** The rows of `side` at `indices` (repeats allowed, for bootstrap resamples). */
export function subSide(side: Side, indices: readonly number[], name: Side['name'] = side.name): Side {
  const d = side.embeddings.dimension;
  const data = new Float32Array(indices.length * d);
  indices.forEach((src, i) => data.set(side.embeddings.data.subarray(src * d, (src + 1) * d), i * d));
  const parentTokens = side.tokens;
  let tokens: string[][] | null = null;
  return {
    name,
    rows: indices.map((i) => side.rows[i]),
    texts: indices.map((i) => side.texts[i]),
    labels: indices.map((i) => side.labels[i]),
    embeddings: { rows: indices.length, dimension: d, data },
    tokens() {
      tokens ??= ((all) => indices.map((i) => all[i]))(parentTokens());
      return tokens;
    },
  };
}

/** Rows `start … start + count` of a matrix, as a view. */
export function matrixRows(m: Matrix, start: number, count: number): Matrix {
  return { rows: count, dimension: m.dimension, data: m.data.subarray(start * m.dimension, (start + count) * m.dimension) };
}
