import { createRng, type Rng } from '../src/core/rng.js';
import type { DatasetRow } from '../src/io/types.js';

export interface GrowOptions {
  /** Deal the base rows in a seeded shuffled order (drawn from the same rng first). */
  shuffle?: boolean;
  /** Metadata for each row, drawn from the same rng after the row's text. */
  meta?: (rng: Rng) => Record<string, unknown>;
}

/**
 * `size` dataset rows from `base`: the base rows once as they are, then seeded word-dropout
 * copies (each word kept with probability 0.85, so each copy differs) to reach sizes above what
 * the shared files hold.
 */
export function growRows(base: ReadonlyArray<{ text: string; label: string }>, size: number, seed: number, options: GrowOptions = {}): DatasetRow[] {
  const rng = createRng(seed);
  const order = options.shuffle ? rng.shuffle(base.map((_, i) => i)) : null;
  return Array.from({ length: size }, (_, i) => {
    const src = base[order ? order[i % base.length] : i % base.length];
    const text = i < base.length ? src.text : src.text.split(' ').filter(() => rng.next() > 0.15).join(' ') || src.text;
    return { index: i, line: i + 1, id: `row-${i + 1}`, text, label: src.label, meta: options.meta ? options.meta(rng) : {} };
  });
}
