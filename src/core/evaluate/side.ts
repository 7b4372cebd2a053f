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
  const parentTokens = side.tokens;
  let tokens: string[][] | null = null;
  let embeddings: Matrix | null = null;
  return {
    name,
    rows: indices.map((i) => side.rows[i]),
    texts: indices.map((i) => side.texts[i]),
    labels: indices.map((i) => side.labels[i]),
    // Copied on first use only: many resamples are of lexical measures that never read them.
    get embeddings(): Matrix {
      if (!embeddings) {
        const d = side.embeddings.dimension;
        const data = new Float32Array(indices.length * d);
        indices.forEach((src, i) => data.set(side.embeddings.data.subarray(src * d, (src + 1) * d), i * d));
        embeddings = { rows: indices.length, dimension: d, data };
      }
      return embeddings;
    },
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
