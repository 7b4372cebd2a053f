import type { Rng } from '../rng.js';
import type { DatasetRow } from '../../io/types.js';

/**
 * Splits real rows into a reference half and a holdout half, shuffled with the run's rng and
 * stratified by label (each label's rows are shuffled and dealt alternately, so both halves keep
 * the label mix; the reference gets the extra row of an odd count). Returns row indices.
 */
export function splitReal(rows: readonly DatasetRow[], rng: Rng): { reference: number[]; holdout: number[]; stratified: boolean } {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = row.label === null ? '\u0000unlabeled' : `${typeof row.label}:${row.label}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  });
  const reference: number[] = [];
  const holdout: number[] = [];
  let toReference = true;
  // Keys in first-appearance order: deterministic for a given file.
  for (const indices of groups.values()) {
    rng.shuffle(indices);
    for (const i of indices) {
      (toReference ? reference : holdout).push(i);
      toReference = !toReference;
    }
  }
  reference.sort((a, b) => a - b);
  holdout.sort((a, b) => a - b);
  return { reference, holdout, stratified: groups.size > 1 };
}
