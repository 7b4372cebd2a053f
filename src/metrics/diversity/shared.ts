import type { MetricContext, Side } from '../../core/evaluate/types.js';
import type { Matrix } from '../../core/matrix.js';
import { createNgramTable, type NgramTable } from './ngram-table.js';

/**
 * The run's n-gram table (orders 1 … max(3, topNgrams.n)), shared by every diversity metric and
 * pass through `ctx.shared`: each text is interned once, whichever metric asks first.
 */
export function ngramTableOf(ctx: MetricContext): Promise<NgramTable> {
  const maxN = Math.max(3, ctx.config.diversity.topNgrams.n);
  return ctx.shared(`diversity.ngram-table:${maxN}`, () => createNgramTable(maxN));
}

/** The rows of a side's embeddings at `indices` (the matrix itself when that is every row). */
export function gatherRows(side: Side, indices: readonly number[]): Matrix {
  const m = side.embeddings;
  if (indices.length === m.rows && indices.every((r, t) => r === t)) return m;
  const d = m.dimension;
  const data = new Float32Array(indices.length * d);
  indices.forEach((r, t) => data.set(m.data.subarray(r * d, (r + 1) * d), t * d));
  return { rows: indices.length, dimension: d, data };
}

/** A text cut to at most 300 characters for details. */
export function excerpt(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `count` indices drawn uniformly with replacement from 0 … n − 1. */
export function drawWithReplacement(n: number, count: number, rng: { int(n: number): number }): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = rng.int(n);
  return out;
}

/** `count` distinct indices of 0 … n − 1 drawn uniformly (partial Fisher–Yates), in draw order. */
export function drawWithoutReplacement(n: number, count: number, rng: { int(n: number): number }): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(n - i);
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, count);
}
