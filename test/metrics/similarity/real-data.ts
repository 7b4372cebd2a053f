import { createRng } from '../../../src/core/rng.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import type { Dataset, DatasetRow } from '../../../src/io/types.js';
import { sharedPath } from '../../helpers/test-cache.js';

/** The real datasets these tests read (../shared/datasets/<name>/data.jsonl). */
export type RealDatasetName = 'sentiment_uci_labelled_sentences' | 'rotten_tomatoes_polarity' | 'sms_spam_collection';

const loaded = new Map<RealDatasetName, Promise<Dataset>>();

/** Loads a shared real dataset once per test file. */
export function realDataset(name: RealDatasetName): Promise<Dataset> {
  let hit = loaded.get(name);
  if (!hit) loaded.set(name, (hit = loadDataset(sharedPath('datasets', name, 'data.jsonl'))));
  return hit;
}

/** A dataset made of `rows` (re-indexed), keeping the source's path, hash and fields. */
export function withRows(source: Dataset, rows: readonly DatasetRow[], path = source.path): Dataset {
  return { ...source, path, rows: rows.map((r, i) => ({ ...r, index: i })) };
}

/** A seeded shuffle of the dataset's rows, cut into consecutive pieces of the given sizes. */
export function disjointSamples(source: Dataset, sizes: readonly number[], seed: number): DatasetRow[][] {
  const rows = createRng(seed).shuffle([...source.rows]);
  const total = sizes.reduce((s, n) => s + n, 0);
  if (total > rows.length) throw new Error(`asked for ${total} rows of ${source.path}, which has ${rows.length}`);
  let at = 0;
  // Sorted by original position so that "earlier row" keeps the file's order.
  return sizes.map((n) => rows.slice(at, (at += n)).sort((a, b) => a.index - b.index));
}
