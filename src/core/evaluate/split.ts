import type { Rng } from '../rng.js';
import type { DatasetRow } from '../../io/types.js';

/**
 * Splits real rows into a reference half and a holdout half by a seeded shuffle (the reference
 * gets the extra row of an odd count). Returns ascending row indices.
 *
 * Not stratified by label on purpose: the holdout is then an ordinary random sample of the real
 * data, so the real-vs-real baseline carries the sampling noise of every quantity, label shares
 * included (a stratified split would make the label-distribution baselines zero by construction).
 */
export function splitReal(rows: readonly DatasetRow[], rng: Rng): { reference: number[]; holdout: number[] } {
  const order = rng.shuffle(rows.map((_, i) => i));
  const half = Math.ceil(order.length / 2);
  return {
    reference: order.slice(0, half).sort((a, b) => a - b),
    holdout: order.slice(half).sort((a, b) => a - b),
  };
}
