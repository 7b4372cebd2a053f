import { createRng } from '../../src/core/rng.js';
import { loadDataset } from '../../src/io/load-dataset.js';
import type { Dataset, DatasetRow } from '../../src/io/types.js';
import { sharedPath } from './test-cache.js';

const loaded = new Map<string, Promise<Dataset>>();

/** Loads a shared real dataset (../shared/datasets/<name>/data.jsonl) once per test file. */
export function realDataset(name: string): Promise<Dataset> {
  let hit = loaded.get(name);
  if (!hit) loaded.set(name, (hit = loadDataset(sharedPath('datasets', name, 'data.jsonl'))));
  return hit;
}

/** A dataset made of `rows` (re-indexed), keeping the source's path, hash and fields. */
export function withRows(source: Dataset, rows: readonly DatasetRow[], path = source.path): Dataset {
  return { ...source, path, rows: rows.map((r, i) => ({ ...r, index: i })) };
}

/** A seeded shuffle of the dataset's rows, cut into consecutive pieces of the given sizes (each in file order). */
export function disjointSamples(source: Dataset, sizes: readonly number[], seed: number): DatasetRow[][] {
  const rows = createRng(seed).shuffle([...source.rows]);
  const total = sizes.reduce((s, n) => s + n, 0);
  if (total > rows.length) throw new Error(`asked for ${total} rows of ${source.path}, which has ${rows.length}`);
  let at = 0;
  // Sorted by original position so that "earlier row" keeps the file's order.
  return sizes.map((n) => rows.slice(at, (at += n)).sort((a, b) => a.index - b.index));
}
