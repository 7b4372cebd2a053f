import type { Dataset } from '../src/io/types.js';
import { benchDataset } from './bench-dataset.js';
import { growRows } from './grow-rows.js';

/**
 * Both sides from one pool: 2n rows grown (seeded by n) in a shuffled order, the first n
 * synthetic, the next n real (renumbered from 1).
 */
export function pooledSides(pool: ReadonlyArray<{ text: string; label: string }>, n: number): { synthetic: Dataset; real: Dataset } {
  const all = growRows(pool, 2 * n, n, { shuffle: true });
  return {
    synthetic: benchDataset('pooled#synthetic', all.slice(0, n)),
    real: benchDataset('pooled#real', all.slice(n).map((r, i) => ({ ...r, index: i, line: i + 1, id: `row-${i + 1}` }))),
  };
}
