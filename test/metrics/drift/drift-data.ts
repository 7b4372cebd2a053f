import { createRng } from '../../../src/core/rng.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import type { Dataset, DatasetRow, LoadDatasetOptions } from '../../../src/io/types.js';
import { driftMetrics } from '../../../src/metrics/drift/index.js';
import { sharedPath } from '../../helpers/test-cache.js';

/** A real labelled dataset's normalised data.jsonl from ../shared/datasets. */
export function loadShared(name: string, file = 'data.jsonl', options: LoadDatasetOptions = {}): Promise<Dataset> {
  return loadDataset(sharedPath('datasets', name, file), options);
}

/** Rows positions 0 … n − 1 shuffled with a seed. */
export function shuffled(n: number, seed: number): number[] {
  return createRng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
}

/** A dataset holding the given rows (re-indexed, file lines and ids kept), optionally rewritten. */
export function withRows(source: Dataset, rows: readonly DatasetRow[], path = source.path, rewrite?: (row: DatasetRow, i: number) => Partial<DatasetRow>): Dataset {
  return { ...source, path, rows: rows.map((row, index) => ({ ...row, index, ...(rewrite ? rewrite(row, index) : {}) })) };
}

/** Disjoint seeded samples of the given sizes from one dataset's rows. */
export function disjoint(source: Dataset, sizes: readonly number[], seed: number): DatasetRow[][] {
  const order = shuffled(source.rows.length, seed);
  let at = 0;
  return sizes.map((n) => order.slice(at, (at += n)).map((i) => source.rows[i]));
}

export const metric = (r: Results, id: string): MetricResult => {
  const m = r.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in results`);
  return m;
};

/** The drift metrics with these ids (a subset keeps a test fast). */
export const only = (...ids: string[]) => driftMetrics.filter((m) => ids.includes(m.id));
