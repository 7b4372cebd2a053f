import type { MetricContext } from '../../core/evaluate/types.js';
import { normalizeText } from './normalize-text.js';

/**
 * All the real rows by normalised text (`normalizeText`): text → indices in `ctx.real`, in order.
 * Blank texts are left out (two empty rows are no copy of anything). Built once per run.
 */
export function realTextIndex(ctx: MetricContext): Promise<Map<string, number[]>> {
  return ctx.shared('privacy.real-text-index', () => {
    const index = new Map<string, number[]>();
    ctx.real.texts.forEach((text, j) => {
      const key = normalizeText(text);
      if (key === '') return;
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    });
    return index;
  });
}

/** The real rows (indices) whose normalised text is `key`, other than `self` (-1: none excluded). */
export function copiesOf(index: Map<string, number[]>, key: string, self: number): number[] {
  if (key === '') return [];
  const hits = index.get(key);
  if (!hits) return [];
  return self < 0 ? hits : hits.filter((j) => j !== self);
}
