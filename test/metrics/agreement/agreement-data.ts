import { createRng } from '../../../src/core/rng.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import type { Dataset, DatasetRow } from '../../../src/io/types.js';
import { sharedPath } from '../../helpers/test-cache.js';

/**
 * Real data for the agreement tests: a seeded subset of one labelled dataset in
 * ../shared/datasets, split into a "synthetic" part and a "real" part (real-vs-real), with
 * helpers to plant label defects into the synthetic part.
 */
export interface RealPair {
  synthetic: Dataset;
  real: Dataset;
  /** Every label of the dataset, sorted. */
  labels: string[];
}

const loaded = new Map<string, Promise<Dataset>>();

export function loadShared(name: string): Promise<Dataset> {
  let hit = loaded.get(name);
  if (!hit) loaded.set(name, (hit = loadDataset(sharedPath('datasets', name, 'data.jsonl'))));
  return hit;
}

const withRows = (d: Dataset, rows: DatasetRow[], path: string): Dataset => ({
  ...d,
  path,
  rows: rows.map((r, index) => ({ ...r, index, meta: { ...r.meta } })),
});

/** `synthetic` + `real` rows drawn without overlap from the dataset with a seeded shuffle. */
export async function realPair(name: string, synthetic: number, real: number, seed = 1): Promise<RealPair> {
  const d = await loadShared(name);
  const order = createRng(seed).shuffle(d.rows.map((_, i) => i));
  const pick = (from: number, count: number) => order.slice(from, from + count).sort((a, b) => a - b).map((i) => d.rows[i]);
  return {
    synthetic: withRows(d, pick(0, synthetic), `${name}#synthetic`),
    real: withRows(d, pick(synthetic, real), `${name}#real`),
    labels: [...new Set(d.rows.map((r) => String(r.label)))].sort(),
  };
}

/**
 * Replaces the label of `share` of the rows (a seeded choice) with a different label drawn
 * uniformly from the others. Returns the new dataset and the ids of the changed rows.
 */
export function shuffleLabels(d: Dataset, labels: readonly string[], share: number, seed = 2): { data: Dataset; changed: Set<string> } {
  const rng = createRng(seed);
  const count = Math.round(share * d.rows.length);
  const chosen = new Set(rng.shuffle(d.rows.map((_, i) => i)).slice(0, count));
  const changed = new Set<string>();
  const rows = d.rows.map((r, i) => {
    if (!chosen.has(i)) return r;
    const others = labels.filter((l) => l !== String(r.label));
    changed.add(r.id);
    return { ...r, label: others[rng.int(others.length)] };
  });
  return { data: { ...d, rows }, changed };
}
